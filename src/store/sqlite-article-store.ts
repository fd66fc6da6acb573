import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { applySqliteMigrations } from '../db/sqlite-migrate';
import { keepTempStoreInMemory } from '../db/sqlite-temp-store';
import type { ArticleStore } from './article-store';
import { saveDraftBatch, type BatchSaveResult } from './batch-save';
import { validateDraft, validateSpeaker, type ValidDraft } from './draft-validation';
import { PAIR_KINDS, PAIR_TABLES } from './co-occurrence';
import { dropPairIndexDdl, pairFillSql, pairIndexDdl } from './pair-sql';
import { sqlitePairSettleSql, type SqlitePairSettleSql } from './sqlite-pair-settle';
import { QUOTE_COLUMNS } from './batched-pages';
import type { ArticleDraft, CoOccurrenceKind, InsertOutcome, QuoteRecord } from '../records/article-records';
import { quoteFromRow, quoteRow, type QuoteRow } from './row-mapping';
import { validEditor } from './corrections';
import { checkEntityMove, entityReferenceSql } from './entity-references';
import { matchQuoteVersions, STORED_QUOTE_COLUMNS, type StoredQuote } from './quote-versions';
import { freeSlug, matchingArticleQuery, planSave, type MatchingArticle } from './save-plan';
import { SQLITE_MIGRATIONS } from './sqlite-migrations';
import { ARTICLE_TOTALS } from './sqlite-article-totals';
import { named } from './sqlite-connection';
import type { SqliteArticleStoreOptions } from './sqlite-article-reads';
import { SqliteArticleSearch } from './sqlite-search';

export type { SqliteArticleStoreOptions } from './sqlite-article-reads';

const INSERT_MENTION = `INSERT INTO mentions (article_id, entity_id, entity_type, text, paragraph, start_offset, end_offset, method, confidence, sort_time)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_QUOTE = `INSERT INTO quotes (id, article_id, position, kind, text, cue, speaker_id, speaker_name, paragraph, start_offset, end_offset, partial,
                                         method, confidence, source_organization_id, sort_time)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const REFERENCES = entityReferenceSql('SELECT value FROM json_each(@p3)', (n) => `@p${n}`);
const REFERENCED_ARTICLES = entityReferenceSql('SELECT value FROM json_each(@p1)', (n) => `@p${n}`).articles;

export interface BulkSaveOptions {
  /**
   * 'incremental' (default): each article adds its pairs, as saveArticle does. 'rebuild': the
   * pair tables are marked stale and left to rebuildPairCounts() (see saveArticles).
   */
  pairCounts?: 'incremental' | 'rebuild';
}

/** Pages the write-ahead log may hold before SQLite copies them back into the database file. */
const WAL_CHECKPOINT_PAGES = 10_000;

/**
 * The default article store: one SQLite file (WAL), opened synchronously.
 *
 * Every list parameter of a read travels as one JSON text read with json_each(?), so a
 * statement's text does not depend on how many ids it is given and each
 * shape is prepared once; an article's mentions and quotes are written a row a
 * statement, through one prepared insert each. `statementCount` counts every statement executed
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
 *
 * Reads by id and owner: sqlite-article-reads.ts; listings and search: sqlite-search.ts;
 * statements, the read count and transactions: sqlite-connection.ts. This file: opening and the writes.
 */
export class SqliteArticleStore extends SqliteArticleSearch implements ArticleStore {
  readonly kind = 'sqlite' as const;
  private readonly pairs: Record<CoOccurrenceKind, SqlitePairSettleSql> = { mentioned: sqlitePairSettleSql('mentioned'), quoted: sqlitePairSettleSql('quoted') };

