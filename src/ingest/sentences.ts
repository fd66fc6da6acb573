/**
 * Sentence ranges of a paragraph: where its sentences start and end, with
 * quotations kept whole and abbreviations not taken for sentence ends.
 */
import { ABBREVIATIONS, COUNTRY_ABBREVIATION_HEADS, ORGANIZATION_NOUNS, TITLE_HEADS } from './lexicon';
import type { Range } from './text';

/**
 * Sentence ranges of a paragraph. `opaque` ranges (quotations) never contain
 * a boundary: a quoted sentence and its attribution ("“We won,” he said.")
 * stay one sentence; but a quotation ending in . ? ! with a capital after it
 * ends its sentence. A boundary is `. ? !` (optionally followed by closing
 * quotes or brackets), then space and an upper-case letter, digit or opening quote (two apostrophes are one).
 */
export function sentenceRanges(text: string, opaque: readonly Range[] = []): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  const re = /[.?!]["”’')\]]*\s+(?=[\p{Lu}\p{N}"“‘(]|'')/gu;
  // Opaque ranges come in order and do not overlap: one pointer walks them alongside the matches.
  let k = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index;
    const cut = at + m[0].length;
    while (k < opaque.length && opaque[k].end - 1 <= at) k++;
    // Inside a quotation there is no boundary, except where the quoted sentence ends the
    // quotation and a new sentence starts after it (`…since 2019.” That warning came from…`).
    // The closing mark is one character, or two apostrophes (`…politics.'' It was…`).
    const endsQuotation = k < opaque.length && closesAt(text, at, opaque[k].end) && cut > opaque[k].end - 1;
    if (k < opaque.length && at >= opaque[k].start && at < opaque[k].end - 1 && !endsQuotation) continue;
    const quoteFollows = /["“‘]|''/.test(text.slice(cut, cut + 2));
    // Only the last word matters; a bounded slice keeps a long run of unsplit text linear.
    if (m[0][0] === '.' && !quoteFollows && !endsQuotation && endsWithAbbreviation(text.slice(Math.max(start, at - 40), at + 1), text.slice(cut, cut + 40))) continue;
    ranges.push({ start, end: cut });
    start = cut;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

/** Whether the mark right after `at` is the closing quotation mark of a quotation ending at `end`. */
function closesAt(text: string, at: number, end: number): boolean {
  return at === end - 2 || (at === end - 3 && text.slice(end - 2, end) === "''");
}

/** The word opening what follows a boundary, without a final period ("Sen." → "sen"). */
const NEXT_WORD_RE = /^([\p{L}]+)/u;

/** Whether a country abbreviation modifies the word after it ("U.S. Attorney General", "U.N. Security Council", "U.S. Sen. Roe"). */
function modifiesNext(next: string): boolean {
  const m = NEXT_WORD_RE.exec(next);
  if (!m) return false;
  const w = m[1].toLowerCase();
  return COUNTRY_ABBREVIATION_HEADS.has(w) || TITLE_HEADS.has(w) || ORGANIZATION_NOUNS.has(w);
}

function endsWithAbbreviation(s: string, next: string): boolean {
  const m = /([\p{L}.-]+)\.$/u.exec(s);
  if (!m) return false;
  const word = m[1];
  if (/^\p{Lu}$/u.test(word)) return true; // initial
  const last = word.split('-').pop()!.toLowerCase();
  // Usually ends the sentence when followed by a capital, unless it modifies the word after it ("U.S. Senate").
  if (last === 'u.s' || last === 'u.k' || last === 'u.n') return modifiesNext(next);
  if (last === 'd.c') return false;
  if (/^(?:\p{Lu}\.){1,2}\p{Lu}$/u.test(word)) return true; // initials run together: "J.J. Goldberg", "H.W. Bush"

  return ABBREVIATIONS.has(last);
}
