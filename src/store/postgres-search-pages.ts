import { normalArticleFilter, normalQuoteFilter } from './filters';
import { checkLimit, pageFrom } from './paging';
import { articlePosition, QUOTE_COLUMNS, quotePosition } from './batched-pages';
import type { ArticleRecord, Page, QuoteKind, QuoteRecord, SearchPages } from '../records/article-records';
import { articleFromRow, quoteFromRow, type ArticleRow, type QuoteRow } from './row-mapping';
import { Params } from './postgres-connection';
import { ARTICLE_COLUMNS, kindCondition } from './postgres-article-reads';

/*
 * ONE_ROUND_TRIP: a search's article page and quote page in one statement. Each statement the
 * gateway sends PostgreSQL is a socket write that wakes the server's backend and a wait for its
 * answer; in a profile of the two pages' reads (bench corpus loaded into PostgreSQL) the socket
 * writes were 38% of the gateway's busy time, more than parsing the rows. Both pages are read
 * as listArticles and listQuotes read them (matches materialized once off the GIN index, the
 * count of every match, the page's ids sorted from the matches' sort keys, whole rows for the
 * page only); the article rows and the quote rows come back side by side (a FULL JOIN on false:
 * each row holds one of them), the quote's columns named q_…, under one row of the two counts.
 */

/** Quote columns under names that cannot meet an article column's. */
const PREFIXED_QUOTE_COLUMNS = QUOTE_COLUMNS.split(', ')
  .map((column) => `${column} AS q_${column.slice('q.'.length)}`)
  .join(', ');
const QUOTE_FIELDS = QUOTE_COLUMNS.split(', ').map((column) => column.slice('q.'.length) as keyof QuoteRow);

type Nullable<R> = { [K in keyof R]: R[K] | null };
type PrefixedQuote = { [K in keyof QuoteRow as `q_${K}`]: QuoteRow[K] | null };
type SearchRow = { a_total: number; q_total: number } & Nullable<ArticleRow> & PrefixedQuote;

export interface SearchPagesStatement {
  sql: string;
  values: unknown[];
  /** The two pages from the statement's rows. */
  pages(rows: readonly SearchRow[]): SearchPages;
}

/**
 * The statement for a search's first pages, or null when the text has no words or is blank
 * (listArticles and listQuotes answer those without full-text search; the caller asks them).
 */
export function searchPagesStatement(text: string, limitAsked: number, kinds: QuoteKind[] | null | undefined): SearchPagesStatement | null {
  const limit = checkLimit(limitAsked);
  const terms = normalArticleFilter({ search: text }).searchTerms;
  // Checks the kinds as listQuotes does (an unknown kind throws).
  const quoteFilter = normalQuoteFilter({ search: text, kinds });
  if (terms === null || terms.length === 0) return null;
  const params = new Params();
  const query = `plainto_tsquery('english', ${params.add(terms.join(' '))})`;
  const kindSql = kindCondition(quoteFilter.kinds, params);
  const pageSize = params.add(limit + 1);
  const sql = `WITH am AS MATERIALIZED (SELECT a.id, a.sort_time FROM articles a WHERE a.search @@ ${query}),
     qm AS MATERIALIZED (SELECT q.id, q.sort_time, q.article_id, q.position FROM quotes q WHERE (q.search @@ ${query}) AND (${kindSql})),
     ap AS (
       SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id IN (
         SELECT m.id FROM am m ORDER BY m.sort_time DESC, m.id DESC LIMIT ${pageSize}
       )
     ),
     qp AS (
       SELECT ${PREFIXED_QUOTE_COLUMNS} FROM quotes q WHERE q.id IN (
         SELECT m.id FROM qm m ORDER BY m.sort_time DESC, m.article_id DESC, m.position ASC LIMIT ${pageSize}
       )
     )
   SELECT t.a_total, t.q_total, ap.*, qp.*
   FROM (SELECT (SELECT count(*) FROM am) AS a_total, (SELECT count(*) FROM qm) AS q_total) t
   LEFT JOIN (ap FULL JOIN qp ON false) ON true
   ORDER BY ap.sort_time DESC NULLS LAST, ap.id DESC, qp.q_sort_time DESC, qp.q_article_id DESC, qp.q_position ASC`;
  return { sql, values: params.values, pages: (rows) => pagesOf(rows, limit) };
}

function pagesOf(rows: readonly SearchRow[], limit: number): SearchPages {
  const articleRows: ArticleRow[] = [];
  const quoteRows: QuoteRow[] = [];
  for (const row of rows) {
    if (row.id !== null) articleRows.push(row as ArticleRow);
    else if (row.q_id !== null) quoteRows.push(quoteRowOf(row));
  }
  const articles: Page<ArticleRecord> = pageFrom(articleRows, limit, rows[0]?.a_total ?? 0, articleFromRow, articlePosition);
  const quotes: Page<QuoteRecord> = pageFrom(quoteRows, limit, rows[0]?.q_total ?? 0, quoteFromRow, quotePosition);
  return { articles, quotes };
}

function quoteRowOf(row: PrefixedQuote): QuoteRow {
  const quote: Record<string, unknown> = {};
  for (const field of QUOTE_FIELDS) quote[field] = row[`q_${field}`];
  return quote as unknown as QuoteRow;
}
