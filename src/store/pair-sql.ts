import type { CoOccurrenceKind } from '../records/article-records';
import { PAIR_SOURCES, PAIR_TABLES } from './co-occurrence';

/**
 * The SQL that keeps and reads the pair tables, for SQLite and PostgreSQL alike
 * (row values, upserts and window functions mean the same in both). `$article`,
 * `$sortTime` and the read's parameters are filled in per dialect by `bind`.
 */
export interface PairSql {
  /** Takes an article's pairs back (before it is written again): count - 1. */
  takeBack: string;
  /** Adds an article's pairs: count + 1, and the article as the newest shared one when it is. */
  add: string;
  /** After a take-back and add: drops pairs no article shares any more. */
  dropEmpty: string;
  /** After a take-back and add: finds the newest shared article again where it was this one. */
  relatest: string;
}

/**
 * Pairs of distinct entities in one article, from `source` (mentions or quotes): the
 * article's distinct entities (`e`, made once: articlePairsWith) joined with themselves, so
 * the work grows with the entities it names, not with the square of its mentions (a row per
 * mention, where joining the rows would pair every mention of a name with every other mention).
 */
const ARTICLE_PAIRS = 'SELECT a.id AS x, b.id AS y FROM e a JOIN e b ON b.id <> a.id';

/** The WITH clause naming an article's distinct entities `e`, read once for both sides of ARTICLE_PAIRS. */
function articlePairsWith(kind: CoOccurrenceKind, articleParam: string): string {
  const { table, column } = PAIR_SOURCES[kind];
  return `WITH e (id) AS MATERIALIZED (SELECT DISTINCT ${column} FROM ${table} WHERE article_id = ${articleParam} AND ${column} IS NOT NULL)`;
}

/** `param(n)` names the n-th parameter (1-based) in the dialect: `?` or `$n`. */
export function pairSql(kind: CoOccurrenceKind, param: (n: number) => string): PairSql {
  const pairs = PAIR_TABLES[kind];
  const { table, column } = PAIR_SOURCES[kind];
  return {
    takeBack: `${articlePairsWith(kind, param(1))}
               UPDATE ${pairs} SET count = count - 1 WHERE (entity_id, other_id) IN (SELECT x, y FROM (${ARTICLE_PAIRS}) p)`,
    add: `${articlePairsWith(kind, param(1))}
          INSERT INTO ${pairs} (entity_id, other_id, count, latest_sort_time, latest_article_id)
          SELECT x, y, 1, ${param(2)}, ${param(1)} FROM (${ARTICLE_PAIRS}) p WHERE true ORDER BY x, y
          ON CONFLICT (entity_id, other_id) DO UPDATE SET
            count = ${pairs}.count + 1,
            latest_sort_time = CASE WHEN (excluded.latest_sort_time, excluded.latest_article_id) > (${pairs}.latest_sort_time, ${pairs}.latest_article_id)
                                    THEN excluded.latest_sort_time ELSE ${pairs}.latest_sort_time END,
            latest_article_id = CASE WHEN (excluded.latest_sort_time, excluded.latest_article_id) > (${pairs}.latest_sort_time, ${pairs}.latest_article_id)
                                     THEN excluded.latest_article_id ELSE ${pairs}.latest_article_id END`,
    // A pair whose count fell to 0 shared only this article, which was therefore its newest.
    dropEmpty: `DELETE FROM ${pairs} WHERE latest_article_id = ${param(1)} AND count <= 0`,
    relatest: `UPDATE ${pairs} SET (latest_sort_time, latest_article_id) = (
                 SELECT a.sort_time, a.article_id FROM ${table} a JOIN ${table} b ON b.article_id = a.article_id
                 WHERE a.${column} = ${pairs}.entity_id AND b.${column} = ${pairs}.other_id
                 ORDER BY a.sort_time DESC, a.article_id DESC LIMIT 1)
               WHERE latest_article_id = ${param(1)}`,
  };
}

/** How each dialect names the owners' list and the parameters of pairPageSql. */
export interface PairPageDialect {
  /** A SELECT of the owner ids (one column). */
  owners: string;
  /** The n-th parameter (1-based): `@pn` or `$n`. */
  param: (n: number) => string;
  /** SQLite: the page's rows by rowid from a correlated subquery; PostgreSQL: a LATERAL join. */
  lateral: boolean;
}

/**
 * One page of pairs for each of several entities, in one statement: parameters are the owners
 * (as the dialect's list, distinct), then the cursor's count (null for the first page), the cursor's
 * other id, and the limit + 1. Each owner's page is read off `<pairs>_by_count` (entity_id,
 * count DESC, other_id) from its start or the cursor, stopping after limit + 1 rows, so the
 * entity's other pairs are not sorted; the total counts the owner's range of an index. An
 * owner with no row on the page still gets one row (other_id null) carrying its total.
 */
