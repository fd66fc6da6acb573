/**
 * What kind of phrase opens a clause before a cue: the words no noun phrase
 * holds, begins or ends with, and whether a phrase is a noun phrase, some other
 * subject or none; the noun phrase opening a clause. Pure; no I/O.
 */
import { OPENING_PAST_VERBS } from '../lexicon';
import { words, type Range } from '../text';
import { hasClauseDay } from './dated-subject-phrases';

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
  if (NOT_SUBJECT_END.has(lower) || /['’](?:ll|re|ve|d|m)$/i.test(last) || hasClauseDay(list)) return 'unnamed';
  return list.length > 1 && /^\p{Ll}+ed$/u.test(last) && !/^(?:surveyed|polled|interviewed|asked|questioned|involved|concerned)$/.test(lower) ? 'unnamed' : 'noun-phrase';
}

/** What may open a clause before its subject: a quotation mark, a connective. */
export const OPENING_RE = /^\s*["“]?(?:(?:But|And|Yet|Still|However|Meanwhile|Instead|Later|Now|So|Also|Then|Earlier|Eventually|Finally|Afterwards?)\s*,?\s+)?/u;

/** "Both parents stiffened their stance, saying …": the noun phrase before the clause's first verb, when no entity opens it. */
export function openingNounPhrase(text: string, sentence: Range, at: number, re: RegExp = OPENING_NOUN_PHRASE_RE): { found: null; text: string; start: number } | null {
  const from = sentence.start + OPENING_RE.exec(text.slice(sentence.start, at))![0].length;
  const np = re.exec(text.slice(from, at));
  if (!np || subjectKind(np[1]) !== 'noun-phrase' || words(np[1]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) return null;
  return { found: null, text: np[1], start: from };
}

/** Past tenses and auxiliaries after which a noun phrase opening a clause ends. */
const VERB_AFTER = String.raw`\p{Ll}{2,}ed|has|have|had|is|are|was|were|will|would|could|can|did|does|took|made|went|gave|came|said|told|wrote|sent|put|set|held|kept|left|began|spent`;
/** The words of a noun phrase opening a clause, then adverbs a verb may take first. */
const PHRASE = String.raw`^((?:[\p{L}\p{N}.’'/&-]+\s+){0,7}?[\p{L}\p{N}.’'/&-]+)\s+(?:(?:also|later|then|quickly|again)\s+)?`;
/** Up to eight words opening a clause, before a past-tense verb or an auxiliary. */
const OPENING_NOUN_PHRASE_RE = new RegExp(String.raw`${PHRASE}(?=(?:${VERB_AFTER})\b)`, 'u');
/** The same, the verb also one of the irregular pasts that open a clause's verb phrase ("The mayor met residents"). */
const OPENING_CLAUSE_RE = new RegExp(String.raw`${PHRASE}(?=(?:${VERB_AFTER}|${[...OPENING_PAST_VERBS].join('|')})\b)`, 'u');

/** Whether a clause opens with a noun phrase and its verb ("Officials met Tuesday"): a clause, no subject of its own. */
export function opensWithVerb(s: string): boolean {
  const from = OPENING_RE.exec(s)![0].length;
  const np = OPENING_CLAUSE_RE.exec(s.slice(from));
  return np !== null && subjectKind(np[1]) === 'noun-phrase';
}

/** The noun phrase opening a clause whose verb phrase a later, coordinated verb phrase shares ("The mayor met residents and promised …"). */
export function coordinatedNounPhrase(text: string, sentence: Range, at: number): { found: null; text: string; start: number } | null {
  return openingNounPhrase(text, sentence, at, OPENING_CLAUSE_RE);
}

/** Up to twelve words opening a clause, before its verb: a set-off participle's subject may be long ("The party's top adviser on the military campaign went further, arguing …"). */
export const SET_OFF_SUBJECT_RE = new RegExp(String.raw`^((?:[\p{L}\p{N}.’'/&-]+\s+){0,11}?[\p{L}\p{N}.’'/&-]+)\s+(?:(?:also|later|then|quickly|again)\s+)?(?=(?:${VERB_AFTER}|went|${[...OPENING_PAST_VERBS].join('|')})\b)`, 'u');

/** The noun phrase opening the clause a set-off participle follows, before the clause's first verb. */
export function setOffNounPhrase(text: string, sentence: Range, at: number): { found: null; text: string; start: number } | null {
  return openingNounPhrase(text, sentence, at, SET_OFF_SUBJECT_RE);
}

/** The same before a present -s verb and the opening of its object ("The state bank runs two plants …", "The firm keeps its books …"). */
const PRESENT_CLAUSE_RE = new RegExp(String.raw`${PHRASE}(?=\p{Ll}{2,}[^s\s]s\s+(?:the|a|an|its|his|her|their|our|two|three|four|several|many|some|more|no|\d)\b)`, 'u');

/** The noun phrase opening a clause in the present whose verb phrase a coordinated -s cue shares ("The bank runs two plants and says …"). */
export function presentNounPhrase(text: string, sentence: Range, at: number): { found: null; text: string; start: number } | null {
  return openingNounPhrase(text, sentence, at, PRESENT_CLAUSE_RE);
}
