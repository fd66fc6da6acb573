/**
 * A he/she that closes its own reported content: `Mr. Lee, who has no money, fits the
 * bill for many people, he added.` The words before the pronoun are what was said,
 * so a person named there is, as a rule, the one talked about; when the sentence
 * before gives a speaker (`''…,'' Ms. Ruiz said.`), the pronoun goes on with that
 * speaker. Without one, the content's own subject may be the speaker (`Lee will run
 * again, he said.`) and the look-back is left as it is.
 */
import { type Context, type Found, mentionsWithin, sentenceIndexAt } from './context';
import { hasSpeechVerb } from '../text';
import { PRONOUN_THEN_VERB_RE } from './patterns';
import { withoutQuotations } from '../quotation-mask';

/** Right before the pronoun: a comma ending unquoted words (`…for many people, `). */
const CLOSES_CONTENT_RE = /[\p{L}\p{N})%]\s*,\s+$/u;

/**
 * The pronoun, a speech verb and the end of the attribution: a period, a comma, a
 * semicolon or a colon, past an object pronoun and a short phrase of time or place
 * (`he said Tuesday.`, `she told reporters in an interview,`). `he said that …` or
 * `she said the vote …` go on with content of their own, and are not this shape.
 */
const CLOSING_ATTRIBUTION_RE = new RegExp(
  `${PRONOUN_THEN_VERB_RE.source}(?:\\s+(?:reporters|me|us|him|her|them))?(?:\\s+(?:on|in|at|during|after|before|to|of|last|this|early|late|later|earlier|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b[^.,;:"“”]{0,50})?\\s*[.,;:!?]`,
  'i',
);

/**
 * Before the pronoun, words that are not (only) its content: a quotation opening them, a colon or a
 * semicolon before the content, a short lead phrase (`As mayor, she said, …`) or a
 * subordinate clause opening the sentence (`Though Ms. Ruiz grew up here, rents rose, she said`).
 */
const NOT_CONTENT_RE =
  /^\s*(?:["“]|'')|[:;]|^\s*(?:[\p{L}\p{N}’'.-]+\s+){0,3}[\p{L}\p{N}’'.-]+,\s*$|^\s*(?:(?:But|And|Yet)\s+)?(?:Though|Although|While|Whereas|Because|If|When|Since|As|After|Before|Unless|Until|Once)\b/u;

/** Content longer than this before a he/she is not read as this shape (and a run-on sentence is not re-read for each pronoun in it). */
const CONTENT_REACH = 600;

/** Whether the he/she at `at` closes the unquoted content that opens its sentence (`sentenceStart`). */
export function closesOwnContent(text: string, sentenceStart: number, at: number): boolean {
  if (at - sentenceStart > CONTENT_REACH) return false;
  const before = text.slice(sentenceStart, at);
  // A speech verb before it (`Lee acknowledged the loss, which, he said, …`) attributes the content already.
  if (!CLOSES_CONTENT_RE.test(before) || NOT_CONTENT_RE.test(before) || hasSpeechVerb(before)) return false;
  return CLOSING_ATTRIBUTION_RE.test(text.slice(at, at + 120));
}

/**
 * `found` (the look-back from the sentence before the content) when the nearest of the
 * three sentences before that is not a quotation alone names that person and has a speech
 * verb: the speaker going on. Else null.
 */
export function speakerGoingOn(ctx: Context, paragraph: number, sentenceStart: number, found: Found | null): Found | null {
  if (found === null || found.speaker.type !== 'person') return null;
  const index = found.speaker.index;
  let p = paragraph;
  let k = sentenceIndexAt(ctx.sentences[p], sentenceStart);
  for (let seen = 0; seen < 3; seen++, k--) {
    while (k < 0 && p > 0) k = ctx.sentences[--p].length - 1;
    const s = ctx.sentences[p][k];
    if (s === undefined) return null;
    const people = mentionsWithin(ctx, p, s.start, s.end).filter((m) => m.type === 'person');
    // A sentence of quotation alone goes on with its speaker; any other words name no one the pronoun could go on with.
    if (people.length === 0 && !/\p{L}/u.test(withoutQuotations(ctx, p, s.start, s.end))) continue;
    return people.some((m) => m.entity === index) && hasSpeechVerb(ctx.paragraphs[p].slice(s.start, s.end)) ? found : null;
  }
  return null;
}
