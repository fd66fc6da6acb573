/**
 * A sentence adverb or connective opening a sentence, set off by its comma ("Ultimately, ", "Publicly, ", "Still, "):
 * the clause's subject stands after it, so a verb phrase coordinated later in the sentence shares that subject
 * ("Ultimately, the mayor changed course and decided to …"). Pure; no I/O; reads the sentence's first word.
 */
import { NOT_ADVERBS_IN_LY_ALT } from '../lexicon';
import sentenceAdverbs from '../lexicon/sentence-adverbs.json';

/** Connectives and adverbs of time, capitalized as they open a sentence. */
const CONNECTIVES = sentenceAdverbs.words.map((w) => w[0].toUpperCase() + w.slice(1));

/** Words in -ly that are no adverbs ("Italy, ", "July, "), as they open a sentence. */
const NOT_ADVERBS = NOT_ADVERBS_IN_LY_ALT.split('|').map((w) => w[0].toUpperCase() + w.slice(1));

/** One adverb in -ly or a listed connective, then its comma and the space after it. */
const SENTENCE_ADVERB_RE = new RegExp(String.raw`^\s*(?:(?:And|But|So)\s+)?(?:(?!(?:${NOT_ADVERBS.join('|')}),)\p{Lu}\p{Ll}{2,}ly|${CONNECTIVES.join('|')}),\s+`, 'u');

/** The sentence adverb opening `head` with its comma, or null. */
export function sentenceAdverb(head: string): RegExpExecArray | null {
  return SENTENCE_ADVERB_RE.exec(head);
}
