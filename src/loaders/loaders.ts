import DataLoader from 'dataloader';
import type { EntityService } from '../entities/entity-service';
import type { ArticleStore } from '../store/article-store';
import { EntityLoader } from './entity-loader';
import type { ArticleRecord, CoOccurrenceRecord, CoOccurrenceRequest, CorrectionRecord, MentionRecord, Page, PageRequest, QuoteKind, QuoteRecord, TimelineBucket, TimelineRequest } from '../records/article-records';

/** A page of one entity's articles or quotes, as the loaders key it. */
export interface EntityPageKey {
  entityId: number;
  page: PageRequest;
  /** Quote pages only: the kinds asked for (absent: every kind). */
  kinds?: readonly QuoteKind[] | null;
}

export interface Loaders {
  article: RequestLoader<number, ArticleRecord | null>;
  articleBySlug: DataLoader<string, ArticleRecord | null>;
  quote: RequestLoader<number, QuoteRecord | null>;
  quotesByArticle: RequestLoader<number, QuoteRecord[]>;
  mentionsByArticle: RequestLoader<number, MentionRecord[]>;
  correctionsByArticle: RequestLoader<number, CorrectionRecord[]>;
  entity: EntityLoader;
  membersOf: DataLoader<number, number[]>;
  articlesByEntity: DataLoader<EntityPageKey, Page<ArticleRecord>, string>;
  quotesBySpeaker: DataLoader<EntityPageKey, Page<QuoteRecord>, string>;
  /** Who is named (or quoted) alongside an entity: one statement per kind and page size for a whole batch. */
  coOccurrences: DataLoader<CoOccurrenceRequest, Page<CoOccurrenceRecord>, string>;
  /** Counts per period (Person.mentionTimeline, quoteTimeline): one statement per kind, interval and range for a batch. */
  timeline: DataLoader<TimelineRequest, TimelineBucket[], string>;
}

export interface LoaderOptions {
  /** Largest batch sent to the entity service in one request. */
  entityBatchSize: number;
}

/** Batch sizes per loader, when someone wants to watch them (metrics, tests). */
export type BatchObserver = (loader: keyof Loaders, size: number) => void;

const pageKey = (key: EntityPageKey): string => `${key.entityId}|${key.page.limit}|${key.page.after ?? ''}|${key.kinds?.join(',') ?? ''}`;

/** Rounds of waiting for a quiet moment before an entity batch goes anyway (a safety bound; a query settles in a few). */
const MAX_QUIET_ROUNDS = 64;

/**
 * Watches one request's loaders, so that a batch can wait until the request
 * has nothing else in motion: no load and no batch since the last look.
 */
class RequestActivity {
  private moves = 0;

  moved(): void {
    this.moves++;
  }

  /**
   * Calls `dispatch` once a whole round of the request's promise jobs and ticks
   * went by without a load or a batch on any of its loaders. Every round stays
   * inside the current event-loop turn (a tick queued from a promise job runs
   * once the promise jobs are drained), so the request runs to completion
   * without yielding to other requests' I/O: its objects die young, instead of
   * living through the interleaved work of every other request in flight.
   */
  whenQuiet(dispatch: () => void): void {
    let seen = -1;
    let rounds = 0;
    const look = (): void => {
      if (this.moves === seen || rounds++ >= MAX_QUIET_ROUNDS) return dispatch();
      seen = this.moves;
      void Promise.resolve().then(() => process.nextTick(look));
    };
    look();
  }
}

/** Lists of values waiting to be primed, each with how to key its values. */
type WaitingPrimes<K, V> = { values: readonly V[]; keyOf: (value: V) => K }[];

/**
 * A DataLoader that reports every load to the request's activity, and tells
 * what it already holds: `peek` answers a value one of its batches delivered
 * (not a primed one) without a promise, so a resolver whose data is in hand returns it
 * synchronously.
 *
 * `primeEach` primes a whole list the first time the loader is used (loaded, primed one
 * by one or cleared), as if each value had been primed then and there: a request
 * that never loads from it (a front page and the quote loader its quote lists prime)
 * spends no cache entry and promise per value.
 */
export class RequestLoader<K, V, C = K> extends DataLoader<K, V, C> {
  private readonly settled: Map<C, V>;
  private readonly keyOf: (key: K) => C;
  private readonly activity: RequestActivity;
  private waiting: WaitingPrimes<K, V> | null = null;

