/**
 * Who speaks in an infinitive cue that no catenative verb introduces: a purpose infinitive shares the subject of
 * its clause ("Hale took to Twitter to say …", "The mayor held a news conference to announce …"), and after a
 * causative its object speaks ("The loss led Republicans to say …", "prompting Ms. Ortiz to declare …"); after a
 * superlative noun phrase for people, the copula's subject (`reported-superlative.ts`).
 * Pure; no I/O. Each scan is bounded by the sentence and by a fixed window before the cue.
 */
import { CAUSATIVE_VERBS, OCCASION_VERBS, QUANTIFIER_SUBJECTS, TITLE_HEADS } from '../lexicon';
import { words, type Range } from '../text';
import { firstMentionFrom } from './context';
import { NOT_MODIFIERS, type ReportedContext, type SourceFound, openingNounPhrase, subjectKind } from './reported-sources';
import { openingSubject } from './reported-opening-subjects';
import { superlativeSubject } from './reported-superlative';
import { afterLastComma, anyVerbGroupBeforeTo } from './reported-purpose-verbs';

/** "to" right before the cue. */
const TO_BEFORE_RE = /\s+to\s+$/iu;
/** Words that open another clause or join a second verb: between the occasion and the cue none may stand. */
const CLAUSE_WORDS = new Set('that which who whom whose because when while after before if and but or so than as where said says told'.split(' '));
/** At most this many words between the verb and "to" ("took to the steps of City Hall", "will come on the show tonight"). */
const MAX_OCCASION_WORDS = 14;
/** The causative and its object, a noun phrase of at most four words, before "to". */
const CAUSATIVE_OBJECT_RE = /(?:[\p{L}.’'-]+\s+){1,7}[\p{L}.’'-]+$/u;
/** The word right before a name. */
const VERB_BEFORE_RE = /\b(\p{L}+)\s+$/u;
/** An appositive or relative clause set off by commas right after a subject. */
const APPOSITIVE_RE = /^\s*,[^,;:"“”()]{1,120},/u;
/** A causative, then "him" or "her", right before "to". */
const OBJECT_PRONOUN_BEFORE_RE = /\b(\p{L}+)\s+(him|her)\s*$/iu;
/** At most this many title words between a causative and a name. */
const MAX_TITLE_WORDS = 5;

/**
 * Whether a causative stands before the title words ending `before` ("led Republican National Committee Chairman ",
 * "led DNC chairwoman "): each word between capitalized or a title head (lexicon/title-heads.json), none holding a comma.
 */
function causativeBeforeTitle(before: string): boolean {
  const list = before.trim().split(/\s+/);
  for (let i = list.length - 1, n = 0; i >= 0 && n <= MAX_TITLE_WORDS; i--, n++) {
    const w = list[i];
    if (n > 0 && CAUSATIVE_VERBS.has(w.toLowerCase())) return true;
    if (/[,;:()"“”]/u.test(w) || !(/^\p{Lu}/u.test(w) || TITLE_HEADS.has(w.toLowerCase()))) return false;
  }
  return false;
}

/** Object pronouns: who they stand for is left to the rules that resolve pronouns. */
const OBJECT_PRONOUNS = new Set('him her them us me you it'.split(' '));

/** The source of a cue right after "to" (`at` is where the cue starts), or null when no such shape holds. */
export function infinitiveSource(ctx: ReportedContext, p: number, text: string, sentence: Range, at: number): SourceFound | null {
  const to = TO_BEFORE_RE.exec(text.slice(Math.max(sentence.start, at - 8), at));
  if (!to) return null;
  const toAt = at - to[0].length;
  const clause = afterLastComma(text, sentence, toAt);
  return causativeObject(ctx, p, text, sentence, toAt) ?? purposeSubject(ctx, p, text, sentence, toAt) ?? (clause && purposeSubject(ctx, p, text, clause, toAt)) ?? superlativeSubject(ctx, p, text, sentence, toAt);
}

/** "… led Republicans to say": the object of a causative, named or a plain noun phrase. */
function causativeObject(ctx: ReportedContext, p: number, text: string, sentence: Range, toAt: number): SourceFound | null {
  const mentions = ctx.mentions[p];
  const k = firstMentionFrom(mentions, toAt) - 1;
  const mention = k >= 0 && mentions[k].start >= sentence.start && /^\s*$/.test(text.slice(mentions[k].end, toAt)) ? mentions[k] : null;
  // A name right before "to": the word before it must be the causative, or title words may stand between
  // ("led Committee Chairman Reince Priebus to declare", "led DNC chairwoman Ada Holt to announce").
  if (mention) {
    const lead = VERB_BEFORE_RE.exec(text.slice(Math.max(sentence.start, mention.start - 30), mention.start));
    if (!lead || (!CAUSATIVE_VERBS.has(lead[1].toLowerCase()) && !causativeBeforeTitle(text.slice(Math.max(sentence.start, mention.start - 80), mention.start)))) return null;
    return { found: { speaker: { type: mention.type, index: mention.entity }, method: 'causative', confidence: 0.7 * mention.confidence }, text: null, start: mention.start };
  }
  // "led her to declare", "allowing him to call for": the person the pronoun stands for.
  const pronoun = OBJECT_PRONOUN_BEFORE_RE.exec(text.slice(Math.max(sentence.start, toAt - 40), toAt));
  if (pronoun && CAUSATIVE_VERBS.has(pronoun[1].toLowerCase())) {
    const at = toAt - pronoun[2].length;
    const found = ctx.personFor(p, at, pronoun[2].toLowerCase() === 'him' ? 'he' : 'she');
    return found ? { found: { ...found, method: 'causative' }, text: null, start: at } : null;
  }
  // Else the shortest phrase after a causative: "led some allies" → "some allies".
  const from = Math.max(sentence.start, toAt - 120);
  const object = CAUSATIVE_OBJECT_RE.exec(text.slice(from, toAt));
  if (!object) return null;
  const list = object[0].split(/\s+/);
  for (let i = list.length - 2; i >= 0; i--) {
    if (!CAUSATIVE_VERBS.has(list[i].toLowerCase())) continue;
    const phrase = list.slice(i + 1).join(' ');
    // "leaving many to wonder", "led some to speculate": a quantifier alone stands for people.
    if (QUANTIFIER_SUBJECTS.has(phrase.toLowerCase())) return { found: null, text: phrase, start: toAt - phrase.length };
    if (OBJECT_PRONOUNS.has(phrase.toLowerCase()) || subjectKind(phrase) !== 'noun-phrase' || words(phrase).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) return null;
    return { found: null, text: phrase, start: toAt - phrase.length };
  }
  return null;
}

/** "Hale took to Twitter to say": the sentence's subject, when an occasion verb follows it and the words up to "to" are its complement. */
function purposeSubject(ctx: ReportedContext, p: number, text: string, sentence: Range, toAt: number): SourceFound | null {
  // A name or a pronoun opening the sentence, else a plain noun phrase ("Critics took to the airwaves to …").
  const subject = openingSubject(ctx, p, text, sentence, toAt) ?? openingNounPhrase(text, sentence, toAt);
  if (!subject) return null;
  const entity = subject.found ? ctx.speakerStartingAt(p, subject.start) : null;
  const pronoun = /^(?:he|she|they|we|i|it)\b/i.exec(text.slice(subject.start, toAt));
  const end = entity ? entity.end : pronoun ? subject.start + pronoun[0].length : subject.text !== null ? subject.start + subject.text.length : -1;
  if (end < 0 || end > toAt) return null;
  // An appositive or relative clause set off after the subject ("Hale, who is running for mayor, took …").
  const aside = APPOSITIVE_RE.exec(text.slice(end, toAt));
  const from = end + (aside ? aside[0].length : 0);
  const rest = words(text.slice(from, toAt));
  // "Reyes paused to praise …": the verb alone will do.
  if (rest.length === 0) return null;
  // Adverbs may stand before the verb ("later went on CNN").
  let k = 0;
  while (k < rest.length - 1 && /ly$/i.test(rest[k])) k++;
  if (!OCCASION_VERBS.has(rest[k].toLowerCase()) && !anyVerbGroupBeforeTo(rest)) return null;
  const complement = rest.slice(k + 1);
  if (complement.length > MAX_OCCASION_WORDS || complement.some((w) => CLAUSE_WORDS.has(w.toLowerCase()))) return null;
  // A comma or quotation between them is another clause or an aside.
  if (/[,;:"“”()—–]/u.test(text.slice(from, toAt))) return null;
  return subject;
}
