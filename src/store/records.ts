import type { EntityType } from '../entities/records';

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

export interface QuoteRecord {
  id: number;
  articleId: number;
  /** Reading order within the article, from 0. */
  position: number;
  text: string;
  speakerId: number | null;
  speakerName: string | null;
  paragraph: number;
  start: number;
  end: number;
  partial: boolean;
  /** Null when there is no speaker. */
  attribution: Attribution | null;
}

/** What ingestion hands the store: an article and its extracted annotations. */
export interface ArticleDraft {
  slug: string;
  url: string | null;
  headline: string;
  section: string | null;
  dateline: string | null;
  byline: string | null;
  publishedAt: string | null;
  paragraphs: string[];
  images: ImageRecord[];
  contentHash: string;
  mentions: Omit<MentionRecord, 'id' | 'articleId'>[];
  quotes: Omit<QuoteRecord, 'id' | 'articleId' | 'position'>[];
}

export interface ArticleFilter {
  section?: string | null;
  /** Articles that mention every one of these entity ids. */
  mentions?: number[] | null;
  /** Articles that quote this speaker. */
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

export interface ArticlesByEntityRequest {
  entityId: number;
  page: PageRequest;
}

export interface QuotesBySpeakerRequest {
  speakerId: number;
  page: PageRequest;
}

export type InsertOutcome = 'created' | 'updated' | 'unchanged';

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
