import { ARTICLE_CAPS } from '../store/article-caps';

/**
 * List fields whose length the store bounds (src/store/article-caps.ts): the cost counts them
 * at their cap rather than at the assumed 10, so an article with 100 quotes costs what it is.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = Object.freeze({
  'Article.paragraphs': ARTICLE_CAPS.paragraphs,
  'Article.images': ARTICLE_CAPS.images,
  'Article.mentions': ARTICLE_CAPS.mentions,
  'Article.quotes': ARTICLE_CAPS.quotes,
});
