/**
 * Reported speech in the passive and in raising constructions:
 * - `CONTENT was criticized by SOURCE`: a cue's participle after a form of
 *   "be", its agent after "by"; the content is the clause's subject ("The plan
 *   was rejected by most voters" → "The plan", from most voters);
 * - `X seemed to …`, `X appears ready to …`, `X is expected to …`, `it seems
 *   that …`: a stance nobody in the sentence holds; the content is the
 *   clause from its subject on, and there is no source; so for hearsay
 *   adverbs (`X reportedly …`, `X allegedly …`).
 * Pure; no I/O; every scan is bounded by its sentence.
 */
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import { passiveComplementAt } from './reported-extent';
import { ADJECTIVE_CUES, CUES } from './reported-cues';
import type { FoundSource, ReportedContext } from './reported-sources';
import type { SourceFound } from './reported-source-types';
import { words } from '../text';
import { isSourcePhrase } from './reported-sources';
import { holdsRunIn } from './sentence-runs';
import addressed from '../lexicon/passive-addressee-cues.json';
import { relativeSubjectBefore } from './reported-relative-passives';
import { subjectBefore, subjectBeforeAside } from './reported-clause-subjects';

export { subjectBefore } from './reported-clause-subjects';

/** Participles whose passive subject is the one spoken to: a "that" clause after the agent is what was said (`lexicon/passive-addressee-cues.json`). */
const ADDRESSEE_PARTICIPLES: ReadonlySet<string> = new Set(addressed.participles);
/** "that" opening the clause right after the agent. */
const THAT_AFTER_AGENT_RE = /^\s+that\s+/u;

export interface PassiveDraft {
  content: Range;
  cue: Cue;
  source: FoundSource | null;
  sourceText: string | null;
  sourceAt: number;
  /** Where the attribution's clause begins. */
  clauseAt: number;
  /** The content's text when a complement after the agent joins the subject ("Holt … for skipping the vote"). */
  textOverride?: string;
}