export function pairPageSql(kind: CoOccurrenceKind, dialect: PairPageDialect): string {
  const pairs = PAIR_TABLES[kind];
  const p = (n: number) => `CAST(${dialect.param(n)} AS BIGINT)`;
  const after = `(${p(2)} IS NULL OR k.count < ${p(2)} OR (k.count = ${p(2)} AND k.other_id > ${p(3)}))`;
  const page = `FROM ${pairs} k WHERE k.entity_id = r.owner AND ${after} ORDER BY k.count DESC, k.other_id LIMIT ${p(4)}`;
  const total = `(SELECT COUNT(*) FROM ${pairs} c WHERE c.entity_id = r.owner)`;
  const join = dialect.lateral
    ? `LEFT JOIN LATERAL (SELECT k.other_id, k.count, k.latest_article_id ${page}) p ON true`
    : `LEFT JOIN ${pairs} p ON p.rowid IN (SELECT k.rowid ${page})`;
  return `WITH r (owner) AS (${dialect.owners})
          SELECT r.owner, p.other_id, p.count, p.latest_article_id, ${total} AS total
          FROM r
          ${join}
          ORDER BY r.owner, p.count DESC, p.other_id`;
}

/**
 * The secondary indexes of one kind's pair table (a page by count; the newest shared article, which
 * SQLite no longer keeps: `latest` false, see sqlite-pair-settle.ts).
 */
export function pairIndexDdl(kind: CoOccurrenceKind, latest = true): string {
  const pairs = PAIR_TABLES[kind];
  return `
    CREATE INDEX ${pairs}_by_count ON ${pairs} (entity_id, count DESC, other_id);${latest ? `
    CREATE INDEX ${pairs}_by_latest ON ${pairs} (latest_article_id);` : ''}`;
}

/** Drops what pairIndexDdl creates (a set-based rebuild writes the table first, then sorts each index once). */
export function dropPairIndexDdl(kind: CoOccurrenceKind, latest = true): string {
  const pairs = PAIR_TABLES[kind];
  return `
    DROP INDEX ${pairs}_by_count;${latest ? `
    DROP INDEX ${pairs}_by_latest;` : ''}`;
}

/**
 * Fills an empty pair table from every stored article, set-based: for each ordered pair, the
 * number of articles sharing it and the newest of them (by sort time, then id), the counts the
 * per-article statements above keep whatever order the articles came in. Each article's
 * entities are made distinct first (an article names an entity many times), so the pairs are
 * sorted once, for one window that gives both the count and the newest.
 */
export function pairFillSql(kind: CoOccurrenceKind): string {
  const pairs = PAIR_TABLES[kind];
  const { table, column } = PAIR_SOURCES[kind];
  return `
    WITH e AS MATERIALIZED (SELECT DISTINCT article_id, ${column} AS id, sort_time FROM ${table} WHERE ${column} IS NOT NULL)
    INSERT INTO ${pairs} (entity_id, other_id, count, latest_sort_time, latest_article_id)
    SELECT x, y, n, sort_time, article_id FROM (
      SELECT a.id AS x, b.id AS y, a.article_id, a.sort_time, COUNT(*) OVER w AS n, ROW_NUMBER() OVER w AS r
      FROM e a JOIN e b ON b.article_id = a.article_id AND b.id <> a.id
      WINDOW w AS (PARTITION BY a.id, b.id ORDER BY a.sort_time DESC, a.article_id DESC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
    ) ranked WHERE r = 1`;
}

/** The migration's body for one kind: the table, its indexes, and the pairs of what is already stored. */
export function pairTableDdl(kind: CoOccurrenceKind, integer: string): string {
  const pairs = PAIR_TABLES[kind];
  const { table, column } = PAIR_SOURCES[kind];
  return `
    CREATE TABLE ${pairs} (
      entity_id ${integer} NOT NULL,
      other_id ${integer} NOT NULL,
      count INTEGER NOT NULL,
      latest_sort_time BIGINT NOT NULL,
      latest_article_id ${integer} NOT NULL,
      PRIMARY KEY (entity_id, other_id)
    );${pairIndexDdl(kind)}
    INSERT INTO ${pairs} (entity_id, other_id, count, latest_sort_time, latest_article_id)
    SELECT x, y, n, sort_time, article_id FROM (
      SELECT x, y, article_id, sort_time, COUNT(*) OVER (PARTITION BY x, y) AS n,
             ROW_NUMBER() OVER (PARTITION BY x, y ORDER BY sort_time DESC, article_id DESC) AS r
      FROM (SELECT DISTINCT a.${column} AS x, b.${column} AS y, a.article_id, a.sort_time
            FROM ${table} a JOIN ${table} b ON b.article_id = a.article_id AND b.${column} <> a.${column}
            WHERE a.${column} IS NOT NULL AND b.${column} IS NOT NULL) p
    ) ranked WHERE r = 1;`;
}
