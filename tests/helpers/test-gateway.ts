import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Viewer } from '../../src/auth/api-keys';
import type { Services } from '../../src/context/request-context';
import type { EntityService } from '../../src/entities/entity-service';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { ingestArticle } from '../../src/ingest/pipeline';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/server/gateway';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> };
}

export interface TestGateway {
  url: string;
  store: SqliteArticleStore;
  entities: EntityService;
  services: Services;
  gateway: Gateway;
  /** POSTs a GraphQL operation over real HTTP. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export const silentLogger = pino({ level: 'silent' });

/**
 * A gateway on a real SQLite store in a temp folder, listening on a free
 * loopback port. The entity service is in-process unless one is given
 * (e.g. an HttpEntityService talking to a real process).
 */
export async function startTestGateway(
  options: { entities?: EntityService; authenticate?: (header: string | undefined) => Viewer } & Partial<GatewayOptions> = {},
): Promise<TestGateway> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-gw-'));
  const store = SqliteArticleStore.open(join(dir, 'news.db'));
  const entities = options.entities ?? SqliteEntityService.open(join(dir, 'entities.db'));
  const services: Services = { store, entities, ingest: (request) => ingestArticle(request, { store, entities }) };
  const gateway = await createGateway({ logger: silentLogger, ...options, services });
  const url = await gateway.listen(0, '127.0.0.1');
  return {
    url,
    store,
    entities,
    services,
    gateway,
    async query<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: JSON.parse(text) as GraphQLResponse<T>['body'] };
    },
    async close() {
      await gateway.stop();
      await store.close();
      if (!options.entities) await entities.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
