/**
 * A purpose or catenative infinitive after any verb group of the sentence's subject, not only after an occasion
 * verb (`lexicon/occasion-verbs.json`): "Reyes will come on the show to talk about …", "Ortiz pivoted with every
 * answer to talk about …", "The council is expected to endorse …", "Lee has done nothing to explain …". The
 * subject is the source; the words up to "to" obey the occasion rule's bounds in `reported-infinitive.ts` (no
 * clause word, comma or quotation, at most 14 words after the verb; the verb alone will do). A schedule, deadline
 * or superlative word among them (`lexicon/purpose-infinitive-blockers.json`: "is scheduled to address …", "has
 * until May to announce …") makes the infinitive no stance of the subject's. On PolNeAR train the shape adds 156
 * correct and 36 false attributions, its subject after an opening phrase (`afterLastComma`) 61 correct and 23
 * false, the verb alone and the bound of 14 words (was 9) 47 correct and 11 false. Pure; no I/O.
 */
import blockers from '../lexicon/purpose-infinitive-blockers.json';
import type { Range } from '../text';

const BLOCKERS: ReadonlySet<string> = new Set(blockers.words);

/** Whether the words between a subject and "to" (verb group and complement) may introduce the subject's own infinitive. */
export function anyVerbGroupBeforeTo(rest: readonly string[]): boolean {
  return !rest.some((w) => BLOCKERS.has(w.toLowerCase()));
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
