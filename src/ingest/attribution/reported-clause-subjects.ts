/**
 * The subject of a clause read back from its verb: after the last clause boundary before it (`subjectBefore`), or, when
 * an aside set off by commas or dashes ends right before the verb, the noun phrase before the aside (`subjectBeforeAside`).
 * Read by the passive readers (reported-passive.ts, reported-agentless.ts and the others). Pure; no I/O; bounded by the sentence.
 */
import type { Range } from '../text';
import { words } from '../text';
import { trimRange } from './reported-content';

/** Where a clause's subject starts: after the last clause boundary before it. */
const SUBJECT_START_RE = /(?:^|[,;:—–(]\s*|\s(?:that|which|and|but|while|because|although|though|since|as|if|when|so)\s+)(?!.*(?:[,;:—–(]|\s(?:that|which|and|but|while|because|although|though|since|as|if|when|so)\s))/iu;
const OPENING_RE = /^\s*["“]?(?:(?:But|And|Yet|Still|However|Meanwhile|Instead|Now|So|Also|Indeed)\s*,?\s+)?/u;
/** Subjects that stand for no content: a pronoun, an expletive. */
const NO_CONTENT_SUBJECT_RE = /^(?:he|she|they|we|i|you|who|which|that|there|this)$/i;

/** The clause subject before `at`: its range, or null when none is readable (too long, a pronoun). */
export function subjectBefore(text: string, sentence: Range, at: number): Range | null {
  const head = text.slice(sentence.start, at);
  const m = SUBJECT_START_RE.exec(head);
  let start = sentence.start + (m ? m.index + m[0].length : 0);
  if (start === sentence.start) start += OPENING_RE.exec(head)![0].length;
  const range = trimRange(text, { start, end: at });
  const list = words(text.slice(range.start, range.end));
  if (list.length === 0 || list.length > 14) return null;
  if (list.length === 1 && NO_CONTENT_SUBJECT_RE.test(list[0])) return null;
  return range;
}

/** A phrase opening a sentence before its subject: a preposition or a subordinating word first. */
const LEADING_PHRASE_RE = /^["“]?(?:on|in|at|after|before|during|for|with|without|since|until|as|when|while|if|although|though|because|despite|by|from|under|over|among|to)\b/iu;

/** A lone adverb or connective opening a sentence. */
const LONE_ADVERB_RE = /^["“]?(?:\p{L}+ly|further|however|meanwhile|instead|still|now|yet|also|indeed|moreover|besides|again|then|later|first|finally|so|thus|today|yesterday|here|there|but|and)$/iu;

/**
 * "The union, which backed the levy, is widely regarded as …": when an aside set off by commas or dashes ends right
 * before the verb, the subject is the noun phrase before the aside's first comma.
 */
export function subjectBeforeAside(text: string, sentence: Range, at: number): Range | null {
  const head = text.slice(sentence.start, at);
  if (!/[,—–]\s*$/u.test(head)) return null;
  // Opening phrases before the subject are passed over: a lone adverb ("Further,"), a prepositional or subordinate phrase.
  let from = 0;
  for (const mark of head.matchAll(/[,—–]/gu)) {
    const segment = head.slice(from, mark.index).trim();
    if (mark.index >= head.trimEnd().length - 1) return null;
    if (!LONE_ADVERB_RE.test(segment) && !LEADING_PHRASE_RE.test(segment)) return subjectBefore(text, sentence, sentence.start + mark.index);
    from = mark.index + 1;
  }
  return null;
}
