/**
 * Who a gold "he" or "she" source stands for, read from the raw text and the gold annotation alone (PolNeAR has no
 * coreference annotation; the predictions are never looked at).
 *
 * Candidates are the people named before the pronoun (`personMentions`): the gold named sources and names the text
 * gives in full or with a title, a surname alone standing for the person named so. Names inside quotation marks
 * (other than one the pronoun itself stands in) and inside the attribution's own content are skipped, and so are
 * names whose gender contradicts the pronoun. The sentences are read backwards from the pronoun's own (the part
 * before it), at most `WINDOW` of them:
 * - a sentence whose first person is a "he" (for "he") or "she" (for "she") continues the same person: when that
 *   pronoun is itself a gold source already resolved, its person is taken, otherwise the sentence is passed over
 *   ("Though he did not name Rubio, he said …" speaks of the one named before);
 * - otherwise the first sentence with a candidate gives the person: the first gold source named in it, else its
 *   first candidate (the subject, as a rule: "For Jane Roe, Smith is wrong" aside).
 * Nothing found in the window leaves the pronoun to the nearest named gold source (the fallback in gold.ts).
 */
import type { Span } from './brat';
import { namesPerson, personMentions, type Gender, type Mention } from './mentions';

/** The parts of a gold attribution the resolution reads. */
export interface CorefGold {
  id: string;
  content: Span[];
  sourceText: string | null;
  sourceStart: number | null;
  sourceClass: string;
  sourceName: string | null;
}

/** Sentences read back from the pronoun. */
const WINDOW = 8;

/** Abbreviations a period follows inside a sentence: titles, initials, states, "U.S.". */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|St|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|Prof|Rev|Ft|Mt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Ariz|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|(?:\p{Lu}\.)+\p{Lu}|\p{Lu}-\p{Lu}[\p{L}]*)$/u;

/** Where each sentence starts: after a line break, or after . ! ? (and closing marks) followed by a capital. */
export function sentenceStarts(text: string): number[] {
  const out = [0];
  const re = /\n+|[.!?]+["”’')\]]*\s+(?=["“‘(]?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, at - 16), at))) continue;
    out.push(at + m[0].length);
  }
  return out;
}

function targetGender(sourceText: string): Gender | null {
  const w = sourceText.trim().toLowerCase();
  if (/^(?:he|him|his|himself)$/.test(w)) return 'male';
  if (/^(?:she|her|herself)$/.test(w)) return 'female';
  return null;
}

const inside = (at: number, spans: readonly Span[]): boolean => spans.some((s) => at >= s.start && at < s.end);

interface Element {
  start: number;
  mention: Mention | null;
}

/** The people resolved for the gold "he" and "she" sources of an article, by gold id. */
export function pronounReferents(text: string, gold: readonly CorefGold[], quoted: readonly Span[]): Map<string, string> {
  const sources = gold.flatMap((g) => {
    if (g.sourceClass !== 'named' || g.sourceName === null || g.sourceStart === null || !namesPerson(g.sourceName)) return [];
    const at = text.indexOf(g.sourceName, g.sourceStart);
    return [{ start: at >= 0 && at - g.sourceStart < 120 ? at : g.sourceStart, name: g.sourceName }];
  });
  const mentions = personMentions(text, sources).filter((m) => namesPerson(m.name));
  const sourceSpans: Span[] = gold.flatMap((g) => (g.sourceStart === null || g.sourceText === null ? [] : [{ start: g.sourceStart, end: g.sourceStart + g.sourceText.length }]));
  const starts = sentenceStarts(text);
  const sentenceOf = (at: number): number => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= at) i++;
    return i;
  };
  const resolved = new Map<string, string>();
  const pronounSources = new Map<number, string>();
  const ordered = [...gold].filter((g) => g.sourceStart !== null).sort((a, b) => (a.sourceStart ?? 0) - (b.sourceStart ?? 0));
  for (const g of ordered) {
    if (g.sourceText === null || g.sourceStart === null || g.sourceClass !== 'pronoun') continue;
    const gender = targetGender(g.sourceText);
    if (gender === null) continue;
    const pos = g.sourceStart;
    const ownQuote = quoted.find((q) => pos >= q.start && pos < q.end);
    const skip = (at: number): boolean => (inside(at, quoted) && !(ownQuote !== undefined && at >= ownQuote.start && at < ownQuote.end)) || inside(at, g.content);
    const pronoun = gender === 'male' ? /\bhe\b/gi : /\bshe\b/gi;
    const s = sentenceOf(pos);
    let found: string | null = null;
    for (let si = s; si >= Math.max(1, s - WINDOW) && found === null; si--) {
      const from = starts[si];
      const to = si === s ? pos : (starts[si + 1] ?? text.length);
      const elements: Element[] = [];
      for (const m of text.slice(from, to).matchAll(pronoun)) if (!skip(from + (m.index ?? 0))) elements.push({ start: from + (m.index ?? 0), mention: null });
      for (const m of mentions) if (m.start >= from && m.start < to && !skip(m.start)) elements.push({ start: m.start, mention: m });
      elements.sort((a, b) => a.start - b.start);
      if (elements.length === 0) continue;
      if (elements[0].mention === null) {
        // The same person goes on: take what that pronoun was resolved to, else read on backwards.
        found = pronounSources.get(elements[0].start) ?? null;
        continue;
      }
      const agreeing = elements.flatMap((e) => (e.mention !== null && (e.mention.genders.size === 0 || e.mention.genders.has(gender)) ? [e.mention] : []));
      if (agreeing.length === 0) continue;
      const chosen = agreeing.find((m) => inside(m.start, sourceSpans)) ?? agreeing[0];
      found = chosen.fullName;
    }
    if (found !== null) {
      resolved.set(g.id, found);
      pronounSources.set(pos, found);
    }
  }
  return resolved;
}
