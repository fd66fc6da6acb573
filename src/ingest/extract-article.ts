/**
 * Everything extracted from one article's raw text, with no I/O: structure,
 * entities, quotes, the content hash and the slug. Used by the pipeline and
 * by the evaluation.
 */
import { createHash } from 'node:crypto';
import { InvalidInputError } from '../errors';
import { extractEntities } from './extract-entities';
import type { EntityExtraction } from './entity-extraction';
import { attributeQuotes } from './extract-quotes';
import { findQuotations } from './quotations';
import type { ExtractedQuote } from './quote-types';
import { isHeadlineLike, parseArticle, type ArticleMeta, type ParsedArticle } from './parse-article';
import { sentenceRanges } from './sentences';
import { normalizeText, type Range } from './text';

/** Largest raw text accepted, in bytes (UTF-8). */
export const MAX_ARTICLE_BYTES = 1_000_000;

/** Longest headline made from a first sentence, in characters (before the ellipsis). */
export const DERIVED_HEADLINE_MAX = 120;

export interface ArticleExtraction extends ParsedArticle {
  headline: string;
  /** True when the text gave no headline and `headline` is its first sentence (cut at a word boundary). */
  headlineDerived: boolean;
  url: string | null;
  publishedAt: string | null;
  slug: string;
  /** sha256 (hex) of the normalized text: the idempotency key when there is no url. */
  contentHash: string;
  entities: EntityExtraction;
  quotes: ExtractedQuote[];
}

/**
 * Checks, parses and extracts. Throws InvalidInputError for text that is
 * empty, binary, too large, or has no body. A text without a headline (the
 * body alone) gets one made from its first sentence, marked `headlineDerived`.
 * The publication date is the metadata's, else the one a date line or dateline
 * at the top of the text gives (see ParsedArticle.published).
 */
export function extractArticle(text: string, meta: ArticleMeta = {}): ArticleExtraction {
  checkText(text);
  const parsed = parseArticle(text, meta);
  // One short line with no sentence end is a headline whose body is missing, not a body without a headline.
  if (parsed.paragraphs.length === 0 || (parsed.headline === null && parsed.paragraphs.length === 1 && isHeadlineLike(parsed.paragraphs[0]))) {
    throw new InvalidInputError('The article has no body text.');
  }
  const headlineDerived = parsed.headline === null;
  const headline = parsed.headline ?? headlineFromBody(parsed.paragraphs[0]);
  const quotations = findQuotations(parsed.paragraphs);
  const skip: Range[][] = parsed.paragraphs.map(() => []);
  const nicknames: Range[][] = parsed.paragraphs.map(() => []);
  for (const q of quotations) {
    const range = { start: q.open, end: (q.close ?? q.end) + 1 };
    if (q.kind !== 'quote') skip[q.paragraph].push(range);
    if (q.kind === 'nickname') nicknames[q.paragraph].push(range);
  }
  const context = [parsed.headline, parsed.standfirst, ...parsed.images.flatMap((i) => [i.alt, i.caption])].filter((s): s is string => s !== null);
  const entities = extractEntities({ paragraphs: parsed.paragraphs, context, skip, nicknames });
  const quotes = attributeQuotes(parsed.paragraphs, quotations, entities);
  const contentHash = hashText(text);
  const url = meta.url?.trim() || null;
  return {
    ...parsed,
    headline,
    headlineDerived,
    url,
    publishedAt: meta.publishedAt?.trim() || parsed.published,
    slug: slugFor(headline, url ?? contentHash),
    contentHash,
    entities,
    quotes,
  };
}

/**
 * A headline for a text that has none: the first sentence of its first paragraph, without
 * its final period; past DERIVED_HEADLINE_MAX characters, cut at the last word boundary
 * before it, with an ellipsis.
 */
export function headlineFromBody(paragraph: string): string {
  // A quotation holds no sentence boundary: "“We won. It was hard,” she said." is one sentence.
  const quotations = [...paragraph.matchAll(/“[^”]*”|"[^"]*"/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const first = sentenceRanges(paragraph, quotations)[0];
  const sentence = paragraph.slice(first.start, first.end).trim().replace(/(?<!\b\p{Lu})\.$/u, '');
  if (sentence.length <= DERIVED_HEADLINE_MAX) return sentence;
  const slice = sentence.slice(0, DERIVED_HEADLINE_MAX + 1);
  const space = slice.search(/\s\S*$/);
  const cut = space > 0 ? slice.slice(0, space) : sentence.slice(0, DERIVED_HEADLINE_MAX);
  return `${cut.replace(/[\s,;:—–-]+$/, '')}…`;
}

function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new InvalidInputError('The article text must be a string.');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new InvalidInputError(`The article text is ${bytes} bytes; the limit is ${MAX_ARTICLE_BYTES}.`, { bytes, limit: MAX_ARTICLE_BYTES });
  }
  if (text.trim() === '') throw new InvalidInputError('The article text is empty.');
  if (text.includes('\u0000')) throw new InvalidInputError('The article text contains NUL bytes: it looks like a binary file, not text.');
  if (text.includes('\uFFFD')) throw new InvalidInputError('The article text is not valid UTF-8 (it contains replacement characters).');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this check counts
  const controls = (text.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g) ?? []).length;
  if (controls > 0 && controls / text.length > 0.001) throw new InvalidInputError('The article text contains control characters: it looks like a binary file, not text.');
}

/** sha256 of the text in normalized form (line ends, spaces, Unicode composition), so re-exports hash alike. */
export function hashText(text: string): string {
  const normalized = normalizeText(text)
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return createHash('sha256').update(normalized, 'utf8').digest('hex');
}

/**
 * "U.S., Russian diplomats agree…" → "us-russian-diplomats-agree-…-3f9a1c":
 * ASCII words of the headline plus six hex digits of the idempotency key, so
 * that two articles with one headline get two slugs and re-ingesting keeps it.
 */
export function slugFor(headline: string, key: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const base = words.slice(0, 80).replace(/-+[^-]*$/, (m) => (words.length > 80 ? '' : m)) || 'article';
  const suffix = createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 6);
  return `${base.replace(/-+$/, '')}-${suffix}`;
}
