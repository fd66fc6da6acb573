import { isPostgresUrl, splitPostgresSchema } from '../config';
import type { EntityService } from './entity-service';
import { HttpEntityService } from './http-entity-service';
import { PostgresEntityService } from './postgres-entity-service';
import { SqliteEntityService } from './sqlite-entity-service';

export interface EntityServiceConfig {
  /** Set: talk to a standalone entity service over HTTP. Null: run it in-process. */
  entityServiceUrl: string | null;
  /** The in-process service's store: a SQLite path (or ':memory:'), or a postgres:// URL (`?schema=` picks the schema). */
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
    const { url, schema } = splitPostgresSchema(databaseUrl, 'ENTITY_DATABASE_URL');
    return PostgresEntityService.open(url, { schema });
  }
  return SqliteEntityService.open(databaseUrl);
}