/** A form of "be" (perfect and modal included), adverbs, a participle, "by". */
const PASSIVE_BY_RE =
  /(?<![\p{L}\p{N}’'-])((?:(?:has|have|had|will|would|could|may|might|should)\s+)?(?:is|was|are|were|be|been|being)\s+(?:(?:also|later|first|often|not|never|\p{Ll}+ly)\s+)*)(\p{Ll}+(?:ed|en|wn|ht|ld|ne|id)(?:\s+(?:for|on|as|to|at))?)(?:\s+(?:\p{Ll}+ly|once|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?\s+by\s+/gu;
/**
 * Words each pattern below needs, with the pattern's own flags: a sentence holding none is not
 * scanned (most sentences hold none, and a scan tries the long pattern at every character).
 */
const PASSIVE_BY_NEEDS = /\sby\s/u;
/** Adverbs of hearsay: the clause they stand in is reported, with no source. One list for the pattern, its word check and the test. */
const HEARSAY = 'reportedly|allegedly';
const HEARSAY_END_RE = new RegExp(`(?:${HEARSAY})$`, 'i');
/**
 * RAISING_RE's verb, adverb or "expected" as a word of its own, read on the sentence's runs of letters (shared with the
 * other finders); that pattern, without regard to case, also reads ſ as s: a sentence with ſ is read.
 */
const RAISING_WORDS: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'expected', ...HEARSAY.split('|')]);
const mayRaise = (slice: string): boolean => holdsRunIn(slice, RAISING_WORDS) || slice.includes('\u017F');
const ASKED_NEEDS = /asked/iu;
/** Raising verbs and "expected": "seemed to", "appears ready", "is widely expected to". */
const RAISING_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])((?:(?:has|have|had|would|will|does|do|did|may|might|could|also|now|still|already|increasingly|clearly)\\s+)*(?:seem|seems|seemed|appear|appears|appeared|${HEARSAY}|(?:(?:is|are|was|were|be|been)\\s+(?:(?:widely|generally|largely|also|now|still|not)\\s+)*expected)))(?![\\p{L}\\p{N}-])`,
  'giu',
);
/** "was asked about …", "were asked whether …": a question put to the subject; what was asked is the content, no source. */
const ASKED_RE =
  /(?<![\p{L}\p{N}’'-])((?:is|was|are|were|been|being)\s+(?:(?:also|later|repeatedly|then|specifically|directly)\s+)?asked(?:\s+(?:about|whether|if|why|how|what|who|which|whom|where|to))?|(?:(?<=,\s{0,2})|(?:when|after|once|if|whenever)\s+)asked\s+(?:(?:later|again|repeatedly|specifically|directly|recently|on\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+day)\s+)?(?:about|whether|if|why|how|what|who|which|whom|where))(?![\p{L}\p{N}-])/giu;
/** "was asked by host Ann Lee whether …": the asker named, then the question (no comma between). */
const ASKED_BY_RE = /^\s+by\s+([^,;:"“”]{1,60}?)\s(?=(?:whether|if|why|how|what|which|who)\s)/u;
/**
 * What may follow a raising verb for it to report a stance: an infinitive, "that", "as if", "like", an adjective
 * (a comparative too: "appears closer"), an aside first ("It appears, though, that …"). The adjective is read by its
 * ending, or is one of the listed words that stand alone ("seemed certain to", "appears set to"), none of them an ending.
 */
const RAISING_COMPLEMENT_RE =
  /^(?:\s*,\s*(?:though|however|at\s+least|for\s+now|so\s+far)\s*,)?\s+(?:to\s+\p{Ll}|that\b|as\s+if\b|as\s+though\b|like\b|(?:(?:very|more|less|increasingly|so|all|almost|likely|unlikely)\s+)*(?:\p{Ll}+(?:ful|ous|ive|ent|ant|ble|ic|al|y|ed|ing|ly|ier|[^aeiou\s]er)|ready|set|poised|certain|sure|open|keen|eager|intent|determined|willing|unable|able|happy|content)\b)/u;
/**
 * After a passive "expected" (never "seem"/"appear"), a time or an occasion may stand for the complement: "A ruling is
 * expected in May", "The vote is expected next week", "No deal is expected anytime soon". What is expected is the subject.
 */
const EXPECTED_WHEN_RE = /^\s+(?:(?:in|by|on|before|after|within|during|later|early|late|next|this|soon|shortly|anytime|imminently|any\s+time)\b|to\s+be\b)/iu;
/** After "it seems"/"it appears" a clause may follow without "that": a determiner, a pronoun or a name, then more. */
const IT_CLAUSE_RE = /^\s+(?=(?:the|a|an|this|these|those|his|her|their|its|our|he|she|they|we|there|\p{Lu}\p{Ll}+)\s+\p{L})/u;
/**
 * After "it seems": an experiencer, a pro-form or the weather "it", no complement of its own ("it seems to me", "it appears
 * so", "it seems to rain").
 */
const IT_NO_COMPLEMENT_RE = /^\s*(?:to\s+(?:me|us|him|her|them|you|many|some|most|rain|snow|pour|hail|drizzle)\b|so\b|as\b|that\s+way\b)/iu;
/** Text before a phrase that opens its sentence: a quotation mark, a connective. */
const OPENING_ONLY_RE = /^[\s"“]*(?:(?:But|And|Yet|Still|However|Later|Now|So)\s*,?\s*)?$/u;

/**
 * The draft of a finder that read its source with a source reader (`sourceBefore`, `openingSubject`): null when the
 * reader found neither a known source nor a phrase to keep as written. Its clause begins at `clauseAt`, else at the source.
 */
export function sourcedDraft(content: Range, cue: Cue, source: SourceFound | null, clauseAt?: number): PassiveDraft | null {
  if (!source || (!source.found && !source.text)) return null;
  return { content, cue, source: source.found, sourceText: source.found ? null : source.text, sourceAt: source.start, clauseAt: clauseAt ?? source.start };
}

/** `CONTENT was criticized by SOURCE`: the agent names the source. */
export function passiveCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!PASSIVE_BY_NEEDS.test(slice)) return out;
  for (const m of slice.matchAll(PASSIVE_BY_RE)) {
    const at = sentence.start + m.index;
    const verb = m[2].split(/\s+/)[0].toLowerCase();
    const info = CUES.get(verb);
    if (!outside(at) || !info || info.participle) continue;
    // "were not convinced by the cranes": negated, a stance adjective is the subject's doubt, not the agent's stance.
    if ((info.adjective || ADJECTIVE_CUES.has(verb)) && /\b(?:not|never)\s/u.test(m[1])) continue;
    // "was asked by the host whether …": the question is the content, read with the other questions.
    if (verb === 'asked' && ASKED_BY_RE.test(text.slice(at + m[1].length + m[2].length, Math.min(sentence.end, at + m[0].length + 80)))) continue;
    // "…, which was first reported by the Gazette": a relative word after a comma is the subject.
    // "Janet Yellen, seated on the dais, has been criticized by …": the subject before an aside set off by commas.
    const subject = subjectBefore(text, sentence, at) ?? relativeSubjectBefore(text, sentence, at, verb) ?? subjectBeforeAside(text, sentence, at);
    const sourceAt = at + m[0].length;
    const entity = ctx.speakerStartingAt(p, sourceAt);
    const rest = text.slice(sourceAt, sentence.end);
    const agentEnd = /[,;]|\s(?:for|(?<!\bsuch\s[^,;]{0,40})as|after|who|which|that|because|when|in\s+a|on\s+\p{Lu})\b|[.?!]["”]?\s*$/u.exec(rest)?.index ?? rest.length;
    const phrase = rest.slice(0, agentEnd).trim();
    // The agent of a reporting verb is its source, whatever its noun phrase ("most of the fishermen").
    if (!entity && !isSourcePhrase(phrase) && !/^(?:[\p{L}\p{N}.’'/&-]+\s+){0,9}[\p{L}\p{N}.’'/&-]+$/u.test(phrase)) continue;
    const cue: Cue = { at: at + m[1].length, end: at + m[1].length + m[2].length, word: verb, phrase: `${m[1]}${m[2]} by`.trim(), phraseStart: at };
    const source: FoundSource | null = entity ? { speaker: entity.speaker, method: 'passive-by', confidence: 0.8 * entity.confidence } : null;
    // "was told by aides that …", "after being warned by the mayor that …": the subject was spoken to; the clause is what was said.
    const that = ADDRESSEE_PARTICIPLES.has(m[2]) ? THAT_AFTER_AGENT_RE.exec(rest.slice(agentEnd)) : null;
    if (that) {
      const content = trimRange(text, { start: sourceAt + agentEnd + that[0].length, end: sentence.end });
      if (words(text.slice(content.start, content.end)).length >= 2) out.push({ content, cue, source, sourceText: entity ? null : phrase, sourceAt, clauseAt: subject?.start ?? at });
      continue;
    }
    if (!subject) continue;
    // "was criticized by rivals for skipping the vote": what the subject is criticized for is content too (reported-extent.ts);
    // "by such groups as the guild" names the agent.
    const complement = passiveComplementAt(text, sourceAt + agentEnd, sentence.end);
    const content = complement ? { start: subject.start, end: complement.end } : subject;
    const textOverride = complement ? `${text.slice(subject.start, subject.end)} ${text.slice(complement.start, complement.end)}` : undefined;
    out.push({ content, cue, source, sourceText: entity ? null : phrase, sourceAt, clauseAt: subject.start, ...(textOverride === undefined ? {} : { textOverride }) });
  }
  return out;
}

/** `X seemed to …`, `X is expected to …`, `it appears that …`: content with no source. */
export function raisingCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!mayRaise(slice)) return out;
  for (const m of slice.matchAll(RAISING_RE)) {
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    const after = text.slice(end, sentence.end);
    const it = /\bit\s+$/i.test(text.slice(sentence.start, at));
    // "it seems the plan failed": a clause with no "that" after "it seems".
    const bare = it && /(?:seem|appear)\p{L}*$/iu.test(m[0]) ? IT_CLAUSE_RE.exec(after) : null;
    // "The firm reportedly weighed a bid": hearsay of the clause the adverb stands in.
    const hearsay = HEARSAY_END_RE.test(m[0]);
    const when = !it && /\bexpected$/i.test(m[0]) && EXPECTED_WHEN_RE.test(after);
    if (!outside(at) || !(bare || hearsay || when || RAISING_COMPLEMENT_RE.test(after))) continue;
    const cue: Cue = { at, end, word: m[0].toLowerCase(), phrase: m[0], phraseStart: at };
    const that = bare ?? /^(?:\s*,[^,]{1,20},)?\s+that\s+/i.exec(after);
    let content: Range;
    if (it && that) content = trimRange(text, { start: end + that[0].length, end: sentence.end });
    // "It now seems inevitable that …", "It is expected to rise …": the complement is what is judged ("It seems to me" is no complement).
    else if (it && !hearsay && !IT_NO_COMPLEMENT_RE.test(after)) content = trimRange(text, { start: end, end: sentence.end });
    else if (it) continue;
    else {
      // "But at key moments, she appeared to step …", "… but is not expected to sign": with no subject to read,
      // the content is the complement.
      const subject = subjectBefore(text, sentence, at);
      content = trimRange(text, { start: subject ? subject.start : end, end: sentence.end });
    }
    out.push({ content, cue, source: null, sourceText: null, sourceAt: at, clauseAt: content.start });
  }
  return out;
}

/** `X was asked about …`: what was asked, with no source (the one asking is rarely named), or the asker after "by". */
export function askedCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!ASKED_NEEDS.test(slice)) return out;
  for (const m of slice.matchAll(ASKED_RE)) {
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    const byAgent = /^(?:is|was|are|were|been|being)\b/i.test(m[1]) && /asked$/i.test(m[1]) ? ASKED_BY_RE.exec(text.slice(end, Math.min(sentence.end, end + 80))) : null;
    if (byAgent) {
      if (!outside(at)) continue;
      const qAt = end + byAgent[0].length;
      const rest = text.slice(qAt, sentence.end);
      const stop = /[,;]\s|\s[—–]\s/.exec(rest);
      const content = trimRange(text, { start: qAt, end: qAt + (stop?.index ?? rest.length) });
      if (words(text.slice(content.start, content.end)).length < 3) continue;
      const cue: Cue = { at, end, word: 'asked', phrase: m[1], phraseStart: at };
      const agentAt = end + byAgent[0].indexOf(byAgent[1]);
      const entity = ctx.speakerStartingAt(p, agentAt);
      const source: FoundSource | null = entity ? { speaker: entity.speaker, method: 'asked-by', confidence: 0.8 * entity.confidence } : null;
      out.push({ content, cue, source, sourceText: entity ? null : byAgent[1].trim(), sourceAt: agentAt, clauseAt: at });
      continue;
    }
    if (!outside(at) || /^\s*(?:by|,|\.)/.test(text.slice(end, sentence.end))) continue;
    // "When asked whether …, X …" opening the sentence is read with the opening phrases.
    if (!/^(?:is|was|are|were|been|being)\b/i.test(m[1]) && OPENING_ONLY_RE.test(text.slice(sentence.start, at))) continue;
    const wh = /\s(?:whether|if|why|how|what|who|which|whom|where)$/i.test(m[1]);
    const rest = text.slice(end, sentence.end);
    const stop = /[,;]\s|\s[—–]\s/.exec(rest);
    const content = trimRange(text, { start: wh ? end - (m[1].length - m[1].lastIndexOf(' ') - 1) : end, end: end + (stop?.index ?? rest.length) });
    if (words(text.slice(content.start, content.end)).length < 1) continue;
    const cue: Cue = { at, end, word: 'asked', phrase: wh ? m[1].slice(0, m[1].lastIndexOf(' ')) : m[1], phraseStart: at };
    out.push({ content, cue, source: null, sourceText: null, sourceAt: at, clauseAt: at });
  }
  return out;
}
