/**
 * Who reported speech is from: the source right before a cue (an entity, a
 * noun phrase, a share of those polled, a name, a pronoun), the subject a
 * participle shares, and what "according to" may name. Pure; no I/O.
 */
import { SOURCE_NOUNS } from '../lexicon';
import type { ExtractedMention } from '../entity-extraction';
import type { Range } from '../text';

export interface SourceRef {
  type: 'person' | 'organization';
  index: number;
}

export interface FoundSource {
  speaker: SourceRef;
  method: string;
  confidence: number;
}

/** What the reported-speech pass reads from the direct attributor. */
export interface ReportedContext {
  paragraphs: readonly string[];
  /** Per paragraph: sentence ranges, quotations opaque. */
  sentences: readonly (readonly Range[])[];
  /** Per paragraph: the spans of quotations of kind "quote" (marks included), in order. */
  quoteSpans: readonly (readonly Range[])[];
  /** Per paragraph: mentions outside quotations, in order. */
  mentions: readonly (readonly ExtractedMention[])[];
  /** The subject right before a verb: a mention past an appositive, a pronoun or a descriptor. */
  subjectBefore(paragraph: number, sentenceStart: number, verbAt: number): FoundSource | null;
  /** The entity whose mention starts at `at` (title words allowed before it). */
  speakerStartingAt(paragraph: number, at: number): { speaker: SourceRef; end: number; confidence: number } | null;
  /** The speaker the direct attributor gave a quotation in this sentence, if any. */
  quoteSpeakerIn(paragraph: number, sentence: Range): FoundSource | null;
}

