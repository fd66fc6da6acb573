/**
 * The cue of each attributed quote: the reporting verb or phrase ("said", "insisted",
 * "according to") as the article writes it. Pure; no I/O.
 */
import { type Context, sentenceOf } from './attribution/context';
import type { Quotation } from './quotations';
import type { ExtractedQuote } from './quote-types';
import { SPEECH_VERB_TABLE } from './attribution/patterns';
import { phraseMatches } from './attribution/phrase-scan';
import type { Range } from './text';
import { firstAtOrAfter } from './sorted-search';

/** Attributions made by nearness or by a signature, not by words of the quote's own sentence: they have no cue. */
const CUELESS_METHODS = new Set(['continuation', 'same-paragraph', 'previous-paragraph', 'previous-sentence', 'colon-intro', 'sign-off']);

const ACCORDING_TO_RE = /\baccording to\b/gi;

/**
 * Sets `cue` on every quote that has a source: the speech verb or "according to" of the quote's
 * own sentence nearest the quote, outside every quotation. `quotes` are the quotations of kind
 * "quote" and `results` attributeQuotes' results for them, in the same order; the sentences are
 * the ones attribution read.
 */
export function addCues(ctx: Context, quotes: readonly Quotation[], results: ExtractedQuote[]): void {
  const spans = new Map<number, QuotedSpans>();
  // A sentence's cues are read once, however many quotes it holds (a run-on paragraph may hold thousands).
  const cuesOf = new Map<string, SentenceCue[]>();
  quotes.forEach((q, i) => {
    const quote = results[i];
    if (quote.source === null || quote.method === null || CUELESS_METHODS.has(quote.method)) return;
    const text = ctx.paragraphs[q.paragraph];
    let inQuote = spans.get(q.paragraph);
    if (inQuote === undefined) spans.set(q.paragraph, (inQuote = quotedSpans(text, ctx.byParagraph[q.paragraph])));
    const sentence = sentenceOf(ctx, q.paragraph, q.open);
    const key = `${q.paragraph}:${sentence.start}`;
    let cues = cuesOf.get(key);
    if (cues === undefined) cuesOf.set(key, (cues = sentenceCues(text, inQuote, sentence)));
    quote.cue = nearestCue(cues, q);
  });
}

/** A paragraph's quotations by where they open, each with the furthest close of those opening at or before it. */
interface QuotedSpans {
  opens: number[];
  furthestClose: number[];
}

function quotedSpans(text: string, quotations: readonly Quotation[]): QuotedSpans {
  const sorted = quotations.map((o) => ({ open: o.open, close: o.close ?? text.length })).sort((a, b) => a.open - b.open);
  const furthestClose: number[] = [];
  for (const o of sorted) furthestClose.push(Math.max(o.close, furthestClose.length > 0 ? furthestClose[furthestClose.length - 1] : -1));
  return { opens: sorted.map((o) => o.open), furthestClose };
}

/** Whether `at` lies inside a quotation (open to close, both included): a binary search, not a walk over every quotation. */
function insideQuotation(spans: QuotedSpans, at: number): boolean {
  // The quotations opening at or before `at` are those before the first opening after it.
  const opened = firstAtOrAfter(spans.opens, (open) => open, at + 1);
  return opened > 0 && spans.furthestClose[opened - 1] >= at;
}

/** A cue of a sentence outside every quotation: where it stands, its words, and its rank (speech verbs in order, then "according to"). */
interface SentenceCue {
  at: number;
  word: string;
  rank: number;
}

/** The sentence's cues outside quotations, by where they stand. */
function sentenceCues(text: string, spans: QuotedSpans, sentence: Range): SentenceCue[] {
  const slice = text.slice(sentence.start, sentence.end);
  // Speech verbs as whole words (not inside "so-called"), then "according to".
  const candidates: SentenceCue[] = [];
  for (const m of phraseMatches(slice, SPEECH_VERB_TABLE)) candidates.push({ at: sentence.start + m.index, word: m.text, rank: candidates.length });
  for (const m of slice.matchAll(ACCORDING_TO_RE)) candidates.push({ at: sentence.start + m.index, word: m[0], rank: candidates.length });
  return candidates.filter((c) => !insideQuotation(spans, c.at)).sort((a, b) => a.at - b.at || a.rank - b.rank);
}

/** Longest cue word, in characters: a cue before the quote further back than this past another cannot be nearer. */
const MAX_CUE_LENGTH = Math.max('according to'.length, ...[...SPEECH_VERB_TABLE.values()].flat().map((v) => v.length));

/**
 * The cue nearest the quote: before it, measured from the cue's end to the opening mark; after it, from the
 * closing mark to the cue. Only the cues around the quote's position are compared (a binary search), and
 * ties go to the cue found first (speech verbs before "according to", each in order of position).
 */
function nearestCue(cues: readonly SentenceCue[], q: Quotation): string | null {
  const firstAfter = firstAtOrAfter(cues, (c) => c.at, q.open + 1);
  const near: SentenceCue[] = [];
  // After the quote the first cue is nearest (cues standing at the same place come with it).
  for (let i = firstAfter; i < cues.length && cues[i].at === cues[firstAfter].at; i++) near.push(cues[i]);
  // Before it, a cue can be nearer than the last one only by ending later, so only within a cue's length.
  for (let i = firstAfter - 1; i >= 0 && cues[i].at >= cues[firstAfter - 1].at - MAX_CUE_LENGTH; i--) near.push(cues[i]);
  let best: { word: string; distance: number; rank: number } | null = null;
  for (const { at, word, rank } of near.sort((a, b) => a.rank - b.rank)) {
    const distance = at > q.open ? at - (q.close ?? q.end) : q.open - (at + word.length);
    if (best === null || distance < best.distance) best = { word, distance, rank };
  }
  return best?.word ?? null;
}
