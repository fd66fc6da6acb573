/**
 * A speech verb in a list of verbs joined by commas, after a first verb in the past tense and its object:
 * `The ministry hid the records, admitted it withheld letters, and delayed the findings`. The sentence opens with its
 * subject (a name or a determiner and up to four words), an optional adverb in -ly, a verb in -ed and an object with
 * no clause mark or relative word; after the comma comes a speech verb of `lexicon/listed-speech-verbs.json` and a
 * clause (a pronoun and a word in lower case, or a determiner and a noun then a finite verb). The content is that clause up to the next comma
 * or the sentence's end; the source is the sentence's subject. Pure; no I/O; one anchored match a sentence, every
 * part bounded.
 */
import { alternation } from '../lexicon';
import type { Range } from '../text';
import { trimRange } from './reported-content';
import { type PassiveDraft, sourcedDraft } from './reported-passive';
import { type ReportedContext, sourceBefore } from './reported-sources';
import verbs from '../lexicon/listed-speech-verbs.json';

/**
 * From the sentence's start: the subject, an adverb, a verb in -ed, its object, the comma and the speech verb.
 * Group 1: the subject; 2: the first verb; 3: its object; 4: the speech verb.
 */
const SHAPE_RE = new RegExp(
  `^\\s*((?:(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our)\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+[\\p{L}.’'-]+){0,3}?)\\s+(?:\\p{Ll}{2,}ly\\s+)?(\\p{Ll}{2,}ed)\\s+([^,;:"“”()—–]{1,60}),\\s+(${alternation(verbs.verbs)})\\s+(?=(?:he|she|it|they|we|there)\\s+\\p{Ll}{2,}(?![\\p{L}’'-])|(?:the|a|an|his|her|its|their)\\s+[\\p{L}’'-]+\\s+(?:\\p{Ll}{2,}(?:ed|s)|was|were|is|are|had|has|have|would|will|could|did)(?![\\p{L}’'-]))`,
  'u',
);

/** What SHAPE_RE opens with: white space, then a capital letter. */
const OPENS_CAPITAL_RE = /^\s*\p{Lu}/u;

/** Words that make the object a clause of its own (a relative or a complement) or the first verb no verb. */
const NOT_OBJECT_RE = /\b(?:who|which|that|said|says|and|or|but)\b/iu;

/** The attribution of a sentence whose speech verb stands second in a comma-joined list of verbs. */
export function listedVerbCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  // The shape opens with a capital letter (after white space) and holds a comma: a sentence lacking either is not matched.
  const firstComma = text.indexOf(',', sentence.start);
  if (firstComma < 0 || firstComma >= sentence.end) return [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!OPENS_CAPITAL_RE.test(slice)) return [];
  const m = SHAPE_RE.exec(slice);
  if (!m || NOT_OBJECT_RE.test(m[3]) || NOT_OBJECT_RE.test(m[1])) return [];
  const cueAt = sentence.start + m[0].length - m[4].length - (m[0].length - m[0].trimEnd().length);
  const cueEnd = cueAt + m[4].length;
  const restAt = sentence.start + m[0].length;
  if (!outside(cueAt) || !outside(restAt)) return [];
  const comma = text.slice(restAt, sentence.end).search(/[,;:—–(]/u);
  const content = trimRange(text, { start: restAt, end: comma < 0 ? sentence.end : restAt + comma });
  if (content.end <= content.start) return [];
  const verbAt = sentence.start + m[0].indexOf(m[1]) + m[1].length + 1;
  const source = sourceBefore(ctx, p, text, sentence, verbAt);
  const draft = sourcedDraft(content, { at: cueAt, end: cueEnd, word: m[4].toLowerCase(), phrase: m[4], phraseStart: cueAt }, source, cueAt);
  return draft ? [draft] : [];
}
