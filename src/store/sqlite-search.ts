import {
  isOneEntityFilter,
  isOneQuotedSpeakerFilter,
  isOneSpeakerFilter,
  normalArticleFilter,
  normalKinds,
  normalQuoteFilter,
  type NormalArticleFilter,
  type NormalQuoteFilter,
} from './filters';
import { checkLimit, pageFrom } from './paging';
import { decodeArticlePosition, decodeQuotePosition, type ArticleKey, type QuoteKey } from './positions';
import { ARTICLE_ORDER, articlePosition, presentRows, QUOTE_COLUMNS, QUOTE_ORDER, quotePosition, type NullableRow } from './batched-pages';
import type { ArticleFilter, ArticleRecord, Page, PageRequest, QuoteFilter, QuoteKind, QuoteRecord, SearchPages, SearchPagesRequest } from '../records/article-records';
import { type ArticleRow, type QuoteRow } from './row-mapping';
import { articleListKey, quoteListKey, searchOnlyText } from './page-keys';
import { RecentKeys } from '../recent-keys';
import { fts5Query } from './search-terms';
import { articleMatches, quoteMatches } from './sqlite-search-matches';
import { type Condition } from './sqlite-connection';
import { ARTICLE_COLUMNS, kindCondition, quoteKeyset, SqliteArticleReads } from './sqlite-article-reads';

/*
 * SEARCH_PAGES: a full-text filter's page is taken from its matches, found once (a MATERIALIZED
 * CTE) for both the count and the page, and the page's ids are sorted from the matches' sort
 * keys before whole rows are read, for the page only. The statement before ran the MATCH twice
 * (count, page) and sorted every matching row with all its columns: on the bench corpus (2,000
 * articles, a person's name, about 85 matching articles) 430 -> 250 us per article page, and
 * the quote page likewise (measured below in docs/performance.md). Same rows, same order.
 */

/** Keys of first pages of a search and nothing else (what the search resolver reads), by text and limit (and kinds). */
const articleSearchKeys = new RecentKeys<number>();
const quoteSearchKeys = new RecentKeys<string>();

/** The last kinds and limit quoteSearchRest named (a copy of the kinds), and the name: a search asks with the same ones each time. */
let lastRest: { kinds: QuoteKind[]; limit: number; rest: string } | null = null;

/** The limit and the kinds as a search's quote page key names them (checked: an unknown kind throws here, as normalQuoteFilter would). */
function quoteSearchRest(limit: number, kindsAsked: QuoteFilter['kinds']): string {
  const last = lastRest;
  if (last !== null && kindsAsked != null && last.limit === limit && sameKinds(last.kinds, kindsAsked)) return last.rest;
  const kinds = normalKinds(kindsAsked);
  const rest = kinds === null ? String(limit) : `${limit}|${kinds.join(',')}`;
  if (kindsAsked != null) lastRest = { kinds: [...kindsAsked], limit, rest };
  return rest;
}

