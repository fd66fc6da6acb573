/**
 * A participle cue after a form of "spend" and a time phrase ("spent much of his speech defending the plan", "has spent
 * the past week attacking her rival", "spent more time talking about jobs than …"): the participle is then the verb of
 * its clause, and the subject of "spend" its source, as after a catenative verb. Words in
 * `lexicon/spent-time-words.json`; read on the bounded words before a cue. Pure; no I/O.
 */
import spentTime from '../lexicon/spent-time-words.json';
import { suffixMatcher } from './cue-scan';

const WORDS: ReadonlySet<string> = new Set(spentTime.words);
/** A form of "spend", then one to seven words of a time phrase (a duration in figures too: "30-minute"), ending the text. */
const SPENT_TIME_RE = new RegExp(String.raw`\b(?:${spentTime.verbs.join('|')})\s+(?:(?:${spentTime.words.join('|')}|\d+(?:-\p{Ll}+)?)\s+){1,7}$`, 'iu');
const spentTimeMatch = suffixMatcher(SPENT_TIME_RE, /[\p{L}\p{N}\s-]/u, (run) => WORDS.has(run.toLowerCase()));

/** The form of "spend" and its time phrase ending `near` ("spent much of his time "), or null. */
export function spentTimeBefore(near: string): string | null {
  return spentTimeMatch(near);
}
