import type { Pool } from 'pg';
import { createPostgresPool } from '../db/postgres-pool';
import { applyPostgresMigrations } from '../db/postgres-migrate';
import type { ArticleStore } from './article-store';
import { saveDraftBatch, type BatchSaveResult } from './batch-save';
import { validateDraft, validateSpeaker, type ValidDraft } from './draft-validation';
import { PAIR_KINDS, PAIR_TABLES } from './co-occurrence';
import { pairFillSql, pairSql, type PairSql } from './pair-sql';
import { QUOTE_COLUMNS } from './batched-pages';
import { POSTGRES_MIGRATIONS } from './postgres-migrations';
import type { ArticleDraft, InsertOutcome, QuoteRecord, CoOccurrenceKind } from '../records/article-records';
import { mentionsJson, quoteFromRow, type QuoteRow } from './row-mapping';
import { validEditor } from './corrections';
import { checkEntityMove, entityReferenceSql } from './entity-references';
import { matchQuoteVersions, STORED_QUOTE_COLUMNS, versionedQuotesJson, type StoredQuote } from './quote-versions';
import { freeSlug, matchingArticleQuery, planSave, type MatchingArticle } from './save-plan';
import { numbered, type Queryable } from './postgres-connection';
import { PostgresArticleSearch } from './postgres-search';

/** How often saveArticle retries after losing a race on a unique key (url, hash or slug). */
const SAVE_ATTEMPTS = 3;
const UNIQUE_VIOLATION = '23505';

const REFERENCES = entityReferenceSql('SELECT unnest($3::int[])', (n) => `$${n}`);
const REFERENCED_ARTICLES = `${entityReferenceSql('SELECT unnest($1::int[])', (n) => `$${n}`).articles} FOR UPDATE OF a`;

const PAIRS: Record<CoOccurrenceKind, PairSql> = { mentioned: pairSql('mentioned', (n) => `$${n}`), quoted: pairSql('quoted', (n) => `$${n}`) };

/**
 * The article store on PostgreSQL, over a pg Pool.
 *
 * Lists travel as one array parameter (`= ANY($1)`), and every statement is
 * sent as a named prepared statement (named by a hash of its text), so each
 * shape is parsed once per connection. `statementCount` counts every query
 * sent after open, BEGIN and COMMIT included.
 *
 * Reads by id and owner: postgres-article-reads.ts; listings and search: postgres-search.ts;
 * statements and transactions: postgres-connection.ts. This file: opening and the writes.
 */
export class PostgresArticleStore extends PostgresArticleSearch implements ArticleStore {
  readonly kind = 'postgres' as const;

  private constructor(pool: Pool) {
    super(pool);
  }

