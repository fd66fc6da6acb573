import type { Logger } from 'pino';
import type { Viewer } from './auth/api-keys';
import type { EntityService } from './entities/entity-service';
import { createLoaders, type BatchObserver, type Loaders } from './loaders/loaders';
import type { ArticleStore } from './store/article-store';
import type { InsertOutcome } from './store/records';

export interface IngestRequest {
  text: string;
  url?: string | null;
  publishedAt?: string | null;
  section?: string | null;
  byline?: string | null;
  headline?: string | null;
}

export interface IngestResult {
  articleId: number;
  outcome: InsertOutcome;
}

/** Long-lived parts shared by every request of one gateway process. */
export interface Services {
  store: ArticleStore;
  entities: EntityService;
  ingest(request: IngestRequest): Promise<IngestResult>;
  /** Called after a mutation changed what reads would answer. */
  onDataChanged?(): Promise<void> | void;
}

/** What every resolver receives; built fresh for each GraphQL request. */
export interface RequestContext {
  loaders: Loaders;
  services: Services;
  viewer: Viewer;
  requestId: string;
  logger: Logger;
}

export interface ContextOptions {
  entityBatchSize: number;
  observeBatch?: BatchObserver;
}

export function createRequestContext(
  services: Services,
  request: { viewer: Viewer; requestId: string; logger: Logger },
  options: ContextOptions,
): RequestContext {
  return {
    loaders: createLoaders(services.store, services.entities, { entityBatchSize: options.entityBatchSize }, options.observeBatch),
    services,
    viewer: request.viewer,
    requestId: request.requestId,
    logger: request.logger,
  };
}
