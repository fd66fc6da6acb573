import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleStore } from './article-store';
import { validateDraft, validateSpeaker, type ValidDraft } from './draft-validation';
import {
  isOneEntityFilter,
  isOneSpeakerFilter,
  normalKinds,
  normalArticleFilter,
  normalQuoteFilter,
  type NormalArticleFilter,
  type NormalQuoteFilter,
} from './filters';
import { PAIR_KINDS, pairPages, parsePairPosition, type PairRow } from './co-occurrence';
import { checkLimit, distinct, groupByPage, pageFrom } from './paging';
import { pairPageSql, pairSql, type PairSql } from './pair-sql';
import { fillTimeline, periods, timelineGroups, timelineSql } from './timeline';
import {
  decodeArticlePosition,
  decodeQuotePosition,
  encodeArticlePosition,
  encodeQuotePosition,
  type ArticleKey,
  type QuoteKey,
} from './positions';
import type {
  QuoteKind,
  ArticleDraft,
  ArticleFilter,
  ArticleRecord,
  ArticlesByEntityRequest,
  CorrectionRecord,
  CoOccurrenceKind,
  CoOccurrenceRecord,
  CoOccurrenceRequest,
  InsertOutcome,
  TimelineBucket,
  TimelineInterval,
  TimelineRequest,
  MentionRecord,
  Page,
  PageRequest,
  QuoteFilter,
  QuoteRecord,
  QuotesBySpeakerRequest,
} from './records';
import {
  articleFromRow,
  groupInKeyOrder,
  mentionFromRow,
  mentionsJson,
  quoteFromRow,
  slotsInKeyOrder,
  type ArticleRow,
  type MentionRow,
  type QuoteRow,
} from './row-mapping';
import { CORRECTION_COLUMNS, correctionFromRow, validEditor, type CorrectionRow } from './corrections';
import { matchQuoteVersions, STORED_QUOTE_COLUMNS, versionedQuotesJson, type StoredQuote } from './quote-versions';
import { freeSlug, matchingArticleQuery, planSave, type MatchingArticle } from './save-plan';
import { fts5Query } from './search-terms';
import { SQLITE_MIGRATIONS } from './sqlite-migrations';
import { readThrough, SqliteReadCache, type CacheRegion } from './sqlite-read-cache';

const ARTICLE_COLUMNS =
  'a.id, a.slug, a.url, a.headline, a.headline_derived, a.section, a.dateline, a.byline, a.published_at, a.sort_time, a.paragraphs, a.images, a.content_hash, a.ingested_at';
const MENTION_COLUMNS =
  'm.id, m.article_id, m.entity_id, m.entity_type, m.text, m.paragraph, m.start_offset, m.end_offset, m.method, m.confidence';
const QUOTE_COLUMNS =
  'q.id, q.article_id, q.position, q.kind, q.text, q.cue, q.speaker_id, q.speaker_name, q.paragraph, q.start_offset, q.end_offset, q.partial, q.method, q.confidence, q.source_organization_id, q.sort_time';

const ARTICLE_ORDER = 'a.sort_time DESC, a.id DESC';
const QUOTE_ORDER = 'q.sort_time DESC, q.article_id DESC, q.position ASC';

type Param = string | number | null;
/** The first day of a sort time's period, `YYYY-MM-DD` (weeks start on Monday). */
const SQLITE_PERIODS: Record<TimelineInterval, (sortTime: string) => string> = {
  day: (t) => `date(${t} / 1000, 'unixepoch')`,
  week: (t) => `date(${t} / 1000, 'unixepoch', 'weekday 0', '-6 days')`,
  month: (t) => `strftime('%Y-%m-01', ${t} / 1000, 'unixepoch')`,
};
/** Named parameters (`@p1`, `@p2`, …), for statements that use one value twice. */
type Named = Record<string, Param>;
const named = (...values: Param[]): Named => Object.fromEntries(values.map((value, i) => [`p${i + 1}`, value]));

