import Database from 'better-sqlite3';
import { normalKinds } from './filters';
import { PAIR_KINDS, pairPages, parsePairPosition, presentPairs, type PairRow } from './co-occurrence';
import { checkLimit, distinct, groupByPage } from './paging';
import { pairPageSql } from './pair-sql';
import { fillTimeline, periods, timelineGroups, timelineSql } from './timeline';
import { decodeArticlePosition, decodeQuotePosition, type ArticleKey, type QuoteKey } from './positions';
import {
  articleColumns,
  articlePosition,
  MENTION_COLUMNS,
  ownerPageGroups,
  pagesPerKey,
  QUOTE_COLUMNS,
  QUOTE_ORDER,
  quotePosition,
  type NullableRow,
  type OwnerPageRequest,
} from './batched-pages';
import type {
  QuoteKind,
  ArticleRecord,
  ArticlesByEntityRequest,
  CorrectionRecord,
  CoOccurrenceRecord,
  CoOccurrenceRequest,
  TimelineBucket,
  TimelineInterval,
  TimelineRequest,
  MentionRecord,
  Page,
  PageRequest,
  QuoteRecord,
  QuotesBySpeakerRequest,
} from '../records/article-records';
import {
  articleFromRow,
  groupInKeyOrder,
  mentionFromRow,
  quoteFromRow,
  slotsInKeyOrder,
  type ArticleRow,
  type MentionRow,
  type QuoteRow,
} from './row-mapping';
import { CORRECTION_COLUMNS, correctionFromRow, type CorrectionRow } from './corrections';
import { heldOrKept, readThrough, type CacheRegion } from '../db/sqlite-read-cache';
import { named, SqliteConnection, type Condition } from './sqlite-connection';

export const ARTICLE_COLUMNS = articleColumns();

/** The first day of a sort time's period, `YYYY-MM-DD` (weeks start on Monday). */
const SQLITE_PERIODS: Record<TimelineInterval, (sortTime: string) => string> = {
  day: (t) => `date(${t} / 1000, 'unixepoch')`,
  week: (t) => `date(${t} / 1000, 'unixepoch', 'weekday 0', '-6 days')`,
  month: (t) => `strftime('%Y-%m-01', ${t} / 1000, 'unixepoch')`,
};

export interface SqliteArticleStoreOptions {
  /**
   * Articles kept in memory between calls by the record cache (with their
   * mentions and quotes; pages of listings are kept up to a tenth of this);
   * 0 turns it off. Default 5,000.
   */
  cacheEntries?: number;
}

/**
 * The article store's reads by id and by owner, its timelines and co-occurrences, through the
 * record cache: articles, quotes, each article's mentions and quotes, and pages of listings.
 */
export abstract class SqliteArticleReads extends SqliteConnection {
  protected readonly articlesById: CacheRegion<number, ArticleRecord | null>;
  protected readonly articlesBySlug: CacheRegion<string, ArticleRecord | null>;
  protected readonly mentionsOf: CacheRegion<number, MentionRecord[]>;
  protected readonly quotesById: CacheRegion<number, QuoteRecord | null>;
  protected readonly quotesOf: CacheRegion<number, QuoteRecord[]>;
  protected readonly articlePages: CacheRegion<string, Page<ArticleRecord>>;
  protected readonly quotePages: CacheRegion<string, Page<QuoteRecord>>;

  protected constructor(db: Database.Database, options: SqliteArticleStoreOptions) {
    super(db);
    const entries = options.cacheEntries ?? 5000;
    this.articlesById = this.cache.region(entries);
    this.articlesBySlug = this.cache.region(Math.ceil(entries / 10));
    this.mentionsOf = this.cache.region(entries);
    this.quotesById = this.cache.region(entries);
    this.quotesOf = this.cache.region(entries);
    this.articlePages = this.cache.region(Math.ceil(entries / 10));
    this.quotePages = this.cache.region(Math.ceil(entries / 10));
  }

  /**
   * The record of an article row read by any statement but the by-id one (slugs, pages,
   * searches): the one the by-id region holds when it holds it, else the row's, now kept
   * there. The regions are dropped together whenever the file changes, so a held record is
   * as new as the row. Pages, slugs and ids then share one record per article instead of a
   * copy each: its paragraphs are most of an article's memory, and a cached page may hold up to
   * MAX_PAGE_LIMIT articles, so copies made the page cache's memory grow with page sizes.
   */
  protected readonly sharedArticle = (row: ArticleRow): ArticleRecord => heldOrKept(this.articlesById, row.id, () => articleFromRow(row));

  /** As sharedArticle, for quote rows (an article's quotes, speakers' pages, searches) and the by-id region of quotes. */
  protected readonly sharedQuote = (row: QuoteRow): QuoteRecord => heldOrKept(this.quotesById, row.id, () => quoteFromRow(row));

