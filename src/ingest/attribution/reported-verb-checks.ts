/**
 * Checks on the words around a verb cue that decide whether it reports: a
 * negation before it ("did not say the vote was rigged" reports nothing, "did
 * not say whether …" an open question, "has not endorsed anyone" a stance) and
 * the words that make a noun lemma's base form a verb ("they plan to"). Pure;
 * no I/O; each check reads a bounded window before or after the cue.
 */
import { CUE_COMPOUNDS, GROUP_SUBJECTS, PARTY_MEMBERS, PERSON_NOUNS } from '../lexicon';
import sourceNouns from '../lexicon/source-nouns.json';
import cueAdverbList from '../lexicon/cue-adverbs.json';
import nonNameWords from '../lexicon/non-name-words.json';
import demonyms from '../lexicon/demonyms.json';
import { CATENATIVE_PREDICATES } from './catenative-predicates';
import { TIME_PHRASE } from './patterns';
import { trimmedEndMatches } from './cue-scan';
import { ADJECTIVE_CUES, CUES, NEGATABLE_CUES, type ReportedCue } from './reported-cues';
import { negatedThatClause } from './reported-negated-that';

/** The cue adverbs, and the predicates before "to" a cue may follow as its clause's verb ("is quick to point out"). */
const cueAdverbs = [...cueAdverbList, ...CATENATIVE_PREDICATES];

/**
 * Where only a verb can follow: a modal, "do", "to", a subject pronoun or a quantifier that takes no singular noun, adverbs
 * and a negation between ("they plan to", "would not question", "Others call it", "64 percent view").
 */
