/**
 * Noun-like cue forms read as verbs before an object and an "as" complement: "Germany views itself as a leader",
 * "Some view the merger as a takeover", "investors view it more as a vote of confidence". The lemmas are listed in
 * `lexicon/as-complement-noun-verbs.json`; elsewhere their base and -s forms are read as verbs only after a modal, a
 * pronoun or a name ("the grim view of the race", "their views on trade" report nothing). Pure; no I/O; every pattern
 * is anchored at the cue and bounded to a few words.
 */
import lexicon from '../lexicon/as-complement-noun-verbs.json';
import { thirdPerson } from './reported-cues';

/** The base and -s forms of the listed lemmas ("view", "views"). */
const FORMS: ReadonlySet<string> = new Set(lexicon.lemmas.flatMap((lemma) => [lemma, thirdPerson(lemma)]));

/**
 * An object of one to six words, then "as" opening a complement ("the senator as likable", "it more as a vote"); not a
 * preposition, a clause or a verb right after the cue ("view of the race comes as"), nor "as" opening a conjunction.
 */
const OBJECT_THEN_AS_RE =
  /^\s+(?!(?:of|on|about|from|for|in|into|to|at|that|is|was|are|were|has|had|will|would|and|or|but)\s)(?:(?!as\s)[\p{L}\p{N}’'.-]+\s+){1,6}?as\s(?!(?:soon|well|long|far|much)\s+as\b|a\s+result\b)/iu;

/** A determiner, then at most one word, right before the form: it heads a noun phrase ("the grim view", "their views"). */
const DETERMINER_BEFORE_RE = /(?:^|[^\p{L}’'])(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|whose)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Whether `word` (lower case) is a listed form read as a verb here: no determiner before it, an object and "as" after it. */
export function verbBeforeAs(word: string, near: string, after: string): boolean {
  return FORMS.has(word) && !DETERMINER_BEFORE_RE.test(near) && OBJECT_THEN_AS_RE.test(after);
}
