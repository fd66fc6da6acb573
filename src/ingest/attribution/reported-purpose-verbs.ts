/**
 * A purpose or catenative infinitive after any verb group of the sentence's subject, not only after an occasion
 * verb (`lexicon/occasion-verbs.json`): "Reyes will come on the show to talk about …", "Ortiz pivoted with every
 * answer to talk about …", "Lee has done nothing to explain …", "Holt paused to praise …". The subject is the
 * source; the words up to "to" obey the occasion rule's bounds in `reported-infinitive.ts` (no clause word, comma or
 * quotation, at most 14 words after the verb). A cue as the main verb reads the infinitive itself ("urged them to
 * …", "declined to …"); a schedule, deadline, hedge or superlative word among them
 * (`lexicon/purpose-infinitive-blockers.json`: "is scheduled to address …", "is unlikely to say …") makes it no
 * stance of the subject's. On PolNeAR train (new attributions, correct/false): any verb group 84/33, its subject
 * after an opening phrase (`afterLastComma`) 37/22, the verb alone and the bound of 14 words (was 9) 14/9.
 * Pure; no I/O.
 */
import blockers from '../lexicon/purpose-infinitive-blockers.json';
import type { Range } from '../text';
import { CUES } from './reported-cues';

const BLOCKERS: ReadonlySet<string> = new Set(blockers.words);

/** Auxiliaries, negation and adverbs that may stand before a verb group's main verb ("has also", "would not"). */
const AUXILIARY_RE = /^(?:is|are|was|were|be|been|being|am|has|have|had|having|will|would|can|could|may|might|must|should|shall|do|does|did|also|not|never|still|just|\p{L}+ly)$/iu;

/**
 * Whether the words between a subject and "to" (verb group and complement) may introduce the subject's own
 * infinitive: not after a blocker, nor when a cue is the main verb or the participle right before "to", which
 * reads the infinitive as its own content ("urged lawmakers to reject …", "declined to say …", "wants to say …",
 * "kept refusing to answer …"; a noun before "to" is no such cue: "with every answer to talk about …").
 */
export function anyVerbGroupBeforeTo(rest: readonly string[]): boolean {
  if (rest.some((w) => BLOCKERS.has(w.toLowerCase()))) return false;
  const main = rest.find((w) => !AUXILIARY_RE.test(w));
  const last = rest[rest.length - 1];
  const verbs = [main, /(?:ing|ed)$/iu.test(last) ? last : undefined];
  return !verbs.some((w) => w !== undefined && CUES.has(w.toLowerCase()));
}

/**
 * The clause after the last comma before "to", read as a sentence of its own when an opening phrase or clause
 * stands before its subject ("At one point, Quell stopped the hearing to criticize …", "As she has done before,
 * Ortiz used the hearing to argue …"); null when no comma stands in the sentence before "to".
 */
export function afterLastComma(text: string, sentence: Range, toAt: number): Range | null {
  // Searched within the sentence only: the scan stays bounded by the sentence's length.
  const comma = text.slice(sentence.start, toAt).lastIndexOf(',');
  return comma > 0 ? { start: sentence.start + comma + 1, end: sentence.end } : null;
}
