/**
 * What every attribution strategy reads: the article's paragraphs, sentences,
 * mentions and quotations by paragraph, and the small lookups over them.
 */
import { FOLLOWED_BY_VERB_RE, INVERTED_BEFORE_NAME_RE } from './patterns';
import { suffixExec } from './cue-scan';
import type { EntityExtraction, ExtractedMention } from '../entity-extraction';
import type { ExtractedQuote, SpeakerRef } from '../quote-types';
import { PERSON_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon';
import type { Quotation } from '../quotations';
import { words, type Range } from '../text';
import { firstAtOrAfter } from '../sorted-search';
import { endsInvertedAttribution } from './inverted-speaker-end';

export interface Context {
  paragraphs: readonly string[];
  entities: EntityExtraction;
  quotations: Quotation[];
  /** Per paragraph: sentence ranges, with quotations opaque. */
  sentences: Range[][];
  /** Per paragraph: mentions outside quotations, in order. */
  mentions: ExtractedMention[][];
  /** Per paragraph: its quotations (every kind), in order of their opening marks. */
  byParagraph: Quotation[][];
  /** Each quotation's position in its paragraph's list, so neighbours are found without scanning. */
  position: Map<Quotation, number>;
}

export interface Found {
  speaker: SpeakerRef;
  method: string;
  confidence: number;
}

export function setSpeaker(ctx: Context, result: ExtractedQuote, found: Found): void {
  result.speaker = found.speaker;
  result.source = found.speaker;
  result.method = found.method;
  result.confidence = found.confidence;
  result.speakerName = found.speaker.type === 'person' ? ctx.entities.people[found.speaker.index].name : ctx.entities.organizations[found.speaker.index].name;
}

export function sentenceOf(ctx: Context, paragraph: number, at: number): Range {
  const sentences = ctx.sentences[paragraph];
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < sentences[mid].start) hi = mid - 1;
    else if (at >= sentences[mid].end) lo = mid + 1;
    else return sentences[mid];
  }
  return { start: 0, end: ctx.paragraphs[paragraph].length };
}

/** The quotations of q's paragraph before it, nearest first. */
export function* quotationsBefore(ctx: Context, q: Quotation): Generator<Quotation> {
  const list = ctx.byParagraph[q.paragraph];
  for (let k = (ctx.position.get(q) ?? 0) - 1; k >= 0; k--) yield list[k];
}

/** Mentions (outside quotations) lying within [from, to) of a paragraph, by binary search. */
export function mentionsWithin(ctx: Context, paragraph: number, from: number, to: number): ExtractedMention[] {
  const mentions = ctx.mentions[paragraph];
  const out: ExtractedMention[] = [];
  for (let k = firstMentionFrom(mentions, from); k < mentions.length && mentions[k].start < to; k++) if (mentions[k].end <= to) out.push(mentions[k]);
  return out;
}

