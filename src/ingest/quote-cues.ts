/**
 * The cue of each attributed quote: the reporting verb or phrase ("said", "insisted",
 * "according to") as the article writes it. Pure; no I/O.
 */
import type { ExtractedQuote, Quotation } from './extract-quotes';
import { SPEECH_VERB_ALT } from './lexicon';
import { sentenceRanges } from './sentences';
import type { Range } from './text';

/** Attributions made by nearness, not by words of the quote's own sentence: they have no cue. */
const CUELESS_METHODS = new Set(['continuation', 'same-paragraph', 'previous-paragraph', 'colon-intro']);

/** A speech verb as a whole word (not inside "so-called"). */
const SPEECH_VERB_RE = new RegExp(`(?<![\\w-])(?:${SPEECH_VERB_ALT})\\b(?!-)`, 'gi');
const ACCORDING_TO_RE = /\baccording to\b/gi;

/**
 * Sets `cue` on every quote that has a source: the speech verb or "according to" of the quote's
 * own sentence nearest the quote, outside every quotation. `quotes` are attributeQuotes' results
 * for the quotations of kind "quote", in the same order.
 */
export function addCues(paragraphs: readonly string[], quotations: readonly Quotation[], quotes: ExtractedQuote[]): void {
  const byParagraph: Quotation[][] = paragraphs.map(() => []);
  for (const q of quotations) byParagraph[q.paragraph].push(q);
  const sentences = new Map<number, Range[]>();
  const sentencesOf = (p: number): Range[] => {
    let ranges = sentences.get(p);
    if (ranges === undefined) {
      const text = paragraphs[p];
      // As attribution reads them: a quotation holds no sentence boundary.
      ranges = sentenceRanges(text, byParagraph[p].map((q) => ({ start: q.open, end: (q.close ?? text.length) + 1 })));
      sentences.set(p, ranges);
    }
    return ranges;
  };
  const spoken = quotations.filter((q) => q.kind === 'quote');
  spoken.forEach((q, i) => {
    const quote = quotes[i];
    if (quote.source === null || quote.method === null || CUELESS_METHODS.has(quote.method)) return;
    const sentence = sentencesOf(q.paragraph).find((r) => q.open >= r.start && q.open < r.end) ?? { start: 0, end: paragraphs[q.paragraph].length };
    quote.cue = nearestCue(paragraphs[q.paragraph], byParagraph[q.paragraph], sentence, q);
  });
}

function nearestCue(text: string, quotations: readonly Quotation[], sentence: Range, q: Quotation): string | null {
  const outside = (at: number): boolean => !quotations.some((o) => at >= o.open && at <= (o.close ?? text.length));
  let best: { word: string; distance: number } | null = null;
  for (const re of [SPEECH_VERB_RE, ACCORDING_TO_RE]) {
    for (const m of text.slice(sentence.start, sentence.end).matchAll(re)) {
      const at = sentence.start + m.index;
      if (!outside(at)) continue;
      const distance = at > q.open ? at - (q.close ?? q.end) : q.open - (at + m[0].length);
      if (best === null || distance < best.distance) best = { word: m[0], distance };
    }
  }
  return best?.word ?? null;
}
