import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { createPostgresPool } from '../db/postgres-pool';
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
import { decodeArticlePosition, decodeQuotePosition, type ArticleKey, type QuoteKey } from './positions';
import {
  ARTICLE_ORDER,
  articleColumns,
  articlePosition,
  MENTION_COLUMNS,
  ownerPageGroups,
  pagesPerKey,
  presentRows,
  QUOTE_COLUMNS,
  QUOTE_ORDER,
  quotePosition,
  type NullableRow,
  type OwnerPageRequest,
} from './batched-pages';
import { POSTGRES_MIGRATIONS } from './postgres-migrations';
import type {
  ArticleDraft,
  ArticleFilter,
  ArticleRecord,
  ArticlesByEntityRequest,
  CorrectionRecord,
  InsertOutcome,
  MentionRecord,
  Page,
  PageRequest,
  QuoteFilter,
  QuoteKind,
  QuoteRecord,
  QuotesBySpeakerRequest,
  CoOccurrenceKind,
  CoOccurrenceRecord,
  CoOccurrenceRequest,
  TimelineBucket,
  TimelineRequest,
} from '../records/article-records';
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

const ARTICLE_COLUMNS = articleColumns((column) => `${column}::text`);

/** How often saveArticle retries after losing a race on a unique key (url, hash or slug). */
const SAVE_ATTEMPTS = 3;
const UNIQUE_VIOLATION = '23505';


type Queryable = Pick<PoolClient, 'query'>;

/** Collects parameters and hands out their $n placeholders. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The article store on PostgreSQL, over a pg Pool.
 *
 * Lists travel as one array parameter (`= ANY($1)`), and every statement is
 * sent as a named prepared statement (named by a hash of its text), so each
 * shape is parsed once per connection. `statementCount` counts every query
 * sent after open, BEGIN and COMMIT included.
 */
const PAIRS: Record<CoOccurrenceKind, PairSql> = { mentioned: pairSql('mentioned', (n) => `$${n}`), quoted: pairSql('quoted', (n) => `$${n}`) };

export class PostgresArticleStore implements ArticleStore {
  readonly kind = 'postgres' as const;
  private executed = 0;
  private closed = false;

  private constructor(private readonly pool: Pool) {}

