/**
 * An appositive after the source of "according to" ("According to Ines Vidal, the board's ferry director, the board
 * has …"): it describes the source and is no part of the content. Pure; no I/O; reads up to the next comma.
 */
import { words } from '../text';
import { NOT_MODIFIERS } from './reported-phrase-kinds';

/** A noun phrase set off by commas: a determiner or a possessor first, at most twelve words, then a comma. */
const APPOSITIVE_RE = /^((?:the|a|an|his|her|their|its|[\p{Lu}][\p{L}.’'-]*['’]s?)\s[^,;:()"“”—–]{1,100}?),\s+/u;

/** How many characters an appositive opening the text at `from` (up to `end`) takes with its comma; 0 when none opens there. */
export function appositiveLength(text: string, from: number, end: number): number {
  const m = APPOSITIVE_RE.exec(text.slice(from, Math.min(end, from + 140)));
  if (!m) return 0;
  const list = words(m[1]);
  // "the board has targeted ferries, and …" is a clause: a verb or an auxiliary ends the noun phrase reading.
  if (list.length > 12 || list.some((w) => NOT_MODIFIERS.has(w.toLowerCase()) || /^\p{Ll}{2,}ed$/u.test(w))) return 0;
  // What follows must still be a clause of a few words, not a relative clause on the phrase ("the council, which had
  // criticized the levy, would vote": the phrase is the clause's subject).
  const rest = text.slice(from + m[0].length, end);
  return words(rest).length >= 3 && !/^(?:which|who|whom|whose|that)\b/iu.test(rest) ? m[0].length : 0;
}
