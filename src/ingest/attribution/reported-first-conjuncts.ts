/**
 * A subject of two coordinated noun phrases set off after a comma, of which
 * the source rules read only the last: "…, teachers and union officials told
 * the paper.", "…, he and Mr. Allen said.", "The cost, residents and owners
 * say, is …". The subject starts at the first conjunct, so that the clause
 * before it ends at the comma, as a closing or set-off cue needs; a source
 * read as a phrase is read as the whole pair. Pure; no I/O; reads a bounded
 * window before the source.
 */
import { words, type Range } from '../text';
import { NOT_MODIFIERS } from './reported-phrase-kinds';
import type { SourceFound } from './reported-source-types';

/** After a comma, one to three words, then "and" right before the source phrase (or the title a named source is read without: "and Mr. "). */
const FIRST_CONJUNCT_RE = /,\s*((?:[\p{L}.’'-]+\s+){1,3})and\s+(?:\p{Lu}\p{Ll}{0,3}\.\s+)?$/u;
/** A word no noun phrase of a subject holds: a verb form, an adverb, a number word of a list ("one, two and"). */
const NOT_NOUN_WORD_RE = /^(?:\p{Ll}+(?:ed|ing|ly)|one|two|three|then|now|also|not)$/u;

/** A possessive pronoun: a word of an object, not of a subject right before its verb ("… Clinton solidified their claims"). */
const POSSESSIVE_RE = /^(?:his|her|their|its|our|my|your)$/iu;

/**
 * The source widened over a first conjunct after a comma ("…, he and Mr. Allen said" → "he and Mr. Allen"), or the
 * source as it was. The source must be the noun phrase right before the cue's verb group (`subjectEnd`): a few words
 * and no verb or possessive between.
 */
export function withFirstConjunct(text: string, sentence: Range, source: SourceFound | null, subjectEnd: number): SourceFound | null {
  if (!source || source.start <= sentence.start || subjectEnd - source.start > 60) return source;
  const subject = words(text.slice(source.start, subjectEnd));
  if (subject.length > 5 || subject.some((w) => NOT_MODIFIERS.has(w.toLowerCase()) || NOT_NOUN_WORD_RE.test(w) || POSSESSIVE_RE.test(w))) return source;
  const before = text.slice(Math.max(sentence.start, source.start - 60), source.start);
  const m = FIRST_CONJUNCT_RE.exec(before);
  if (!m) return source;
  const first = words(m[1]);
  if (first.some((w) => NOT_MODIFIERS.has(w.toLowerCase()) || NOT_NOUN_WORD_RE.test(w))) return source;
  const start = source.start - before.length + m.index + m[0].indexOf(m[1]);
  const phrase = source.text === null ? null : `${text.slice(start, source.start)}${source.text}`;
  return { found: source.found, text: phrase, start };
}
