/**
 * A long noun phrase opening a sentence as the subject of its cue, when no
 * shorter rule reads it: a head of a few words, then a postmodifier – a
 * prepositional phrase, a participle phrase or a relative clause – up to the
 * verb ("Governors in more than two dozen states balked at …", "Two lawsuits
 * being weighed in Ohio have accused …", "People whose dealings with the firm
 * were friendly are wary of …"). The phrase is the source as written. Pure; no
 * I/O; reads at most the sentence's first 200 characters.
 */
import { DOCUMENT_NOUNS, IRREGULAR_PAST_VERBS, OPENING_PAST_VERBS, SOURCE_NOUNS } from '../lexicon';
import { words, type Range } from '../text';
import { NOT_MODIFIERS, OPENING_RE, subjectKind } from './reported-phrase-kinds';
import type { SourceFound } from './reported-source-types';

/** A subject this far from its sentence's start is not read. */
const MAX_HEAD = 200;
/** Most words the whole phrase may have. */
const MAX_WORDS = 20;
/** Most words the head before its postmodifier may have. */
const MAX_HEAD_WORDS = 6;
/** What no subject holds: a quotation, a clause break, an aside. */
const BREAK_RE = /["“”,;:()—–]|\s-\s/u;
/** Words that open a postmodifier after a subject's head. */
const POSTMODIFIER_OPENERS = new Set('of in on at from with by to for among across inside within outside near under over about behind who whose'.split(' '));
/** Prepositions after which an "-ed" word is a participle ("a group started by", "lawsuits filed in"), not a past tense with its object. */
const AFTER_PARTICIPLE = new Set('by in on at for from with to as into under over across during since after before against'.split(' '));
/** What may follow "to" in a prepositional phrase ("advisers to the governor", "ties to both Clintons"), not an infinitive. */
const TO_OBJECT_RE = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|both|all|some|many|several|\p{Lu}.*)$/u;
/** A pronoun with a contracted "is" ("It's", "that's"), not a possessive. */
const CONTRACTED_IS_RE = /^(?:it|that|he|she|there|here|what|who|this)['’]s$/iu;
/** The cue's word, then a copula or an auxiliary: the cue is a participle inside a subject. */
const PARTICIPLE_BEFORE_VERB_RE = /^\s*\p{L}+\s+(?:\p{Lu}\p{Ll}+day\s+)?(?:is|was|are|were|has|have|had)\b/u;
/** Words no subject holds: a pronoun standing as a subject, a contracted copula or negation ("It's", "aren't"). */
const NOT_IN_SUBJECT_RE = /^(?:he|she|it|they|we|i|you|nobody|anyone|everyone|someone|not|never)$|['’](?:s|re|ve|ll|d)$|n['’]t$/iu;
/** A participle opening a postmodifier ("lawsuits being weighed", "a group started by", "voters backing"). */
const PARTICIPLE_RE = /^\p{Ll}{3,}(?:ing|ed)$/u;
/** An auxiliary or a conjunction that opens a clause of its own. */
const CLAUSE_WORD_RE = /^(?:is|was|are|were|has|have|had|will|would|could|should|can|may|might|must|do|does|did|and|but|or|said|says|say)$/iu;
/** Words after which a postmodifier reads as a clause unless a relative word opened it. */
const RELATIVE_RE = /^(?:who|whose|that)$/iu;
/** A word after which no subject ends. */
const OPEN_END = new Set('a an the of in on at to for from with by and or but that who whose which about than his her their its our my your'.split(' '));

/**
 * The noun phrase opening the sentence up to `verbAt`, when it is a head of at most six words and a postmodifier with no
 * clause of its own (an auxiliary only inside a relative clause), no quotation and no comma.
 */
export function longSubject(text: string, sentence: Range, verbAt: number, reportsClause = false): SourceFound | null {
  if (verbAt - sentence.start > MAX_HEAD) return null;
  // "Her support in a poll released is …": a word before the clause's own verb is a participle in the subject, no cue.
  if (PARTICIPLE_BEFORE_VERB_RE.test(text.slice(verbAt, verbAt + 40))) return null;
  const head = text.slice(sentence.start, verbAt);
  const from = OPENING_RE.exec(head)![0].length;
  const phrase = head.slice(from).trim();
  // "Ada Holt, a nurse whose ward closed, has urged": the phrase before an appositive closing right before the verb.
  if (phrase.endsWith(',')) return openingAppositiveSubject(sentence, head.slice(0, head.lastIndexOf(',')));
  if (phrase === '' || BREAK_RE.test(phrase)) return null;
  const list = words(phrase);
  if (list.length < 3 || list.length > MAX_WORDS || OPEN_END.has(list[list.length - 1].toLowerCase())) return null;
  // The head: the words before the first preposition, participle or relative word.
  const split = list.findIndex((w, i) => i > 0 && (POSTMODIFIER_OPENERS.has(w.toLowerCase()) || PARTICIPLE_RE.test(w)));
  if (split < 1 || split > MAX_HEAD_WORDS) return null;
  const headWords = list.slice(0, split);
  if (subjectKind(headWords.join(' ')) !== 'noun-phrase' || headWords.some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) return null;
  // The head names people or a body that speaks ("advisers", "groups", "Democrats"), not a thing ("the reaction to …").
  const noun = headWords[headWords.length - 1];
  // Before a cue reporting a clause, a document speaks too ("A study to be released by … suggests that …").
  if (!SOURCE_NOUNS.has(noun.toLowerCase()) && !/^\p{Lu}\p{Ll}+s$/u.test(noun) && !(reportsClause && documentNoun(noun))) return null;
  // "It's", "aren't", "he" say the phrase is a clause; a possessive is no contraction ("the island's government").
  if (list.some((w) => NOT_IN_SUBJECT_RE.test(w) && (!/['’]s$/u.test(w) || CONTRACTED_IS_RE.test(w)))) return null;
  // "An effort to win …": "to" before a verb is an infinitive, not a preposition.
  // "A study to be released …": "to be" and a participle is a postmodifier all the same.
  if (list[split].toLowerCase() === 'to' && !TO_OBJECT_RE.test(list[split + 1] ?? '') && !(reportsClause && passiveInfinitive(list, split))) return null;
  // An auxiliary or "and" in the postmodifier opens a clause, unless a relative word came first ("people whose … have been").
  const relative = list.findIndex((w, i) => i >= split && RELATIVE_RE.test(w));
  const clause = list.findIndex((w, i) => i >= split && CLAUSE_WORD_RE.test(w));
  if (clause >= 0 && (relative < 0 || relative > clause)) return null;
  // A past tense before any relative word is the clause's own verb ("The site traced the story", "a poll found 40% …"):
  // an "-ed" word reads as a participle only before a preposition.
  const end = relative < 0 ? list.length : relative;
  for (let i = split; i < end; i++) {
    const w = list[i].toLowerCase();
    // "to be released this month", "being heard in Denver": after "be" or "being" the word is a participle.
    if (reportsClause && i > 0 && /^(?:be|being)$/iu.test(list[i - 1])) continue;
    if (IRREGULAR_PAST_VERBS.has(w) || OPENING_PAST_VERBS.has(w)) return null;
    if (PARTICIPLE_RE.test(list[i]) && w.endsWith('ed') && !AFTER_PARTICIPLE.has((list[i + 1] ?? '').toLowerCase())) return null;
  }
  const start = sentence.start + from + head.slice(from).indexOf(list[0]);
  return { found: null, text: phrase, start };
}

/** A document noun, singular or plural ("study", "lawsuits"): lexicon/document-nouns.json. */
function documentNoun(noun: string): boolean {
  const w = noun.toLowerCase();
  return DOCUMENT_NOUNS.has(w) || (w.endsWith('s') && DOCUMENT_NOUNS.has(w.slice(0, -1)));
}

/** "to be" and a participle at `at` in `list` ("to be released", "to be unveiled"). */
function passiveInfinitive(list: readonly string[], at: number): boolean {
  const w = (list[at + 2] ?? '').toLowerCase();
  return (list[at + 1] ?? '').toLowerCase() === 'be' && (/^\p{Ll}{3,}ed$/u.test(w) || IRREGULAR_PAST_VERBS.has(w));
}

/** An auxiliary in an appositive: a clause of its own. */
const APPOSITIVE_CLAUSE_RE = /\b(?:is|was|are|were|has|have|had|will|would|could|should|can|may|might|must|do|does|did)\b/iu;
/** A short noun phrase opening a sentence, then its comma: "Ada Holt, ", "The clinic's director, ". */
const OPENING_PHRASE_RE = /^\s*(?:(?:But|And|Yet|Still|However|Meanwhile|Now|So|Also)\s+)?([^,;:()—–]{2,60}?),\s/u;

/**
 * The subject of "NOUN PHRASE, APPOSITIVE, VERB" when no entity opens the sentence ("Ada Holt, 60, a nurse, said"):
 * the opening noun phrase, when the appositive (up to the last comma before the verb, given as `inner`) holds no clause
 * break and no verb of its own.
 */
export function openingAppositiveSubject(sentence: Range, inner: string): SourceFound | null {
  const m = /["“”;:]/u.test(inner) ? null : OPENING_PHRASE_RE.exec(inner);
  if (!m) return null;
  const phrase = m[1].trim();
  const list = words(phrase);
  if (list.length > 6 || subjectKind(phrase) !== 'noun-phrase' || list.some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) return null;
  const appositive = inner.slice(m[0].length);
  if (appositive.trim() === '' || APPOSITIVE_CLAUSE_RE.test(appositive.replace(/\b(?:who|whom|whose|which|that)\b.*$/isu, ''))) return null;
  const start = sentence.start + m.index + m[0].indexOf(m[1]);
  return { found: null, text: phrase, start };
}
