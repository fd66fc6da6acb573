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
  article: DataLoader<number, ArticleRecord | null>;
  articleBySlug: DataLoader<string, ArticleRecord | null>;
  quote: DataLoader<number, QuoteRecord | null>;
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

/**
 * A DataLoader that reports every load to the request's activity, and tells
 * what it already holds: `peek` answers a value one of its batches delivered
 * (not a primed one) without a promise, so a resolver whose data is in hand returns it
 * synchronously.
 */
export class RequestLoader<K, V, C = K> extends DataLoader<K, V, C> {
  private readonly settled: Map<C, V>;
  private readonly keyOf: (key: K) => C;
  private readonly activity: RequestActivity;

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

  override load(key: K): Promise<V> {
    this.activity.moved();
    return super.load(key);
  }

  override clear(key: K): this {
    this.settled.delete(this.keyOf(key));
    return super.clear(key);
  }

  override clearAll(): this {
    this.settled.clear();
    return super.clearAll();
  }
}

/**
 * One fresh set of loaders per GraphQL request (never shared: type-graphql
 * resolvers are singletons, so a loader kept on one would cache across users).
 * Every batch function answers in key order; the store and entity service
 * keep that contract, so results pass through unchanged.
 */
export function createLoaders(
  store: ArticleStore,
  entities: EntityService,
  options: LoaderOptions,
  observe: BatchObserver = () => undefined,
): Loaders {
  const activity = new RequestActivity();
  const batched = <K, V, C = K>(
    name: keyof Loaders,
    fn: (keys: readonly K[]) => Promise<V[]>,
    extra: DataLoader.Options<K, V, C> = {},
  ): RequestLoader<K, V, C> =>
    new RequestLoader<K, V, C>(
      (keys) => {
        activity.moved();
        observe(name, keys.length);
        return fn(keys);
      },
      extra,
      activity,
    );

  const article = batched<number, ArticleRecord | null>('article', (ids) => store.getArticles(ids));
  const articleBySlug = batched<string, ArticleRecord | null>('articleBySlug', async (slugs) => {
    const rows = await store.getArticlesBySlug(slugs);
    for (const row of rows) if (row) article.prime(row.id, row);
    return rows;
  });
  const quote = batched<number, QuoteRecord | null>('quote', (ids) => store.getQuotes(ids));
  const quotesByArticle = batched<number, QuoteRecord[]>('quotesByArticle', async (ids) => {
    const lists = await store.quotesByArticle(ids);
    for (const list of lists) for (const q of list) quote.prime(q.id, q);
    return lists;
  });
  const mentionsByArticle = batched<number, MentionRecord[]>('mentionsByArticle', (ids) => store.mentionsByArticle(ids));
  const correctionsByArticle = batched<number, CorrectionRecord[]>('correctionsByArticle', (ids) => store.correctionsByArticle(ids));
  // Entity-service loaders gather keys until the request is quiet, not just
  // until the current microtask queue drains: loads reached through different
  // promise chains at one level of the query (people via mentions, speakers
  // via quotes) then share one request to the entity service.
  const remote = { maxBatchSize: options.entityBatchSize, batchScheduleFn: (dispatch: () => void) => activity.whenQuiet(dispatch) };
  const entity = new EntityLoader(entities, {
    maxBatchSize: options.entityBatchSize,
    schedule: remote.batchScheduleFn,
    moved: () => activity.moved(),
    observe: (size) => observe('entity', size),
  });
  const membersOf = batched<number, number[]>('membersOf', (ids) => entities.membersOf(ids), remote);
  const articlesByEntity = batched<EntityPageKey, Page<ArticleRecord>, string>(
    'articlesByEntity',
    async (keys) => {
      const pages = await store.articlesByEntity(keys);
      for (const page of pages) for (const row of page.rows) article.prime(row.node.id, row.node);
      return pages;
    },
    { cacheKeyFn: pageKey },
  );
  const quotesBySpeaker = batched<EntityPageKey, Page<QuoteRecord>, string>(
    'quotesBySpeaker',
    async (keys) => {
      const pages = await store.quotesBySpeaker(keys.map((k) => ({ speakerId: k.entityId, page: k.page, kinds: k.kinds ? [...k.kinds] : null })));
      for (const page of pages) for (const row of page.rows) quote.prime(row.node.id, row.node);
      return pages;
    },
    { cacheKeyFn: pageKey },
  );
  const coOccurrences = batched<CoOccurrenceRequest, Page<CoOccurrenceRecord>, string>('coOccurrences', (keys) => store.coOccurrences(keys), {
    cacheKeyFn: (key) => `${key.kind} ${pageKey(key)}`,
  });
  const timeline = batched<TimelineRequest, TimelineBucket[], string>('timeline', (keys) => store.timelines(keys), {
    cacheKeyFn: (key) => `${key.kind} ${key.entityId} ${key.interval} ${key.fromMs} ${key.toMs}`,
  });

  return {
    article,
    articleBySlug,
    quote,
    quotesByArticle,
    mentionsByArticle,
    correctionsByArticle,
    entity,
    membersOf,
    articlesByEntity,
    quotesBySpeaker,
    coOccurrences,
    timeline,
  };
}
