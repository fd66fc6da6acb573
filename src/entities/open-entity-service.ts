import { isPostgresUrl } from '../config';
import type { EntityService } from './entity-service';
import { HttpEntityService } from './http-entity-service';
import { SqliteEntityService } from './sqlite-entity-service';

export interface EntityServiceConfig {
  /** Set: talk to a standalone entity service over HTTP. Null: run it in-process. */
  entityServiceUrl: string | null;
  /** The in-process service's store: a SQLite path (or ':memory:'). */
  entityDatabaseUrl: string;
  entityBatchSize: number;
  entityTimeoutMs: number;
}

/** The entity service the gateway should use, as configured (see src/config.ts). */
export async function openEntityService(config: EntityServiceConfig): Promise<EntityService> {
  if (config.entityServiceUrl !== null) {
    return new HttpEntityService({
      baseUrl: config.entityServiceUrl,
      batchSize: config.entityBatchSize,
      timeoutMs: config.entityTimeoutMs,
    });
  }
  return openEntityStore(config.entityDatabaseUrl);
}

/** The entity service's own store, used in-process and by the standalone server. */
export async function openEntityStore(databaseUrl: string): Promise<EntityService> {
  if (isPostgresUrl(databaseUrl)) {
    throw new Error('ENTITY_DATABASE_URL: a PostgreSQL entity store is not supported yet; use a SQLite file path');
  }
  return SqliteEntityService.open(databaseUrl);
}
