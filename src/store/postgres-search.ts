import {
  isOneEntityFilter,
  isOneQuotedSpeakerFilter,
  isOneSpeakerFilter,
  normalArticleFilter,
  normalQuoteFilter,
  type NormalArticleFilter,
  type NormalQuoteFilter,
} from './filters';
import { checkLimit, pageFrom } from './paging';
import { decodeArticlePosition, decodeQuotePosition } from './positions';
import { ARTICLE_ORDER, articlePosition, presentRows, QUOTE_COLUMNS, QUOTE_ORDER, quotePosition, type NullableRow } from './batched-pages';
import type { ArticleFilter, ArticleRecord, Page, PageRequest, QuoteFilter, QuoteRecord, SearchPages, SearchPagesRequest } from '../records/article-records';
import { searchPagesStatement } from './postgres-search-pages';
import { articleFromRow, quoteFromRow, type ArticleRow, type QuoteRow } from './row-mapping';
import { int4s, Params } from './postgres-connection';
import { ARTICLE_COLUMNS, articleKeyset, kindCondition, PostgresArticleReads, quoteKeyset } from './postgres-article-reads';

/*
 * SEARCH_PAGES: a full-text filter's page is taken from its matches, materialized once. The
 * statements are prepared (named), and PostgreSQL's generic plan for "matches, newest first,
 * LIMIT n" walked the time index and tested every row (plainto_tsquery evaluated per row):
 * 80 ms for a search matching nothing among 5,000 quotes. The count reads every match off
 * the GIN index anyway; the page is then sorted from those matches alone.
 */

/** Filtered listings of articles and quotes, full-text search among them (tsvector columns, plainto_tsquery). */
export abstract class PostgresArticleSearch extends PostgresArticleReads {
  async listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleRecord>> {
    const limit = checkLimit(page.limit);
    const after = decodeArticlePosition(page.after);
    const normal = normalArticleFilter(filter);
    // One entity and nothing else: that entity's page, walked off mentions_by_entity_time.
    if (isOneEntityFilter(normal)) return (await this.articlePagesByEntity(normal.mentions, { limit, after: page.after ?? null }))[0];
    const params = new Params();
    // One quoted speaker and nothing else: page and count off the speaker's quotes (as in SQLite),
    // instead of a walk of the whole time index testing each article for a quote.
    if (isOneQuotedSpeakerFilter(normal)) {
      const speaker = params.add(int4s([normal.quotedSpeaker])[0] ?? 0);
      const keyset = articleKeyset(after, params, 'qs.sort_time', 'qs.article_id');
      const rows = await this.query<NullableRow<ArticleRow> & { total: number }>(
        `SELECT t.total, p.* FROM (
           SELECT count(*) AS total FROM (
             SELECT 1 FROM quotes qs WHERE qs.speaker_id = ${speaker}::int AND qs.kind = 'direct' GROUP BY qs.sort_time, qs.article_id
           ) g
         ) t
         LEFT JOIN (
           SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id IN (
             SELECT qs.article_id FROM quotes qs
             WHERE qs.speaker_id = ${speaker}::int AND qs.kind = 'direct' AND ${keyset}
             GROUP BY qs.sort_time, qs.article_id
             ORDER BY qs.sort_time DESC, qs.article_id DESC LIMIT ${params.add(limit + 1)}
           )
         ) p ON true
         ORDER BY p.sort_time DESC, p.id DESC`,
        params.values,
      );
      return pageFrom(presentRows(rows), limit, rows[0]?.total ?? 0, articleFromRow, articlePosition);
    }
    const where = articleConditions(normal, params);
    // A search: the matches are found once (GIN index), counted, and the page taken from them (see SEARCH_PAGES).
    const searching = normal.searchTerms !== null;
    const keyset = articleKeyset(after, params, searching ? 'm.sort_time' : 'a.sort_time', searching ? 'm.id' : 'a.id');
    // One statement: the count for the filter, left-joined to the page (which may be empty).
    const rows = await this.query<NullableRow<ArticleRow> & { total: number }>(
      searching
        ? `WITH m AS MATERIALIZED (SELECT a.id, a.sort_time FROM articles a WHERE ${where})
           SELECT t.total, p.* FROM (SELECT count(*) AS total FROM m) t
           LEFT JOIN (
             SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id IN (
               SELECT m.id FROM m WHERE ${keyset} ORDER BY m.sort_time DESC, m.id DESC LIMIT ${params.add(limit + 1)}
             )
           ) p ON true
           ORDER BY p.sort_time DESC, p.id DESC`
        : `SELECT t.total, p.* FROM (SELECT count(*) AS total FROM articles a WHERE ${where}) t
           LEFT JOIN (
             SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE ${where} AND ${keyset}
             ORDER BY ${ARTICLE_ORDER} LIMIT ${params.add(limit + 1)}
           ) p ON true
           ORDER BY p.sort_time DESC, p.id DESC`,
      params.values,
    );
    return pageFrom(presentRows(rows), limit, rows[0]?.total ?? 0, articleFromRow, articlePosition);
  }

  /** Both pages in one statement (ONE_ROUND_TRIP in postgres-search-pages.ts); a text without words as the listings answer it. */
  async searchPages(text: string, request: SearchPagesRequest): Promise<SearchPages> {
    const statement = searchPagesStatement(text, request.limit, request.kinds);
    if (statement === null) {
      const [articles, quotes] = await Promise.all([
        this.listArticles({ search: text }, { limit: request.limit }),
        this.listQuotes({ search: text, kinds: request.kinds }, { limit: request.limit }),
      ]);
      return { articles, quotes };
    }
    return statement.pages(await this.query(statement.sql, statement.values));
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
      // A search: the matches found once (GIN index), counted, and the page taken from them (see SEARCH_PAGES).
      normal.searchTerms !== null
        ? `WITH m AS MATERIALIZED (SELECT q.id, q.sort_time, q.article_id, q.position FROM quotes q WHERE ${where})
           SELECT t.total, p.* FROM (SELECT count(*) AS total FROM m) t
           LEFT JOIN (
             SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.id IN (
               SELECT q.id FROM m q WHERE ${keyset} ORDER BY ${QUOTE_ORDER} LIMIT ${params.add(limit + 1)}
             )
           ) p ON true
           ORDER BY p.sort_time DESC, p.article_id DESC, p.position ASC`
        : `SELECT t.total, p.* FROM (SELECT count(*) AS total FROM quotes q WHERE ${where}) t
           LEFT JOIN (
             SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE ${where} AND ${keyset}
             ORDER BY ${QUOTE_ORDER} LIMIT ${params.add(limit + 1)}
           ) p ON true
           ORDER BY p.sort_time DESC, p.article_id DESC, p.position ASC`,
      params.values,
    );
    return pageFrom(presentRows(rows), limit, rows[0]?.total ?? 0, quoteFromRow, quotePosition);
  }
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

/**
 * Terms are plain words (see search-terms.ts), handed to plainto_tsquery,
 * which ANDs them and has no syntax to get wrong. No terms match nothing.
 */
function tsCondition(column: string, terms: readonly string[], params: Params): string {
  if (terms.length === 0) return 'false';
  return `${column} @@ plainto_tsquery('english', ${params.add(terms.join(' '))})`;
}