  /**
   * Connects and migrates. `schema` (lowercase letters, digits, _) puts the
   * tables in that schema, created if missing, and sets it as the search_path
   * of every pooled connection; without it the server's default applies.
   */
  static async open(url: string, options: { schema?: string } = {}): Promise<PostgresArticleStore> {
    const schema = options.schema;
    const pool = createPostgresPool(url, schema);
    try {
      if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await migrate(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresArticleStore(pool);
  }

  get statementCount(): number {
    return this.executed;
  }

  async getArticles(ids: readonly number[]): Promise<(ArticleRecord | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ANY($1::int[])`, [
      int4s(ids),
    ]);
    return slotsInKeyOrder(ids, rows, (r) => r.id, articleFromRow);
  }

  async getArticlesBySlug(slugs: readonly string[]): Promise<(ArticleRecord | null)[]> {
    if (slugs.length === 0) return [];
    // No slug holds a NUL character, and PostgreSQL would refuse one as a parameter.
    const rows = await this.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.slug = ANY($1::text[])`, [
      distinct(slugs.filter((slug) => !slug.includes('\u0000'))),
    ]);
    return slotsInKeyOrder(slugs, rows, (r) => r.slug, articleFromRow);
  }

  async listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleRecord>> {
    const limit = checkLimit(page.limit);
    const after = decodeArticlePosition(page.after);
    const normal = normalArticleFilter(filter);
    // One entity and nothing else: that entity's page, walked off mentions_by_entity_time.
    if (isOneEntityFilter(normal)) return (await this.articlePagesByEntity(normal.mentions, { limit, after: page.after ?? null }))[0];
    const params = new Params();
    const where = articleConditions(normal, params);
    const keyset = articleKeyset(after, params, 'a.sort_time', 'a.id');
    // One statement: the count for the filter, left-joined to the page (which may be empty).
    const rows = await this.query<NullableRow<ArticleRow> & { total: number }>(
      `SELECT t.total, p.* FROM (SELECT count(*) AS total FROM articles a WHERE ${where}) t
       LEFT JOIN (
         SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE ${where} AND ${keyset}
         ORDER BY ${ARTICLE_ORDER} LIMIT ${params.add(limit + 1)}
       ) p ON true
       ORDER BY p.sort_time DESC, p.id DESC`,
      params.values,
    );
    return pageFrom(presentRows(rows), limit, rows[0]?.total ?? 0, articleFromRow, articlePosition);
  }

  async articlesByEntity(requests: readonly ArticlesByEntityRequest[]): Promise<Page<ArticleRecord>[]> {
    return ownerPages(
      requests.map((r) => ({ ownerId: r.entityId, page: r.page })),
      (ids, page) => this.articlePagesByEntity(ids, page),
    );
  }

  /**
   * One statement for many entities sharing page arguments. Per entity, a
   * LATERAL subquery walks mentions_by_entity_time and stops after limit+1
   * articles, so a much-mentioned entity costs no more than a rare one.
   */
  private async articlePagesByEntity(entityIds: number[], page: PageRequest): Promise<Page<ArticleRecord>[]> {
    const limit = checkLimit(page.limit);
    const params = new Params();
    const ids = params.add(int4s(entityIds));
    const keyset = articleKeyset(decodeArticlePosition(page.after), params, 'm.sort_time', 'm.article_id');
    const rows = await this.query<NullableRow<ArticleRow> & { key: number; total: number }>(
      `SELECT r.entity_id AS key, t.total, ${ARTICLE_COLUMNS}
       FROM unnest(${ids}::int[]) AS r (entity_id)
       CROSS JOIN LATERAL (
         SELECT count(DISTINCT m.article_id) AS total FROM mentions m WHERE m.entity_id = r.entity_id
       ) t
       LEFT JOIN LATERAL (
         SELECT m.article_id, m.sort_time FROM mentions m
         WHERE m.entity_id = r.entity_id AND ${keyset}
         GROUP BY m.sort_time, m.article_id
         ORDER BY m.sort_time DESC, m.article_id DESC LIMIT ${params.add(limit + 1)}
       ) k ON true
       LEFT JOIN articles a ON a.id = k.article_id
       ORDER BY r.entity_id, k.sort_time DESC, k.article_id DESC`,
      params.values,
    );
    return pagesPerKey(entityIds, rows, limit, articleFromRow, articlePosition);
  }

  async mentionsByArticle(articleIds: readonly number[]): Promise<MentionRecord[][]> {
    if (articleIds.length === 0) return [];
    const rows = await this.query<MentionRow>(
      `SELECT ${MENTION_COLUMNS} FROM mentions m WHERE m.article_id = ANY($1::int[])
       ORDER BY m.article_id, m.paragraph, m.start_offset, m.id`,
      [int4s(articleIds)],
    );
    return groupInKeyOrder(articleIds, rows, (r) => r.article_id, mentionFromRow);
  }

  async getQuotes(ids: readonly number[]): Promise<(QuoteRecord | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.query<QuoteRow>(`SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.id = ANY($1::int[])`, [int4s(ids)]);
    return slotsInKeyOrder(ids, rows, (r) => r.id, quoteFromRow);
  }

  async quotesByArticle(articleIds: readonly number[]): Promise<QuoteRecord[][]> {
    if (articleIds.length === 0) return [];
    const rows = await this.query<QuoteRow>(
      `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.article_id = ANY($1::int[]) ORDER BY q.article_id, q.position`,
      [int4s(articleIds)],
    );
    return groupInKeyOrder(articleIds, rows, (r) => r.article_id, quoteFromRow);
  }

  async listQuotes(filter: QuoteFilter, page: PageRequest): Promise<Page<QuoteRecord>> {
    const limit = checkLimit(page.limit);
    const after = decodeQuotePosition(page.after);
    const normal = normalQuoteFilter(filter);
    // One speaker and nothing else: that speaker's page, walked off quotes_by_speaker_time.
    if (isOneSpeakerFilter(normal)) return (await this.quotePagesBySpeaker(normal.speakers ?? [], { limit, after: page.after ?? null }, normal.kinds))[0];
    const params = new Params();
    const where = quoteConditions(normal, params);
    const keyset = quoteKeyset(after, params);
    const rows = await this.query<NullableRow<QuoteRow> & { total: number }>(
      `SELECT t.total, p.* FROM (SELECT count(*) AS total FROM quotes q WHERE ${where}) t
       LEFT JOIN (
         SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE ${where} AND ${keyset}
         ORDER BY ${QUOTE_ORDER} LIMIT ${params.add(limit + 1)}
       ) p ON true
       ORDER BY p.sort_time DESC, p.article_id DESC, p.position ASC`,
      params.values,
    );
    return pageFrom(presentRows(rows), limit, rows[0]?.total ?? 0, quoteFromRow, quotePosition);
  }

  async quotesBySpeaker(requests: readonly QuotesBySpeakerRequest[]): Promise<Page<QuoteRecord>[]> {
    return ownerPages(
      requests.map((r) => ({ ownerId: r.speakerId, page: r.page, kinds: normalKinds(r.kinds) })),
      (ids, page, kinds) => this.quotePagesBySpeaker(ids, page, kinds),
    );
  }

  /** One statement for many speakers sharing page arguments and kinds (see articlePagesByEntity). */
  private async quotePagesBySpeaker(speakerIds: number[], page: PageRequest, kinds: QuoteKind[] | null = null): Promise<Page<QuoteRecord>[]> {
    const limit = checkLimit(page.limit);
    const params = new Params();
    const ids = params.add(int4s(speakerIds));
    const ofKinds = kindCondition(kinds, params);
    const keyset = quoteKeyset(decodeQuotePosition(page.after), params);
    const rows = await this.query<NullableRow<QuoteRow> & { key: number; total: number }>(
      `SELECT r.speaker_id AS key, t.total, p.*
       FROM unnest(${ids}::int[]) AS r (speaker_id)
       CROSS JOIN LATERAL (SELECT count(*) AS total FROM quotes q WHERE q.speaker_id = r.speaker_id AND ${ofKinds}) t
       LEFT JOIN LATERAL (
         SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.speaker_id = r.speaker_id AND ${ofKinds} AND ${keyset}
         ORDER BY ${QUOTE_ORDER} LIMIT ${params.add(limit + 1)}
       ) p ON true
       ORDER BY r.speaker_id, p.sort_time DESC, p.article_id DESC, p.position ASC`,
      params.values,
    );
    return pagesPerKey(speakerIds, rows, limit, quoteFromRow, quotePosition);
  }

  async saveArticle(draft: ArticleDraft): Promise<{ id: number; outcome: InsertOutcome }> {
    const valid = validateDraft(draft);
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

  async timelines(requests: readonly TimelineRequest[]): Promise<TimelineBucket[][]> {
    for (const request of requests) periods(request);
    const answers: TimelineBucket[][] = new Array(requests.length);
    for (const { sample, indexes } of timelineGroups(requests)) {
      const owners = distinct(indexes.map((i) => requests[i].entityId));
      const period = (t: string): string => `to_char(date_trunc('${sample.interval}', to_timestamp(${t} / 1000.0) AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;
      const rows = await this.query<{ owner: number; period: string; n: string }>(
        timelineSql(sample.kind, 'SELECT unnest($1::int[])', period, (n) => `$${n}::bigint`),
        [int4s(owners), sample.fromMs, sample.toMs],
      );
      for (const i of indexes) {
        const counted = new Map(rows.filter((r) => r.owner === requests[i].entityId).map((r) => [r.period, Number(r.n)]));
        answers[i] = fillTimeline(requests[i], counted);
      }
    }
    return answers;
  }

  async coOccurrences(requests: readonly CoOccurrenceRequest[]): Promise<Page<CoOccurrenceRecord>[]> {
    const pages: Page<CoOccurrenceRecord>[] = new Array(requests.length);
    for (const kind of PAIR_KINDS) {
      const ofKind = requests.map((request, index) => ({ request, index })).filter((r) => r.request.kind === kind);
      for (const group of groupByPage(ofKind.map((r) => ({ page: r.request.page })))) {
        const limit = checkLimit(group.page.limit);
        const after = group.page.after ? parsePairPosition(group.page.after) : null;
        const owners = distinct(group.indexes.map((i) => ofKind[i].request.entityId));
        const rows = await this.query<PairRow & { total: string | number }>(pairPageSql(kind, 'SELECT unnest($1::int[])', (n) => `$${n}`), [
          int4s(owners),
          after?.count ?? null,
          after?.otherId ?? null,
          limit + 1,
        ]);
        const totals = new Map(rows.map((row) => [row.owner, Number(row.total)]));
        const ownerPages = pairPages(owners, rows.map((row) => ({ ...row, count: Number(row.count) })), limit, totals);
        const byOwner = new Map(owners.map((owner, i) => [owner, ownerPages[i]]));
        for (const i of group.indexes) pages[ofKind[i].index] = byOwner.get(ofKind[i].request.entityId) as Page<CoOccurrenceRecord>;
      }
    }
    return pages;
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

  async correctionsByArticle(articleIds: readonly number[]): Promise<CorrectionRecord[][]> {
    const wanted = articleIds.filter((id) => Number.isSafeInteger(id) && id >= 1 && id <= 2147483647);
    if (wanted.length === 0) return articleIds.map(() => []);
    const rows = await this.query<CorrectionRow>(
      `SELECT ${CORRECTION_COLUMNS} FROM quote_corrections c WHERE c.article_id = ANY($1) ORDER BY c.article_id, c.id`,
      [distinct(wanted)],
    );
    return groupInKeyOrder(articleIds, rows, (r) => r.article_id, correctionFromRow);
  }

  async countArticles(): Promise<number> {
    const rows = await this.query<{ n: number }>('SELECT count(*) AS n FROM articles', []);
    return rows[0].n;
  }

  /** A read of the articles table: the database answers and still holds this store's schema (a dropped one is not ready). */
  async ping(): Promise<void> {
    await this.query('SELECT 1 FROM articles LIMIT 1', []);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** Sends one statement, prepared under a name derived from its text. */
  private async query<R>(text: string, values: unknown[], on: Queryable = this.pool): Promise<R[]> {
    this.executed++;
    const name = `ng_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    const result = await on.query({ name, text, values });
    return result.rows as R[];
  }

  /** Runs fn on one connection inside BEGIN … COMMIT, rolled back if it throws. */
  private async inTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      this.executed++;
      await client.query('BEGIN');
      const result = await fn(client);
      this.executed++;
      await client.query('COMMIT');
      return result;
    } catch (error) {
      this.executed++;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/** `?` placeholders as $1, $2, … (statements shared with the SQLite store). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * Ids that fit an int4 column, distinct. Anything else names no row; keeping
 * it out spares Postgres an out-of-range error.
 */
function int4s(ids: readonly number[]): number[] {
  return distinct(ids).filter((id) => Number.isSafeInteger(id) && id >= -2147483648 && id <= 2147483647);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}

function and(conditions: string[]): string {
  return conditions.length === 0 ? 'true' : conditions.map((c) => `(${c})`).join(' AND ');
}

function articleConditions(filter: NormalArticleFilter, params: Params): string {
  const conditions: string[] = [];
  if (filter.section !== null) conditions.push(`lower(a.section) = lower(${params.add(filter.section)})`);
  if (filter.mentions.length > 0) {
    conditions.push(
      `a.id IN (SELECT article_id FROM mentions WHERE entity_id = ANY(${params.add(int4s(filter.mentions))}::int[])
                GROUP BY article_id HAVING count(DISTINCT entity_id) = ${params.add(filter.mentions.length)}::int)`,
    );
  }
  if (filter.quotedSpeaker !== null) {
    conditions.push(
      // Direct only: the filter keeps the meaning it had when every stored quote was direct.
      `EXISTS (SELECT 1 FROM quotes qs WHERE qs.article_id = a.id AND qs.kind = 'direct' AND qs.speaker_id = ANY(${params.add(int4s([filter.quotedSpeaker]))}::int[]))`,
    );
  }
  if (filter.searchTerms !== null) conditions.push(tsCondition('a.search', filter.searchTerms, params));
  if (filter.publishedFromMs !== null) {
    conditions.push(`a.published_at IS NOT NULL AND a.sort_time >= ${params.add(filter.publishedFromMs)}::bigint`);
  }
  if (filter.publishedBeforeMs !== null) {
    conditions.push(`a.published_at IS NOT NULL AND a.sort_time < ${params.add(filter.publishedBeforeMs)}::bigint`);
  }
  return and(conditions);
}

function quoteConditions(filter: NormalQuoteFilter, params: Params): string {
  const conditions: string[] = [];
  if (filter.speakers !== null) conditions.push(`q.speaker_id = ANY(${params.add(int4s(filter.speakers))}::int[])`);
  if (filter.article !== null) conditions.push(`q.article_id = ANY(${params.add(int4s([filter.article]))}::int[])`);
  if (filter.searchTerms !== null) conditions.push(tsCondition('q.search', filter.searchTerms, params));
  if (filter.kinds !== null) conditions.push(kindCondition(filter.kinds, params));
  if (filter.sourceOrganization !== null) conditions.push(`q.source_organization_id = ${params.add(filter.sourceOrganization)}::int`);
  return and(conditions);
}

/** Quotes (named q) of these kinds; null: every kind. */
function kindCondition(kinds: readonly QuoteKind[] | null, params: Params): string {
  if (kinds === null) return 'true';
  return kinds.length === 1 ? `q.kind = ${params.add(kinds[0])}` : `q.kind = ANY(${params.add([...kinds])}::text[])`;
}

/**
 * Terms are plain words (see search-terms.ts), handed to plainto_tsquery,
 * which ANDs them and has no syntax to get wrong. No terms match nothing.
 */
function tsCondition(column: string, terms: readonly string[], params: Params): string {
  if (terms.length === 0) return 'false';
  return `${column} @@ plainto_tsquery('english', ${params.add(terms.join(' '))})`;
}

function articleKeyset(after: ArticleKey | null, params: Params, timeColumn: string, idColumn: string): string {
  if (!after) return 'true';
  return `(${timeColumn}, ${idColumn}) < (${params.add(after.sortTime)}::bigint, ${params.add(after.id)}::int)`;
}

function quoteKeyset(after: QuoteKey | null, params: Params): string {
  if (!after) return 'true';
  const time = params.add(after.sortTime);
  const article = params.add(after.articleId);
  const position = params.add(after.position);
  return `(q.sort_time < ${time}::bigint OR (q.sort_time = ${time}::bigint AND (q.article_id < ${article}::int
    OR (q.article_id = ${article}::int AND q.position > ${position}::int))))`;
}

/**
 * Applies the migrations this schema has not seen, all in one transaction,
 * under an advisory lock so replicas starting together migrate once.
 */
async function migrate(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('newsgraph.articles.' || coalesce(current_schema(), '')))`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
    );
    const known = Math.max(...POSTGRES_MIGRATIONS.map((m) => m.version));
    const newest = Math.max(0, ...applied);
    if (newest > known) throw new Error(`The article database has schema version ${newest}; this build knows up to ${known}.`);
    for (const migration of POSTGRES_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Pages of many owners' lists (an entity's articles, a speaker's quotes): one read per distinct page argument, in request order. */
async function ownerPages<T>(
  requests: readonly OwnerPageRequest[],
  readGroup: (ownerIds: number[], page: PageRequest, kinds: QuoteKind[] | null) => Promise<Page<T>[]>,
): Promise<Page<T>[]> {
  const pages: Page<T>[] = new Array(requests.length);
  for (const group of ownerPageGroups(requests)) {
    const answered = await readGroup(group.ownerIds, group.page, group.kinds);
    group.indexes.forEach((requestIndex, i) => (pages[requestIndex] = answered[i]));
  }
  return pages;
}
