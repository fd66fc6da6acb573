/**
 * What happened in the store, announced to live subscribers after it committed:
 * an article ingested, a quote added, an entity changed. Ids are the store's and
 * the entity service's own (numbers); the GraphQL layer turns them into nodes.
 */
import { QUOTE_KINDS, type QuoteKind } from '../records/article-records';
export type EntityChange = 'ALIAS_ADDED' | 'CORRECTED' | 'MERGED';

export type NewsEvent =
  | { type: 'articleIngested'; articleId: number; section: string | null; mentions: number[]; outcome: 'created' | 'updated' }
  | { type: 'quoteAdded'; quoteId: number; articleId: number; speakerId: number | null; kind: QuoteKind; mentions: number[] }
  | { type: 'entityChanged'; entityId: number; change: EntityChange };

export interface ListenOptions {
  /** Events held for a subscriber that has not taken them yet; past this the subscriber is dropped. */
  queueLimit: number;
  /** Called once when the queue passes its limit; the stream then ends. */
  onOverflow(): void;
  /**
   * The only events `accept` can pass, as a route (eventRoutes): the listener is offered just
   * those, rather than every event. Without it, every event is offered.
   */
  route?: string;
}

/** The route of the events of one type. */
export const typeRoute = (type: NewsEvent['type']): string => type;
/** The route of the quotes of one speaker. */
export const speakerRoute = (speakerId: number): string => `quoteAdded:speaker:${speakerId}`;
/** The route of the changes to one entity. */
export const entityRoute = (entityId: number): string => `entityChanged:${entityId}`;

/** Every route an event is offered on. */
export function eventRoutes(event: NewsEvent): string[] {
  switch (event.type) {
    case 'quoteAdded':
      return event.speakerId === null ? [event.type] : [event.type, speakerRoute(event.speakerId)];
    case 'entityChanged':
      return [event.type, entityRoute(event.entityId)];
    default:
      return [event.type];
  }
}

/** Where events are published and heard: in this process, or across replicas through Redis. */
export interface NewsEvents {
  /** Publishes after the change committed; a transport failure is reported to the transport's onError, never thrown. */
  publish(events: readonly NewsEvent[]): Promise<void>;
  /** The events that pass `accept`, as they arrive; `return()` stops listening. */
  listen(accept: (event: NewsEvent) => boolean, options: ListenOptions): AsyncIterableIterator<NewsEvent>;
  /** Listeners in this process (metrics, tests). */
  readonly listenerCount: number;
  close(): Promise<void>;
}

type Listener = (event: NewsEvent) => void;

const EVERY_EVENT = '*';

/**
 * Hands each event to this process's listeners; the transports below feed it. Listeners are
 * indexed by route, so an event is offered to those that can accept it (and to those without
 * a route), not to every listener: ten thousand `entityChanged(id)` subscriptions cost an
 * event of another entity nothing.
 */
export class LocalFanout {
  private readonly routes = new Map<string, Set<Listener>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  deliver(event: NewsEvent): void {
    this.routes.get(EVERY_EVENT)?.forEach((listener) => listener(event));
    for (const route of eventRoutes(event)) this.routes.get(route)?.forEach((listener) => listener(event));
  }

  private add(route: string, listener: Listener): void {
    let set = this.routes.get(route);
    if (set === undefined) this.routes.set(route, (set = new Set()));
    set.add(listener);
    this.count++;
  }

  private remove(route: string, listener: Listener): void {
    const set = this.routes.get(route);
    if (set === undefined || !set.delete(listener)) return;
    this.count--;
    if (set.size === 0) this.routes.delete(route);
  }

  listen(accept: (event: NewsEvent) => boolean, options: ListenOptions): AsyncIterableIterator<NewsEvent> {
    const route = options.route ?? EVERY_EVENT;
    const queue: NewsEvent[] = [];
    let waiting: ((result: IteratorResult<NewsEvent>) => void) | null = null;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      this.remove(route, listener);
      queue.length = 0;
      const resolve = waiting;
      waiting = null;
      resolve?.({ value: undefined, done: true });
    };
    const listener: Listener = (event) => {
      if (done || !accept(event)) return;
      if (waiting !== null) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: event, done: false });
        return;
      }
      if (queue.length >= options.queueLimit) {
        finish();
        options.onOverflow();
        return;
      }
      queue.push(event);
    };
    this.add(route, listener);
    const iterator: AsyncIterableIterator<NewsEvent> = {
      next: () => {
        const event = queue.shift();
        if (event !== undefined) return Promise.resolve({ value: event, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return: () => {
        finish();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (error: unknown) => {
        finish();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

/** Without REDIS_URL: events reach the subscribers of this process only. */
export class InProcessNewsEvents implements NewsEvents {
  private readonly fanout = new LocalFanout();

  get listenerCount(): number {
    return this.fanout.size;
  }

  async publish(events: readonly NewsEvent[]): Promise<void> {
    for (const event of events) this.fanout.deliver(event);
  }

  listen(accept: (event: NewsEvent) => boolean, options: ListenOptions): AsyncIterableIterator<NewsEvent> {
    return this.fanout.listen(accept, options);
  }

  async close(): Promise<void> {}
}

const ENTITY_CHANGES: ReadonlySet<string> = new Set<EntityChange>(['ALIAS_ADDED', 'CORRECTED', 'MERGED']);

const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;
const isIdList = (value: unknown): value is number[] => Array.isArray(value) && value.length <= 10_000 && value.every(isId);

/** A message from another process, checked field by field: anything else on the channel is ignored. */
export function parseNewsEvent(value: unknown): NewsEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const e = value as Record<string, unknown>;
  switch (e.type) {
    case 'articleIngested':
      if (!isId(e.articleId) || !(e.section === null || typeof e.section === 'string') || !isIdList(e.mentions)) return null;
      if (e.outcome !== 'created' && e.outcome !== 'updated') return null;
      return { type: e.type, articleId: e.articleId, section: e.section, mentions: e.mentions, outcome: e.outcome };
    case 'quoteAdded':
      if (!isId(e.quoteId) || !isId(e.articleId) || !(e.speakerId === null || isId(e.speakerId)) || !isIdList(e.mentions)) return null;
      if (!(QUOTE_KINDS as readonly unknown[]).includes(e.kind)) return null;
      return { type: e.type, quoteId: e.quoteId, articleId: e.articleId, speakerId: e.speakerId, kind: e.kind as QuoteKind, mentions: e.mentions };
    case 'entityChanged':
      if (!isId(e.entityId) || typeof e.change !== 'string' || !ENTITY_CHANGES.has(e.change)) return null;
      return { type: e.type, entityId: e.entityId, change: e.change as EntityChange };
    default:
      return null;
  }
}
