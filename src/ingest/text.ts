/**
 * Small text helpers shared by the parser and the extractors: normalization,
 * word tokens with offsets, and sentence ranges.
 */

/**
 * The form all extraction works on: LF line ends, no BOM, no NBSP or
 * zero-width characters, no trailing spaces, NFC. Offsets stored with
 * mentions and quotes are offsets into paragraphs of this form.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/\t/g, ' ')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/[ ]+$/g, ''))
    .join('\n');
}

export interface Token {
  /** The token as written, possessive included. */
  text: string;
  start: number;
  end: number;
  /** Text without a possessive 's / ’s. */
  base: string;
  /** End offset of `base`. */
  baseEnd: number;
  possessive: boolean;
}

/** Abbreviations whose final period belongs to the word, not the sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr sen rep gov gen lt col maj capt sgt adm cmdr prof rev st jr sr inc corp co ltd vs
   calif fla ill mass ariz ark colo conn del ga ind kan ky la md mich minn miss mo mont neb nev
   okla ore pa tenn tex va vt wash wis wyo no jan feb mar apr jun jul aug sep sept oct nov dec
   ft mt gov. d r i u.s u.n u.k e.u d.c`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*\.?/gu;

/** Word tokens of a text with their offsets; trailing periods kept only on abbreviations and initials. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (word.endsWith('.') && !keepsPeriod(word)) word = word.slice(0, -1);
    const start = m.index;
    const possessive = /['’]s$/i.test(word) && word.length > 2;
    const base = possessive ? word.slice(0, -2) : word;
    tokens.push({ text: word, start, end: start + word.length, base, baseEnd: start + base.length, possessive });
  }
  return tokens;
}

function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "F."
  if (bare.includes('.')) return true; // "U.S."
  if (/-\p{Lu}\p{Ll}*$/u.test(bare)) return ABBREVIATIONS.has(bare.split('-').pop()!.toLowerCase()); // "D-Calif."
  return ABBREVIATIONS.has(bare.toLowerCase());
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}.&-]*$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Sentence ranges of a paragraph. `opaque` ranges (quotations) never contain
 * a boundary: a quoted sentence and its attribution ("“We won,” he said.")
 * stay one sentence; but a quotation ending in . ? ! with a capital after it
 * ends its sentence. A boundary is `. ? !` (optionally followed by closing
 * quotes or brackets), then space and an upper-case letter, digit or opening quote.
 */
export function sentenceRanges(text: string, opaque: readonly Range[] = []): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  const re = /[.?!]["”’)\]]*\s+(?=[\p{Lu}\p{N}"“‘(])/gu;
  // Opaque ranges come in order and do not overlap: one pointer walks them alongside the matches.
  let k = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index;
    const cut = at + m[0].length;
    while (k < opaque.length && opaque[k].end - 1 <= at) k++;
    // Inside a quotation there is no boundary, except where the quoted sentence ends the
    // quotation and a new sentence starts after it (`…since 2019.” That warning came from…`).
    const endsQuotation = k < opaque.length && at === opaque[k].end - 2 && cut > opaque[k].end - 1;
    if (k < opaque.length && at >= opaque[k].start && at < opaque[k].end - 1 && !endsQuotation) continue;
    const quoteFollows = /["“‘]/.test(text[cut] ?? '');
    // Only the last word matters; a bounded slice keeps a long run of unsplit text linear.
    if (m[0][0] === '.' && !quoteFollows && !endsQuotation && endsWithAbbreviation(text.slice(Math.max(start, at - 40), at + 1))) continue;
    ranges.push({ start, end: cut });
    start = cut;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

function endsWithAbbreviation(s: string): boolean {
  const m = /([\p{L}.-]+)\.$/u.exec(s);
  if (!m) return false;
  const word = m[1];
  if (/^\p{Lu}$/u.test(word)) return true; // initial
  const last = word.split('-').pop()!.toLowerCase();
  if (last === 'u.s' || last === 'u.k' || last === 'u.n') return false; // usually ends the sentence when followed by a capital
  return ABBREVIATIONS.has(last);
}

/** Straight and typographic quote characters folded for comparison. */
export function foldQuotes(s: string): string {
  return s.replace(/[“”„‟«»]/g, '"').replace(/[‘’‚‛]/g, "'");
}