const VERB_BEFORE_RE =
  /(?:^|[^\p{L}’'])(?:will|would|could|should|can|may|might|must|do|does|did|don['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|shouldn['’]t|to|i|we|they|you|who|others|many|both|few|several|percent)\s+(?:(?:not|never|also|still|often|now|\p{Ll}+ly)\s+)*$/iu;

/** Whether a word before "that" is a verb taking a clause ("backed that"), not a noun ("a plan that"). */
export function isVerbBeforeThat(word: string): boolean {
  const listed = CUES.get(word);
  return (listed !== undefined && listed.nounBase !== true && listed.nounPlural !== true) || /ed$/.test(word);
}

/** A negation ending the auxiliaries before a cue. */
const NEGATED_RE = /(?:\bnot|n[’']t|\bnever)\s+$/iu;
/** How NEGATED_RE's match ends before its spaces: read first on the text's end (that pattern is tried at every position). */
const NEGATED_END_RE = /(?:not|n[’']t|never)$/iu;
/** What any negated cue may report: an open question ("did not say whether …", "never explained why") or a topic. */
const OPEN_COMPLEMENT_RE = /^\s+(?:whether|if|why|how|what|who|whom|when|where|which|about)\b/iu;

/**
 * Whether a cue after `near` (the words before it) reports what follows it (`after`): always when it is not negated;
 * negated, only an open question, or a stance's noun phrase, infinitive or "that" clause ("did not know that …").
 */
export function negatedCueReports(near: string, after: string, word: string): boolean {
  if (!trimmedEndMatches(near, NEGATED_END_RE, 5, true) || !NEGATED_RE.test(near)) return true;
  // "wouldn't say Tuesday how …": a time phrase may stand before the open question.
  if (OPEN_COMPLEMENT_RE.test(after.slice(TIME_PHRASE.exec(after)?.[0].length ?? 0))) return true;
  // "did not say that …": a negated cue reports a "that" clause (reported-negated-that.ts).
  if (negatedThatClause(after)) return true;
  return NEGATABLE_CUES.has(word) && /^\s+[\p{L}\p{N}"“$]/u.test(after);
}

/** A negation before a cue, an adverb perhaps between ("did not immediately respond to", "has not yet replied to"). */
const NEGATED_PAST_ADVERB_RE = /(?:\bnot|n[’']t|\bnever)\s+(?:(?:\p{Ll}+ly|yet)\s+)?$/iu;

/** Whether a cue read only when negated (`lexicon/negated-only-cues.json`) is negated here, and has an object after it. */
export function negatedOnlyReports(near: string, after: string): boolean {
  return NEGATED_PAST_ADVERB_RE.test(near.slice(-40)) && /^\s+[\p{L}\p{N}"“]/u.test(after);
}

/**
 * Plural nouns for people that may be the subject right before a noun lemma's base form ("Many voters doubt that",
 * "Republicans plan to", "critics view it as"): the plurals of the source, group, party and person nouns.
 */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(
  [...sourceNouns, ...GROUP_SUBJECTS, ...PARTY_MEMBERS, ...[...PERSON_NOUNS].map((w) => (w.endsWith('s') ? w : `${w}s`))].filter(
    (w) => /(?:s|people|men|children)$/u.test(w) && !/(?:reports|records|documents|polls|surveys|studies|news)$/u.test(w),
  ),
);
/** The last word before a base form, past adverbs ("voters now", "Democrats increasingly"), and what precedes that word. */
const PLURAL_SUBJECT_RE = /(?:^|([^\s]*)\s+)([\p{L}’'-]+)\s+(?:(?:also|still|often|now|\p{Ll}+ly)\s+)*$/u;

/**
 * Whether the words before a base form make it a verb: VERB_BEFORE_RE, or a plural noun for people that is no
 * possessive and follows no preposition or singular determiner ("many voters doubt", not "the voters' doubt", "a police report").
 */
export function verbMustFollow(near: string): boolean {
  if (VERB_BEFORE_RE.test(near)) return true;
  const m = PLURAL_SUBJECT_RE.exec(near);
  return m !== null && PEOPLE_PLURALS.has(m[2].toLowerCase()) && !/['’]s?$/u.test(m[2]) && !/^(?:for|to|by|with|from|among|in|on|at|a|an|one|each|every|any)$/iu.test(m[1] ?? '');
}

/** Before an -s form that is mostly a plural noun: "he", "she", "it", "who", or a name and an adverb ("Reyes often"). */
const SINGULAR_SUBJECT_BEFORE_RE =
  /(?:(?:^|[^\p{L}’'])(?:[Hh]e|[Ss]he|[Ii]t|[Ww]ho)\s+(?:(?:also|still|often|now|frequently|repeatedly|regularly|\p{Ll}+ly)\s+)*|(?:^|[^\p{L}’'.])\p{Lu}[\p{Ll}’'-]+\s+(?:(?:also|still|often|now|frequently|repeatedly|regularly|\p{Ll}+ly)\s+)+)$/u;

/**
 * A name opening its clause right before an -s form: after the sentence's start, a comma or semicolon, or a conjunction
 * ("Ramos credits the staff", "…, and Ramos disputes this"); after a determiner ("the Ramos attacks") it is a modifier.
 * Group 1 the name's word.
 */
const NAME_BEFORE_RE = /(?:^|[,;]\s*|(?:^|\s)(?:and|but|when|while|because|although|as)\s+)(\p{Lu}\p{Ll}[\p{Ll}’'-]*)\s+$/u;
/** Capitalized words that open a clause yet name no one, or modify a noun ("Republican attacks", "This shows"). */
const NOT_NAME = new Set([...nonNameWords, ...demonyms, 'republican', 'democratic', 'democrat', 'conservative', 'liberal', 'progressive', 'federal', 'state', 'senate', 'house', 'party', 'campaign', 'white', 'new', 'recent', 'early', 'further', 'public', 'media', 'news']);

/**
 * Whether the words before an -s form that is mostly a plural make it a verb: SINGULAR_SUBJECT_BEFORE_RE, or a name
 * opening its clause when the cue's object or infinitive opens after it (`objectOpens`).
 */
export function singularSubjectBefore(near: string, objectOpens = false): boolean {
  if (SINGULAR_SUBJECT_BEFORE_RE.test(near)) return true;
  const name = objectOpens ? NAME_BEFORE_RE.exec(near) : null;
  return name !== null && !NOT_NAME.has(name[1].toLowerCase());
}

/** Passive voice right before a cue ("was criticized by", "is expected to"): its subject is no source. */
const PASSIVE_BEFORE_RE = /\b(?:is|was|are|were|be|been|being|gets?|got|isn[’']t|wasn[’']t|aren[’']t|weren[’']t)\s+(?:(?:not|never)\s+)?(?:\p{L}+ly\s+)?$/iu;
/** How PASSIVE_BEFORE_RE's match ends before its spaces (a form of "be" or "get", a negation, or an adverb): read first on the text's end. */
const PASSIVE_END_RE = /(?:is|was|are|were|be|been|being|gets?|got|n[’']t|not|never|ly)$/iu;
/** What NOT_CATENATIVE_TO_RE's match ends with before its spaces: "to" after a space. */
const TO_END_RE = /\sto$/iu;

/** The verbs a cue may follow after "to" and still report: "continued to insist", "is trying to show" (from the adverb list). */
const CATENATIVES = cueAdverbs.filter((w) => w.endsWith(' to')).map((w) => w.slice(0, -3).replace(/\s+/g, '\\s+'));
/** "to" before a cue, unless after one of CATENATIVES or "went on" ("wants to say" reports nothing yet). */
const NOT_CATENATIVE_TO_RE = new RegExp(`(?<!\\b(?:${[...CATENATIVES, 'went\\s+on', 'goes\\s+on', 'go\\s+on'].join('|')}))\\s+to\\s+$`, 'iu');

/** "is used to describe", "was often used to support": a passive "used to" (not the habitual "used to say"). */
const PASSIVE_USED_TO_RE = /\b(?:is|was|are|were|be|been|being|gets?|got)\s+(?:\p{L}+\s+)?used\s+to\s+$/iu;

/** Whether a cue's words before it end in a passive ("was criticized by", "is expected to", "is used to"), whose subject is no source. */
export function passiveBefore(near: string): boolean {
  if (/\sused\s+to\s+$/i.test(near) && PASSIVE_USED_TO_RE.test(near)) return true;
  return trimmedEndMatches(near, PASSIVE_END_RE, 5, true) && PASSIVE_BEFORE_RE.test(near);
}

/** NOT_CATENATIVE_TO_RE tried at one position only (sticky). */
const NOT_CATENATIVE_TO_AT_RE = new RegExp(NOT_CATENATIVE_TO_RE.source, 'iuy');
const SPACE_RE = /\s/u;

/**
 * Whether a cue follows a "to" that no catenative verb heads ("wants to say" reports nothing yet; "continued to insist" does).
 * NOT_CATENATIVE_TO_RE (`\s+to\s+$` after a look-behind) can match only from within the spaces before the text's last
 * "to": those positions are found by a walk back from the end and tried in order, as the unanchored pattern would try
 * them, instead of every position of the text.
 */
export function uncatenatedToBefore(near: string): boolean {
  if (!trimmedEndMatches(near, TO_END_RE, 3, true)) return false;
  // The trimmed end is a space and "to" (TO_END_RE): the "to" starts two characters before it.
  let end = near.length;
  while (end > 0 && SPACE_RE.test(near[end - 1])) end--;
  const to = end - 2;
  let start = to;
  while (start > 0 && SPACE_RE.test(near[start - 1])) start--;
  for (let at = start; at < to; at++) {
    NOT_CATENATIVE_TO_AT_RE.lastIndex = at;
    if (NOT_CATENATIVE_TO_AT_RE.test(near)) return true;
  }
  return false;
}

/** A copula before a stance adjective, adverbs and a negation allowed ("has been sharply critical of", "wasn’t fond of", "came away convinced"). */
export const COPULA_BEFORE_RE = /\b(?:is|was|are|were|(?:is|was|are|were)n['’]t|be|been|being|am|['’]s|['’]re|remains?|remained|seems?|seemed|appears?|appeared|became|becomes?|grew|feels?|felt|c[ao]mes?\s+away|coming\s+away)\s+(?:\p{Ll}+ly\s+|not\s+|also\s+|still\s+|very\s+|more\s+|less\s+|so\s+|well\s+|most\s+|too\s+|far\s+|even\s+|now\s+|all\s+)*$/iu;

/**
 * The reading of a cue form after a copula: the stance adjective when the form is listed as one too, though a verb's
 * entry wins elsewhere ("is worried that …" is a stance, "the vote worried her" a verb).
 */
export function adjectiveReading(listed: ReportedCue, word: string, near: string): ReportedCue {
  const adjective = listed.adjective ? undefined : ADJECTIVE_CUES.get(word);
  return adjective && COPULA_BEFORE_RE.test(near) ? adjective : listed;
}
/** A modal verb: before a copula, it makes a stance adjective a guess ("may be willing to"). */
export const MODAL_RE = /\b(?:may|might|could|would|should|will|can|must)\b/iu;
/** A progressive before an -ing cue: "is telling", "were calling for", "are already confirming", "will be pushing for". */
export const PROGRESSIVE_RE = /\b(?:is|are|was|were|been|am|['’]s|['’]re|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|(?:will|would|could|should|may|might|must|can|won['’]t|wouldn['’]t)\s+(?:(?:not|also|still|\p{Ll}+ly)\s+)*be)\s+(?:(?:\p{Ll}+ly|already|also|still|now|all|not|again|even|just)\s+)*$/iu;
/** "he's", "they're", adverbs after it, right before a participle. */
export const CONTRACTED_PROGRESSIVE_RE = /\b(?:he|she|it|they|we|you|who|that)['’](?:s|re)\s+(?:(?:also|now|still|already|even|just|again|really|clearly|increasingly|not|never)\s+)*$/iu;

/** A contracted auxiliary ending the text ("she's ", "they're ", "I'd ", "we've "), the part from its apostrophe in group 1. */
const CONTRACTED_BEFORE_RE = /\b(?:i|he|she|it|who|that|there|what|they|we|you)(['’](?:s|re|d|ve|ll)\s+)$/iu;
/** What CONTRACTED_BEFORE_RE needs, read first on the text's trimmed end (that pattern is tried at every position). */
const CONTRACTED_END_RE = /['’](?:s|re|d|ve|ll)$/iu;
export function contractedBefore(text: string): RegExpExecArray | null {
  return trimmedEndMatches(text, CONTRACTED_END_RE, 3, true) ? CONTRACTED_BEFORE_RE.exec(text) : null;
}

/** What a cue may be in a compound: all but the word before it, all but the word after it (a lookup first, no pattern). */
const COMPOUND_SECONDS: ReadonlySet<string> = new Set([...CUE_COMPOUNDS].map((c) => c.slice(c.indexOf(' ') + 1)));
const COMPOUND_FIRSTS: ReadonlySet<string> = new Set([...CUE_COMPOUNDS].map((c) => c.slice(0, c.lastIndexOf(' '))));

/** Whether the word at [at, at + length) is part of a compound noun ("think tank", "talk show"): the word before or after it with it. */
export function inCompound(text: string, at: number, length: number): boolean {
  const word = text.slice(at, at + length).toLowerCase();
  const before = COMPOUND_SECONDS.has(word) ? /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, at - 24), at)) : null;
  const after = COMPOUND_FIRSTS.has(word) ? /^\s+([\p{L}-]+)/u.exec(text.slice(at + length, at + length + 24)) : null;
  return (before !== null && CUE_COMPOUNDS.has(`${before[1].toLowerCase()} ${word}`)) || (after !== null && CUE_COMPOUNDS.has(`${word} ${after[1].toLowerCase()}`));
}
