import type { Page, PageRequest, QuoteKind } from '../records/article-records';
import { groupByPage, pageFrom } from './paging';
import { encodeArticlePosition, encodeQuotePosition } from './positions';
import type { ArticleRow, QuoteRow } from './row-mapping';

/*
 * What both article stores do with the rows of their listing statements: the same column
 * lists and orders, the rows of a LEFT JOIN that joined, one page per key of a batched
 * statement, and the keyset position of each row. The SQL dialects differ; these do not.
 */

/** The article columns, `a` the articles row; `jsonText` turns a JSON column into its text (PostgreSQL's jsonb::text). */
export function articleColumns(jsonText: (column: string) => string = (column) => column): string {
  return `a.id, a.slug, a.url, a.headline, a.headline_derived, a.section, a.dateline, a.byline, a.published_at, a.sort_time, ${jsonText('a.paragraphs')} AS paragraphs, ${jsonText('a.images')} AS images, a.content_hash, a.ingested_at`;
}
export const MENTION_COLUMNS =
  'm.id, m.article_id, m.entity_id, m.entity_type, m.text, m.paragraph, m.start_offset, m.end_offset, m.method, m.confidence';
export const QUOTE_COLUMNS =
  'q.id, q.article_id, q.position, q.kind, q.text, q.cue, q.speaker_id, q.speaker_name, q.paragraph, q.start_offset, q.end_offset, q.partial, q.method, q.confidence, q.source_organization_id, q.sort_time';

export const ARTICLE_ORDER = 'a.sort_time DESC, a.id DESC';
export const QUOTE_ORDER = 'q.sort_time DESC, q.article_id DESC, q.position ASC';

/** One owner's page in a batch (an entity's articles, a speaker's quotes); `kinds` only for quote pages. */
export interface OwnerPageRequest {
  ownerId: number;
  page: PageRequest;
  kinds?: QuoteKind[] | null;
}

/** A LEFT JOIN row: the joined columns may all be null. */
export type NullableRow<R> = { [K in keyof R]: R[K] | null };

/** Rows of a LEFT JOIN that did join. */
export function presentRows<R extends { id: number }>(rows: readonly NullableRow<R>[]): R[] {
  return rows.filter((r) => r.id !== null) as R[];
}

/** Splits key-tagged rows (from one batched statement) into one page per key, in key order. */
export function pagesPerKey<R extends { id: number }, T>(
  keys: readonly number[],
  rows: readonly (NullableRow<R> & { key: number; total: number })[],
  limit: number,
  toNode: (row: R) => T,
  positionOf: (row: R) => string,
): Page<T>[] {
  const totals = new Map<number, number>();
  const byKey = new Map<number, R[]>();
  for (const row of rows) {
    totals.set(row.key, row.total);
    if (row.id === null) continue;
    let list = byKey.get(row.key);
    if (!list) byKey.set(row.key, (list = []));
    list.push(row as unknown as R);
  }
  return keys.map((k) => pageFrom(byKey.get(k) ?? [], limit, totals.get(k) ?? 0, toNode, positionOf));
}

/**
 * Batched owner pages grouped by their page arguments (and kinds), each group read by one
 * statement: the owner ids to read, and the request indexes their pages answer, in order.
 */
export function ownerPageGroups(requests: readonly OwnerPageRequest[]): { ownerIds: number[]; page: PageRequest; kinds: QuoteKind[] | null; indexes: number[] }[] {
  return groupByPage(requests).map((group) => ({ ...group, ownerIds: group.indexes.map((i) => requests[i].ownerId) }));
}

export function articlePosition(row: ArticleRow): string {
  return encodeArticlePosition({ sortTime: row.sort_time, id: row.id });
}

export function quotePosition(row: QuoteRow): string {
  return encodeQuotePosition({ sortTime: row.sort_time, articleId: row.article_id, position: row.position });
}
