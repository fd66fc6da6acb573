/**
 * Whether the word after a name is a finite verb, for telling a sentence's subject from the other names in it
 * (coreference.ts): the verbs its regular expressions do not spell out.
 */
import { IRREGULAR_PAST_VERBS, OPENING_PAST_VERBS, SPEECH_VERBS } from '../lexicon';
import stanceVerbs from '../lexicon/subject-stance-verbs.json';

/** Verbs of thinking that follow a subject as "said" does. */
export const STANCE_VERBS: ReadonlySet<string> = new Set(stanceVerbs.verbs);

/** The word right after a name, past an adverb: `Lee put`, `Lee then took`, `Lee still believes`. */
const NEXT_WORD_RE = /^\s+(?:(?:also|then|later|still|never|just|quickly|again|now)\s+)?(\p{Ll}+)\b/u;

/**
 * Whether the text after a name opens with a finite verb: a past tense not in -ed (`Schlafly put`), a verb of speech
 * or one of thinking (`Rubio still believes`). The bare `say` is left out (`Republicans say` is no one's subject).
 */
export function finiteWordAfter(after: string): boolean {
  const w = NEXT_WORD_RE.exec(after)?.[1];
  return w !== undefined && w !== 'say' && (IRREGULAR_PAST_VERBS.has(w) || OPENING_PAST_VERBS.has(w) || SPEECH_VERBS.has(w) || STANCE_VERBS.has(w));
}
