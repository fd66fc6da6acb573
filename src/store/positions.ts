import { InvalidInputError } from '../errors';

/**
 * Keyset positions. A position is opaque to clients: base64url of a JSON
 * array whose first element names the ordering it belongs to, followed by
 * the sort tuple of the row. Article listings (including articlesByEntity)
 * share one kind, so their positions are interchangeable; quote listings
 * have their own.
 */

/** Articles, newest first: (sortTime DESC, id DESC). */
export interface ArticleKey {
  sortTime: number;
  id: number;
}

/** Quotes in listings: (sortTime DESC, articleId DESC, position ASC). */
export interface QuoteKey {
  sortTime: number;
  articleId: number;
  position: number;
}

const ARTICLE_KIND = 'a';
const QUOTE_KIND = 'q';
/** Longer than any position we produce; anything above is not ours. */
const MAX_POSITION_LENGTH = 200;

export function encodeArticlePosition(key: ArticleKey): string {
  return encode([ARTICLE_KIND, key.sortTime, key.id]);
}

export function encodeQuotePosition(key: QuoteKey): string {
  return encode([QUOTE_KIND, key.sortTime, key.articleId, key.position]);
}

/** Null when there is no `after`; throws InvalidInputError when it is not an article position. */
export function decodeArticlePosition(after: string | null | undefined): ArticleKey | null {
  if (after === null || after === undefined) return null;
  const tuple = decode(after, ARTICLE_KIND, 2);
  return { sortTime: tuple[0], id: tuple[1] };
}

/** Null when there is no `after`; throws InvalidInputError when it is not a quote position. */
export function decodeQuotePosition(after: string | null | undefined): QuoteKey | null {
  if (after === null || after === undefined) return null;
  const tuple = decode(after, QUOTE_KIND, 3);
  return { sortTime: tuple[0], articleId: tuple[1], position: tuple[2] };
}

function encode(tuple: (string | number)[]): string {
  return Buffer.from(JSON.stringify(tuple), 'utf8').toString('base64url');
}

function decode(after: string, kind: string, arity: number): number[] {
  const malformed = (): InvalidInputError =>
    new InvalidInputError('The "after" position is not one this listing produced.', { after });
  if (typeof after !== 'string' || after.length === 0 || after.length > MAX_POSITION_LENGTH) throw malformed();
  if (!/^[A-Za-z0-9_-]+$/.test(after)) throw malformed();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  if (!Array.isArray(parsed) || parsed.length !== arity + 1 || parsed[0] !== kind) throw malformed();
  const tuple = parsed.slice(1);
  if (!tuple.every((n): n is number => Number.isSafeInteger(n))) throw malformed();
  return tuple;
}
