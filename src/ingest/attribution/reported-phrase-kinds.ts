/**
 * What kind of phrase opens a clause before a cue: the words no noun phrase
 * holds, begins or ends with, and whether a phrase is a noun phrase, some other
 * subject or none. Pure; no I/O.
 */
import { words } from '../text';

/** Pronouns and demonstratives: no name and no noun phrase's head. */
export const PRONOUN_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'these', 'those', 'there', 'here', 'his', 'her']);
/** Words that cannot modify a source noun: a phrase holding one is no noun phrase ("would help voters"). */
export const NOT_MODIFIERS = new Set(
  'would will could should can may might must has have had is was are were be been being do does did to that which who whom and but or if when as than then not no help make let see get got give gave made says said told though although because while since after before where whereas yet so also'.split(' '),
);
/** Words that open an adverbial or a clause, not a noun phrase ("In the end …", "Like other owners …"). */
const NOT_SUBJECT_START = new Set(
  'in on at after before during since like as for from with without by under over about into through despite unlike when while if although though because so then there here what how why where asked including another'.split(' '),
);

/** Words no noun phrase ends with. */
const NOT_SUBJECT_END = new Set(
  'the a an of in on at to for from with by about each every even also just only more most some any their his her its our my your this these those other another such both either neither own very much many few'.split(' '),
);

/**
 * What opens a clause before a cue: a noun phrase ("officials familiar with the talks", "those surveyed"), some other
 * subject ("some of the", "they'll shift their", "a former staffer announced": a subject, but no name to give), or
 * none (an adverbial: "In the end", "Like other owners"; "there", "it").
 */
export function subjectKind(s: string): 'noun-phrase' | 'unnamed' | 'none' {
  const list = words(s);
  if (list.length === 0 || NOT_SUBJECT_START.has(list[0].toLowerCase())) return 'none';
  if (/^(?:there|here|it)$/i.test(list[0]) || (list.length === 1 && PRONOUN_WORDS.has(list[0].toLowerCase()))) return 'none';
  const last = list[list.length - 1];
  const lower = last.toLowerCase();
  if (NOT_SUBJECT_END.has(lower) || /['’](?:ll|re|ve|d|m)$/i.test(last) || list.some((w) => /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(w))) return 'unnamed';
  return list.length > 1 && /^\p{Ll}+ed$/u.test(last) && !/^(?:surveyed|polled|interviewed|asked|questioned|involved|concerned)$/.test(lower) ? 'unnamed' : 'noun-phrase';
}
