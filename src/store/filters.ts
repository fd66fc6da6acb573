import { InvalidInputError } from '../errors';
import { QUOTE_KINDS, type ArticleFilter, type QuoteFilter, type QuoteKind } from '../records/article-records';
import { searchTerms } from './search-terms';
import { distinct } from './paging';

/**
 * Filters checked and normalized once, for both stores. Absent fields
 * (null/undefined) do not filter.
 */
export interface NormalArticleFilter {
  /** Compared case-insensitively. */
  section: string | null;
  /** Every one must be mentioned; empty means no filter. */
  mentions: number[];
  quotedSpeaker: number | null;
  /** Null: no filter; []: the text had no words, so nothing matches. */
  searchTerms: readonly string[] | null;
  /** Published at or after (ms), inclusive. */
  publishedFromMs: number | null;
  /** Published before (ms), exclusive. */
  publishedBeforeMs: number | null;
}

export interface NormalQuoteFilter {
  /** Null: no filter; []: matches nothing (e.g. an organization without members). */
  speakers: number[] | null;
  article: number | null;
  searchTerms: readonly string[] | null;
  /** Null: every kind (no filter); otherwise the kinds asked for, distinct, in QUOTE_KINDS order, never empty. */
  kinds: QuoteKind[] | null;
  sourceOrganization: number | null;
}

export function normalArticleFilter(filter: ArticleFilter): NormalArticleFilter {
  return {
    section: withoutNul(filter.section ?? null, 'section'),
    mentions: distinct(idList(filter.mentions ?? [], 'mentions')),
    quotedSpeaker: filter.quotedSpeaker == null ? null : id(filter.quotedSpeaker, 'quotedSpeaker'),
    searchTerms: searchTerms(filter.search),
    publishedFromMs: isoMs(filter.publishedAfter, 'publishedAfter'),
    publishedBeforeMs: isoMs(filter.publishedBefore, 'publishedBefore'),
  };
}

export function normalQuoteFilter(filter: QuoteFilter): NormalQuoteFilter {
  return {
    speakers: filter.speakers == null ? null : distinct(idList(filter.speakers, 'speakers')),
    article: filter.article == null ? null : id(filter.article, 'article'),
    searchTerms: searchTerms(filter.search),
    kinds: normalKinds(filter.kinds),
    sourceOrganization: filter.sourceOrganization == null ? null : id(filter.sourceOrganization, 'sourceOrganization'),
  };
}

/**
 * A kinds filter in one form: null when it lets every kind through (absent, or all three),
 * so that filtering by every kind reads what no filter reads. An empty list is refused:
 * it would match nothing, and a client sending one has most likely made a mistake.
 */
export function normalKinds(kinds: readonly QuoteKind[] | null | undefined): QuoteKind[] | null {
  if (kinds == null) return null;
  if (!Array.isArray(kinds) || kinds.length === 0) throw new InvalidInputError('Filter "kinds" must list at least one quote kind.', { field: 'kinds' });
  for (const kind of kinds) {
    if (!(QUOTE_KINDS as readonly string[]).includes(kind)) throw new InvalidInputError(`Filter "kinds" has an unknown kind.`, { field: 'kinds', value: kind });
  }
  const wanted = QUOTE_KINDS.filter((k) => kinds.includes(k));
  return wanted.length === QUOTE_KINDS.length ? null : wanted;
}

/**
 * Articles mentioning one entity, with no other condition: the stores answer it
 * as that entity's page of articles (articlesByEntity), off the mention index.
 */
export function isOneEntityFilter(filter: NormalArticleFilter): boolean {
  return (
    filter.mentions.length === 1 &&
    filter.section === null &&
    filter.quotedSpeaker === null &&
    filter.searchTerms === null &&
    filter.publishedFromMs === null &&
    filter.publishedBeforeMs === null
  );
}

/**
 * Articles quoting one speaker (directly), with no other condition: the stores read the page
 * and the count off the speaker's quotes (quotes_by_speaker_kind_time), not the articles.
 */
export function isOneQuotedSpeakerFilter(filter: NormalArticleFilter): filter is NormalArticleFilter & { quotedSpeaker: number } {
  return (
    filter.quotedSpeaker !== null &&
    filter.mentions.length === 0 &&
    filter.section === null &&
    filter.searchTerms === null &&
    filter.publishedFromMs === null &&
    filter.publishedBeforeMs === null
  );
}

/** Quotes by one speaker, with no other condition but kinds: answered as that speaker's page (quotesBySpeaker). */
export function isOneSpeakerFilter(filter: NormalQuoteFilter): boolean {
  return filter.speakers?.length === 1 && filter.article === null && filter.searchTerms === null && filter.sourceOrganization === null;
}

/** PostgreSQL cannot hold a NUL character; both stores refuse one in filter text. */
function withoutNul(value: string | null, field: string): string | null {
  if (value !== null && value.includes('\u0000')) throw new InvalidInputError(`Filter "${field}" contains a NUL character.`, { field });
  return value;
}

function id(value: number, field: string): number {
  if (!Number.isSafeInteger(value)) throw new InvalidInputError(`Filter "${field}" must hold whole-number ids.`, { field });
  return value;
}

function idList(values: readonly number[], field: string): number[] {
  if (!Array.isArray(values)) throw new InvalidInputError(`Filter "${field}" must be a list of ids.`, { field });
  return values.map((v) => id(v, field));
}

function isoMs(value: string | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InvalidInputError(`Filter "${field}" must be an ISO 8601 date-time.`, { field, value });
  return ms;
}
