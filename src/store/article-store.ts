import type {
  ArticleDraft,
  ArticleFilter,
  ArticleRecord,
  ArticlesByEntityRequest,
  CorrectionRecord,
  CoOccurrenceRecord,
  CoOccurrenceRequest,
  TimelineBucket,
  TimelineRequest,
  InsertOutcome,
  MentionRecord,
  Page,
  PageRequest,
  QuoteFilter,
  QuoteRecord,
  QuotesBySpeakerRequest,
  SearchPages,
  SearchPagesRequest,
} from '../records/article-records';
import type { BatchSaveResult } from './batch-save';

/**
 * The article store: articles, their mentions of entities and their quotes.
 * Implemented by SqliteArticleStore (default) and PostgresArticleStore.
 *
 * Contracts every implementation keeps:
 * - Batch reads return one slot per key, in key order.
 * - Listings are newest first (publishedAt, falling back to ingest time), then
 *   by id; quotes within an article are in reading order.
 * - `saveArticle` is one transaction: the article with all its mentions and
 *   quotes is stored whole or not at all. It is idempotent: a draft with the
 *   url (or, without url, the content hash) of a stored article updates that
 *   article instead of adding another (src/store/save-plan.ts). A quote the
 *   new version still has (the same words) keeps its id and any editor's
 *   correction of its speaker (src/store/quote-versions.ts).
 * - A malformed `after` position throws InvalidInputError.
 */
export interface ArticleStore {
  readonly kind: 'sqlite' | 'postgres';

  getArticles(ids: readonly number[]): Promise<(ArticleRecord | null)[]>;
  getArticlesBySlug(slugs: readonly string[]): Promise<(ArticleRecord | null)[]>;
  listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleRecord>>;
  /** Articles mentioning each entity, one page per request. */
  articlesByEntity(requests: readonly ArticlesByEntityRequest[]): Promise<Page<ArticleRecord>[]>;

  mentionsByArticle(articleIds: readonly number[]): Promise<MentionRecord[][]>;

  getQuotes(ids: readonly number[]): Promise<(QuoteRecord | null)[]>;
  quotesByArticle(articleIds: readonly number[]): Promise<QuoteRecord[][]>;
  listQuotes(filter: QuoteFilter, page: PageRequest): Promise<Page<QuoteRecord>>;
  /**
   * A search's first pages: what listArticles({ search: text }) and listQuotes({ search: text,
   * kinds }) answer with `limit` (same rows, counts and positions), read together. PostgreSQL
   * reads both in one statement (one round trip); SQLite answers each from its page cache.
   */
  searchPages(text: string, request: SearchPagesRequest): Promise<SearchPages>;
  /**
   * What searchPages would answer, when the store holds both pages in memory now (checked
   * fresh, as every read is): no I/O, no promise. Undefined when it does not (nothing is
   * counted then: call searchPages). Optional: a store without a page cache leaves it out.
   */
  heldSearchPages?(text: string, request: SearchPagesRequest): SearchPages | undefined;
  /** Quotes by each speaker, newest article first, then reading order. */
  quotesBySpeaker(requests: readonly QuotesBySpeakerRequest[]): Promise<Page<QuoteRecord>[]>;

  /** For each request, the entities most often named (or quoted) in the same articles as it: count descending, then id. */
  coOccurrences(requests: readonly CoOccurrenceRequest[]): Promise<Page<CoOccurrenceRecord>[]>;

  /** For each request, counts per period of publication, every period of the range present (src/store/timeline.ts). */
  timelines(requests: readonly TimelineRequest[]): Promise<TimelineBucket[][]>;

  saveArticle(draft: ArticleDraft): Promise<{ id: number; outcome: InsertOutcome }>;
  /**
   * Saves several drafts as saveArticle would, one after another, in one transaction (one commit
   * for the batch); one slot per draft, in order: its id and outcome, or its error. An invalid
   * draft is left out; when a save fails in the database the batch is saved again a draft at a
   * time, so only the drafts that fail alone are not stored (src/store/batch-save.ts). Bulk
   * ingest bounds the batch (src/ingest/batch-ingest.ts).
   */
  saveArticleBatch(drafts: readonly ArticleDraft[]): Promise<BatchSaveResult[]>;
  /**
   * Corrects a quote's speaker and records the correction (who: `editor`, the
   * editor's key id; when; the speaker before and after) in the same
   * transaction; null when there is no such quote.
   */
  setQuoteSpeaker(
    quoteId: number,
    speaker: { id: number | null; name: string | null; method: string; confidence: number },
    editor?: string | null,
  ): Promise<QuoteRecord | null>;
  /**
   * After a merge of duplicate entities: every mention, quote speaker and quote source naming
   * an id of `from` names `into` instead, and the pair counts and timelines follow (a pair of
   * two merged entities is none; counts with the same other entity add up), in one
   * transaction. Idempotent: run again, it finds nothing to move. Corrections keep the ids
   * they recorded. Answers how many articles changed.
   */
  mergeEntityReferences(into: number, from: readonly number[]): Promise<{ articles: number }>;
  /** Each article's corrections, oldest first, those of quotes a later version dropped included. */
  correctionsByArticle(articleIds: readonly number[]): Promise<CorrectionRecord[][]>;

  countArticles(): Promise<number>;
  /**
   * A number that changes whenever another connection (another process: `npm run ingest`,
   * another replica) commits to the store; this connection's own commits do not move it.
   * Read synchronously and cheaply; absent where the store cannot tell (PostgreSQL).
   */
  dataVersion?(): number;
  /** Resolves when the store answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Statements run since the store was opened (for tests and metrics). */
  readonly statementCount: number;
}
