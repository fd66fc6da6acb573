/**
 * Where a reported content ends because a later clause of its sentence introduces a quotation of its own, with a
 * conjunction or a subordinator rather than the comma `quotedTurnAt` reads (reported-clauses.ts): `said the port
 * would reopen but added, “…”`, `thanked the crowd and then boomed, “…”`, `was talking about the levy when he told
 * the paper, “…”`, `recalled the flood (Ana Ruiz, the harbor master, once said, “…”)`. The quotation and its speech
 * verb are an attribution of their own (the direct attributor reads it), so the content before them ends at the
 * conjunction. Pure; no I/O; one end-anchored test on a bounded lead before each quotation inside the content.
 */
import { SPEECH_VERB_ALT } from '../lexicon';
import { words, type Range } from '../text';

/** Fewer words than this in a quotation make a term or a cry, no one's statement. */
const STATEMENT_WORDS = 4;
/** Most characters read back from a quotation's start: a conjunction, a subject, a speech verb and its addressee. */
const LEAD_REACH = 140;

/** A subject: a pronoun, or a noun phrase or name of a few words (an appositive set off by commas allowed). */
const SUBJECT = `(?:he|she|they|I|we|it|(?:[\\p{L}.’'-]+\\s+){0,4}?[\\p{L}.’'-]+(?:,[^,;:"“”()]{1,60},)?)`;
/** Adverbs between the subject or conjunction and the verb: "then", "later", "once", "also", any in -ly. */
const ADVERBS = `(?:(?:then|later|once|also|again|still|\\p{Ll}{3,}ly)\\s+)*`;
/** What may stand between the speech verb and the quotation: an addressee or a place of a few words, no clause mark. */
const AFTER_VERB = `(?:\\s+[^,;:"“”()—–]{1,50}?)?`;

/**
 * `… but added, “`, `… and then boomed: “`, `… and then he told the council, “`: a speech verb coordinated with the
 * cue's (its subject the cue's own, a pronoun or a name: `… and Ms. Ruiz said, “`); `…, said, “`: a bare speech verb set off by commas, the main verb
 * after a participle aside (`Ruiz, noting the crowd, said, “`);
 * `… when he told the paper, “`, `…, although the mayor wrote, “`, `… (Ana Ruiz once said, “`: a speech verb with a
 * subject of its own in a subordinate clause or an aside; `…, although he tweeted that he “`: the quotation inside
 * that verb's own "that" clause (a few words before it). Group 1 is the lead-in the content ends before.
 */
const TURN_RE = new RegExp(
  `(\\s(?:and|but)\\s+(?:(?:then|later|also)\\s+)?(?:${SUBJECT}\\s+)?|,\\s*(?=(?:${SPEECH_VERB_ALT})\\s*[,:]\\s*$)|(?:,\\s*|\\s)(?:when|while|as|after|although|though|because|whereas)\\s+${SUBJECT}\\s+|\\s\\(\\s*${SUBJECT}\\s+)${ADVERBS}(?:${SPEECH_VERB_ALT})(?:${AFTER_VERB}\\s*[,:]|\\s+that(?:\\s+[\\p{L}’'-]+){1,3})\\s*$`,
  'iu',
);

/**
 * Where `content` ends before a later clause that introduces a quotation of a statement's length inside it, or null.
 * The cut is never before the cue's end (`cueEnd`): the cue's own quotation stays its content.
 */
export function quotedTurnAfterAt(text: string, content: Range, quotes: readonly Range[], cueEnd: number): number | null {
  for (const q of quotes) {
    if (q.start <= content.start || q.start >= content.end) continue;
    if (words(text.slice(q.start, q.end)).length < STATEMENT_WORDS) continue;
    const from = Math.max(content.start, q.start - LEAD_REACH);
    const lead = text.slice(from, q.start);
    const m = TURN_RE.exec(lead);
    if (!m) continue;
    const at = from + m.index;
    // `supports “pay raises,” opposes “…” and recalled …: “…”`: a content holding quotations of its own before the cut
    // stays whole (cut, it would be quoted words only, and its quotations would lose their source).
    if (quotes.some((o) => o.start >= content.start && o.start < at)) return null;
    if (at > content.start && at >= cueEnd) return at;
  }
  return null;
}
