import { InvalidInputError } from '../errors';
import type { CoOccurrenceKind, CoOccurrenceRecord, Page } from '../records/article-records';

/**
 * Pair counts, kept at ingest: for each ordered pair of entities, how many
 * articles name both (`co_mentions`) or quote both (`co_quotes`), and the newest
 * such article. An article adds its pairs when it is saved; an article saved
 * again (or whose speaker an editor corrects) first takes its old pairs back, so
 * nothing is counted twice.
 */
export const PAIR_KINDS: readonly CoOccurrenceKind[] = ['mentioned', 'quoted'];

export const PAIR_TABLES: Record<CoOccurrenceKind, string> = { mentioned: 'co_mentions', quoted: 'co_quotes' };

/** The rows an article contributes pairs from: entity ids per article. */
export const PAIR_SOURCES: Record<CoOccurrenceKind, { table: string; column: string }> = {
  mentioned: { table: 'mentions', column: 'entity_id' },
  quoted: { table: 'quotes', column: 'speaker_id' },
};

export interface PairRow {
  owner: number;
  other_id: number;
  count: number;
  latest_article_id: number;
}

/** Cursor of a pair row: its place in the order (count descending, then the other id). */
export function pairPosition(row: { count: number; other_id: number }): string {
  return Buffer.from(`pair:${row.count}:${row.other_id}`, 'utf8').toString('base64url');
}

export function parsePairPosition(position: string): { count: number; otherId: number } {
  const match = /^pair:(\d{1,15}):(\d{1,15})$/.exec(Buffer.from(position, 'base64url').toString('utf8'));
  if (!match) throw new InvalidInputError('"after" is not a cursor this API gave out.', { argument: 'after' });
  return { count: Number(match[1]), otherId: Number(match[2]) };
}

/** The rows of a pair page read that hold a pair (an owner with none on its page has one row of nulls, for its total). */
export function presentPairs<R extends { other_id: number | null }>(rows: readonly R[]): (R & PairRow)[] {
  return rows.filter((row) => row.other_id !== null) as (R & PairRow)[];
}

/** Splits rows of one batched read into a page per owner, in the order asked. */
export function pairPages(owners: readonly number[], rows: readonly PairRow[], limit: number, totals: ReadonlyMap<number, number>): Page<CoOccurrenceRecord>[] {
  const byOwner = new Map<number, PairRow[]>();
  for (const row of rows) {
    let list = byOwner.get(row.owner);
    if (!list) byOwner.set(row.owner, (list = []));
    list.push(row);
  }
  return owners.map((owner) => {
    const fetched = byOwner.get(owner) ?? [];
    return {
      rows: fetched.slice(0, limit).map((row) => ({
        node: { entityId: row.other_id, count: row.count, latestArticleId: row.latest_article_id },
        position: pairPosition(row),
      })),
      hasNextPage: fetched.length > limit,
      totalCount: totals.get(owner) ?? 0,
    };
  });
}
