import type { Logger } from 'pino';
import type { Viewer } from '../auth/api-keys';
import type { EntityService } from '../entities/entity-service';
import type { NewsEvents } from '../events/news-events';
import { createLoaders, type BatchObserver, type Loaders } from '../loaders/loaders';
import type { ArticleStore } from '../store/article-store';
import type { IngestInput, InsertOutcome } from '../records/article-records';


export interface IngestResult {
  articleId: number;
  outcome: InsertOutcome;
}

/** Long-lived parts shared by every request of one gateway process. */
export interface Services {
  store: ArticleStore;
  entities: EntityService;
  ingest(request: IngestInput): Promise<IngestResult>;
  /** Called after a mutation changed what reads would answer. */
  onDataChanged?(): Promise<void> | void;
  /** Ingests, quotes and entity changes, published after they commit; what subscriptions listen to. */
  events?: NewsEvents;
}

/** The WebSocket connection a subscription runs on (src/subscriptions/). */
export interface LiveConnection {
  /** Events one subscription may have waiting before its connection is dropped as too slow. */
  queueLimit: number;
  /** Drops the connection of a subscriber that fell too far behind. */
  onOverflow(): void;
  /**
   * The loaders to execute one event with: fresh for each event (what one event loaded is
   * not served to the next), and shared by every subscription the event reaches, so their
   * reads batch together.
   */
  loadersFor(event: object): Loaders;
}

/** What every resolver receives; built fresh for each GraphQL request. */
export interface RequestContext {
  loaders: Loaders;
  services: Services;
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  /** Set for a subscription over WebSocket. */
  live?: LiveConnection;
}

export interface ContextOptions {
  entityBatchSize: number;
  observeBatch?: BatchObserver;
}

/**
 * `request.logger` may be a function making the request's logger: it is then called on
 * the first read of `logger` only (a pino child logger costs a few microseconds, and a
 * request that logs nothing need not make one); later reads answer the same logger.
 */
export function createRequestContext(
  services: Services,
  request: { viewer: Viewer; requestId: string; logger: Logger | (() => Logger) },
  options: ContextOptions,
): RequestContext {
  return new GatewayRequestContext(
    createLoaders(services.store, services.entities, { entityBatchSize: options.entityBatchSize }, options.observeBatch),
    services,
    request.viewer,
    request.requestId,
    request.logger,
  );
}

/**
 * A request's context as a class: its lazy `logger` is one getter on the prototype, where an
 * object literal with a getter made every request's context through V8's slow literal path
 * (a context is made for every request).
 */
class GatewayRequestContext implements RequestContext {
  private made: Logger | undefined;

  constructor(
    readonly loaders: Loaders,
    readonly services: Services,
    readonly viewer: Viewer,
    readonly requestId: string,
    private readonly makeLogger: Logger | (() => Logger),
  ) {
    this.made = typeof makeLogger === 'function' ? undefined : makeLogger;
  }

  get logger(): Logger {
    return (this.made ??= (this.makeLogger as () => Logger)());
  }
}
