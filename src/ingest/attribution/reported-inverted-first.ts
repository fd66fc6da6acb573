/**
 * A clause cue right after a comma whose source follows it and closes the
 * sentence: "…, said an American official who was briefed on the talks.",
 * "…, whom he has alienated, said Larry Sabato, director of the center." A
 * name or noun phrase before the comma (a subject reader may take "Xi Jinping"
 * or "Congress" inside the content for the subject) is then no subject: the
 * cue is inverted, and the content is what precedes it (`verbCues` reads the
 * inverted shape once no subject is taken). Pure; no I/O; reads the sentence
 * after the cue.
 */
import { SOURCE_NOUNS, type CueInfo } from '../lexicon';
import { words, type Range } from '../text';
import { COMMA_BEFORE_RE } from './patterns';
import { closesSentence } from './reported-content';
import { DESCRIBES_SOURCE_RE, invertedNounPhrase } from './reported-subjects';
import type { ReportedContext } from './reported-source-types';

/** A noun phrase that opens with a determiner or a number: a source, never a time word ("said Tuesday."). */
const DETERMINED_RE = /^(?:an?|the|one|two|three|four|several|some|many|most|other|another|\d+)\s/iu;

/** What may follow the source phrase to the sentence's end: nothing, or a relative clause on it with no comma ("who asked not to be named"). */
const PHRASE_END_RE = /^(?:\s*[.]?["”]?\s*$|\s+(?:who|whose)\b[^,;:"“”]*$)/u;
/** An appositive set off after the source ("…, director of the center"), read off before the sentence's end is looked for. */
const APPOSITIVE_RE = /^\s*,[^,]{1,100},?/u;

/**
 * Whether the cue at [at, end) stands after a comma and before its source: a person named, or a determined noun phrase
 * whose head is a source noun ("an American official", "several analysts"), closing the sentence or described after.
 * A cue taking an addressee ("told an audience") is left out: the noun phrase after it is its object.
 */
export function invertedAfterComma(ctx: ReportedContext, p: number, text: string, sentence: Range, at: number, end: number, info: CueInfo): boolean {
  if (info.object !== 'none' || !COMMA_BEFORE_RE.test(text.slice(Math.max(sentence.start, at - 6), at))) return false;
  const after = text.slice(end, sentence.end);
  // A name opens with a capital: "said having Trump at the top …" opens a clause, whatever name it holds.
  const entity = /^\s+\p{Lu}/u.test(after) ? ctx.speakerStartingAt(p, end + (/^\s*/.exec(after)?.[0].length ?? 0)) : null;
  if (entity) {
    if (entity.speaker.type !== 'person') return false;
    const rest = text.slice(entity.end, sentence.end);
    return closesSentence(rest.replace(APPOSITIVE_RE, '')) || DESCRIBES_SOURCE_RE.test(rest);
  }
  const phrase = invertedNounPhrase(after);
  if (phrase === null || !DETERMINED_RE.test(phrase)) return false;
  const list = words(phrase);
  const rest = after.slice(after.indexOf(phrase) + phrase.length);
  return SOURCE_NOUNS.has(list[list.length - 1].toLowerCase()) && (PHRASE_END_RE.test(rest) || (APPOSITIVE_RE.test(rest) && closesSentence(rest.replace(APPOSITIVE_RE, ''))));
}