  constructor(batch: DataLoader.BatchLoadFn<K, V>, options: DataLoader.Options<K, V, C>, activity: RequestActivity) {
    const settled = new Map<C, V>();
    const keyOf = options.cacheKeyFn ?? ((key: K) => key as unknown as C);
    super(
      (keys) =>
        Promise.resolve(batch(keys)).then((values) => {
          for (let i = 0; i < values.length; i++) {
            const value = values[i];
            if (!(value instanceof Error)) settled.set(keyOf(keys[i]), value);
          }
          return values;
        }),
      options,
    );
    this.settled = settled;
    this.keyOf = keyOf;
    this.activity = activity;
  }

  /** The value for `key` if this request already has it; undefined otherwise (load it then). */
  peek(key: K): V | undefined {
    return this.settled.get(this.keyOf(key));
  }

  /**
   * Primes every value of `values` under `keyOf(value)` (as `prime`: a key already known keeps
   * its value), when the loader is next used. `values` is kept, so it must not change.
   */
  primeEach<T extends V>(values: readonly T[], keyOf: (value: T) => K): this {
    if (values.length > 0) (this.waiting ??= []).push({ values, keyOf: keyOf as (value: V) => K });
    return this;
  }

  override load(key: K): Promise<V> {
    this.activity.moved();
    if (this.waiting !== null) this.primeWaiting();
    return super.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (this.waiting !== null) this.primeWaiting();
    return super.prime(key, value);
  }

  override clear(key: K): this {
    if (this.waiting !== null) this.primeWaiting();
    this.settled.delete(this.keyOf(key));
    return super.clear(key);
  }

  override clearAll(): this {
    this.waiting = null;
    this.settled.clear();
    return super.clearAll();
  }

  private primeWaiting(): void {
    const waiting = this.waiting ?? [];
    this.waiting = null;
    for (const { values, keyOf } of waiting) for (const value of values) super.prime(keyOf(value), value);
  }
}

/** A record's key in the article and quote loaders (for `primeEach`). */
export const idOf = (record: { id: number }): number => record.id;
/** The record of a page row. */
export const nodeOf = <T>(row: { node: T }): T => row.node;

/**
 * One fresh set of loaders per GraphQL request (never shared: type-graphql
 * resolvers are singletons, so a loader kept on one would cache across users).
 * Every batch function answers in key order; the store and entity service
 * keep that contract, so results pass through unchanged.
 *
 * Each loader is made the first time the request reads it: a request uses a
 * few of the dozen (a front page three), and making all of them was a
 * measurable part of every request's fixed cost.
 */
export function createLoaders(
  store: ArticleStore,
  entities: EntityService,
  options: LoaderOptions,
  observe: BatchObserver = () => undefined,
): Loaders {
  return new RequestLoaders(store, entities, options, observe);
}

class RequestLoaders implements Loaders {
  private readonly activity = new RequestActivity();
  // Made on first read (one field each, so every request's object has the same shape).
  private articleMade: Loaders['article'] | undefined = undefined;
  private articleBySlugMade: Loaders['articleBySlug'] | undefined = undefined;
  private quoteMade: Loaders['quote'] | undefined = undefined;
  private quotesByArticleMade: Loaders['quotesByArticle'] | undefined = undefined;
  private mentionsByArticleMade: Loaders['mentionsByArticle'] | undefined = undefined;
  private correctionsByArticleMade: Loaders['correctionsByArticle'] | undefined = undefined;
  private entityMade: Loaders['entity'] | undefined = undefined;
  private membersOfMade: Loaders['membersOf'] | undefined = undefined;
  private articlesByEntityMade: Loaders['articlesByEntity'] | undefined = undefined;
  private quotesBySpeakerMade: Loaders['quotesBySpeaker'] | undefined = undefined;
  private coOccurrencesMade: Loaders['coOccurrences'] | undefined = undefined;
  private timelineMade: Loaders['timeline'] | undefined = undefined;

  constructor(
    private readonly store: ArticleStore,
    private readonly entities: EntityService,
    private readonly options: LoaderOptions,
    private readonly observe: BatchObserver,
  ) {}

  private batched<K, V, C = K>(name: keyof Loaders, fn: (keys: readonly K[]) => Promise<V[]>, extra: DataLoader.Options<K, V, C> = {}): RequestLoader<K, V, C> {
    return new RequestLoader<K, V, C>(
      (keys) => {
        this.activity.moved();
        this.observe(name, keys.length);
        return fn(keys);
      },
      extra,
      this.activity,
    );
  }

