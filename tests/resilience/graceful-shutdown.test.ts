import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityService } from '../../src/entities/entity-service';
import { createEntityHttpServer } from '../../src/entities/http-server';
import type { EntityListQuery, EntityLookup, EntityMerge, EntityRecord, EntityUpsert } from '../../src/records/entity-records';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';

/**
 * An entity service whose next batch read can be held until the test lets it
 * go: the test then knows a GraphQL request is in flight, with no timing.
 */
class GatedEntityService implements EntityService {
  private gate: { arrived: () => void; released: Promise<void> } | null = null;

  constructor(private readonly inner: EntityService) {}

  /** Holds the next getByIds; resolves once it has arrived, with a function that lets it go on. */
  holdNextRead(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    return new Promise((arrived) => (this.gate = { arrived: () => arrived(release), released }));
  }

  async getByIds(ids: readonly number[]): Promise<(EntityRecord | null)[]> {
    const gate = this.gate;
    if (gate) {
      this.gate = null;
      gate.arrived();
      await gate.released;
    }
    return this.inner.getByIds(ids);
  }
  lookup(lookups: readonly EntityLookup[]) {
    return this.inner.lookup(lookups);
  }
  membersOf(ids: readonly number[]) {
    return this.inner.membersOf(ids);
  }
  list(query: EntityListQuery) {
    return this.inner.list(query);
  }
  upsert(entities: readonly EntityUpsert[]) {
    return this.inner.upsert(entities);
  }
  merge(request: EntityMerge) {
    return this.inner.merge(request);
  }
  ping() {
    return this.inner.ping();
  }
  close() {
    return this.inner.close();
  }
  get requestCount() {
    return this.inner.requestCount;
  }
}

describe('graceful shutdown of the gateway process', () => {
  let dir: string;
  let entities: GatedEntityService;
  let entityServer: http.Server;
  let gateway: GatewayProcess;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-drain-'));
    entities = new GatedEntityService(SqliteEntityService.open(join(dir, 'entities.db')));
    entityServer = createEntityHttpServer(entities, { logger: { error: () => undefined } });
    await new Promise<void>((resolve) => entityServer.listen(0, '127.0.0.1', resolve));
    gateway = await startGatewayProcess({
      DATABASE_URL: join(dir, 'news.db'),
      ENTITY_SERVICE_URL: `http://127.0.0.1:${(entityServer.address() as AddressInfo).port}`,
      ENTITY_TIMEOUT_MS: '20000',
      ENTITY_DEADLINE_MS: '20000',
      LOG_LEVEL: 'info',
    });
  }, 30000);

  afterAll(async () => {
    await gateway.stop();
    entityServer.closeAllConnections();
    await new Promise<void>((resolve) => entityServer.close(() => resolve()));
    await entities.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finishes a request in flight when SIGTERM arrives, then exits 0', async () => {
    const heldRead = entities.holdNextRead();
    const response = fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(first: 1) { nodes { headline people { name } } } }' }),
    });
    const release = await heldRead;

    const exited = gateway.stop();
    // Bounded poll for the gateway's own word that it is draining.
    for (let i = 0; i < 200 && !gateway.output().includes('shutting down'); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(gateway.output()).toContain('draining in-flight requests');
    release();

    const res = await response;
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { articles: { nodes: { headline: string; people: { name: string }[] | null }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.articles.nodes[0].people!.length).toBeGreaterThan(0);
    expect(await exited).toBe(0);
  });
});