/** Index of the sentence holding offset `at` (the last one starting before it). */
export function sentenceIndexAt(sentences: readonly Range[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first mention starting at or after `at` (mentions are in order). */
export function firstMentionFrom(mentions: readonly ExtractedMention[], at: number): number {
  return firstAtOrAfter(mentions, (m) => m.start, at);
}

/** Lower-case words that never belong to a title before a name: they start a clause or a phrase of their own. */
const NOT_TITLE_WORDS = new Set(
  'a an this that these those he she it they we i you his her its their our my your who which what when where while as at in on to from by with after before during since if but or nor so yet than then also now later still again not no was were is are be been has have had will would can could may might must should do does did'.split(' '),
);

/** Words that open a clause or an adverbial phrase even when capitalized: never in a title. */
const PHRASE_OPENERS = new Set(
  // `Like Hale, Lee said`, `Unlike Hale, …`: a preposition or conjunction that never sits inside a title opens a phrase too.
  'after before when while if since during he she it they we you i who which what where but or nor yet than not like unlike despite amid among without besides against beyond including although though because unless until whereas'.split(' '),
);

/** Words ending like agent nouns that are none. */
const NOT_AGENT_NOUNS = new Set('over under other another either neither whether rather together ever never however per sooner further earlier later either whatever whenever wherever'.split(' '));

/**
 * Words before a name that can be its title: capitalized words, title words
 * and modifiers; `plain` lower-case words more ("campaign chairman",
 * "undecided Republican voter", "former FBI agent") when a caller reads a
 * speaker right after a quote or a speech verb.
 */
export function titleLike(s: string, plain = 0): boolean {
  let loose = 0;
  return words(s).every((w) => {
    const lower = w.toLowerCase();
    // "After meeting Calder": a capitalized function word opens a phrase, not a title.
    if (PHRASE_OPENERS.has(lower)) return false;
    if (isTitleWord(w, lower)) return true;
    return /^\p{Ll}/u.test(w) && !NOT_TITLE_WORDS.has(lower) && ++loose <= plain;
  });
}

export function isTitleWord(w: string, lower: string = w.toLowerCase()): boolean {
  return (
    /^\p{Lu}/u.test(w) ||
    /^(?:the|of|and|co|former|acting|interim|deputy|ousted|then|pro|anti|chief|senior|top|lead|retired|longtime|veteran|fellow)$/i.test(w) ||
    /^(?:spokes\w+|ambassador|minister|secretary|president|senator|governor|mayor|chairman|chairwoman|chair|director|leader|official|lawmaker|envoy|diplomat|analyst|executive|general|judge|coach|prosecutor|attorney)$/i.test(w) ||
    TITLE_HEADS.has(lower) ||
    TITLE_MODIFIERS.has(lower) ||
    PERSON_NOUNS.has(lower) ||
    // Agent nouns: "steelworker Jesús Ramírez", "epidemiologist Maria Lopez" (not "after", "over", "either").
    (/\p{Ll}{3,}(?:er|or|ist|ian)$/u.test(w) && !NOT_TITLE_WORDS.has(lower) && !NOT_AGENT_NOUNS.has(lower))
  );
}

export function person(index: number, method: string, confidence: number): Found {
  return { speaker: { type: 'person', index }, method, confidence };
}

/**
 * Right after a name: a possessive `'s` (`Trump's grasp`), not the `'s` of `has` or `is`
 * (`Christie's been saying`, `Trump's not done`).
 */
export const POSSESSIVE_AFTER_RE = /^['’]s?\s(?!(?:been|got|gotten|gone|had|said|made|never|not|already|always|also|just|still)\b)/;

/** A mention opening its sentence (after a conjunction or short adverbial) or followed by a verb. */
/**
 * A name that only modifies what follows it: a possessive (`Trump's grasp of
 * policy`) or the head of another person's title (`Clinton spokeswoman Jennifer
 * Palmieri`).
 */
function modifiesNextName(text: string, m: ExtractedMention, all: readonly ExtractedMention[]): boolean {
  const after = text.slice(m.end, m.end + 60);
  if (POSSESSIVE_AFTER_RE.test(after)) return true;
  const next = all.find((o) => o.start > m.end && o.type === 'person');
  if (next === undefined || next.start - m.end > 50) return false;
  const gap = text.slice(m.end, next.start);
  const last = words(gap).pop() ?? '';
  return /^\s+(?:[\p{L}.’'-]+\s+){1,4}$/u.test(gap) && /^\p{Ll}/u.test(last) && !/^(?:the|of|and|co|then|pro|anti)$/.test(last) && isTitleWord(last, last.toLowerCase()) && titleLike(gap, 3);
}

/** A name followed by a lower-case word that is no preposition or conjunction: it modifies that word (`the Romney campaign`). */
const MODIFIES_NEXT_WORD_RE = /^\s+(?!(?:in|on|at|of|to|during|after|before|from|with|for|when|while|as|and|or|but|who|which|about|via|by|last|this|earlier|later|told|said|says|added|wrote)\b)\p{Ll}/u;

/**
 * A person named in the attribution that ends a sentence: `…, said Katie Lund`,
 * `…, Ivo Brandt argued`, `…," campaign chairman Tom Brandt told reporters`. The
 * sentence is then that person's, whoever else it names.
 */
export function attributedAtEnd(text: string, sentenceStart: number, m: ExtractedMention): boolean {
  // `…, praised Obama's presidency`: a possessor is the object's owner, not an inverted speaker.
  if (/^['’]s?\s/.test(text.slice(m.end, m.end + 3))) return false;
  // `''…,'' said X` (two apostrophes for a quotation mark, as some copy writes it) reads as `"…," said X`.
  const before = text.slice(Math.max(sentenceStart, m.start - 80), m.start).replace(/''/g, ' "');
  const inverted = INVERTED_BEFORE_NAME_RE.exec(before);
  // `…, said the Romney campaign would …`: a name followed by a noun it modifies is no inverted speaker.
  if (inverted !== null) return (inverted[1] === '' || titleLike(inverted[1], 3)) && !MODIFIES_NEXT_WORD_RE.test(text.slice(m.end, m.end + 40)) && endsInvertedAttribution(inverted[1], text.slice(m.end, m.end + 80), isTitleWord);
  const lead = /[,"”]\s*((?:[\p{L}.’'-]+\s+){0,4})$/u.exec(before);
  // `…, chief executive of Acme Corp, a charter firm, said`: the object of a preposition speaks for no one.
  return lead !== null && (lead[1] === '' || titleLike(lead[1], 3)) && !/\b(?:of|for|at|with|from|by|to)\s+$/i.test(lead[1]) && FOLLOWED_BY_VERB_RE.test(text.slice(m.end, m.end + 160));
}

/**
 * Up to three words ending the text, found from the last character no such word holds (surrogates read as
 * letters), not at every position of the sentence before a mention.
 */
const titleRunBefore = suffixExec(/(?:\p{L}[\p{L}.’'-]*\s+){1,3}$/u, /[\p{L}.’'\s\uD800-\uDFFF-]/u);

export function isSubject(text: string, sentenceStart: number, m: ExtractedMention, all: ExtractedMention[]): boolean {
  const before = text.slice(sentenceStart, m.start);
  // "But like Trump, Rubio holds …": the name of a comparison is no subject.
  if (/\b(?:[Ll]ike|[Uu]nlike)\s+$/.test(before)) return false;
  const opener = /^\s*["“]?(?:(?:But|And|Yet|So|However|Meanwhile|Still|Later|Earlier|Then|Now|Also|Both)\s*,?\s+)?(?:(?:On|In|At|After|Before|During|Since|[Ll]ike|[Uu]nlike)\s[^,]{1,40},\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+|(?:the|former|ousted|acting)\s+|[\p{Ll}-]+\s+(?=\p{Lu})){0,6}$/u;
  // Title words ending in a title head before the name ("McConnell spokesman Don Stewart"); a name in them is part of the title.
  const titleRun = titleRunBefore(before);
  const head = titleRun === null ? '' : (words(titleRun[0]).pop() ?? '');
  const titled = titleRun !== null && !/^(?:the|of|and|co|then|pro|anti)$/i.test(head) && isTitleWord(head) && titleLike(titleRun[0], 3) && !/\p{Ll}ed\s/u.test(titleRun[0]);
  const opening = titled ? before.slice(0, titleRun.index) : before;
  const inTitle = (o: ExtractedMention): boolean => titled && o.start >= sentenceStart + titleRun.index;
  // "Like Grant, Kessler holds …": a name inside a lead phrase of comparison is no rival subject.
  const comparison = /^\s*["“]?(?:(?:But|And|Yet|So)\s+)?(?:[Ll]ike|[Uu]nlike)\s[^,]{1,40},\s+/.exec(before);
  const from = sentenceStart + (comparison?.[0].length ?? 0);
  if (opener.test(opening) && !all.some((o) => o.end <= m.start && o.start >= from && !inTitle(o)) && !modifiesNextName(text, m, all)) return true;
  // "Her colleague, Tom Fletcher, said…": the name in apposition to the opening noun phrase.
  if (/^\s*(?:(?:but|and|yet|so)\s+)?(?:the|a|an|his|her|their|its)\s+[\p{L}\s’'-]{1,50},\s*$/iu.test(before) && /^\s*,/.test(text.slice(m.end))) return true;
  const after = text.slice(m.end, m.end + 160);
  return FOLLOWED_BY_VERB_RE.test(after);
}
