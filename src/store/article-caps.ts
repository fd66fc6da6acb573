/**
 * The most paragraphs, images, mentions and quotes one article may have. The store refuses a
 * draft past any of them (validateDraft: nothing is written), so every stored article is within
 * them, and the operation cost counts these lists at these lengths (src/limits/list-bounds.ts).
 * Generous for news: a 10,000-word long read has about 200 paragraphs; across 840 US political
 * stories the busiest (a 263-paragraph live blog) has 203 quotes, direct and reported (75 direct),
 * and 329 mentions. Ingest keeps reported speech within the quote cap rather than refuse such an
 * article (src/ingest/quote-cap.ts); the cost measure counts quote lists at this cap, so raising
 * it raises the cost of every query that nests them.
 */
export const ARTICLE_CAPS = Object.freeze({
  paragraphs: 300,
  images: 50,
  mentions: 500,
  quotes: 200,
});

export type CappedArticleList = keyof typeof ARTICLE_CAPS;

/** The first capped list `article` has too many of, or null: what validateDraft and ingest refuse. */
export function overCap(article: Readonly<Record<CappedArticleList, readonly unknown[]>>): { field: CappedArticleList; count: number; maximum: number } | null {
  for (const field of Object.keys(ARTICLE_CAPS) as CappedArticleList[]) {
    const count = article[field].length;
    if (count > ARTICLE_CAPS[field]) return { field, count, maximum: ARTICLE_CAPS[field] };
  }
  return null;
}

/** The sentence both refusals use. */
export function overCapMessage(over: { field: CappedArticleList; count: number; maximum: number }): string {
  return `it has ${over.count} ${over.field}; an article may have at most ${over.maximum}`;
}
