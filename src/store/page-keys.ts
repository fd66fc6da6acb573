import type { NormalArticleFilter, NormalQuoteFilter } from './filters';

/*
 * Keys of the page cache for filtered listings (articles(filter:), quotes(filter:), search).
 * A search reads two of these pages per request, so the key is built with one template
 * instead of JSON.stringify over the normalized filter: a shorter string, made and hashed
 * for the lookup in about a third of the time.
 *
 * Each key names its listing and every field of the normalized filter, the limit and the
 * cursor, so that different arguments never share a key: numbers and id lists are written
 * as such, free text (a section, a cursor) with its length in front, and search terms
 * (runs of letters, marks and digits: search-terms.ts) joined with spaces, '-' standing for
 * no search at all. Keys start with a letter; the owner pages kept in the same regions
 * (an entity's articles, a speaker's quotes) start with '['.
 */

const text = (value: string | null): string => (value === null ? '' : `${value.length}:${value}`);
const terms = (value: readonly string[] | null): string => (value === null ? '-' : value.join(' '));
const number = (value: number | null): string => (value === null ? '' : String(value));

/** The page-cache key of a page of articles(filter:). */
export function articleListKey(filter: NormalArticleFilter, limit: number, after: string | null): string {
  return `A${limit}|${text(after)}|${text(filter.section)}|${filter.mentions.join(',')}|${number(filter.quotedSpeaker)}|${number(filter.publishedFromMs)}|${number(filter.publishedBeforeMs)}|${terms(filter.searchTerms)}`;
}

/** The page-cache key of a page of quotes(filter:). */
export function quoteListKey(filter: NormalQuoteFilter, limit: number, after: string | null): string {
  const speakers = filter.speakers === null ? '-' : filter.speakers.join(',');
  const kinds = filter.kinds === null ? '-' : filter.kinds.join(',');
  return `Q${limit}|${text(after)}|${speakers}|${number(filter.article)}|${kinds}|${number(filter.sourceOrganization)}|${terms(filter.searchTerms)}`;
}

/**
 * The search text of a filter that holds a search and, besides it, nothing but the field
 * `alsoAllowed` names (fields null or absent do not count); null for any other filter. The
 * first pages of such filters (what the search resolver reads) have their keys kept by text
 * (src/recent-keys.ts). Any other field, a future one included, turns that off.
 */
export function searchOnlyText(filter: object, alsoAllowed?: string): string | null {
  const fields = filter as Record<string, unknown>;
  const search = fields.search;
  if (typeof search !== 'string') return null;
  for (const name in fields) {
    if (name !== 'search' && name !== alsoAllowed && fields[name] != null) return null;
  }
  return search;
}
