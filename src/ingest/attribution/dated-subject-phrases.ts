/**
 * Days inside a noun phrase opening a clause that date what the phrase names, not the clause: a day of a
 * possessive time phrase ("Monday night’s results showed …") and a day after a participle that modifies the noun
 * ("A court document filed Thursday says …"). Any other day ("Officials Monday said") leaves the phrase no clean
 * noun phrase. Pure; no I/O; one pass over the phrase's words.
 */
import lexicon from '../lexicon/dated-document-participles.json';
import { words } from '../text';

const DAY_RE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** "Monday night’s", "Friday morning's": the part of a day that makes the time phrase a possessor. */
const DAY_PART_POSSESSIVE_RE = /^(?:night|morning|afternoon|evening)['’]s$/i;
const DATED_PARTICIPLES: ReadonlySet<string> = new Set(lexicon.participles);
/** What opens a noun phrase a dated participle may modify: a determiner or a possessive. */
const PHRASE_OPENING_RE = /^(?:a|an|the|this|that|these|those|one|his|her|their|its|our|[\p{L}.-]+['’]s?)$/iu;

/** Whether the word at `i` (a day) dates a noun inside the phrase rather than the clause. */
function datesTheNoun(list: readonly string[], i: number): boolean {
  if (i + 1 < list.length && DAY_PART_POSSESSIVE_RE.test(list[i + 1])) return true;
  // "A court document filed Thursday": an opening, at least one noun, the participle, the day.
  return i >= 3 && DATED_PARTICIPLES.has(list[i - 1].toLowerCase()) && PHRASE_OPENING_RE.test(list[0]);
}

/** Whether a day in the phrase's words (as `words` gives them) makes it no clean noun phrase. */
export function hasClauseDay(list: readonly string[]): boolean {
  return list.some((w, i) => DAY_RE.test(w) && !datesTheNoun(list, i));
}

/** The last clause piece of a head: after its last comma, semicolon, colon, dash or parenthesis. */
const LAST_PIECE_RE = /[^,;:()—–]*$/u;

/**
 * Whether a head ends with a noun phrase and a participle that a time phrase right after it dates ("A poll conducted"
 * before "last week found …", "A court filing released" before "Thursday says …"): the time phrase belongs to the
 * noun phrase, not to the clause's verb. `notModifiers`: the words no noun phrase holds (`NOT_MODIFIERS`).
 */
export function endsWithDatedParticiple(head: string, notModifiers: ReadonlySet<string>): boolean {
  const list = words(LAST_PIECE_RE.exec(head)![0]);
  if (list.length < 3 || list.length > 9 || !DATED_PARTICIPLES.has(list[list.length - 1].toLowerCase()) || !PHRASE_OPENING_RE.test(list[0])) return false;
  // "The mayor said the poll conducted": a word no noun phrase holds puts the participle in another clause.
  return !list.some((w) => notModifiers.has(w.toLowerCase()));
}