  /**
   * Entity-service loaders gather keys until the request is quiet, not just until the
   * current microtask queue drains: loads reached through different promise chains at one
   * level of the query (people via mentions, speakers via quotes) then share one request.
   */
  private remote<K, V, C = K>(): DataLoader.Options<K, V, C> {
    return { maxBatchSize: this.options.entityBatchSize, batchScheduleFn: (dispatch: () => void) => this.activity.whenQuiet(dispatch) };
  }

  get article(): Loaders['article'] {
    return (this.articleMade ??= this.batched<number, ArticleRecord | null>('article', (ids) => this.store.getArticles(ids)));
  }

  get articleBySlug(): Loaders['articleBySlug'] {
    return (this.articleBySlugMade ??= this.batched<string, ArticleRecord | null>('articleBySlug', async (slugs) => {
      const rows = await this.store.getArticlesBySlug(slugs);
      for (const row of rows) if (row) this.article.prime(row.id, row);
      return rows;
    }));
  }

  get quote(): Loaders['quote'] {
    return (this.quoteMade ??= this.batched<number, QuoteRecord | null>('quote', (ids) => this.store.getQuotes(ids)));
  }

  get quotesByArticle(): Loaders['quotesByArticle'] {
    return (this.quotesByArticleMade ??= this.batched<number, QuoteRecord[]>('quotesByArticle', async (ids) => {
      const lists = await this.store.quotesByArticle(ids);
      for (const list of lists) this.quote.primeEach(list, idOf);
      return lists;
    }));
  }

  get mentionsByArticle(): Loaders['mentionsByArticle'] {
    return (this.mentionsByArticleMade ??= this.batched<number, MentionRecord[]>('mentionsByArticle', (ids) => this.store.mentionsByArticle(ids)));
  }

  get correctionsByArticle(): Loaders['correctionsByArticle'] {
    return (this.correctionsByArticleMade ??= this.batched<number, CorrectionRecord[]>('correctionsByArticle', (ids) => this.store.correctionsByArticle(ids)));
  }

  get entity(): Loaders['entity'] {
    return (this.entityMade ??= new EntityLoader(this.entities, {
      maxBatchSize: this.options.entityBatchSize,
      schedule: (dispatch) => this.activity.whenQuiet(dispatch),
      moved: () => this.activity.moved(),
      observe: (size) => this.observe('entity', size),
    }));
  }

  get membersOf(): Loaders['membersOf'] {
    return (this.membersOfMade ??= this.batched<number, number[]>('membersOf', (ids) => this.entities.membersOf(ids), this.remote()));
  }

  get articlesByEntity(): Loaders['articlesByEntity'] {
    return (this.articlesByEntityMade ??= this.batched<EntityPageKey, Page<ArticleRecord>, string>(
      'articlesByEntity',
      async (keys) => {
        const pages = await this.store.articlesByEntity(keys);
        for (const page of pages) this.article.primeEach(page.rows.map(nodeOf), idOf);
        return pages;
      },
      { cacheKeyFn: pageKey },
    ));
  }

  get quotesBySpeaker(): Loaders['quotesBySpeaker'] {
    return (this.quotesBySpeakerMade ??= this.batched<EntityPageKey, Page<QuoteRecord>, string>(
      'quotesBySpeaker',
      async (keys) => {
        const pages = await this.store.quotesBySpeaker(keys.map((k) => ({ speakerId: k.entityId, page: k.page, kinds: k.kinds ? [...k.kinds] : null })));
        for (const page of pages) this.quote.primeEach(page.rows.map(nodeOf), idOf);
        return pages;
      },
      { cacheKeyFn: pageKey },
    ));
  }

  get coOccurrences(): Loaders['coOccurrences'] {
    return (this.coOccurrencesMade ??= this.batched<CoOccurrenceRequest, Page<CoOccurrenceRecord>, string>('coOccurrences', (keys) => this.store.coOccurrences(keys), {
      cacheKeyFn: (key) => `${key.kind} ${pageKey(key)}`,
    }));
  }

  get timeline(): Loaders['timeline'] {
    return (this.timelineMade ??= this.batched<TimelineRequest, TimelineBucket[], string>('timeline', (keys) => this.store.timelines(keys), {
      cacheKeyFn: (key) => `${key.kind} ${key.entityId} ${key.interval} ${key.fromMs} ${key.toMs}`,
    }));
  }
}