  /**
   * Connects and migrates. `schema` (lowercase letters, digits, _) puts the
   * tables in that schema, created if missing, and sets it as the search_path
   * of every pooled connection; without it the server's default applies.
   */
  static async open(url: string, options: { schema?: string } = {}): Promise<PostgresArticleStore> {
    const schema = options.schema;
    const pool = createPostgresPool(url, schema);
    try {
      await applyPostgresMigrations(pool, POSTGRES_MIGRATIONS, { table: 'schema_migrations', what: 'article', lock: 'newsgraph.articles.' }, schema);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresArticleStore(pool);
  }

  async saveArticle(draft: ArticleDraft): Promise<{ id: number; outcome: InsertOutcome }> {
    return this.saveValid(validateDraft(draft));
  }

  async saveArticleBatch(drafts: readonly ArticleDraft[]): Promise<BatchSaveResult[]> {
    // A lost race fails the whole batch's transaction; the drafts are then saved one at a time, each with its retries.
    return saveDraftBatch(drafts, {
      saveAll: (valid) =>
        this.inTransaction(async (client) => {
          const saved: { id: number; outcome: InsertOutcome }[] = [];
          for (const draft of valid) saved.push(await this.saveValidDraft(client, draft));
          return saved;
        }),
      saveOne: (draft) => this.saveValid(draft),
    });
  }

  private async saveValid(valid: ValidDraft): Promise<{ id: number; outcome: InsertOutcome }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.inTransaction((client) => this.saveValidDraft(client, valid));
      } catch (error) {
        // A concurrent save took the url, hash or slug first: the next attempt sees its row.
        if (attempt < SAVE_ATTEMPTS && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  /**
   * Fills the pair tables again from every stored article, set-based, in one transaction (as
   * SqliteArticleStore.rebuildPairCounts does): a repair, and the same counts the saves keep.
   */
  async rebuildPairCounts(): Promise<void> {
    await this.inTransaction(async (client) => {
      for (const kind of PAIR_KINDS) {
        await this.query(`DELETE FROM ${PAIR_TABLES[kind]}`, [], client);
        await this.query(pairFillSql(kind), [], client);
      }
    });
  }

  private async saveValidDraft(client: Queryable, draft: ValidDraft): Promise<{ id: number; outcome: InsertOutcome }> {
    const matches = await this.query<MatchingArticle & { ingested_at: string }>(
      `${numbered(matchingArticleQuery(draft.url !== null))} FOR UPDATE`,
      draft.url !== null ? [draft.url, draft.contentHash] : [draft.contentHash],
      client,
    );
    const plan = planSave(draft, matches);
    if (plan.action === 'unchanged') return { id: plan.id, outcome: 'unchanged' };
    if (plan.action === 'create') {
      const ingestedAt = new Date();
      const sortTime = draft.publishedMs ?? ingestedAt.getTime();
      const slug = await this.freeSlugFor(client, draft.slug);
      const id = await this.insertArticle(client, draft, slug, ingestedAt.toISOString(), sortTime);
      await this.writeAnnotations(client, id, draft, sortTime, false);
      for (const kind of PAIR_KINDS) await this.query(PAIRS[kind].add, [id, sortTime], client);
      return { id, outcome: 'created' };
    }
    const stored = matches.find((m) => m.id === plan.id);
    const sortTime = draft.publishedMs ?? Date.parse(stored?.ingested_at ?? new Date().toISOString());
    // The article's pairs are taken back before its mentions and quotes are replaced, then added again.
    for (const kind of PAIR_KINDS) await this.query(PAIRS[kind].takeBack, [plan.id], client);
    await this.updateArticle(client, plan.id, draft, plan.url, sortTime);
    await this.writeAnnotations(client, plan.id, draft, sortTime, true);
    for (const kind of PAIR_KINDS) await this.settlePairs(client, kind, plan.id, sortTime);
    return { id: plan.id, outcome: 'updated' };
  }

  /** Adds an article's pairs again after a take-back, and tidies what the change left behind. */
  private async settlePairs(client: Queryable, kind: CoOccurrenceKind, articleId: number, sortTime: number): Promise<void> {
    await this.query(PAIRS[kind].add, [articleId, sortTime], client);
    await this.query(PAIRS[kind].dropEmpty, [articleId], client);
    await this.query(PAIRS[kind].relatest, [articleId], client);
  }

  private async freeSlugFor(client: Queryable, base: string): Promise<string> {
    const taken = await this.query<{ slug: string }>(
      'SELECT slug FROM articles WHERE slug = $1 OR left(slug, length($2)) = $2',
      [base, `${base}-`],
      client,
    );
    return freeSlug(base, new Set(taken.map((t) => t.slug)));
  }

  private async insertArticle(client: Queryable, draft: ValidDraft, slug: string, ingestedAt: string, sortTime: number): Promise<number> {
    const rows = await this.query<{ id: number }>(
      `INSERT INTO articles (slug, url, content_hash, headline, section, dateline, byline, published_at, sort_time, paragraphs, images, ingested_at, headline_derived)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12, $13) RETURNING id`,
      [
        slug,
        draft.url,
        draft.contentHash,
        draft.headline,
        draft.section,
        draft.dateline,
        draft.byline,
        draft.publishedAt,
        sortTime,
        JSON.stringify(draft.paragraphs),
        JSON.stringify(draft.images),
        ingestedAt,
        draft.headlineDerived,
      ],
      client,
    );
    return rows[0].id;
  }

  private async updateArticle(client: Queryable, id: number, draft: ValidDraft, url: string | null, sortTime: number): Promise<void> {
    await this.query(
      `UPDATE articles SET url = $1, content_hash = $2, headline = $3, section = $4, dateline = $5, byline = $6,
         published_at = $7, sort_time = $8, paragraphs = $9::jsonb, images = $10::jsonb, headline_derived = $12
       WHERE id = $11`,
      [
        url,
        draft.contentHash,
        draft.headline,
        draft.section,
        draft.dateline,
        draft.byline,
        draft.publishedAt,
        sortTime,
        JSON.stringify(draft.paragraphs),
        JSON.stringify(draft.images),
        id,
        draft.headlineDerived,
      ],
      client,
    );
  }

  /**
   * Writes the mentions and quotes of an article (the search vectors are
   * generated columns). Mentions are replaced; quotes are rewritten, each
   * keeping its id (and an editor's correction of its speaker) while the
   * article keeps its words (matchQuoteVersions). A dropped quote's
   * corrections stay in the history without it.
   */
  private async writeAnnotations(client: Queryable, articleId: number, draft: ValidDraft, sortTime: number, replacing: boolean): Promise<void> {
    let quotes = matchQuoteVersions([], draft.quotes);
    if (replacing) {
      const stored = await this.query<StoredQuote>(
        // Locked: a correction committed between this read and the rewrite below would be lost.
        `SELECT ${STORED_QUOTE_COLUMNS} FROM quotes q WHERE q.article_id = $1 ORDER BY q.position FOR UPDATE OF q`,
        [articleId],
        client,
      );
      quotes = matchQuoteVersions(stored, draft.quotes);
      await this.query('DELETE FROM mentions WHERE article_id = $1', [articleId], client);
      await this.query('DELETE FROM quotes WHERE article_id = $1', [articleId], client);
      if (quotes.dropped.length > 0) {
        await this.query('UPDATE quote_corrections SET quote_id = NULL WHERE quote_id = ANY($1)', [quotes.dropped], client);
      }
    }
    if (draft.mentions.length > 0) {
      await this.query(
        `INSERT INTO mentions (article_id, entity_id, entity_type, text, paragraph, start_offset, end_offset, method, confidence, sort_time)
         SELECT $1, j.entity_id, j.entity_type, j.text, j.paragraph, j.start_offset, j.end_offset, j.method, j.confidence, $2
         FROM jsonb_to_recordset($3::jsonb) AS j (entity_id int, entity_type text, text text, paragraph int,
           start_offset int, end_offset int, method text, confidence float8)`,
        [articleId, sortTime, mentionsJson(draft.mentions)],
        client,
      );
    }
    if (draft.quotes.length > 0) {
      // A null id takes the next value of the identity sequence.
      await this.query(
        `INSERT INTO quotes (id, article_id, position, kind, text, cue, speaker_id, speaker_name, paragraph, start_offset, end_offset, partial,
                             method, confidence, source_organization_id, sort_time)
         SELECT coalesce(j.id, nextval(pg_get_serial_sequence('quotes', 'id'))), $1, j.position, j.kind, j.text, j.cue, j.speaker_id, j.speaker_name,
           j.paragraph, j.start_offset, j.end_offset, j.partial, j.method, j.confidence, j.source_organization_id, $2
         FROM jsonb_to_recordset($3::jsonb) AS j (id int, position int, kind text, text text, cue text, speaker_id int, speaker_name text, paragraph int,
           start_offset int, end_offset int, partial boolean, method text, confidence float8, source_organization_id int)`,
        [articleId, sortTime, versionedQuotesJson(quotes.quotes)],
        client,
      );
    }
  }

  async mergeEntityReferences(into: number, from: readonly number[]): Promise<{ articles: number }> {
    checkEntityMove(into, from);
    return this.inTransaction(async (client) => {
      // Locked: a new version of one of these articles saved meanwhile would bring the old ids back.
      const articles = await this.query<{ article_id: number; sort_time: string }>(REFERENCED_ARTICLES, [from], client);
      for (const { article_id: articleId, sort_time: sortTime } of articles) {
        // As a new version of the article: its pairs taken back, its rows changed, its pairs added again.
        for (const kind of PAIR_KINDS) await this.query(PAIRS[kind].takeBack, [articleId], client);
        for (const move of REFERENCES.moves) await this.query(move, [into, articleId, from], client);
        for (const kind of PAIR_KINDS) await this.settlePairs(client, kind, articleId, Number(sortTime));
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
    if (!Number.isSafeInteger(quoteId) || quoteId < 1 || quoteId > 2147483647) return null;
    const attributed = speaker.id !== null || speaker.name !== null;
    // The correction is recorded first, from the row as it was; the article's speaker pairs are
    // taken back and added again around the change; all in one transaction.
    const rows = await this.inTransaction(async (client) => {
      const [quote] = await this.query<{ article_id: number; sort_time: string }>('SELECT article_id, sort_time FROM quotes WHERE id = $1 FOR UPDATE', [quoteId], client);
      if (quote === undefined) return [];
      await this.query(
        `INSERT INTO quote_corrections (article_id, quote_id, quote_text, editor, corrected_at,
           before_speaker_id, before_speaker_name, after_speaker_id, after_speaker_name)
         SELECT article_id, id, text, $1, $2, speaker_id, speaker_name, $3, $4 FROM quotes WHERE id = $5`,
        [editedBy, new Date().toISOString(), speaker.id, speaker.name, quoteId],
        client,
      );
      await this.query(PAIRS.quoted.takeBack, [quote.article_id], client);
      const updated = await this.query<QuoteRow>(
        `UPDATE quotes q SET speaker_id = $1, speaker_name = $2, method = $3, confidence = $4 WHERE q.id = $5
         RETURNING ${QUOTE_COLUMNS}`,
        [speaker.id, speaker.name, attributed ? speaker.method : null, attributed ? speaker.confidence : null, quoteId],
        client,
      );
      await this.settlePairs(client, 'quoted', quote.article_id, Number(quote.sort_time));
      return updated;
    });
    return rows.length > 0 ? quoteFromRow(rows[0]) : null;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}