/** A WHERE fragment and its parameters, in order. */
interface Condition {
  sql: string;
  params: Param[];
}

export interface SqliteArticleStoreOptions {
  /**
   * Articles kept in memory between calls by the record cache (with their
   * mentions and quotes; pages of listings are kept up to a tenth of this);
   * 0 turns it off. Default 5,000.
   */
  cacheEntries?: number;
}

/** Pages the write-ahead log may hold before SQLite copies them back into the database file. */
const WAL_CHECKPOINT_PAGES = 10_000;

/**
 * The default article store: one SQLite file (WAL), opened synchronously.
 *
 * Every list parameter travels as one JSON text read with json_each(?), so a
 * statement's text does not depend on how many ids it is given and each
 * shape is prepared once. `statementCount` counts every statement executed
 * after open (a transaction's BEGIN and COMMIT count as two).
 *
 * Record cache: articles, quotes, each article's mentions and quotes, and
 * pages of listings are kept in memory after they are read, and answered from
 * there until the database changes, through this store or any other
 * connection to the file (src/store/sqlite-read-cache.ts). A read the cache
 * answers whole runs no SQL but counts in `statementCount` as the statement
 * it stands for (its `PRAGMA data_version` check is not counted), so the count
 * still proves batching. What the store answers is shared between callers
 * and must not be changed.
 */
export class SqliteArticleStore implements ArticleStore {
  readonly kind = 'sqlite' as const;
  private executed = 0;
  private readonly pairs: Record<CoOccurrenceKind, PairSql> = { mentioned: pairSql('mentioned', (n) => `@p${n}`), quoted: pairSql('quoted', (n) => `@p${n}`) };
  private readonly prepared = new Map<string, Database.Statement>();
  private readonly cache: SqliteReadCache;
  private readonly articlesById: CacheRegion<number, ArticleRecord | null>;
  private readonly articlesBySlug: CacheRegion<string, ArticleRecord | null>;
  private readonly mentionsOf: CacheRegion<number, MentionRecord[]>;
  private readonly quotesById: CacheRegion<number, QuoteRecord | null>;
  private readonly quotesOf: CacheRegion<number, QuoteRecord[]>;
  private readonly articlePages: CacheRegion<string, Page<ArticleRecord>>;
  private readonly quotePages: CacheRegion<string, Page<QuoteRecord>>;

  private constructor(
    private readonly db: Database.Database,
    options: SqliteArticleStoreOptions,
  ) {
    const entries = options.cacheEntries ?? 5000;
    this.cache = new SqliteReadCache(db);
    this.articlesById = this.cache.region(entries);
    this.articlesBySlug = this.cache.region(Math.ceil(entries / 10));
    this.mentionsOf = this.cache.region(entries);
    this.quotesById = this.cache.region(entries);
    this.quotesOf = this.cache.region(entries);
    this.articlePages = this.cache.region(Math.ceil(entries / 10));
    this.quotePages = this.cache.region(Math.ceil(entries / 10));
  }

  /** Opens (creating if needed) the database at `path` and migrates it. ':memory:' is allowed. */
  static open(path: string, options: SqliteArticleStoreOptions = {}): SqliteArticleStore {
    if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
      // Checkpoint the WAL every ~40 MB instead of SQLite's ~4 MB. In a large store each
      // article dirties leaves of several indexes spread over the file (slug, content hash,
      // each mentioned entity's and speaker's timeline); a checkpoint writes every distinct
      // dirty page back, so a longer window writes pages that several articles changed once.
      // Measured at 1,000,000 articles: single-article ingest 1.3x faster. The WAL file then
      // stays at up to that size on disk between checkpoints (journal_size_limit trims it).
      db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
      db.pragma(`journal_size_limit = ${WAL_CHECKPOINT_PAGES * 4096}`);
      // Foreign keys are enforced only after migrating (better-sqlite3 turns them on by
      // default): a migration that rebuilds a table (version 4) drops the old one, which
      // would otherwise delete the rows referring to it.
      db.pragma('foreign_keys = OFF');
      migrate(db);
      db.pragma('foreign_keys = ON');
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteArticleStore(db, options);
  }

