/**
 * "another" as the subject of a clause cue, alone or before a noun: "While
 * one company says there are 2,400 billionaires, another says there are
 * 1,800.", "Another ranking says he is not one." The noun-phrase readers
 * take no phrase opening with "another" (as a subject of other verbs it opens
 * more asides and objects than speakers: "another moment illustrated …"), so
 * it is read here for the verbs that report a clause only. Pure; no I/O;
 * reads a bounded window before the cue.
 */
import type { Range } from '../text';
import { words } from '../text';
import { NOT_MODIFIERS } from './reported-phrase-kinds';
import type { SourceFound } from './reported-source-types';

/** "another" (or "yet another") and up to two lower-case words, opening its clause right before the cue's verb group. */
const ANOTHER_SUBJECT_RE = /(?:^|[,;:]\s*|[^\p{L}](?:and|but|while|whereas)\s+)["“]?((?:[Yy]et\s+)?[Aa]nother(?:\s+[\p{Ll}-]+){0,2})\s*$/u;

/** The subject "another …" ending at `subjectEnd`, as written; else null. */
export function anotherSubject(text: string, sentence: Range, subjectEnd: number): SourceFound | null {
  const head = text.slice(Math.max(sentence.start, subjectEnd - 60), subjectEnd);
  const m = ANOTHER_SUBJECT_RE.exec(head);
  if (!m || words(m[1]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) return null;
  return { found: null, text: m[1], start: subjectEnd - head.length + m.index + m[0].indexOf(m[1]) };
}
