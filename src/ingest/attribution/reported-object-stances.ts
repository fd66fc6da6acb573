/**
 * Verbs of liking read with an object (`lexicon/object-stance-verbs.json`): the lexicon lists "like" and "love" as
 * reporting only before an infinitive ("would like to see …"), since the base form is mostly a preposition or a noun.
 * Where the form is surely a verb they report a stance with an object as well: the -s and -ed forms ("The senator likes
 * the plan", "Critics loved the ad"; not "loved ones"), and the base form after a modal, "do" or a subject pronoun
 * ("you don't like it"; never "looks like a race", "candidates like Ortiz", "their love of"). Pure; no I/O; reads a
 * bounded window.
 */
import lexicon from '../lexicon/object-stance-verbs.json';
import { pastOf, thirdPerson } from './reported-cues';

/** The base forms, and the -s and -ed forms, of the listed lemmas. */
const BASES: ReadonlySet<string> = new Set(lexicon.lemmas);
const FINITE: ReadonlySet<string> = new Set(lexicon.lemmas.flatMap((lemma) => [thirdPerson(lemma), pastOf(lemma)]));

/**
 * Where only a verb can stand before the base form: a modal, "do" or a subject pronoun, adverbs and a negation between
 * ("you don't like it", "they would love the …"). A noun before it makes it a preposition ("candidates like Ortiz").
 */
const VERB_BEFORE_RE =
  /(?:^|[^\p{L}’'])(?:will|would|could|should|can|may|might|must|do|does|did|don['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|shouldn['’]t|i|we|they|you)\s+(?:(?:not|never|also|still|really|just|plain|\p{Ll}+ly)\s+)*$/iu;

/** An object opening right after the verb: a word or a quotation, not a preposition, a clause word or a comparison. */
const OBJECT_AFTER_RE = /^\s+(?!(?:to|than|as|ones\b|about|for|with|in|on|at|of|from|by|and|or|but|so|if|when|because)\b)[\p{L}\p{N}"“‘']/iu;

/** Whether a form read only before an infinitive reports a stance with the object after it here. */
export function objectStanceReading(word: string, near: string, after: string): boolean {
  if (!FINITE.has(word) && !(BASES.has(word) && VERB_BEFORE_RE.test(near.slice(-80)))) return false;
  return OBJECT_AFTER_RE.test(after.slice(0, 40));
}