  async getArticles(ids: readonly number[]): Promise<(ArticleRecord | null)[]> {
    if (ids.length === 0) return [];
    const before = this.beginRead();
    return this.endRead(before, readThrough(this.articlesById, ids, (missing) => {
      const rows = this.all<ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`,
        JSON.stringify(missing),
      );
      return slotsInKeyOrder(missing, rows, (r) => r.id, articleFromRow);
    }));
  }

  async getArticlesBySlug(slugs: readonly string[]): Promise<(ArticleRecord | null)[]> {
    if (slugs.length === 0) return [];
    const before = this.beginRead();
    return this.endRead(before, readThrough(this.articlesBySlug, slugs, (missing) => {
      const rows = this.all<ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.slug IN (SELECT value FROM json_each(?))`,
        JSON.stringify(missing),
      );
      return slotsInKeyOrder(missing, rows, (r) => r.slug, this.sharedArticle);
    }));
  }

  async articlesByEntity(requests: readonly ArticlesByEntityRequest[]): Promise<Page<ArticleRecord>[]> {
    return this.ownerPages(
      requests.map((r) => ({ ownerId: r.entityId, page: r.page })),
      'entity',
      this.articlePages,
      decodeArticlePosition,
      (ids, page) => this.articlePagesByEntity(ids, page),
    );
  }

  /**
   * Pages of many owners' lists (an entity's articles, a speaker's quotes):
   * arguments checked first, then from the page cache, the rest with one
   * statement per distinct page argument, in request order.
   */
  private ownerPages<T>(
    requests: readonly OwnerPageRequest[],
    tag: string,
    cache: CacheRegion<string, Page<T>>,
    decodeAfter: (after: string | null | undefined) => unknown,
    readGroup: (ownerIds: number[], page: PageRequest, kinds: QuoteKind[] | null) => Page<T>[],
  ): Page<T>[] {
    if (requests.length === 0) return [];
    for (const request of requests) {
      checkLimit(request.page.limit);
      decodeAfter(request.page.after);
    }
    const before = this.beginRead();
    const keyOf = (r: OwnerPageRequest): string => JSON.stringify([tag, r.ownerId, r.page.limit, r.page.after ?? null, r.kinds ?? null]);
    const byKey = new Map(requests.map((r) => [keyOf(r), r]));
    return this.endRead(before, readThrough(cache, requests.map(keyOf), (missing) => {
      const wanted = missing.map((key) => byKey.get(key) as OwnerPageRequest);
      const pages: Page<T>[] = new Array(wanted.length);
      for (const group of ownerPageGroups(wanted)) {
        const answered = readGroup(group.ownerIds, group.page, group.kinds);
        group.indexes.forEach((index, i) => (pages[index] = answered[i]));
      }
      return pages;
    }));
  }

  /**
   * One statement for many entities sharing page arguments; one page per
   * entity id, in order. Each entity's page is read straight off
   * mentions_by_entity_time, from the keyset, stopping after limit + 1
   * articles (GROUP BY folds an article's several mentions of the entity
   * into one, in index order); the total is the trigger-kept count of
   * migration 3. Neither grows with the number of articles mentioning it.
   */
  protected articlePagesByEntity(entityIds: number[], page: PageRequest): Page<ArticleRecord>[] {
    const limit = checkLimit(page.limit);
    const keyset = entityArticleKeyset(decodeArticlePosition(page.after));
    const rows = this.all<NullableRow<ArticleRow> & { key: number; total: number }>(
      `WITH req (entity_id) AS (SELECT DISTINCT value FROM json_each(?))
       SELECT r.entity_id AS key, COALESCE(c.n, 0) AS total, ${ARTICLE_COLUMNS}
       FROM req r
       LEFT JOIN entity_article_count c ON c.entity_id = r.entity_id
       LEFT JOIN articles a ON a.id IN (
         SELECT h.article_id FROM mentions h
         WHERE h.entity_id = r.entity_id AND ${keyset.sql}
         GROUP BY h.sort_time, h.article_id
         ORDER BY h.sort_time DESC, h.article_id DESC
         LIMIT ?
       )
       ORDER BY r.entity_id, a.sort_time DESC, a.id DESC`,
      JSON.stringify(distinct(entityIds)),
      ...keyset.params,
      limit + 1,
    );
    return pagesPerKey(entityIds, rows, limit, this.sharedArticle, articlePosition);
  }

  async mentionsByArticle(articleIds: readonly number[]): Promise<MentionRecord[][]> {
    if (articleIds.length === 0) return [];
    const before = this.beginRead();
    return this.endRead(before, readThrough(this.mentionsOf, articleIds, (missing) => {
      const rows = this.all<MentionRow>(
        `SELECT ${MENTION_COLUMNS} FROM mentions m WHERE m.article_id IN (SELECT value FROM json_each(?))
         ORDER BY m.article_id, m.paragraph, m.start_offset, m.id`,
        JSON.stringify(missing),
      );
      return groupInKeyOrder(missing, rows, (r) => r.article_id, mentionFromRow);
    }));
  }

  async getQuotes(ids: readonly number[]): Promise<(QuoteRecord | null)[]> {
    if (ids.length === 0) return [];
    const before = this.beginRead();
    return this.endRead(before, readThrough(this.quotesById, ids, (missing) => {
      const rows = this.all<QuoteRow>(
        `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.id IN (SELECT value FROM json_each(?))`,
        JSON.stringify(missing),
      );
      return slotsInKeyOrder(missing, rows, (r) => r.id, quoteFromRow);
    }));
  }

  async quotesByArticle(articleIds: readonly number[]): Promise<QuoteRecord[][]> {
    if (articleIds.length === 0) return [];
    const before = this.beginRead();
    return this.endRead(before, readThrough(this.quotesOf, articleIds, (missing) => {
      const rows = this.all<QuoteRow>(
        `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.article_id IN (SELECT value FROM json_each(?))
         ORDER BY q.article_id, q.position`,
        JSON.stringify(missing),
      );
      return groupInKeyOrder(missing, rows, (r) => r.article_id, this.sharedQuote);
    }));
  }

  async quotesBySpeaker(requests: readonly QuotesBySpeakerRequest[]): Promise<Page<QuoteRecord>[]> {
    return this.ownerPages(
      requests.map((r) => ({ ownerId: r.speakerId, page: r.page, kinds: normalKinds(r.kinds) })),
      'speaker',
      this.quotePages,
      decodeQuotePosition,
      (ids, page, kinds) => this.quotePagesBySpeaker(ids, page, kinds),
    );
  }

  /**
   * One statement for many speakers sharing page arguments; one page per
   * speaker id, in order. Like articlePagesByEntity: each speaker's page is read off
   * quotes_by_speaker_time from the keyset, stopping after limit + 1 quotes,
   * (quotes_by_speaker_kind_time for one kind), and the total is the sum of the
   * trigger-kept counts of migration 5 for the kinds asked for. The page's rows are then
   * looked up by those keys in quotes_by_speaker_kind_time_covering (migration 11), which
   * holds every column: the page's quotes sit in one or two of its leaves, where looking
   * them up by id read one table page per quote. With one kind, the keys come off that index
   * too (SPEAKER_PAGE_INDEX), so the page touches one index's leaves, not two.
   */
  protected quotePagesBySpeaker(speakerIds: number[], page: PageRequest, kinds: QuoteKind[] | null = null): Page<QuoteRecord>[] {
    const limit = checkLimit(page.limit);
    const keyset = quoteKeyset(decodeQuotePosition(page.after), 'k');
    const countKinds = kindCondition('c', kinds);
    const pageKinds = kindCondition('k', kinds);
    const rows = this.all<NullableRow<QuoteRow> & { key: number; total: number }>(
      `WITH req (speaker_id) AS (SELECT DISTINCT value FROM json_each(?))
       SELECT r.speaker_id AS key,
              (SELECT COALESCE(SUM(c.n), 0) FROM speaker_kind_quote_count c WHERE c.speaker_id = r.speaker_id AND ${countKinds.sql}) AS total,
              ${QUOTE_COLUMNS}
       FROM req r
       LEFT JOIN quotes q ON (q.speaker_id, q.kind, q.sort_time, q.article_id, q.position) IN (
         SELECT k.speaker_id, k.kind, k.sort_time, k.article_id, k.position FROM quotes k ${kinds?.length === 1 ? SPEAKER_PAGE_INDEX : ''}
         WHERE k.speaker_id = r.speaker_id AND ${pageKinds.sql} AND ${keyset.sql}
         ORDER BY k.sort_time DESC, k.article_id DESC, k.position ASC
         LIMIT ?
       )
       ORDER BY r.speaker_id, ${QUOTE_ORDER}`,
      JSON.stringify(distinct(speakerIds)),
      ...countKinds.params,
      ...pageKinds.params,
      ...keyset.params,
      limit + 1,
    );
    return pagesPerKey(speakerIds, rows, limit, this.sharedQuote, quotePosition);
  }

  async timelines(requests: readonly TimelineRequest[]): Promise<TimelineBucket[][]> {
    for (const request of requests) periods(request);
    const before = this.beginRead();
    const answers: TimelineBucket[][] = new Array(requests.length);
    for (const { sample, indexes } of timelineGroups(requests)) {
      const owners = distinct(indexes.map((i) => requests[i].entityId));
      const sql = timelineSql(sample.kind, 'SELECT value FROM json_each(@p1)', (t) => SQLITE_PERIODS[sample.interval](t), (n) => `@p${n}`);
      this.executed++;
      const rows = this.statement(sql).all(named(JSON.stringify(owners), sample.fromMs, sample.toMs)) as { owner: number; period: string; n: number }[];
      for (const i of indexes) {
        const counted = new Map(rows.filter((r) => r.owner === requests[i].entityId).map((r) => [r.period, r.n]));
        answers[i] = fillTimeline(requests[i], counted);
      }
    }
    return this.endRead(before, answers);
  }

  async coOccurrences(requests: readonly CoOccurrenceRequest[]): Promise<Page<CoOccurrenceRecord>[]> {
    const before = this.beginRead();
    const pages: Page<CoOccurrenceRecord>[] = new Array(requests.length);
    for (const kind of PAIR_KINDS) {
      const ofKind = requests.map((request, index) => ({ request, index })).filter((r) => r.request.kind === kind);
      for (const group of groupByPage(ofKind.map((r) => ({ page: r.request.page })))) {
        const limit = checkLimit(group.page.limit);
        const after = group.page.after ? parsePairPosition(group.page.after) : null;
        const owners = distinct(group.indexes.map((i) => ofKind[i].request.entityId));
        const sql = pairPageSql(kind, { owners: 'SELECT value FROM json_each(@p1)', param: (n) => `@p${n}`, lateral: false });
        this.executed++;
        const rows = this.statement(sql).all(named(JSON.stringify(owners), after?.count ?? null, after?.otherId ?? null, limit + 1)) as (NullableRow<PairRow> & { owner: number; total: number })[];
        const totals = new Map(rows.map((row) => [row.owner, row.total]));
        const ownerPages = pairPages(owners, presentPairs(rows), limit, totals);
        const byOwner = new Map(owners.map((owner, i) => [owner, ownerPages[i]]));
        for (const i of group.indexes) pages[ofKind[i].index] = byOwner.get(ofKind[i].request.entityId) as Page<CoOccurrenceRecord>;
      }
    }
    return this.endRead(before, pages);
  }

  async correctionsByArticle(articleIds: readonly number[]): Promise<CorrectionRecord[][]> {
    if (articleIds.length === 0) return [];
    const rows = this.all<CorrectionRow>(
      `SELECT ${CORRECTION_COLUMNS} FROM quote_corrections c WHERE c.article_id IN (SELECT value FROM json_each(?))
       ORDER BY c.article_id, c.id`,
      JSON.stringify(articleIds),
    );
    return groupInKeyOrder(articleIds, rows, (r) => r.article_id, correctionFromRow);
  }

  async countArticles(): Promise<number> {
    return this.get<{ n: number }>('SELECT n FROM article_count WHERE id = 1')?.n ?? 0;
  }

  async ping(): Promise<void> {
    this.get('SELECT 1 FROM articles LIMIT 1');
  }
}

