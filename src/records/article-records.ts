import type { EntityType } from './entity-records';

export interface ImageRecord {
  caption: string | null;
  credit: string | null;
  url: string | null;
}

export interface ArticleRecord {
  id: number;
  slug: string;
  url: string | null;
  headline: string;
  /** True when the text gave no headline and `headline` was made from its first sentence. */
  headlineDerived: boolean;
  section: string | null;
  dateline: string | null;
  byline: string | null;
  /** ISO 8601, UTC. */
  publishedAt: string | null;
  paragraphs: string[];
  images: ImageRecord[];
  /** sha256 of the normalized source text; the idempotency key when there is no url. */
  contentHash: string;
  ingestedAt: string;
}

/** How an entity or a speaker was tied to the text. */
export interface Attribution {
  /** e.g. "exact-name", "alias", "surname", "pronoun", "said-verb-after". */
  method: string;
  /** 0..1 */
  confidence: number;
}

export interface MentionRecord extends Attribution {
  id: number;
  articleId: number;
  entityId: number;
  entityType: EntityType;
  /** The words as the article writes them. */
  text: string;
  /** Index into the article's paragraphs. */
  paragraph: number;
  /** Character offsets into that paragraph's text, end exclusive. */
  start: number;
  end: number;
}

/** DIRECT: words inside quotation marks; INDIRECT: reported content; MIXED: reported content holding a quoted fragment. */
export const QUOTE_KINDS = ['direct', 'indirect', 'mixed'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export interface QuoteRecord {
  id: number;
  articleId: number;
  /** Reading order within the article, from 0. */
  position: number;
  kind: QuoteKind;
  /** The quoted words (direct), or the reported content (indirect, mixed). */
  text: string;
  /** The reporting verb or phrase as written ("said", "according to"), when there is one. */
  cue: string | null;
  /** The person the attribution names (the source when it is a person). */
  speakerId: number | null;
  speakerName: string | null;
  paragraph: number;
  start: number;
  end: number;
  partial: boolean;
  /** The organization the attribution names, when the source is an organization and not a person. */
  sourceOrganizationId: number | null;
  /** Null when there is no speaker. */
  attribution: Attribution | null;
}

/** What ingestion hands the store: an article and its extracted annotations. */
export interface ArticleDraft {
  slug: string;
  url: string | null;
  headline: string;
  /** Default false. */
  headlineDerived?: boolean;
  section: string | null;
  dateline: string | null;
  byline: string | null;
  publishedAt: string | null;
  paragraphs: string[];
  images: ImageRecord[];
  contentHash: string;
  mentions: Omit<MentionRecord, 'id' | 'articleId'>[];
  quotes: QuoteDraft[];
}

/** A quote as ingestion hands it over; `kind` defaults to direct, `cue` and `sourceOrganizationId` to null. */
export type QuoteDraft = Omit<QuoteRecord, 'id' | 'articleId' | 'position' | 'kind' | 'cue' | 'sourceOrganizationId'> &
  Partial<Pick<QuoteRecord, 'kind' | 'cue' | 'sourceOrganizationId'>>;

export interface ArticleFilter {
  section?: string | null;
  /** Articles that mention every one of these entity ids. */
  mentions?: number[] | null;
  /** Articles that quote this speaker directly (the meaning it had before reported speech was stored). */
  quotedSpeaker?: number | null;
  /** Full-text search over headline and body. */
  search?: string | null;
  publishedAfter?: string | null;
  publishedBefore?: string | null;
}

export interface QuoteFilter {
  /** Any of these speaker ids (an organization filter expands to its members). */
  speakers?: number[] | null;
  article?: number | null;
  search?: string | null;
  /** Any of these kinds; null or absent: every kind. */
  kinds?: QuoteKind[] | null;
  /** Quotes whose attribution names this organization (Quote.source). */
  sourceOrganization?: number | null;
}

/**
 * A page request in keyset form. `after` is the opaque position of the last
 * row the client saw (produced by the store in PageRow.position).
 */
export interface PageRequest {
  limit: number;
  after?: string | null;
}

export interface Page<T> {
  rows: { node: T; position: string }[];
  hasNextPage: boolean;
  totalCount: number;
}

/** ArticleStore.searchPages: the first pages of a search, `limit` each; quotes of `kinds` (null or absent: every kind). */
export interface SearchPagesRequest {
  limit: number;
  kinds?: QuoteKind[] | null;
}

/** The articles and the quotes a search's first pages list (ArticleStore.searchPages). */
export interface SearchPages {
  articles: Page<ArticleRecord>;
  quotes: Page<QuoteRecord>;
}

export interface ArticlesByEntityRequest {
  entityId: number;
  page: PageRequest;
}

export interface QuotesBySpeakerRequest {
  speakerId: number;
  page: PageRequest;
  /** Any of these kinds; null or absent: every kind. */
  kinds?: QuoteKind[] | null;
}

export type InsertOutcome = 'created' | 'updated' | 'unchanged';

/** Who a quote was attributed to, before or after a correction. */
export interface SpeakerValue {
  speakerId: number | null;
  speakerName: string | null;
}

/**
 * One editor's correction of a quote's speaker. The history of an article
 * keeps every correction; a correction whose quote a later version of the
 * article dropped keeps its text but no longer names the quote.
 */
export interface CorrectionRecord {
  id: number;
  articleId: number;
  /** Null once the quote is no longer in the article. */
  quoteId: number | null;
  /** The quote's words when it was corrected. */
  quoteText: string;
  /** The id of the editor's API key; null when the correction came from no key (tools, tests). */
  editor: string | null;
  /** ISO 8601, UTC. */
  correctedAt: string;
  before: SpeakerValue;
  after: SpeakerValue;
}

/** Which pairs: named in the same articles, or quoted in the same articles. */
export type CoOccurrenceKind = 'mentioned' | 'quoted';

export interface CoOccurrenceRequest {
  kind: CoOccurrenceKind;
  entityId: number;
  page: PageRequest;
}

/** Another entity that shares articles with the one asked about. */
export interface CoOccurrenceRecord {
  entityId: number;
  /** Articles the two share. */
  count: number;
  /** The newest article they share (by publication time, then id). */
  latestArticleId: number;
}

export type TimelineInterval = 'day' | 'week' | 'month';

/** Articles that mention an entity, or quotes by a speaker, per period of publication (undated articles left out). */
export interface TimelineRequest {
  kind: 'mentions' | 'quotes';
  entityId: number;
  interval: TimelineInterval;
  /** Inclusive, ms. */
  fromMs: number;
  /** Exclusive, ms. */
  toMs: number;
}

export interface TimelineBucket {
  /** The period's first day, `YYYY-MM-DD` (UTC; weeks start on Monday). */
  start: string;
  count: number;
}

/** One article to ingest: its raw text, and what a sidecar or the API may give besides. */
export interface IngestInput {
  text: string;
  url?: string | null;
  publishedAt?: string | null;
  section?: string | null;
  byline?: string | null;
  headline?: string | null;
}
