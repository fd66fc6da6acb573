import type { CoOccurrenceKind } from '../records/article-records';
import { PAIR_SOURCES, PAIR_TABLES } from './co-occurrence';
import { pairSql } from './pair-sql';

/*
 * SQLite's pair tables have no index on the newest shared article (`latest_article_id`,
 * dropped by migration 9): every article saved moved an entry of it for each of its pairs (the
 * new article is the newest shared one of nearly all of them), some six of the 76 pages a save
 * wrote, for a read only a new version of an article needs. That version finds the pairs it may
 * have been the newest article of from its entities before the change instead: a pair's newest
 * article holds the pair, so every pair naming this article is a pair of its entities as they
 * were. The article's new pairs need no tidying (adding them made each one's newest article right).
 * PostgreSQL keeps the index and pair-sql.ts's statements.
 */

export interface SqlitePairSettleSql {
  /** The article's distinct entities (its id the one parameter) as a JSON array (`ids`), read before its rows change. */
  entities: string;
  /** Takes the article's pairs (@p1) back, as pair-sql.ts. */
  takeBack: string;
  /** Adds the article's pairs (@p1 the article, @p2 its sort time), as pair-sql.ts. */
  add: string;
  /** Drops the pairs of the entities listed (@p2) that no article shares any more. */
  dropEmpty: string;
  /** Finds the newest shared article again, among the pairs of the entities listed (@p2), where it was this one (@p1). */
  relatest: string;
}

export function sqlitePairSettleSql(kind: CoOccurrenceKind): SqlitePairSettleSql {
  const pairs = PAIR_TABLES[kind];
  const { table, column } = PAIR_SOURCES[kind];
  const shared = pairSql(kind, (n) => `@p${n}`);
  const listed = `WITH e (id) AS MATERIALIZED (SELECT DISTINCT value FROM json_each(@p2))`;
  const listedPairs = '(entity_id, other_id) IN (SELECT a.id, b.id FROM e a JOIN e b ON b.id <> a.id)';
  return {
    entities: `SELECT json_group_array(id) AS ids FROM (SELECT DISTINCT ${column} AS id FROM ${table} WHERE article_id = ? AND ${column} IS NOT NULL)`,
    takeBack: shared.takeBack,
    add: shared.add,
    // A pair whose count fell to 0 shared only this article, which was therefore its newest.
    dropEmpty: `${listed}
                DELETE FROM ${pairs} WHERE ${listedPairs} AND latest_article_id = @p1 AND count <= 0`,
    relatest: `${listed}
               UPDATE ${pairs} SET (latest_sort_time, latest_article_id) = (
                 SELECT a.sort_time, a.article_id FROM ${table} a JOIN ${table} b ON b.article_id = a.article_id
                 WHERE a.${column} = ${pairs}.entity_id AND b.${column} = ${pairs}.other_id
                 ORDER BY a.sort_time DESC, a.article_id DESC LIMIT 1)
               WHERE ${listedPairs} AND latest_article_id = @p1`,
  };
}

/** Migration 9: the indexes on the newest shared article, which no SQLite statement reads any more. */
export const DROP_LATEST_INDEXES = Object.values(PAIR_TABLES)
  .map((pairs) => `DROP INDEX IF EXISTS ${pairs}_by_latest;`)
  .join('\n');
