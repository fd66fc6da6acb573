import { isPostgresUrl, postgresTarget } from '../config/env-values';
import type { EntityService } from './entity-service';
import { ResilientEntityService, type EntityLinkObserver } from './resilient-entity-service';
import { PostgresEntityService } from './postgres-entity-service';
import { SqliteEntityService } from './sqlite-entity-service';

export interface EntityServiceConfig {
  /** Set: talk to a standalone entity service over HTTP. Null: run it in-process. */
  entityServiceUrl: string | null;
  /** The in-process service's store: a SQLite path (or ':memory:'), or a postgres:// URL (`?schema=` picks the schema). */
  entityDatabaseUrl: string;
  entityBatchSize: number;
  entityTimeoutMs: number;
  /** The entity service's shared secret (ENTITY_SERVICE_TOKEN), sent as a bearer token; null: none. */
  entityServiceToken?: string | null;
  /** Resilience of the HTTP link (see resilient-entity-service.ts for the defaults). */
  entityRetries?: number;
  entityDeadlineMs?: number;
  entityBreakerThreshold?: number;
  entityBreakerCooldownMs?: number;
}

/**
 * The entity service the gateway should use, as configured (see src/config.ts):
 * over HTTP, with timeouts, retries and a circuit breaker, when a URL is set.
 * `observer` watches that link (metrics); the in-process service has none.
 */
export async function openEntityService(config: EntityServiceConfig, observer?: EntityLinkObserver): Promise<EntityService> {
  if (config.entityServiceUrl !== null) {
    return new ResilientEntityService({
      baseUrl: config.entityServiceUrl,
      batchSize: config.entityBatchSize,
      timeoutMs: config.entityTimeoutMs,
      token: config.entityServiceToken ?? undefined,
      retries: config.entityRetries,
      deadlineMs: config.entityDeadlineMs,
      breakerThreshold: config.entityBreakerThreshold,
      breakerCooldownMs: config.entityBreakerCooldownMs,
      observer,
    });
  }
  return openEntityStore(config.entityDatabaseUrl);
}

/** The entity service's own store, used in-process and by the standalone server. */
export async function openEntityStore(databaseUrl: string): Promise<EntityService> {
  if (isPostgresUrl(databaseUrl)) {
    const { url, schema } = postgresTarget(databaseUrl, 'ENTITY_DATABASE_URL');
    return PostgresEntityService.open(url, { schema });
  }
  return SqliteEntityService.open(databaseUrl);
}
