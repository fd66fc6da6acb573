import type { NormalArticleFilter, NormalQuoteFilter } from './filters';
import { fts5Query } from './search-terms';
import type { Condition } from './sqlite-connection';
import { kindCondition } from './sqlite-article-reads';

/*
 * FTS_FIRST: where a search's only other condition is the quote kinds (what the search
 * resolver reads) or there is none, its matches are read off the full-text index first and
 * each one's row looked up by id (CROSS JOIN fixes that order). Left to itself, SQLite
 * built the list of matching ids and then walked quotes_by_kind_time, every quote of the
 * kinds asked for, probing each against it: a search's cost grew with the store, not with
 * its matches (bench corpus, 5,000 direct quotes: about 190 us for a name in no quote,
 * against 15 us for the MATCH). An article match's sort time is read off articles_time_by_id
 * (id, sort_time) rather than the article's row, whose leaves are spread over the file: at
 * 20,000 articles, a name in some 850 of them, 1.4 -> 0.45 ms for the matches alone. Filters that
 * may be selective (a section, an entity, a speaker, an article, dates) keep the planner's
 * choice. Same matches, so the same pages.
 */

/** `FROM …` of an article search's matches (alias `a`), with its parameters. */
export function articleMatches(filter: NormalArticleFilter, where: Condition): Condition {
  const terms = filter.searchTerms;
  const onlySearch =
    filter.section === null && filter.mentions.length === 0 && filter.quotedSpeaker === null && filter.publishedFromMs === null && filter.publishedBeforeMs === null;
  if (!onlySearch || terms === null || terms.length === 0) return { sql: `articles a WHERE ${where.sql}`, params: where.params };
  // The sort times off articles_time_by_id (migration 8), not the rows: SQLite picks the table by rowid by itself.
  return { sql: `${ftsMatches('articles_fts')} CROSS JOIN articles a INDEXED BY articles_time_by_id ON a.id = f.id`, params: [fts5Query(terms)] };
}

/** `FROM …` of a quote search's matches (alias `q`), with its parameters. */
export function quoteMatches(filter: NormalQuoteFilter, where: Condition): Condition {
  const terms = filter.searchTerms;
  const onlySearchAndKinds = filter.speakers === null && filter.article === null && filter.sourceOrganization === null;
  if (!onlySearchAndKinds || terms === null || terms.length === 0) return { sql: `quotes q WHERE ${where.sql}`, params: where.params };
  const kinds = kindCondition('q', filter.kinds);
  return { sql: `${ftsMatches('quotes_fts')} CROSS JOIN quotes q ON q.id = f.id WHERE ${kinds.sql}`, params: [fts5Query(terms), ...kinds.params] };
}

const ftsMatches = (table: string): string => `(SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ?) f`;
