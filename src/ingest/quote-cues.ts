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
  quotes.forEach((q, i) => {
    const quote = results[i];
    if (quote.source === null || quote.method === null || CUELESS_METHODS.has(quote.method)) return;
    const text = ctx.paragraphs[q.paragraph];
    let inQuote = spans.get(q.paragraph);
    if (inQuote === undefined) spans.set(q.paragraph, (inQuote = quotedSpans(text, ctx.byParagraph[q.paragraph])));
    quote.cue = nearestCue(text, inQuote, sentenceOf(ctx, q.paragraph, q.open), q);
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

function nearestCue(text: string, spans: QuotedSpans, sentence: Range, q: Quotation): string | null {
  const outside = (at: number): boolean => !insideQuotation(spans, at);
  let best: { word: string; distance: number } | null = null;
  const slice = text.slice(sentence.start, sentence.end);
  // Speech verbs as whole words (not inside "so-called"), then "according to".
  const candidates: { index: number; word: string }[] = [];
  for (const m of phraseMatches(slice, SPEECH_VERB_TABLE)) candidates.push({ index: m.index, word: m.text });
  for (const m of slice.matchAll(ACCORDING_TO_RE)) candidates.push({ index: m.index, word: m[0] });
  for (const { index, word } of candidates) {
    const at = sentence.start + index;
    if (!outside(at)) continue;
    const distance = at > q.open ? at - (q.close ?? q.end) : q.open - (at + word.length);
    if (best === null || distance < best.distance) best = { word, distance };
  }
  return best?.word ?? null;
}