/**
 * The index a speaker's page of some kinds is keyed from: the covering one its rows are then
 * read from (migration 11). Left to the planner, it picks the narrow quotes_by_speaker_kind_time,
 * whose leaf is one more page per cold read (person with quotes at 200,000 articles: 5.4 -> 3.9
 * pages for the page's statement). One kind only: for two, the index gives each kind's quotes in
 * order but not both together, so all of the speaker's quotes of those kinds would be sorted; the
 * planner walks quotes_by_speaker_time in order instead (as for every kind) and stops at the page.
 */
const SPEAKER_PAGE_INDEX = 'INDEXED BY quotes_by_speaker_kind_time_covering';

/** Quotes of these kinds (null: every kind), on rows named `alias`; one literal statement shape per count of kinds. */
export function kindCondition(alias: string, kinds: readonly QuoteKind[] | null): Condition {
  if (kinds === null) return { sql: '1', params: [] };
  return { sql: `${alias}.kind IN (${kinds.map(() => '?').join(', ')})`, params: [...kinds] };
}

/** Keyset over the `hits` rows of articlesByEntity (article_id in place of id). */
function entityArticleKeyset(after: ArticleKey | null): Condition {
  if (!after) return { sql: '1', params: [] };
  return { sql: '(h.sort_time, h.article_id) < (?, ?)', params: [after.sortTime, after.id] };
}

/** Keyset over quotes named `alias` in the statement. */
export function quoteKeyset(after: QuoteKey | null, alias = 'q'): Condition {
  if (!after) return { sql: '1', params: [] };
  const q = alias;
  return {
    sql: `(${q}.sort_time < ? OR (${q}.sort_time = ? AND (${q}.article_id < ? OR (${q}.article_id = ? AND ${q}.position > ?))))`,
    params: [after.sortTime, after.sortTime, after.articleId, after.articleId, after.position],
  };
}
