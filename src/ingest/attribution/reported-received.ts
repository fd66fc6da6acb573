/**
 * A stance its subject receives: `The plan drew sharp criticism from unions`,
 * `Reyes has won the backing of the mayor`, `Ortiz enjoys strong support
 * among teachers`. The subject is what the stance is toward (the content), the
 * phrase after `of`/`from`/`among`/`by` holds it (the source). Word lists in
 * `lexicon/received-stances.json`. Pure; no I/O; bounded by its sentence.
 */
import { alternation } from '../lexicon';
import received from '../lexicon/received-stances.json';
import type { Range } from '../text';
import { words } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import { type PassiveDraft, subjectBefore } from './reported-passive';
import type { FoundSource, ReportedContext } from './reported-sources';
import { isSourcePhrase, sourceBefore } from './reported-sources';
import { holdsRunIn } from './sentence-runs';
import { lastLetterRuns } from './word-presence';

/** A stance received has what a passive's attribution has: its content, cue, source and clause. */
export type ReceivedDraft = PassiveDraft;

/** A lexicon list as an alternation whose phrases take any run of spaces. */
const alt = (list: readonly string[]): string => alternation(list).replace(/\s+/g, '\\s+');
/** The verb, up to three modifiers (no figure: `has 20 percent support` is a poll's), the noun, the preposition naming whose stance it is. */
const RECEIVED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(${alt(received.verbs)})\\s+((?:[\\p{Ll}’'-]+\\s+){0,3}?)(${alt(received.nouns)})\\s+(of|from|among|by)\\s+`,
  'gu',
);
/** Nouns whose "of" phrase holds the stance rather than names its object. */
const OF_SOURCE_NOUNS: ReadonlySet<string> = new Set(received['of-source']);
/**
 * What the sentence must hold for the pattern to be tried (most sentences hold none of the nouns): a noun's last word
 * as a word of its own, then the preposition. Read on the sentence's runs of letters, which other finders read too.
 */
const NOUN_WORDS = lastLetterRuns(received.nouns);
const PREPOSITION_AFTER_RE = /\s+(?:of|from|among|by)\s/uy;
/** Before the verb: an infinitive, a modal or a negation (`hopes to win the support of`, `will face criticism from`, `did not get`) receives nothing yet. */
const NOT_YET_RE = /(?:^|\s)(?:to|not|never|will|would|could|can|cannot|may|might|must|should|shall|n[’']t)\s+(?:(?:\p{Ll}+ly|also|still|even)\s+)?$|n[’']t\s+(?:\p{Ll}+ly\s+)?$/iu;
/**
 * Modifiers that make the noun no stance received: a share (`20 percent support`), none (`no support`), a preposition
 * or a verb (`has come out in support of`, `have sought support from`: the subject's own stance or search), a
 * possessive (`has toned down his criticism of`: his own), a second noun (`hostility and opposition`).
 */
const NOT_MODIFIER_RE = /(?:^|\s)(?:percent|points?|no|any|little|less|in|of|on|with|for|to|at|up|out|down|off|over|by|from|about|into|his|her|its|their|my|our|your|and|or|sought|rung|dealt|come|gone|been|\p{Ll}+ed)\s/iu;
/** A verb form that is a noun after a determiner: `in the face of attacks from`. */
const NOUN_USE_RE = /(?:^|\s)(?:the|a|an)\s+$/iu;
/** Where the source's noun phrase ends: a clause mark, a relative or subordinate word, a new verb phrase. */
const SOURCE_END_RE =
  /[,;:—–()]|\s(?:(?:for|after|who|whom|which|that|because|when|while|as|but|over|since|despite|with|to|last|this|next|earlier|yesterday|today)\b|(?:in|on)\s+(?=\p{Lu}|(?:a|an|the|his|her|their|its)\s)|and\s+(?:has|have|had|is|was|are|were|will|\p{Ll}+ed)\b)|[.?!]["”]?\s*$/u;
/** A source given as a share (`from 52 percent of voters`, `of 40%`): a poll's finding, read elsewhere. */
const FIGURE_RE = /^(?:\S+\s+){0,3}?\S+\s+percent\b|^(?:\S+\s+){0,3}?\S*%/u;
/** Pronoun subjects that name what the stance is toward. */
const PRONOUN_SUBJECT_RE = /(?:^|[\s"“])(he|she|they)\s+(?:(?:has|have|had|also|now|still|already|quickly|since|currently|recently|\p{Ll}+ly)\s+)*$/iu;

/** The stances received in a sentence. */
export function receivedCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): ReceivedDraft[] {
  const out: ReceivedDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!holdsRunIn(slice, NOUN_WORDS, PREPOSITION_AFTER_RE)) return out;
  for (const m of slice.matchAll(RECEIVED_RE)) {
    const at = sentence.start + m.index;
    if (!outside(at) || out.length >= 4) continue;
    const lead = text.slice(Math.max(sentence.start, at - 40), at);
    if (NOT_YET_RE.test(lead) || NOUN_USE_RE.test(lead) || NOT_MODIFIER_RE.test(` ${m[2]}`)) continue;
    // "the support of the mayor" names whose support; "criticism of its price" what it is of.
    if (m[4] === 'of' && !OF_SOURCE_NOUNS.has(m[3].toLowerCase())) continue;
    const sourceAt = at + m[0].length;
    const rest = text.slice(sourceAt, sentence.end);
    const phrase = rest.slice(0, SOURCE_END_RE.exec(rest)?.index ?? rest.length).trim();
    const entity = ctx.speakerStartingAt(p, sourceAt);
    if (FIGURE_RE.test(phrase) || (!entity && !isSourcePhrase(phrase) && !/^(?:[\p{L}\p{N}.’'/&-]+\s+){0,9}[\p{L}\p{N}.’'/&-]+$/u.test(phrase))) continue;
    const content = subjectOf(ctx, p, text, sentence, at);
    if (!content) continue;
    const nounAt = at + m[1].length + (m[0].length - m[1].length - m[0].slice(m[1].length).trimStart().length) + m[2].length;
    const cue: Cue = { at: nounAt, end: nounAt + m[3].length, word: m[3].toLowerCase(), phrase: text.slice(at, sourceAt).trim(), phraseStart: at };
    const source: FoundSource | null = entity ? { speaker: entity.speaker, method: 'received-stance', confidence: 0.75 * entity.confidence } : null;
    out.push({ content, cue, source, sourceText: entity ? null : phrase, sourceAt, clauseAt: content.start });
  }
  return out;
}

/** The subject of the verb at `at`: the clause's noun phrase, a personal pronoun, or a subject an appositive follows. */
function subjectOf(ctx: ReportedContext, p: number, text: string, sentence: Range, at: number): Range | null {
  const head = text.slice(sentence.start, at);
  const pronoun = PRONOUN_SUBJECT_RE.exec(head);
  if (pronoun) {
    const start = sentence.start + pronoun.index + pronoun[0].lastIndexOf(pronoun[1]);
    return { start, end: start + pronoun[1].length };
  }
  const plain = subjectBefore(text, sentence, at);
  if (plain) return trimAuxiliaries(text, plain);
  // "Mrs. Holt, a former mayor, received …": the subject the appositive follows.
  const found = sourceBefore(ctx, p, text, sentence, at);
  if (!found || found.start >= at) return null;
  const range = trimRange(text, { start: found.start, end: at });
  const list = words(text.slice(range.start, range.end));
  return list.length > 0 && list.length <= 16 ? trimAuxiliaries(text, range) : null;
}

/** A subject without the auxiliaries and adverbs before the verb (`Clinton has already` → `Clinton`). */
function trimAuxiliaries(text: string, r: Range): Range | null {
  const body = text.slice(r.start, r.end);
  const aux = /(?:\s+(?:has|have|had|is|was|are|were|also|now|still|already|since|just|\p{Ll}+ly))+$/u.exec(body);
  const end = aux ? r.start + aux.index : r.end;
  return end > r.start ? trimRange(text, { start: r.start, end }) : null;
}