function sameKinds(a: readonly QuoteKind[], b: readonly QuoteKind[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Filtered listings of articles and quotes, full-text search among them (FTS5), through the page cache. */
export abstract class SqliteArticleSearch extends SqliteArticleReads {
  async listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleRecord>> {
    const limit = checkLimit(page.limit);
    const after = decodeArticlePosition(page.after);
    const afterText = page.after ?? null;
    const text = afterText === null ? searchOnlyText(filter) : null;
    let normal: NormalArticleFilter | null = null;
    const before = this.beginRead();
    let key = text === null ? undefined : articleSearchKeys.get(text, limit);
    if (key === undefined) {
      normal = normalArticleFilter(filter);
      key = articleListKey(normal, limit, afterText);
      if (text !== null) articleSearchKeys.remember(text, limit, key);
    }
    const cached = this.articlePages.get(key);
    if (cached) return this.endRead(before, cached);
    const answered = this.readArticlePage(normal ?? normalArticleFilter(filter), limit, after, afterText);
    this.articlePages.set(key, answered);
    return answered;
  }

  private readArticlePage(filter: NormalArticleFilter, limit: number, after: ArticleKey | null, afterText: string | null): Page<ArticleRecord> {
    // Filtered by one entity and nothing else: the same page as that entity's articles, off the mention index.
    if (isOneEntityFilter(filter)) return this.articlePagesByEntity(filter.mentions, { limit, after: afterText })[0];
    if (isOneQuotedSpeakerFilter(filter)) return this.articlePageByQuotedSpeaker(filter.quotedSpeaker, limit, after);
    const where = articleConditions(filter);
    const keyset = articleKeyset(after);
    if (filter.searchTerms !== null) return this.readArticleSearchPage(articleMatches(filter, where), keyset, limit);
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
    return pageFrom(presentRows(rows), limit, total, this.sharedArticle, articlePosition);
  }

  /**
   * A page of a full-text search (SEARCH_PAGES below): the matches are found once, counted,
   * and the page's ids sorted from their sort times alone; whole rows are read for the page.
   */
  private readArticleSearchPage(matches: Condition, keyset: Condition, limit: number): Page<ArticleRecord> {
    const rows = this.all<NullableRow<ArticleRow> & { total: number }>(
      `WITH m AS MATERIALIZED (SELECT a.id, a.sort_time FROM ${matches.sql})
       SELECT t.total, p.* FROM (SELECT COUNT(*) AS total FROM m) t
       LEFT JOIN (
         SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id IN (
           SELECT a.id FROM m a WHERE ${keyset.sql} ORDER BY ${ARTICLE_ORDER} LIMIT ?
         )
       ) p ON 1
       ORDER BY p.sort_time DESC, p.id DESC`,
      ...matches.params,
      ...keyset.params,
      limit + 1,
    );
    return pageFrom(presentRows(rows), limit, rows[0]?.total ?? 0, this.sharedArticle, articlePosition);
  }

  /**
   * Articles quoting one speaker directly: the page is read off quotes_by_speaker_kind_time from
   * the keyset, stopping after limit + 1 articles (GROUP BY folds an article's several quotes
   * into one, in index order; a quote's sort time is its article's), and the count is of the
   * distinct articles in that index: article rows are read for the page only, not for every
   * article the speaker is quoted in. The count is of the index's (sort_time, article_id) groups,
   * which it walks in order, rather than COUNT(DISTINCT article_id), which sorts every id first:
   * 4.3 -> 0.8 ms for the most-quoted speaker of 100,000 articles (6,375 articles).
   */
  private articlePageByQuotedSpeaker(speakerId: number, limit: number, after: ArticleKey | null): Page<ArticleRecord> {
    const keyset: Condition = after ? { sql: '(qs.sort_time, qs.article_id) < (?, ?)', params: [after.sortTime, after.id] } : { sql: '1', params: [] };
    const rows = this.all<NullableRow<ArticleRow> & { total: number }>(
      `SELECT t.total, p.* FROM (
         SELECT COUNT(*) AS total FROM (SELECT 1 FROM quotes qs WHERE qs.speaker_id = ? AND qs.kind = 'direct' GROUP BY qs.sort_time, qs.article_id)
       ) t
       LEFT JOIN (
         SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id IN (
           SELECT qs.article_id FROM quotes qs
           WHERE qs.speaker_id = ? AND qs.kind = 'direct' AND ${keyset.sql}
           GROUP BY qs.sort_time, qs.article_id
           ORDER BY qs.sort_time DESC, qs.article_id DESC
           LIMIT ?
         )
       ) p ON 1
       ORDER BY p.sort_time DESC, p.id DESC`,
      speakerId,
      speakerId,
      ...keyset.params,
      limit + 1,
    );
    return pageFrom(presentRows(rows), limit, rows[0]?.total ?? 0, this.sharedArticle, articlePosition);
  }

  /** Both pages from the page cache (or one statement each), in one synchronous run: one freshness check. */
  searchPages(text: string, request: SearchPagesRequest): Promise<SearchPages> {
    const articles = this.listArticles({ search: text }, { limit: request.limit });
    const quotes = this.listQuotes({ search: text, kinds: request.kinds }, { limit: request.limit });
    return Promise.all([articles, quotes]).then(([a, q]) => ({ articles: a, quotes: q }));
  }

  /**
   * What searchPages would answer, when the page cache holds both pages now (after the
   * freshness check) under keys a searchPages of the same text and limit made: no statement,
   * no promise. Undefined otherwise, nothing counted (searchPages reads them then). Counted as
   * the two reads they stand for, as searchPages counts them.
   */
  heldSearchPages(text: string, request: SearchPagesRequest): SearchPages | undefined {
    const limit = checkLimit(request.limit);
    const articleKey = articleSearchKeys.get(text, limit);
    const quoteKey = quoteSearchKeys.get(text, quoteSearchRest(limit, request.kinds));
    if (articleKey === undefined || quoteKey === undefined) return undefined;
    this.beginRead();
    const articles = this.articlePages.get(articleKey);
    const quotes = articles === undefined ? undefined : this.quotePages.get(quoteKey);
    if (articles === undefined || quotes === undefined) return undefined;
    this.executed += 2;
    return { articles, quotes };
  }

  async listQuotes(filter: QuoteFilter, page: PageRequest): Promise<Page<QuoteRecord>> {
    const limit = checkLimit(page.limit);
    const after = decodeQuotePosition(page.after);
    const afterText = page.after ?? null;
    const text = afterText === null ? searchOnlyText(filter, 'kinds') : null;
    const rest = text === null ? '' : quoteSearchRest(limit, filter.kinds);
    let normal: NormalQuoteFilter | null = null;
    const before = this.beginRead();
    let key = text === null ? undefined : quoteSearchKeys.get(text, rest);
    if (key === undefined) {
      normal = normalQuoteFilter(filter);
      key = quoteListKey(normal, limit, afterText);
      if (text !== null) quoteSearchKeys.remember(text, rest, key);
    }
    const cached = this.quotePages.get(key);
    if (cached) return this.endRead(before, cached);
    const answered = this.readQuotePage(normal ?? normalQuoteFilter(filter), limit, after, afterText);
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
    if (filter.searchTerms !== null) return this.readQuoteSearchPage(quoteMatches(filter, where), keyset, limit);
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
    return pageFrom(presentRows(rows), limit, total, this.sharedQuote, quotePosition);
  }

  /** As readArticleSearchPage, for quotes: matches once, the page's ids from their keys, whole rows for the page. */
  private readQuoteSearchPage(matches: Condition, keyset: Condition, limit: number): Page<QuoteRecord> {
    const rows = this.all<NullableRow<QuoteRow> & { total: number }>(
      `WITH m AS MATERIALIZED (SELECT q.id, q.sort_time, q.article_id, q.position FROM ${matches.sql})
       SELECT t.total, p.* FROM (SELECT COUNT(*) AS total FROM m) t
       LEFT JOIN (
         SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.id IN (
           SELECT q.id FROM m q WHERE ${keyset.sql} ORDER BY ${QUOTE_ORDER} LIMIT ?
         )
       ) p ON 1
       ORDER BY p.sort_time DESC, p.article_id DESC, p.position ASC`,
      ...matches.params,
      ...keyset.params,
      limit + 1,
    );
    return pageFrom(presentRows(rows), limit, rows[0]?.total ?? 0, this.sharedQuote, quotePosition);
  }
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

/** Terms are plain words (see search-terms.ts); none at all matches nothing. */
function ftsCondition(idColumn: string, table: string, terms: readonly string[]): Condition {
  if (terms.length === 0) return { sql: '0', params: [] };
  return { sql: `${idColumn} IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ?)`, params: [fts5Query(terms)] };
}

function articleKeyset(after: ArticleKey | null): Condition {
  if (!after) return { sql: '1', params: [] };
  return { sql: '(a.sort_time, a.id) < (?, ?)', params: [after.sortTime, after.id] };
}
