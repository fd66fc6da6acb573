/**
 * A noun phrase in apposition to the clause before it, said to be first made known by a source: `She holds no
 * license — a fact first reported by the Gazette`, `…, a detail first disclosed by the Ledger on Friday`. The content is
 * the noun phrase (it stands for the clause it sums up), the cue the participle with "first" and "by", the source the
 * phrase after "by" up to a clause mark or a time phrase. Pure; no I/O; one scan of the sentence with bounded matches.
 */
import type { Range } from '../text';
import type { PassiveDraft } from './reported-passive';

/**
 * A comma or dash, "a"/"an", a summing noun, "first"/"originally" and the participle with "by", the source.
 * Group 1: the noun phrase; 2: the cue; 3: the source.
 */
const FIRST_RE =
  /(?:,|[—–]|\s--?)\s*((?:a|an)\s+(?:fact|detail|development|revelation|finding|disclosure|story|claim|plan|move|decision))\s+((?:first|originally|initially)\s+(?:reported|revealed|disclosed)\s+by)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}.&’'-]*){0,5})/gu;

/** The attributions of a sentence's "a fact first reported by X" appositives. */
export function firstReportedCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  // Every match holds one of the three adverbs as written (the pattern heeds case): looked for first.
  if (!slice.includes('first') && !slice.includes('originally') && !slice.includes('initially')) return out;
  for (const m of slice.matchAll(FIRST_RE)) {
    const nounAt = sentence.start + m.index + m[0].indexOf(m[1]);
    const cueAt = sentence.start + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
    const sourceAt = sentence.start + m.index + m[0].length - m[3].length;
    // "… by the Harbor Ledger.": a full stop after a word in lower case closes the sentence, not an abbreviation.
    const source = /\p{Ll}\.$/u.test(m[3]) ? m[3].slice(0, -1) : m[3];
    if (!outside(nounAt) || !outside(sourceAt)) continue;
    out.push({
      content: { start: nounAt, end: nounAt + m[1].length },
      cue: { at: cueAt, end: cueAt + m[2].length, word: m[2].split(/\s+/u)[1].toLowerCase(), phrase: m[2], phraseStart: cueAt },
      source: null,
      sourceText: source,
      sourceAt,
      clauseAt: nounAt,
    });
  }
  return out;
}