const SOURCE_NOUN_ALT = [...SOURCE_NOUNS].sort((a, b) => b.length - a.length).join('|');
/** "officials", "the ministry", "a senior U.S. official", "Trump's campaign", "two people familiar with the talks". */
export const CLAUSE_START = `(?:^|[,;(—–:]\\s*|\\b(?:and|but|that|because|while|as|when|although|though|since|if|so|after|before|where|whereas|yet|now)\\s+)`;
/** "officials", "the ministry", "a senior U.S. official", "Trump's campaign", "people familiar with the talks", opening a clause. */
export const NOUN_SOURCE_RE = new RegExp(
  `${CLAUSE_START}((?:(?:the|a|an|some|many|most|several|other|both|all|two|three|four|five|his|her|their|its|our|my|your|these|those|one|[\\p{Lu}][\\p{L}.’'-]*['’]s?)\\s+)?((?:[\\p{L}.’'-]+\\s+){0,3}?)(?:${SOURCE_NOUN_ALT})(?:\\s+(?:familiar\\s+with|close\\s+to|briefed\\s+on|involved\\s+in|knowledgeable\\s+about|with\\s+knowledge\\s+of|of|for|at|in|with|from|on)(?:\\s+[\\p{L}.’'-]+){1,4}?)?)\\s*(?:,[^,]{1,80},\\s*)?$`,
  'iu',
);
const PRONOUN_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'these', 'those', 'there', 'here']);
/** Words that cannot modify a source noun: a phrase holding one is no noun phrase ("would help voters"). */
export const NOT_MODIFIERS = new Set(
  'would will could should can may might must has have had is was are were be been being do does did to that which who whom and but or if when as than then not no help make let see get got give gave made says said told though although because while since after before where whereas yet so also'.split(' '),
);
/** "52 percent said", "half said", "a majority say", "29 percent of Republicans said": a share of those polled. */
const SHARE_SOURCE_RE = new RegExp(
  `${CLAUSE_START}((?:about |nearly |almost |only |just |some |roughly |more than |fewer than |less than )?(?:\\d[\\d.,]*\\s*(?:percent|%)|half|a third|a quarter|two-thirds|three-quarters|a majority|a plurality|most|many|few|a few|others|some)(?:\\s+(?:of\\s+)?(?:[\\p{L}.’'-]+\\s*){1,4}?)?(?:\\s*\\([^()]{1,60}\\))?)\\s*$`,
  'iu',
);
/** "Reynolds says", "Forbes says": a capitalized name opening a clause that the extraction did not take for an entity. */
const NAME_SOURCE_RE = new RegExp(`${CLAUSE_START}((?:\\p{Lu}[\\p{L}.’'-]+\\s+){0,2}\\p{Lu}[\\p{L}.’'-]+)\\s*(?:,[^,]{1,80},\\s*)?$`, 'u');
const PRONOUN_SOURCE_RE = new RegExp(`${CLAUSE_START}(they|we|i|it|he|she|you)\\s*$`, 'iu');
const OPENING_RE = /^\s*["“]?(?:(?:But|And|Yet|Still|However|Meanwhile|Instead|Later|Now|So|Also)\s*,?\s+)?/u;

export interface SourceFound {
  found: FoundSource | null;
  text: string | null;
  /** Where the source phrase starts in the paragraph. */
  start: number;
}

/** The source right before a cue: an entity (through the direct attributor's subject rules), a noun phrase or a pronoun. */
export function sourceBefore(ctx: ReportedContext, p: number, text: string, sentence: Range, verbAt: number): SourceFound | null {
  const entity = ctx.subjectBefore(p, sentence.start, verbAt);
  if (entity) {
    const mention = ctx.mentions[p].filter((m) => m.start >= sentence.start && m.end <= verbAt && m.type === entity.speaker.type && m.entity === entity.speaker.index).pop();
    return { found: entity, text: null, start: mention?.start ?? verbAt };
  }
  const head = text.slice(Math.max(sentence.start, verbAt - 160), verbAt);
  const offset = verbAt - head.length;
  const noun = NOUN_SOURCE_RE.exec(head);
  if (noun && !words(noun[2]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) {
    const phrase = noun[1].trim();
    return { found: null, text: phrase, start: offset + noun.index + noun[0].indexOf(noun[1]) };
  }
  const name = NAME_SOURCE_RE.exec(head);
  if (name && !words(name[1]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()) || PRONOUN_WORDS.has(w.toLowerCase()))) {
    return { found: null, text: name[1].trim(), start: offset + name.index + name[0].indexOf(name[1]) };
  }
  const share = SHARE_SOURCE_RE.exec(head);
  if (share) return { found: null, text: share[1].trim(), start: offset + share.index + share[0].indexOf(share[1]) };
  const pron = PRONOUN_SOURCE_RE.exec(head);
  if (pron) return { found: null, text: null, start: offset + pron.index + pron[0].indexOf(pron[1]) };
  return null;
}

/** The subject a participle (`…, saying …`) shares: the entity or noun phrase opening the sentence. */
export function openingSubject(ctx: ReportedContext, p: number, text: string, sentence: Range, at: number): SourceFound | null {
  const lead = OPENING_RE.exec(text.slice(sentence.start, at))![0];
  const from = sentence.start + lead.length;
  const entity = ctx.speakerStartingAt(p, from);
  if (entity) return { found: { speaker: entity.speaker, method: 'participle', confidence: 0.8 * entity.confidence }, text: null, start: from };
  const pron = /^(he|she|they|we|i|it)\b/i.exec(text.slice(from, at));
  if (pron) {
    // "He …, saying": the pronoun's referent is the subject of the cue the direct rules would read.
    const verbAfter = /^\S+\s+(?:\S+\s+){0,2}?(?=\S)/.exec(text.slice(from + pron[0].length + 1, at));
    const found = verbAfter ? ctx.subjectBefore(p, sentence.start, from + pron[0].length + 1 + verbAfter.index) : null;
    return { found, text: null, start: from };
  }
  return null;
}

export function fromQuote(ctx: ReportedContext, p: number, sentence: Range): SourceFound | null {
  const found = ctx.quoteSpeakerIn(p, sentence);
  return found ? { found: { ...found, method: 'participle' }, text: null, start: sentence.start } : null;
}

/** What "according to" names: a source noun phrase, a name, or a document ("a lawsuit filed in Kiev", "polling by Gallup"). */
export function isSourcePhrase(s: string): boolean {
  if (s === '' || s.length > 100) return false;
  if (/^(?:the|a|an|his|her|their|its|one|two|several|new|recent|\d)\b/i.test(s) && words(s).length <= 12) return true;
  return NOUN_SOURCE_RE.test(s) || /^(?:the\s+)?\p{Lu}/u.test(s);
}

export function words(s: string): string[] {
  return s.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
}
