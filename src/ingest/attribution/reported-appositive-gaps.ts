/**
 * A noun phrase set off after a clause that sums it up, whose relative clause reports a stance on it: `Holt said the
 * count was rigged, a charge that county officials denied`, `…, an offer the council rebuffed at a meeting`, `… — a
 * point Reyes has disputed`. What the cue reports is the noun phrase (the words of the clause before it restated);
 * its source is the relative clause's subject. The clause before keeps its own attribution and ends at the comma or
 * dash. Pure; no I/O; reads a bounded window around the cue.
 */
import type { Range } from '../text';

/**
 * A subject a relative clause with no relative word may open with: a personal pronoun, a name (capitalized words), or
 * a determiner and a noun ("the council"); not a bare noun, which ends a noun phrase ("a new poll indicates").
 */
const NAMED_SUBJECT = String.raw`(?:he|she|they|we|I|you|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+|(?:the|his|her|their|its|our)\s+(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)`;
/** Words inside no summing noun phrase: a relative word, a preposition or a conjunction ("a spokesman for the union said"). */
const NOT_HEAD = String.raw`(?:that|which|of|for|to|in|on|at|with|from|by|about|and|or|but)\s`;
/** Words that open no subject after "that"/"which": a relative, an auxiliary, a conjunction (the relative is the subject). */
const NOT_SUBJECT = String.raw`(?:that|which|who|whom|is|was|are|were|has|have|had|be|been|will|would|could|can|may|might|should|must|did|does|do|not|also|and|or|but)\s`;

/**
 * A comma or dash, the summing noun phrase (a determiner and up to three words, or a bare plural), then "that" or
 * "which" and the subject (up to four words), or no relative word and a subject NAMED_SUBJECT reads, ending the window.
 */
const APPOSITIVE_BEFORE_RE = new RegExp(
  String.raw`(?:,|\s[—–-]{1,2}|[—–])\s*((?:a|an|another)\s+(?:(?!${NOT_HEAD})[\p{Ll}-]+\s+){0,2}?(?!${NOT_HEAD})\p{Ll}[\p{Ll}-]+|\p{Ll}{3,}s)\s+(?:(?:that|which)\s+(?!${NOT_SUBJECT})((?:[\p{L}.’'-]+\s+){0,3}[\p{L}’'-]+)|(${NAMED_SUBJECT}))\s+$`,
  'u',
);
/** Nouns a set-off noun phrase does not sum up a clause with: time, place, a person ("a day", "a man"). */
const NOT_SUMMING = new Set(
  'day days week weeks month months year years time times place places way ways man men woman women person people group city state country town district'.split(' '),
);
/** What may follow the cue: adverbs, a short time or place phrase, then the sentence's end or the clause's (comma, dash). */
const APPOSITIVE_AFTER_RE =
  /^(?:\s+\p{Ll}+ly)*(?:\s+(?:at|in|on|over|during|last|this|since|for|after|before|earlier|later|again|today|yesterday)(?:\s[^,;:.!?"“”()—–]{1,60}?)?)?\s*(?:[.!?;]["”]?\s*$|$|,|\s[—–-]|[—–])/u;

/** The summing noun phrase and where the subject starts, in the window before a cue's verb group; else null. */
export function appositiveGap(text: string, sentence: Range, subjectEnd: number, cueEnd: number): { content: Range; subjectAt: number; subject: string } | null {
  // A window cut short of the sentence's end gets a mark that is no end, so that "$" reads the sentence's end only.
  const end = Math.min(sentence.end, cueEnd + 120);
  if (!APPOSITIVE_AFTER_RE.test(text.slice(cueEnd, end) + (end < sentence.end ? '\u0000' : ''))) return null;
  const from = Math.max(sentence.start, subjectEnd - 100);
  const before = text.slice(from, subjectEnd);
  const m = APPOSITIVE_BEFORE_RE.exec(before);
  if (!m) return null;
  const head = /(\p{Ll}[\p{Ll}-]*)$/u.exec(m[1])?.[1] ?? '';
  if (NOT_SUMMING.has(head)) return null;
  const subject = m[2] ?? m[3];
  const objectAt = from + m.index + m[0].indexOf(m[1]);
  return { content: { start: objectAt, end: objectAt + m[1].length }, subjectAt: from + m.index + m[0].lastIndexOf(subject), subject };
}