  private constructor(db: Database.Database, options: SqliteArticleStoreOptions) {
    super(db, options);
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
      applySqliteMigrations(db, SQLITE_MIGRATIONS, { table: 'schema_migrations', named: true, what: 'article' });
      db.pragma('foreign_keys = ON');
      keepTempStoreInMemory(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteArticleStore(db, options);
  }

  async saveArticle(draft: ArticleDraft): Promise<{ id: number; outcome: InsertOutcome }> {
    const valid = validateDraft(draft);
    return this.inTransaction(() => this.saveValidDraft(valid));
  }

  async saveArticleBatch(drafts: readonly ArticleDraft[]): Promise<BatchSaveResult[]> {
    return saveDraftBatch(drafts, {
      saveAll: async (valid) => this.inTransaction(() => valid.map((draft) => this.saveValidDraft(draft))),
      saveOne: async (draft) => this.inTransaction(() => this.saveValidDraft(draft)),
    });
  }

  /**
   * Bulk loading (benchmark corpora, imports): saves many drafts exactly as
   * saveArticle would, but in ONE transaction, so a batch costs one commit
   * instead of one per article. All drafts are validated before anything is
   * written; if any save fails, the whole batch is rolled back.
   *
   * With `pairCounts: 'rebuild'` the pair tables (co_mentions, co_quotes) are not
   * kept article by article, which in a large store touches some thirty rows spread
   * over tables of millions per article: the batch marks them stale instead, and
   * rebuildPairCounts() fills them from every stored article in one set-based pass,
   * to the same counts. Until then pair reads may miss what the load wrote, and
   * pairCountsStale() says so (also after a load stopped before its rebuild: opening
   * a store does not rebuild, since another process may be loading).
   */
  async saveArticles(drafts: readonly ArticleDraft[], options: BulkSaveOptions = {}): Promise<{ id: number; outcome: InsertOutcome }[]> {
    const valid = drafts.map((draft) => validateDraft(draft));
    const keepPairs = (options.pairCounts ?? 'incremental') === 'incremental';
    return this.inTransaction(() => {
      if (!keepPairs) this.run('UPDATE pair_counts_state SET stale = 1 WHERE id = 1');
      return valid.map((draft) => this.saveValidDraft(draft, keepPairs));
    });
  }

  /**
   * Fills the pair tables from every stored article (one set-based statement per table, its
   * indexes sorted afterwards), in one transaction, and clears the stale mark. Ends a bulk load
   * with `pairCounts: 'rebuild'`; on a store whose pairs were kept, it changes nothing.
   */
  async rebuildPairCounts(): Promise<void> {
    this.withTempStoreOnDisk(() => this.inTransaction(() => this.fillPairTables()));
  }

  /** True from a bulk load with `pairCounts: 'rebuild'` until rebuildPairCounts(). */
  async pairCountsStale(): Promise<boolean> {
    return this.get<{ stale: number }>('SELECT stale FROM pair_counts_state WHERE id = 1')?.stale === 1;
  }

  private fillPairTables(): void {
    for (const kind of PAIR_KINDS) {
      this.exec(`DELETE FROM ${PAIR_TABLES[kind]};${dropPairIndexDdl(kind, false)}`);
      this.exec(pairFillSql(kind));
      this.exec(pairIndexDdl(kind, false));
    }
    this.run('UPDATE pair_counts_state SET stale = 0 WHERE id = 1');
  }

  private saveValidDraft(draft: ValidDraft, keepPairs = true): { id: number; outcome: InsertOutcome } {
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
      if (keepPairs) for (const kind of PAIR_KINDS) this.runNamed(this.pairs[kind].add, named(id, sortTime));
      return { id, outcome: 'created' };
    }
    const stored = matches.find((m) => m.id === plan.id);
    const sortTime = draft.publishedMs ?? Date.parse(stored?.ingested_at ?? new Date().toISOString());
    // The article's pairs are taken back before its mentions and quotes are replaced, then added again.
    const before = keepPairs ? PAIR_KINDS.map((kind) => this.takeBackPairs(kind, plan.id)) : [];
    this.updateArticle(plan.id, draft, plan.url, sortTime);
    this.writeAnnotations(plan.id, draft, sortTime, true);
    if (keepPairs) PAIR_KINDS.forEach((kind, k) => this.settlePairs(kind, plan.id, sortTime, before[k]));
    return { id: plan.id, outcome: 'updated' };
  }

  /** Takes an article's pairs back before its rows change; returns its entities as they were (JSON), for settlePairs. */
  private takeBackPairs(kind: CoOccurrenceKind, articleId: number): string {
    const sql = this.pairs[kind];
    const entities = this.get<{ ids: string }>(sql.entities, articleId)?.ids ?? '[]';
    this.runNamed(sql.takeBack, named(articleId));
    return entities;
  }

  /**
   * Adds an article's pairs again after a take-back, and tidies what the change left behind: among the
   * pairs of the entities it had before (`before`), the only ones it can have been the newest article of.
   */
  private settlePairs(kind: CoOccurrenceKind, articleId: number, sortTime: number, before: string): void {
    const sql = this.pairs[kind];
    this.runNamed(sql.add, named(articleId, sortTime));
    this.runNamed(sql.dropEmpty, named(articleId, before));
    this.runNamed(sql.relatest, named(articleId, before));
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
    // Rows are written one by one through a prepared statement: in process there is no round trip to
    // save, and binding values is cheaper than encoding them as JSON for SQLite to parse back.
    for (const m of draft.mentions) {
      this.run(INSERT_MENTION, articleId, m.entityId, m.entityType, m.text, m.paragraph, m.start, m.end, m.method, m.confidence, sortTime);
    }
    if (draft.mentions.length > 0) this.run(ARTICLE_TOTALS.mentioned, articleId);
    if (quotes.quotes.length > 0) {
      quotes.quotes.forEach((q, position) => {
        const r = quoteRow(q, position);
        this.run(INSERT_QUOTE, q.id, articleId, position, r.kind, r.text, r.cue, r.speaker_id, r.speaker_name, r.paragraph, r.start_offset, r.end_offset, r.partial ? 1 : 0, r.method, r.confidence, r.source_organization_id, sortTime);
      });
      this.run('INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE article_id = ?', articleId);
      if (quotes.quotes.some((q) => q.speakerId !== null)) this.run(ARTICLE_TOTALS.quoted, articleId);
    }
  }

  async mergeEntityReferences(into: number, from: readonly number[]): Promise<{ articles: number }> {
    checkEntityMove(into, from);
    const ids = JSON.stringify(from);
    return this.inTransaction(() => {
      const articles = this.allNamed<{ article_id: number; sort_time: number }>(REFERENCED_ARTICLES, named(ids));
      for (const { article_id: articleId, sort_time: sortTime } of articles) {
        // As a new version of the article: its pairs taken back, its rows changed, its pairs added again.
        const before = PAIR_KINDS.map((kind) => this.takeBackPairs(kind, articleId));
        for (const move of REFERENCES.moves) this.runNamed(move, named(into, articleId, ids));
        PAIR_KINDS.forEach((kind, k) => this.settlePairs(kind, articleId, sortTime, before[k]));
      }
      return { articles: articles.length };
    });
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
      const before = this.takeBackPairs('quoted', quote.article_id);
      const updated = this.get<QuoteRow>(
        `UPDATE quotes SET speaker_id = ?, speaker_name = ?, method = ?, confidence = ? WHERE id = ?
         RETURNING ${QUOTE_COLUMNS.replace(/\bq\./g, '')}`,
        speaker.id,
        speaker.name,
        attributed ? speaker.method : null,
        attributed ? speaker.confidence : null,
        quoteId,
      );
      this.settlePairs('quoted', quote.article_id, quote.sort_time, before);
      return updated;
    });
    return row ? quoteFromRow(row) : null;
  }
}

