import type { ValidDraft } from './draft-validation';

/** A stored article that may be the draft's: it has its url, or its content hash (see matchingArticleQuery). */
export interface MatchingArticle {
  id: number;
  url: string | null;
  content_hash: string;
  slug: string;
  headline: string;
  section: string | null;
  dateline: string | null;
  byline: string | null;
  published_at: string | null;
  /** JSON text (SQLite) or parsed JSON (PostgreSQL jsonb). */
  paragraphs: unknown;
  images: unknown;
}

export type SavePlan =
  | { action: 'create' }
  | { action: 'unchanged'; id: number }
  /** Update in place, keeping id and slug (slugs are permalinks). */
  | { action: 'update'; id: number; url: string | null; slug: string };

/**
 * The identity of an article: its url when the draft has one; its content
 * hash only when the draft has none.
 *
 * - A draft with a url is the article stored under that url. Failing that, it
 *   takes over an article stored WITHOUT a url whose text it shares (the url
 *   became known later); never one stored under another url, so the same text
 *   under two urls is two articles.
 * - A draft without a url is the article with its content hash (one stored
 *   without a url first, else the oldest), and keeps that article's url.
 *
 * The match is `unchanged` only when every stored field is the draft's (text,
 * headline, section, dateline, byline, publish time, images, url); a change to
 * any of them updates it.
 */
export function planSave(draft: ValidDraft, matches: readonly MatchingArticle[]): SavePlan {
  const match =
    draft.url !== null
      ? (matches.find((m) => m.url === draft.url) ?? matches.find((m) => m.url === null && m.content_hash === draft.contentHash))
      : matches.find((m) => m.content_hash === draft.contentHash);
  if (!match) return { action: 'create' };
  const url = draft.url ?? match.url;
  if (url === match.url && sameContent(match, draft)) return { action: 'unchanged', id: match.id };
  return { action: 'update', id: match.id, url, slug: match.slug };
}

/**
 * The statement text (with `?` placeholders: the url, then the content hash
 * for a draft with a url; the content hash alone without) that reads the
 * stored articles planSave chooses from, at most two rows, through the url
 * index and the content-hash indexes.
 */
export function matchingArticleQuery(hasUrl: boolean): string {
  const columns = 'id, url, content_hash, slug, headline, section, dateline, byline, published_at, paragraphs, images, ingested_at';
  return hasUrl
    ? `SELECT ${columns} FROM articles WHERE url = ? OR (content_hash = ? AND url IS NULL)`
    : `SELECT ${columns} FROM articles WHERE content_hash = ? ORDER BY url IS NOT NULL, id LIMIT 1`;
}

function sameContent(stored: MatchingArticle, draft: ValidDraft): boolean {
  return (
    stored.content_hash === draft.contentHash &&
    stored.headline === draft.headline &&
    stored.section === draft.section &&
    stored.dateline === draft.dateline &&
    stored.byline === draft.byline &&
    sameInstant(stored.published_at, draft.publishedAt) &&
    JSON.stringify(parsed(stored.paragraphs)) === JSON.stringify(draft.paragraphs) &&
    JSON.stringify(imageTuples(parsed(stored.images))) === JSON.stringify(imageTuples(draft.images))
  );
}

function sameInstant(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Date.parse(a) === Date.parse(b);
}

function parsed(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** Images as tuples: jsonb does not keep the key order JSON.stringify wrote. */
function imageTuples(images: unknown): unknown[] {
  if (!Array.isArray(images)) return [];
  return images.map((i: { caption?: unknown; credit?: unknown; url?: unknown }) => [i.caption ?? null, i.credit ?? null, i.url ?? null]);
}

/** The first of base, base-2, base-3… not in `taken`. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