  get statementCount(): number {
    return this.executed;
  }

  /** Starts a read: checks the record cache is current; returns the statement count so far. */
  private beginRead(): number {
    this.cache.check();
    return this.executed;
  }

  /**
   * Ends a read. One the record cache answered whole counts as the one statement it
   * stands for, so `statementCount` keeps measuring batching (a statement per read call
   * and level) whether SQLite or memory answered.
   */
  private endRead<T>(statementsBefore: number, result: T): T {
    if (this.executed === statementsBefore) this.executed++;
    return result;
  }

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
      return slotsInKeyOrder(missing, rows, (r) => r.slug, articleFromRow);
    }));
  }

  async listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleRecord>> {
    const limit = checkLimit(page.limit);
    const after = decodeArticlePosition(page.after);
    const normal = normalArticleFilter(filter);
    const before = this.beginRead();
    const key = JSON.stringify(['list', normal, limit, page.after ?? null]);
    const cached = this.articlePages.get(key);
    if (cached) return this.endRead(before, cached);
    const answered = this.readArticlePage(normal, limit, after, page.after ?? null);
    this.articlePages.set(key, answered);
    return answered;
  }

  private readArticlePage(filter: NormalArticleFilter, limit: number, after: ArticleKey | null, afterText: string | null): Page<ArticleRecord> {
    // Filtered by one entity and nothing else: the same page as that entity's articles, off the mention index.
    if (isOneEntityFilter(filter)) return this.articlePagesByEntity(filter.mentions, { limit, after: afterText })[0];
    const where = articleConditions(filter);
    const keyset = articleKeyset(after);
    // One statement: the count for the filter, left-joined to the page (which may be empty).
    // Unfiltered, the count is the trigger-kept one (migration 2), not a scan of every article.
    const count: Condition =
      where.sql === '1'
        ? { sql: 'SELECT n AS total FROM article_count WHERE id = 1', params: [] }
        : { sql: `SELECT COUNT(*) AS total FROM articles a WHERE ${where.sql}`, params: where.params };
    const rows = this.all<NullableRow<ArticleRow> & { total: number }>(
      `SELECT t.total, p.* FROM (${count.sql}) t
       LEFT JOIN (
         SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE ${where.sql} AND ${keyset.sql}
         ORDER BY ${ARTICLE_ORDER} LIMIT ?
       ) p ON 1
       ORDER BY p.sort_time DESC, p.id DESC`,
      ...count.params,
      ...where.params,
      ...keyset.params,
      limit + 1,
    );
    const total = rows[0]?.total ?? 0;
    return pageFrom(presentRows(rows), limit, total, articleFromRow, articlePosition);
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
      for (const group of groupByPage(wanted)) {
        const answered = readGroup(group.indexes.map((i) => wanted[i].ownerId), group.page, group.kinds);
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
  private articlePagesByEntity(entityIds: number[], page: PageRequest): Page<ArticleRecord>[] {
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
    return pagesPerKey(entityIds, rows, limit, articleFromRow, articlePosition);
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
      return groupInKeyOrder(missing, rows, (r) => r.article_id, quoteFromRow);
    }));
  }

  async listQuotes(filter: QuoteFilter, page: PageRequest): Promise<Page<QuoteRecord>> {
    const limit = checkLimit(page.limit);
    const after = decodeQuotePosition(page.after);
    const normal = normalQuoteFilter(filter);
    const before = this.beginRead();
    const key = JSON.stringify(['list', normal, limit, page.after ?? null]);
    const cached = this.quotePages.get(key);
    if (cached) return this.endRead(before, cached);
    const answered = this.readQuotePage(normal, limit, after, page.after ?? null);
    this.quotePages.set(key, answered);
    return answered;
  }

  private readQuotePage(filter: NormalQuoteFilter, limit: number, after: QuoteKey | null, afterText: string | null): Page<QuoteRecord> {
    // One speaker and nothing else: that speaker's page, off the speaker index.
    if (isOneSpeakerFilter(filter)) {
      return this.quotePagesBySpeaker(filter.speakers ?? [], { limit, after: afterText }, filter.kinds)[0];
    }
    const where = quoteConditions(filter);
    const keyset = quoteKeyset(after);
    const rows = this.all<NullableRow<QuoteRow> & { total: number }>(
      `SELECT t.total, p.* FROM (SELECT COUNT(*) AS total FROM quotes q WHERE ${where.sql}) t
       LEFT JOIN (
         SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE ${where.sql} AND ${keyset.sql}
         ORDER BY ${QUOTE_ORDER} LIMIT ?
       ) p ON 1
       ORDER BY p.sort_time DESC, p.article_id DESC, p.position ASC`,
      ...where.params,
      ...where.params,
      ...keyset.params,
      limit + 1,
    );
    const total = rows[0]?.total ?? 0;
    return pageFrom(presentRows(rows), limit, total, quoteFromRow, quotePosition);
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
   * trigger-kept counts of migration 5 for the kinds asked for.
   */
  private quotePagesBySpeaker(speakerIds: number[], page: PageRequest, kinds: QuoteKind[] | null = null): Page<QuoteRecord>[] {
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
       LEFT JOIN quotes q ON q.id IN (
         SELECT k.id FROM quotes k
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
    return pagesPerKey(speakerIds, rows, limit, quoteFromRow, quotePosition);
  }

  async saveArticle(draft: ArticleDraft): Promise<{ id: number; outcome: InsertOutcome }> {
    const valid = validateDraft(draft);
    return this.inTransaction(() => this.saveValidDraft(valid));
  }

  /**
   * Bulk loading (benchmark corpora, imports): saves many drafts exactly as
   * saveArticle would, but in ONE transaction, so a batch costs one commit
   * instead of one per article. All drafts are validated before anything is
   * written; if any save fails, the whole batch is rolled back.
   */
  async saveArticles(drafts: readonly ArticleDraft[]): Promise<{ id: number; outcome: InsertOutcome }[]> {
    const valid = drafts.map((draft) => validateDraft(draft));
    return this.inTransaction(() => valid.map((draft) => this.saveValidDraft(draft)));
  }

  private saveValidDraft(draft: ValidDraft): { id: number; outcome: InsertOutcome } {
    const matches = this.all<MatchingArticle & { ingested_at: string }>(
      matchingArticleQuery(draft.url !== null),
      ...(draft.url !== null ? [draft.url, draft.contentHash] : [draft.contentHash]),
    );
    const plan = planSave(draft, matches);
    if (plan.action === 'unchanged') return { id: plan.id, outcome: 'unchanged' };
    if (plan.action === 'create') {
      const ingestedAt = new Date();
      const sortTime = draft.publishedMs ?? ingestedAt.getTime();
      const id = this.insertArticle(draft, this.freeSlugFor(draft.slug), ingestedAt.toISOString(), sortTime);
      this.writeAnnotations(id, draft, sortTime, false);
      for (const kind of PAIR_KINDS) this.runNamed(this.pairs[kind].add, named(id, sortTime));
      return { id, outcome: 'created' };
    }
    const stored = matches.find((m) => m.id === plan.id);
    const sortTime = draft.publishedMs ?? Date.parse(stored?.ingested_at ?? new Date().toISOString());
    // The article's pairs are taken back before its mentions and quotes are replaced, then added again.
    for (const kind of PAIR_KINDS) this.runNamed(this.pairs[kind].takeBack, named(plan.id));
    this.updateArticle(plan.id, draft, plan.url, sortTime);
    this.writeAnnotations(plan.id, draft, sortTime, true);
    for (const kind of PAIR_KINDS) this.settlePairs(kind, plan.id, sortTime);
    return { id: plan.id, outcome: 'updated' };
  }

  /** Adds an article's pairs again after a take-back, and tidies what the change left behind. */
  private settlePairs(kind: CoOccurrenceKind, articleId: number, sortTime: number): void {
    const sql = this.pairs[kind];
    this.runNamed(sql.add, named(articleId, sortTime));
    this.runNamed(sql.dropEmpty, named(articleId));
    this.runNamed(sql.relatest, named(articleId));
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
        const sql = pairPageSql(kind, 'SELECT value FROM json_each(@p1)', (n) => `@p${n}`);
        this.executed++;
        const rows = this.statement(sql).all(named(JSON.stringify(owners), after?.count ?? null, after?.otherId ?? null, limit + 1)) as (PairRow & { total: number })[];
        const totals = new Map(rows.map((row) => [row.owner, row.total]));
        const ownerPages = pairPages(owners, rows, limit, totals);
        const byOwner = new Map(owners.map((owner, i) => [owner, ownerPages[i]]));
        for (const i of group.indexes) pages[ofKind[i].index] = byOwner.get(ofKind[i].request.entityId) as Page<CoOccurrenceRecord>;
      }
    }
    return this.endRead(before, pages);
  }

  private freeSlugFor(base: string): string {
    // A range on the slug index ('-' + 1 is '.'), not substr(), which would read every slug on each insert.
    const taken = this.all<{ slug: string }>('SELECT slug FROM articles WHERE slug = ? OR (slug >= ? AND slug < ?)', base, `${base}-`, `${base}.`);
    return freeSlug(base, new Set(taken.map((t) => t.slug)));
  }

  private insertArticle(draft: ValidDraft, slug: string, ingestedAt: string, sortTime: number): number {
    const row = this.get<{ id: number }>(
      `INSERT INTO articles (slug, url, content_hash, headline, headline_derived, section, dateline, byline, published_at, sort_time, paragraphs, images, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      slug,
      draft.url,
      draft.contentHash,
      draft.headline,
      draft.headlineDerived ? 1 : 0,
      draft.section,
      draft.dateline,
      draft.byline,
      draft.publishedAt,
      sortTime,
      JSON.stringify(draft.paragraphs),
      JSON.stringify(draft.images),
      ingestedAt,
    );
    if (!row) throw new Error('INSERT … RETURNING returned no row');
    return row.id;
  }

  private updateArticle(id: number, draft: ValidDraft, url: string | null, sortTime: number): void {
    this.run(
      `UPDATE articles SET url = ?, content_hash = ?, headline = ?, headline_derived = ?, section = ?, dateline = ?, byline = ?,
         published_at = ?, sort_time = ?, paragraphs = ?, images = ?
       WHERE id = ?`,
      url,
      draft.contentHash,
      draft.headline,
      draft.headlineDerived ? 1 : 0,
      draft.section,
      draft.dateline,
      draft.byline,
      draft.publishedAt,
      sortTime,
      JSON.stringify(draft.paragraphs),
      JSON.stringify(draft.images),
      id,
    );
  }

  /**
   * Writes the search text, mentions and quotes of an article. Mentions are
   * replaced; quotes are rewritten, each keeping its id (and an editor's
   * correction of its speaker) while the article keeps its words
   * (matchQuoteVersions). A dropped quote's corrections stay in the history
   * without it.
   */
  private writeAnnotations(articleId: number, draft: ValidDraft, sortTime: number, replacing: boolean): void {
    let quotes = matchQuoteVersions([], draft.quotes);
    if (replacing) {
      quotes = matchQuoteVersions(
        this.all<StoredQuote>(`SELECT ${STORED_QUOTE_COLUMNS} FROM quotes q WHERE q.article_id = ? ORDER BY q.position`, articleId),
        draft.quotes,
      );
      this.run('DELETE FROM articles_fts WHERE rowid = ?', articleId);
      this.run('DELETE FROM mentions WHERE article_id = ?', articleId);
      this.run('DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_id = ?)', articleId);
    }
    if (quotes.quotes.some((q) => q.id === null)) {
      // New quotes are numbered above every id in use or ever deleted (migration 4's floor,
      // read before this version's deletes): a quote id never names other words.
      let next =
        this.get<{ n: number }>('SELECT MAX(f.n, COALESCE((SELECT MAX(id) FROM quotes), 0)) AS n FROM quote_id_floor f WHERE f.id = 1')?.n ?? 0;
      quotes = { ...quotes, quotes: quotes.quotes.map((q) => (q.id === null ? { ...q, id: ++next } : q)) };
    }
    if (replacing) {
      this.run('DELETE FROM quotes WHERE article_id = ?', articleId);
      if (quotes.dropped.length > 0) {
        this.run('UPDATE quote_corrections SET quote_id = NULL WHERE quote_id IN (SELECT value FROM json_each(?))', JSON.stringify(quotes.dropped));
      }
    }
    this.run(
      'INSERT INTO articles_fts (rowid, headline, body) VALUES (?, ?, ?)',
      articleId,
      draft.headline,
      draft.paragraphs.join('\n\n'),
    );
    if (draft.mentions.length > 0) {
      this.run(
        `INSERT INTO mentions (article_id, entity_id, entity_type, text, paragraph, start_offset, end_offset, method, confidence, sort_time)
         SELECT ?, j.value ->> 'entity_id', j.value ->> 'entity_type', j.value ->> 'text', j.value ->> 'paragraph',
                j.value ->> 'start_offset', j.value ->> 'end_offset', j.value ->> 'method', j.value ->> 'confidence', ?
         FROM json_each(?) j`,
        articleId,
        sortTime,
        mentionsJson(draft.mentions),
      );
    }
    if (draft.quotes.length > 0) {
      this.run(
        `INSERT INTO quotes (id, article_id, position, kind, text, cue, speaker_id, speaker_name, paragraph, start_offset, end_offset, partial,
                             method, confidence, source_organization_id, sort_time)
         SELECT j.value ->> 'id', ?, j.value ->> 'position', j.value ->> 'kind', j.value ->> 'text', j.value ->> 'cue', j.value ->> 'speaker_id',
                j.value ->> 'speaker_name', j.value ->> 'paragraph', j.value ->> 'start_offset', j.value ->> 'end_offset', j.value ->> 'partial',
                j.value ->> 'method', j.value ->> 'confidence', j.value ->> 'source_organization_id', ?
         FROM json_each(?) j`,
        articleId,
        sortTime,
        versionedQuotesJson(quotes.quotes),
      );
      this.run('INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE article_id = ?', articleId);
    }
  }

  async setQuoteSpeaker(
    quoteId: number,
    speaker: { id: number | null; name: string | null; method: string; confidence: number },
    editor: string | null = null,
  ): Promise<QuoteRecord | null> {
    validateSpeaker(speaker);
    const editedBy = validEditor(editor);
    const attributed = speaker.id !== null || speaker.name !== null;
    // The correction is recorded first, from the row as it was; the article's speaker pairs are
    // taken back and added again around the change; all in one transaction.
    const row = this.inTransaction(() => {
      const quote = this.get<{ article_id: number; sort_time: number }>('SELECT article_id, sort_time FROM quotes WHERE id = ?', quoteId);
      if (quote === undefined) return undefined;
      this.run(
        `INSERT INTO quote_corrections (article_id, quote_id, quote_text, editor, corrected_at,
           before_speaker_id, before_speaker_name, after_speaker_id, after_speaker_name)
         SELECT article_id, id, text, ?, ?, speaker_id, speaker_name, ?, ? FROM quotes WHERE id = ?`,
        editedBy,
        new Date().toISOString(),
        speaker.id,
        speaker.name,
        quoteId,
      );
      this.runNamed(this.pairs.quoted.takeBack, named(quote.article_id));
      const updated = this.get<QuoteRow>(
        `UPDATE quotes SET speaker_id = ?, speaker_name = ?, method = ?, confidence = ? WHERE id = ?
         RETURNING ${QUOTE_COLUMNS.replace(/\bq\./g, '')}`,
        speaker.id,
        speaker.name,
        attributed ? speaker.method : null,
        attributed ? speaker.confidence : null,
        quoteId,
      );
      this.settlePairs('quoted', quote.article_id, quote.sort_time);
      return updated;
    });
    return row ? quoteFromRow(row) : null;
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

  /** `PRAGMA data_version` (not counted in statementCount, like the record cache's check). */
  dataVersion(): number {
    return this.cache.dataVersion();
  }

  async ping(): Promise<void> {
    this.get('SELECT 1 FROM articles LIMIT 1');
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private statement(sql: string): Database.Statement {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement;
  }

  private all<R>(sql: string, ...params: Param[]): R[] {
    const statement = this.statement(sql);
    this.executed++;
    return statement.all(...params) as R[];
  }

  private get<R>(sql: string, ...params: Param[]): R | undefined {
    const statement = this.statement(sql);
    this.executed++;
    return statement.get(...params) as R | undefined;
  }

  private runNamed(sql: string, params: Named): void {
    const statement = this.statement(sql);
    this.executed++;
    statement.run(params);
  }

  private run(sql: string, ...params: Param[]): void {
    const statement = this.statement(sql);
    this.executed++;
    statement.run(...params);
  }

  /**
   * Runs fn in a write transaction (BEGIN IMMEDIATE), rolled back if fn
   * throws. The record cache is dropped either way: this connection's own
   * commits do not move its data_version.
   */
  private inTransaction<T>(fn: () => T): T {
    this.executed += 2;
    try {
      return this.db.transaction(fn).immediate();
    } finally {
      this.cache.clear();
    }
  }
}

/** One owner's page in a batch; `kinds` only for quote pages. */
interface OwnerPageRequest {
  ownerId: number;
  page: PageRequest;
  kinds?: QuoteKind[] | null;
}

/** A LEFT JOIN row: the joined columns may all be null. */
type NullableRow<R> = { [K in keyof R]: R[K] | null };

/** Rows of a LEFT JOIN that did join. */
function presentRows<R extends { id: number }>(rows: readonly NullableRow<R>[]): R[] {
  return rows.filter((r) => r.id !== null) as R[];
}

/** Splits key-tagged rows (from one batched statement) into one page per key, in key order. */
function pagesPerKey<R extends { id: number }, T>(
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

function articlePosition(row: ArticleRow): string {
  return encodeArticlePosition({ sortTime: row.sort_time, id: row.id });
}

function quotePosition(row: QuoteRow): string {
  return encodeQuotePosition({ sortTime: row.sort_time, articleId: row.article_id, position: row.position });
}

function and(conditions: Condition[]): Condition {
  if (conditions.length === 0) return { sql: '1', params: [] };
  return { sql: conditions.map((c) => `(${c.sql})`).join(' AND '), params: conditions.flatMap((c) => c.params) };
}

function articleConditions(filter: NormalArticleFilter): Condition {
  const conditions: Condition[] = [];
  if (filter.section !== null) conditions.push({ sql: 'a.section = ? COLLATE NOCASE', params: [filter.section] });
  if (filter.mentions.length > 0) {
    conditions.push({
      sql: `a.id IN (SELECT article_id FROM mentions WHERE entity_id IN (SELECT value FROM json_each(?))
                     GROUP BY article_id HAVING COUNT(DISTINCT entity_id) = ?)`,
      params: [JSON.stringify(filter.mentions), filter.mentions.length],
    });
  }
  if (filter.quotedSpeaker !== null) {
    conditions.push({
      // Driven by quotes_by_speaker_kind_time: the speaker's direct quotes, not every article, are read.
      // Direct only: the filter keeps the meaning it had when every stored quote was direct.
      sql: "a.id IN (SELECT qs.article_id FROM quotes qs WHERE qs.speaker_id = ? AND qs.kind = 'direct')",
      params: [filter.quotedSpeaker],
    });
  }
  if (filter.searchTerms !== null) conditions.push(ftsCondition('a.id', 'articles_fts', filter.searchTerms));
  if (filter.publishedFromMs !== null) {
    conditions.push({ sql: 'a.published_at IS NOT NULL AND a.sort_time >= ?', params: [filter.publishedFromMs] });
  }
  if (filter.publishedBeforeMs !== null) {
    conditions.push({ sql: 'a.published_at IS NOT NULL AND a.sort_time < ?', params: [filter.publishedBeforeMs] });
  }
  return and(conditions);
}

function quoteConditions(filter: NormalQuoteFilter): Condition {
  const conditions: Condition[] = [];
  if (filter.speakers !== null) {
    conditions.push(
      filter.speakers.length === 0
        ? { sql: '0', params: [] }
        : { sql: 'q.speaker_id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(filter.speakers)] },
    );
  }
  if (filter.article !== null) conditions.push({ sql: 'q.article_id = ?', params: [filter.article] });
  if (filter.searchTerms !== null) conditions.push(ftsCondition('q.id', 'quotes_fts', filter.searchTerms));
  if (filter.kinds !== null) conditions.push(kindCondition('q', filter.kinds));
  if (filter.sourceOrganization !== null) conditions.push({ sql: 'q.source_organization_id = ?', params: [filter.sourceOrganization] });
  return and(conditions);
}

/** Quotes of these kinds (null: every kind), on rows named `alias`; one literal statement shape per count of kinds. */
function kindCondition(alias: string, kinds: readonly QuoteKind[] | null): Condition {
  if (kinds === null) return { sql: '1', params: [] };
  return { sql: `${alias}.kind IN (${kinds.map(() => '?').join(', ')})`, params: [...kinds] };
}

/** Terms are plain words (see search-terms.ts); none at all matches nothing. */
function ftsCondition(idColumn: string, table: string, terms: readonly string[]): Condition {
  if (terms.length === 0) return { sql: '0', params: [] };
  return { sql: `${idColumn} IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ?)`, params: [fts5Query(terms)] };
}

function articleKeyset(after: ArticleKey | null): Condition {
  if (!after) return { sql: '1', params: [] };
  return { sql: '(a.sort_time, a.id) < (?, ?)', params: [after.sortTime, after.id] };
}

/** Keyset over the `hits` rows of articlesByEntity (article_id in place of id). */
function entityArticleKeyset(after: ArticleKey | null): Condition {
  if (!after) return { sql: '1', params: [] };
  return { sql: '(h.sort_time, h.article_id) < (?, ?)', params: [after.sortTime, after.id] };
}

/** Keyset over quotes named `alias` in the statement. */
function quoteKeyset(after: QuoteKey | null, alias = 'q'): Condition {
  if (!after) return { sql: '1', params: [] };
  const q = alias;
  return {
    sql: `(${q}.sort_time < ? OR (${q}.sort_time = ? AND (${q}.article_id < ? OR (${q}.article_id = ? AND ${q}.position > ?))))`,
    params: [after.sortTime, after.sortTime, after.articleId, after.articleId, after.position],
  };
}

/** Applies the migrations this database has not seen, each in its own transaction. */
function migrate(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
  )`);
  const known = Math.max(...SQLITE_MIGRATIONS.map((m) => m.version));
  for (const migration of SQLITE_MIGRATIONS) {
    db.transaction(() => {
      const newest = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
      if (newest > known) throw new Error(`The article database has schema version ${newest}; this build knows up to ${known}.`);
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(migration.version)) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }).immediate();
  }
}
