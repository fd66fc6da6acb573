/**
 * Whom `it` stands for when it speaks a quotation (`"…," it added`, `It continued: "…"`, `it reads`): a document or
 * an organization, never a person. The nearest sentence before it, in its paragraph or the one before, that either
 * holds a quotation credited to an organization or to a document (`"…," the article read`), or opens with a
 * document (`The email includes a photo.`, `A letter from the union reflected …`) or an organization as its subject
 * (`Still, the Harbor Council opposed an increase.`), gives the antecedent. Sentences that give none are passed over.
 *
 * Pure; no I/O. At most two paragraphs are read back, sentence by sentence.
 */
import { DOCUMENT_NOUNS, ORGANIZATION_NOUNS } from '../lexicon';
import type { Quotation } from '../quotations';
import type { ExtractedQuote, SpeakerRef } from '../quote-types';
import type { Range } from '../text';
import type { ExtractedMention } from '../entity-extraction';
import type { Context } from './context';

export type ItAntecedent = { org: SpeakerRef } | { phrase: string };

/** How many paragraphs before the quotation's own are read for the antecedent. */
const PARAGRAPHS_BACK = 1;
/** A short connective or time phrase before a sentence's subject. */
const LEAD = /^(?:(?:But|And|Yet|Still|However|Meanwhile|Instead|Also|Then|Later|Earlier|In addition|On \p{Lu}\p{Ll}+day|At the bottom|At the top|In it)\s*,?\s+)?/u;
/** A determiner or possessor opening a sentence, then up to five words: `Thursday's memo from the panel`. */
const DETERMINER = /^(?:the|a|an|this|that|its|his|her|their|one|\p{Lu}[\p{L}.-]*['’]s?)\s+/iu;
const PREPOSITIONS = new Set(['by', 'of', 'in', 'on', 'at', 'for', 'to', 'from', 'with', 'and', 'or']);
/** Most words before a document noun that heads the subject (`The staff letter`, `A new campaign email`). */
const MODIFIERS = 4;

/** Whether a noun phrase credited with a quotation is a document or an organization (`the article`, `the union`). */
function thingPhrase(phrase: string): boolean {
  const head = (phrase.split(/\s+(?:for|of|at|with|from|in|on|to)\s/i)[0].split(/\s+/).pop() ?? '').toLowerCase();
  return DOCUMENT_NOUNS.has(head) || ORGANIZATION_NOUNS.has(head);
}

/** The source of a quotation as `it` may stand for it; null for a person or a speaker that is not a thing. */
export function quoteSourceAsIt(r: ExtractedQuote): ItAntecedent | null {
  if (r.speaker?.type === 'organization') return { org: r.speaker };
  if (r.speaker === null && r.method === 'noun-phrase' && r.speakerName !== null && thingPhrase(r.speakerName)) return { phrase: r.speakerName };
  return null;
}

/** What the opening of a sentence is read from: the paragraphs and their mentions. */
interface Openings {
  paragraphs: readonly string[];
  mentions: readonly (readonly ExtractedMention[])[];
}

/** A document or an organization opening the sentence as its subject. */
function fromOpening(ctx: Openings, p: number, s: Range): ItAntecedent | null {
  const text = ctx.paragraphs[p];
  const lead = LEAD.exec(text.slice(s.start, s.end))![0].length;
  const at = s.start + lead;
  const org = ctx.mentions[p].find((m) => m.start >= at && m.start <= at + 4 && m.end <= s.end);
  if (org) {
    // The organization is the subject when a verb follows it, not a possessive or a preposition (`EST by …`).
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(org.end, org.end + 40));
    if (org.type !== 'organization' || !next || PREPOSITIONS.has(next[1])) return null;
    return { org: { type: 'organization', index: org.entity } };
  }
  const rest = text.slice(at, Math.min(s.end, at + 160));
  const det = DETERMINER.exec(rest);
  if (!det) return null;
  let end = det[0].length;
  for (let n = 0; n <= MODIFIERS; n++) {
    const w = /^[\p{L}-]+/u.exec(rest.slice(end));
    if (!w) return null;
    end += w[0].length;
    if (DOCUMENT_NOUNS.has(w[0].toLowerCase())) return { phrase: rest.slice(0, end) };
    const gap = /^ /.exec(rest.slice(end));
    if (!gap) return null;
    end += 1;
  }
  return null;
}

/** What `it` speaking quotation `i` stands for, or null when no sentence before names a document or an organization. */
export function itAntecedent(ctx: Context, quotes: readonly Quotation[], results: readonly ExtractedQuote[], i: number): ItAntecedent | null {
  const q = quotes[i];
  let k = i - 1;
  for (let p = q.paragraph; p >= Math.max(0, q.paragraph - PARAGRAPHS_BACK); p--) {
    const sentences = ctx.sentences[p];
    for (let si = sentences.length - 1; si >= 0; si--) {
      const s = sentences[si];
      if (p === q.paragraph && s.end > q.open) continue;
      // Quotations of this sentence, nearest first.
      while (k >= 0 && (quotes[k].paragraph > p || (quotes[k].paragraph === p && quotes[k].open >= s.end))) k--;
      for (; k >= 0 && quotes[k].paragraph === p && quotes[k].open >= s.start; k--) {
        const found = quoteSourceAsIt(results[k]);
        if (found) return found;
      }
      const opening = fromOpening(ctx, p, s);
      if (opening) return opening;
    }
  }
  return null;
}

/**
 * What `it` at `at` in paragraph `p` stands for as the source of reported speech (`It said the plan would fail`):
 * the nearest sentence before it, in its paragraph or the one before, that opens with a document or an organization
 * as its subject. Quotations are not read.
 */
export function itAntecedentAt(ctx: Openings & { sentences: readonly (readonly Range[])[] }, p: number, at: number): ItAntecedent | null {
  for (let q = p; q >= Math.max(0, p - PARAGRAPHS_BACK); q--) {
    const sentences = ctx.sentences[q];
    for (let si = sentences.length - 1; si >= 0; si--) {
      const s = sentences[si];
      if (q === p && s.end > at) continue;
      const opening = fromOpening(ctx, q, s);
      if (opening) return opening;
    }
  }
  return null;
}

/**
 * The source of the nearest attribution so far, as `it` may stand for it: a document or an organization, or null when
 * that source is a person or anything else (`officials`). `paragraph` is where that attribution is.
 */
export interface LastSource {
  it: ItAntecedent | null;
  paragraph: number;
}

/** What a reported attribution reads about its source. */
interface SourcedAttribution {
  paragraph: number;
  sourceAt: number;
  source: { speaker: SpeakerRef; method: string; confidence: number } | null;
  sourceText: string | null;
}

/**
 * `It said …` that no sentence opening resolves (`"…," the memo read. It stated …`): the document or organization the
 * nearest attribution before it in its paragraph (a quotation or reported speech) was credited to, never a person.
 * Then returns what the next `it` may stand for: this attribution's source, when it has one.
 */
export function followIt(text: string, a: SourcedAttribution, last: LastSource | null): LastSource | null {
  const it = last?.it && a.paragraph === last.paragraph ? last.it : null;
  if (!a.source && a.sourceText === null && it && /^it\b/i.test(text.slice(a.sourceAt, a.sourceAt + 3))) {
    if ('org' in it) a.source = { speaker: it.org, method: 'pronoun-it-last-source', confidence: 0.5 };
    else a.sourceText = it.phrase;
  }
  if (a.source) return { it: a.source.speaker.type === 'organization' ? { org: a.source.speaker } : null, paragraph: a.paragraph };
  if (a.sourceText !== null) return { it: thingPhrase(a.sourceText) ? { phrase: a.sourceText } : null, paragraph: a.paragraph };
  return last;
}
