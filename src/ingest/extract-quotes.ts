/**
 * Direct quotations and their speakers: the quote stage's types and entry.
 * Pure; no I/O.
 *
 * Two steps: `findQuotations` pairs quotation marks and tells quotes from
 * titles, nicknames and scare quotes (the entity extractor skips titles);
 * `attributeQuotes` then finds each quote's speaker from the extracted
 * entities (strategies in attribution/, pronouns and descriptors in
 * coreference.ts). When the speaker is unclear the quote keeps no speaker rather
 * than a guess.
 *
 * Conventions: a quote's text is exactly the characters inside its marks
 * (trailing comma or period included: `In the end, … decision,`), and its
 * start/end are the offsets of that text in its paragraph (end exclusive).
 * A quotation running over several paragraphs is one quote per paragraph,
 * the later ones attributed by method "continuation". A quotation split by
 * its attribution (`"First," he said, "second."`) is two quotes.
 */
import { subjectBefore } from './attribution/before';
import { speakerStartingAt } from './attribution/after';
import { type Context, setSpeaker } from './attribution/context';
import { attributeOwn } from './attribution/direct';
import { unmatchedLabelName } from './attribution/labels';
import { isPartial } from './attribution/partial';
import { nominalSpeakers } from './attribution/nominal-speakers';
import { propagate } from './attribution/propagate';
import { type LastSource, quoteSourceAsIt } from './attribution/it-speakers';
import { findReportedSpeech, type ReportedAttribution } from './attribution/reported';
import { speakersFromReportedClauses } from './attribution/clause-speakers';
import { colonBlocks } from './attribution/reported-colon-blocks';
import { nameLabelTurns } from './attribution/reported-name-labels';
import type { EntityExtraction, ExtractedMention } from './entity-extraction';
import { addCues } from './quote-cues';
import type { ExtractedQuote } from './quote-types';
import type { Quotation } from './quotations';
import { sentenceRanges } from './sentences';
import { withoutDateline } from './dateline-sentences';
import { viaPronounAt } from './coreference';
import { sourceNameOf } from './attribution/whose-sources';
import { embeddedPosts } from './attribution/tweet-embeds';


