import type { ExtractedQuote } from './quote-types';

/**
 * An article's quotes within the store's quote cap (src/store/article-caps.ts). Direct quotes
 * are what a reader sees quoted and are never dropped: an article with more of them than the cap
 * is refused whole, as before. Reported speech (indirect and mixed) fills what the cap leaves,
 * in the order of the text; attributions past it are left out. A long live blog is thus stored
 * with every direct quote and its first reported statements, rather than refused.
 */
export function withinQuoteCap(quotes: readonly ExtractedQuote[], cap: number): { quotes: ExtractedQuote[]; dropped: number } {
  if (quotes.length <= cap) return { quotes: [...quotes], dropped: 0 };
  let room = cap - quotes.filter((q) => q.kind === 'direct').length;
  const kept = quotes.filter((q) => q.kind === 'direct' || room-- > 0);
  return { quotes: kept, dropped: quotes.length - kept.length };
}
