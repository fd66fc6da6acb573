/**
 * A relative clause with no relative word, or with "that", whose subject is a name or a personal pronoun and whose
 * cue's object is the noun phrase before it: `this is not the campaign Clinton envisioned`, `the lesson they
 * intended`, `a fact he often mentions`. What it reports is that noun phrase. Pure; no I/O; reads a bounded window.
 */
import { ADDRESSEE_VERBS } from '../lexicon';
import type { Range } from '../text';

/** Prepositions, conjunctions, and nouns of time, manner and place that open an adverbial, not an object ("the day he resigned", "the way she spoke"). */
const ADVERBIAL_HEADS = new Set(
  'of to for in on at by with from about into over and or but nor when as until while where because if then so than though although since once before after time times day days week weeks month months year years moment moments night morning evening afternoon hour hours minute minutes way ways point place places era period season end start same first last next reason extent degree rest'.split(' '),
);

/**
 * A determiner and up to four more words ending in a lowercase noun, then "that" or nothing, then the subject (a
 * personal pronoun or one to four capitalized words), ending the window; no preposition before the noun phrase.
 */
const CONTACT_RELATIVE_RE =
  /(?:^|[^\p{L}\p{N}’'-])(?<!\b(?:[Ii]n|[Tt]o|[Ww]ith|[Ff]or|[Oo]f|[Oo]n|[Aa]t|[Bb]y|[Ff]rom|[Aa]bout|[Uu]nder|[Tt]hrough|[Dd]uring|[Aa]fter|[Bb]efore|[Ii]nto|[Uu]pon|[Oo]ver|[Aa]gainst|[Ss]ince|[Uu]ntil|[Ww]hen)\s+)((?:the|a|an|this|that|these|those|his|her|their|its|our|one|every|any)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?(\p{Ll}[\p{Ll}’'-]+))\s+(?:that\s+)?((?:he|she|they|we|I|you)|(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{Ll}’'-]+)\s+$/u;

/** Verbs that take a noun phrase and then a clause ("warned the board he would …"): the clause after is no relative clause. */
const NOUN_THEN_CLAUSE_RE = /(?:^|[^\p{L}’'])(?:warn|warns|warned|warning|convince|convinces|convinced|convincing|persuade|persuades|persuaded|persuading|promise|promises|promised|promising|show|shows|showed|showing|teach|teaches|taught|notify|notifies|notified|advise|advises|advised|bet|bets)\s+$/iu;

/** The object noun phrase and where the subject starts, when the window (text before a cue's verb group) ends in a contact relative; else null. */
export function contactRelative(before: string, from: number): { content: Range; subjectAt: number; subject: string } | null {
  const m = CONTACT_RELATIVE_RE.exec(before);
  // "because of Pagliano's Fifth Amendment claims": a possessive is no subject.
  if (!m || ADVERBIAL_HEADS.has(m[2].toLowerCase()) || /['’]s?\s/u.test(m[3] + ' ')) return null;
  const objectAt = from + m.index + m[0].indexOf(m[1]);
  // "told the board he agreed": a verb before the noun phrase takes it as its addressee and the clause as its object.
  const lead = before.slice(0, objectAt - from);
  const verb = /(\p{L}+)\s+$/u.exec(lead);
  if (verb && (ADDRESSEE_VERBS.has(verb[1].toLowerCase()) || NOUN_THEN_CLAUSE_RE.test(lead))) return null;
  // "…, the news site RTL Info reported.": after a comma or opening the sentence, the noun phrase describes the subject.
  if (!verb) return null;
  const subjectAt = from + m.index + m[0].lastIndexOf(m[3]);
  return { content: { start: objectAt, end: objectAt + m[1].length }, subjectAt, subject: m[3] };
}
