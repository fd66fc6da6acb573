/**
 * A clause cue's base form after "that" opening a restrictive relative clause on a plural noun: "businesses that warn
 * the tax could hurt sales", "groups that argue the law is unfair". Base forms are read after "that" only when they are
 * never nouns (`lexicon/relative-base-cues.json`: "that claim" or "that report" may be a demonstrative and a noun) and
 * the noun before "that" is a plural in -s, which the base form agrees with. Pure; no I/O; bounded by the sentence.
 */
import type { Range } from '../text';
import lexicon from '../lexicon/relative-base-cues.json';
import { relativeThat } from './reported-subjects';
import type { SourceFound } from './reported-sources';

const FORMS: ReadonlySet<string> = new Set(lexicon.forms);
/** A plural noun in -s closing the phrase (not "-ss", "his", "this", "its"). */
const PLURAL_END_RE = /\p{L}{2}[^s’'\s]s$/u;

/** The plural noun phrase a relative "that" before the listed base form `word` stands for, or null. */
export function pluralRelativeThat(text: string, sentence: Range, verbAt: number, word: string, isVerb: (w: string) => boolean): SourceFound | null {
  if (!FORMS.has(word)) return null;
  const found = relativeThat(text, sentence, verbAt, isVerb);
  return found?.text && PLURAL_END_RE.test(found.text) ? found : null;
}
