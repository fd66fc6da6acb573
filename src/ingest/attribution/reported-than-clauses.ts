/**
 * A speech verb in a contact clause after "than", its reported clause following without "that": `far more corn than
 * the refining industry says the market can absorb`, `a deficit larger than the agency projected it would be`. The
 * source is the noun phrase between "than" and the verb (a determiner and up to four words, or a name; no pronoun:
 * "than I think" is a hedge), the verb is one of `lexicon/than-clause-verbs.json`, and the content is the clause after it
 * (a subject, then a finite verb) up to a clause mark or the sentence's end. Pure; no I/O; one scan of the sentence
 * with bounded matches.
 */
import { alternation } from '../lexicon';
import type { Range } from '../text';
import { trimRange } from './reported-content';
import type { PassiveDraft } from './reported-passive';
import verbs from '../lexicon/than-clause-verbs.json';

/**
 * "than", the source, the verb, then (looked at, not taken) a clause: a pronoun or a determiner and a word, and a
 * finite verb. Group 1: the source; 2: the verb.
 */
const THAN_RE = new RegExp(
  `\\bthan\\s+((?:the|a|an|its|his|her|their)\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,3}?|\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3})\\s+(?:(?:had|has|have|originally|initially|once|first)\\s+){0,2}(${alternation(verbs.verbs)})\\s+(?=(?:it|they|he|she|we|there|(?:the|a|an|its|his|her|their)\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?)\\s+(?:will|would|can|could|is|was|are|were|has|have|had|should|must|might|may|needs?|\\p{Ll}{2,}(?:ed|s))(?![\\p{L}’'-]))`,
  'giu',
);

/** Words a source noun phrase holds none of: it would be a clause of its own. */
const NOT_SOURCE_RE = /\b(?:that|which|who|and|or|if|when|is|was|are|were|be|would|will|can|could|expected|thought|ever)\b/iu;

/** The attributions of a sentence's "than X says …" contact clauses. */
export function thanClauseCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  // Only ASCII letters are "than" to the pattern, whatever their case: a sentence without it in lower case is not scanned.
  if (!slice.toLowerCase().includes('than')) return out;
  for (const m of slice.matchAll(THAN_RE)) {
    if (NOT_SOURCE_RE.test(m[1])) continue;
    const sourceAt = sentence.start + m.index + m[0].indexOf(m[1]);
    const cueAt = sentence.start + m.index + m[0].trimEnd().length - m[2].length;
    const cueEnd = cueAt + m[2].length;
    const start = sentence.start + m.index + m[0].length;
    if (!outside(cueAt) || !outside(start)) continue;
    const stop = text.slice(start, sentence.end).search(/[,;:—–()"“”]/u);
    const content = trimRange(text, { start, end: stop < 0 ? sentence.end : start + stop });
    if (content.end <= content.start) continue;
    out.push({
      content,
      cue: { at: cueAt, end: cueEnd, word: m[2].toLowerCase(), phrase: m[2], phraseStart: cueAt },
      source: null,
      sourceText: m[1],
      sourceAt,
      clauseAt: sourceAt,
    });
  }
  return out;
}