/** Speakers, partial flags and confidence for every quotation of kind "quote". */
export function attributeQuotes(paragraphs: readonly string[], quotations: Quotation[], entities: EntityExtraction): ExtractedQuote[] {
  const byParagraph: Quotation[][] = paragraphs.map(() => []);
  const position = new Map<Quotation, number>();
  for (const q of quotations) {
    position.set(q, byParagraph[q.paragraph].length);
    byParagraph[q.paragraph].push(q);
  }
  const mentionsByParagraph: ExtractedMention[][] = paragraphs.map(() => []);
  for (const m of entities.mentions) mentionsByParagraph[m.paragraph]?.push(m);
  const ctx: Context = {
    paragraphs,
    entities,
    quotations,
    sentences: paragraphs.map((text, p) => withoutDateline(text, p, sentenceRanges(text, byParagraph[p].map((q) => ({ start: q.open, end: (q.close ?? text.length) + 1 }))))),
    mentions: mentionsByParagraph.map((ms, p) => ms.filter((m) => !insideQuote(byParagraph[p], m))),
    byParagraph,
    position,
  };
  const quotes = quotations.filter((q) => q.kind === 'quote');
  const results: ExtractedQuote[] = quotes.map((q) => ({
    kind: 'direct',
    text: q.text,
    paragraph: q.paragraph,
    start: q.start,
    end: q.end,
    partial: isPartial(ctx, q),
    speaker: null,
    speakerName: null,
    method: null,
    confidence: null,
    cue: null,
    source: null,
  }));
  quotes.forEach((q, i) => {
    const found = attributeOwn(ctx, q);
    if (found) setSpeaker(ctx, results[i], found);
    else {
      // A transcript label naming no one else in the article still names the speaker.
      const label = unmatchedLabelName(ctx, q);
      if (label !== null) Object.assign(results[i], { speakerName: label, method: 'transcript-label', confidence: 0.6 });
    }
  });
  propagate(ctx, quotes, results);
  nominalSpeakers(ctx, quotes, results);
  addCues(ctx, quotes, results);
  const all = withReportedSpeech(ctx, quotes, results);
  // Posts embedded in the page ("… — Ada Holt (@adaholt) May 2, 2024"): their words without quotation marks.
  const posts = embeddedPosts(ctx, all);
  return posts.length === 0 ? all : [...all, ...posts].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/**
 * Adds reported attributions, in paragraph order. A quoted fragment inside a
 * reported clause (`Kislyak insisted the troops were there for "a normal
 * exercise."`) stays a DIRECT quote of its own (the speaker's exact words)
 * and is also part of that clause's MIXED attribution.
 */
function withReportedSpeech(ctx: Context, quotes: Quotation[], results: ExtractedQuote[]): ExtractedQuote[] {
  const quoteSpans = ctx.byParagraph.map((list) => list.filter((q) => q.kind === 'quote').map((q) => ({ start: q.open, end: (q.close ?? ctx.paragraphs[q.paragraph].length - 1) + 1 })));
  const resultOf = new Map<Quotation, ExtractedQuote>();
  quotes.forEach((q, i) => resultOf.set(q, results[i]));
  const reported = findReportedSpeech({
    paragraphs: ctx.paragraphs,
    sentences: ctx.sentences,
    quoteSpans,
    mentions: ctx.mentions,
    subjectBefore: (p, start, verbAt) => subjectBefore(ctx, p, start, verbAt),
    speakerStartingAt: (p, at) => speakerStartingAt(ctx, p, at),
    quoteSpeakerIn: (p, sentence) => {
      // Quotations are in order of their opening marks: a binary search to the sentence, then a walk through it.
      const list = ctx.byParagraph[p];
      for (let k = firstQuoteFrom(list, sentence.start); k < list.length && list[k].open < sentence.end; k++) {
        const r = resultOf.get(list[k]);
        if (r?.speaker) return { speaker: r.speaker, method: r.method ?? 'quote', confidence: r.confidence ?? 0.5 };
      }
      return null;
    },
    lastQuoteSourceIn: (p, sentence) => {
      const list = ctx.byParagraph[p];
      let found: LastSource | null = null;
      for (let k = firstQuoteFrom(list, sentence.start); k < list.length && list[k].open < sentence.end; k++) {
        const r = resultOf.get(list[k]);
        if (r && (r.speaker || r.speakerName)) found = { it: quoteSourceAsIt(r), paragraph: p };
      }
      return found;
    },
    genderOf: (i) => ctx.entities.people[i]?.gender ?? null,
    personFor: (p, at, pronoun) => viaPronounAt(ctx, p, at, pronoun),
  }).concat(colonBlocks(ctx, quoteSpans), nameLabelTurns(ctx, quoteSpans));
  if (reported.length === 0) return results;
  speakersFromReportedClauses(ctx, reported, quotes, results);
  return [...results, ...reported.map((a) => reportedQuote(ctx, a))].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** The first quotation of a paragraph's list (in order of opening marks) opening at or after `at`: a binary search. */
function firstQuoteFrom(list: readonly Quotation[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].open < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function reportedQuote(ctx: Context, a: ReportedAttribution): ExtractedQuote {
  const quote: ExtractedQuote = {
    kind: a.kind,
    cue: a.cue,
    text: a.text,
    paragraph: a.paragraph,
    start: a.start,
    end: a.end,
    partial: true,
    speaker: null,
    speakerName: sourceNameOf(ctx.paragraphs[a.paragraph], a.sourceAt, a.sourceText, ctx.mentions[a.paragraph]),
    method: null,
    confidence: null,
    source: null,
  };
  if (a.source) setSpeaker(ctx, quote, a.source);
  return quote;
}

/** Whether a mention lies inside a quotation of kind "quote" (binary search over quotations in order). */
function insideQuote(quotations: readonly Quotation[], m: ExtractedMention): boolean {
  let lo = 0;
  let hi = quotations.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotations[mid].start <= m.start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Quotations do not overlap, but a title inside a quote may follow it; look back a little.
  for (let k = at; k >= 0 && k >= at - 3; k--) {
    const q = quotations[k];
    if (q.kind === 'quote' && m.start >= q.start && m.end <= q.end) return true;
  }
  return false;
}
