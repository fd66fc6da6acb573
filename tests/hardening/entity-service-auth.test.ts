import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_ALIASES } from '../../src/entities/entity-input';
import { startEntityServiceProcess, type EntityServiceProcess } from '../entities/entity-service-process';
import { runCliExpectingFailure } from '../helpers/cli-process';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';
import { TEST_ENTITY_SERVICE_TOKEN } from '../helpers/test-services';

interface Reply {
  status: number;
  body: { error?: { code: string; message: string }; entities?: { id: number; name: string; aliases: string[] }[] };
}

/**
 * The standalone entity service as deployed (`npm run entity-service`, a real process) with its
 * shared secret, and a gateway process that reads people through it.
 */
describe('the entity service over HTTP, protected by ENTITY_SERVICE_TOKEN', () => {
  let dir: string;
  let service: EntityServiceProcess;
  let gateway: GatewayProcess;
  let personId: number;

  const call = async (path: string, body?: unknown, token?: string): Promise<Reply> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${service.url}${path}`, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Reply['body'] };
  };
  const read = async (id: number) => (await call('/entities/batch', { ids: [id] }, TEST_ENTITY_SERVICE_TOKEN)).body.entities![0];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-entity-auth-'));
    // ENTITY_SERVICE_HOST unset: the default, loopback.
    service = await startEntityServiceProcess({ ENTITY_DATABASE_URL: join(dir, 'entities.db'), ENTITY_SERVICE_HOST: '' });
    gateway = await startGatewayProcess({ DATABASE_URL: join(dir, 'news.db'), ENTITY_SERVICE_URL: service.url, RESPONSE_CACHE: 'off' });
    const kerry = await call('/entities/lookup', { lookups: [{ type: 'person', name: 'John Kerry' }] }, TEST_ENTITY_SERVICE_TOKEN);
    personId = (kerry.body as { results: { id: number }[][] }).results[0][0].id;
  }, 60000);

  afterAll(async () => {
    await gateway?.stop();
    await service?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on loopback by default', () => {
    expect(new URL(service.url).hostname).toBe('127.0.0.1');
  });

  it('refuses an upsert without the token, or with a wrong one, and changes nothing', async () => {
    const before = await read(personId);
    for (const token of [undefined, 'not-the-token-at-all-000', `${TEST_ENTITY_SERVICE_TOKEN}x`]) {
      const reply = await call('/entities/upsert', { entities: [{ type: 'person', id: personId, name: 'Totally Not Kerry' }] }, token);
      expect(reply.status).toBe(401);
      expect(reply.body.error?.code).toBe('UNAUTHENTICATED');
    }
    expect(await read(personId)).toEqual(before);
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(first: 1) { nodes { people { name } } } }' }),
    });
    const names = ((await res.json()) as { data: { articles: { nodes: { people: { name: string }[] }[] } } }).data.articles.nodes[0].people.map((p) => p.name);
    expect(names).toContain(before.name);
    expect(names).not.toContain('Totally Not Kerry');
  });

  it('refuses reads without the token too; /healthz answers probes without one but refuses a wrong one', async () => {
    expect((await call('/entities/batch', { ids: [personId] })).status).toBe(401);
    expect((await call('/entities?type=person')).status).toBe(401);
    expect((await call('/entities/lookup', { lookups: [{ name: 'Kerry' }] })).status).toBe(401);
    expect(await call('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect((await call('/healthz', undefined, 'a-wrong-token-of-length')).status).toBe(401);
    expect((await call('/healthz', undefined, TEST_ENTITY_SERVICE_TOKEN)).status).toBe(200);
  });

  it('the gateway, holding the token, serves people through it and is ready', async () => {
    const ready = await fetch(gateway.url.replace(/\/graphql$/, '/readyz'));
    expect(ready.status).toBe(200);
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ people(first: 5) { nodes { name } } }' }),
    });
    const body = (await res.json()) as { data: { people: { nodes: { name: string }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.people.nodes.length).toBeGreaterThan(0);
  });

  it('a gateway holding a wrong token is not ready, and says why', async () => {
    const misconfigured = await startGatewayProcess({
      DATABASE_URL: join(dir, 'news.db'),
      ENTITY_SERVICE_URL: service.url,
      ENTITY_SERVICE_TOKEN: 'a-token-the-service-does-not-know',
    });
    try {
      const ready = await fetch(misconfigured.url.replace(/\/graphql$/, '/readyz'));
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { checks: { entities: string } }).checks.entities).toMatch(/ENTITY_SERVICE_TOKEN/);
    } finally {
      await misconfigured.stop();
    }
  }, 30000);

  it('bounds the aliases one entity can gather: 20 upserts of 200 aliases leave at most 200, with ENTITY_TOO_LARGE', async () => {
    const codes: (string | undefined)[] = [];
    for (let round = 0; round < 20; round++) {
      const aliases = Array.from({ length: MAX_ALIASES }, (_, i) => `Alias ${round}-${i}`);
      const reply = await call('/entities/upsert', { entities: [{ type: 'person', id: personId, name: 'John Kerry', aliases }] }, TEST_ENTITY_SERVICE_TOKEN);
      codes.push(reply.status === 200 ? 'OK' : reply.body.error?.code);
      if (reply.status !== 200) expect(reply.status).toBe(422);
    }
    // The person already had aliases of their own: even the first round passes the bound.
    expect(codes).toEqual(Array(20).fill('ENTITY_TOO_LARGE'));
    const after = await read(personId);
    expect(after.aliases.length).toBeLessThanOrEqual(MAX_ALIASES);
    expect(after.aliases.some((alias) => alias.startsWith('Alias '))).toBe(false);
    expect(JSON.stringify(after).length).toBeLessThan(64 * 1024);
  });

  it('takes aliases up to the bound', async () => {
    const created = await call('/entities/upsert', { entities: [{ type: 'person', name: 'Bounded Person', aliases: ['B. Person'] }] }, TEST_ENTITY_SERVICE_TOKEN);
    const id = created.body.entities![0].id;
    const aliases = Array.from({ length: MAX_ALIASES - 1 }, (_, i) => `Bounded ${i}`);
    expect((await call('/entities/upsert', { entities: [{ type: 'person', id, name: 'Bounded Person', aliases }] }, TEST_ENTITY_SERVICE_TOKEN)).status).toBe(200);
    expect((await read(id)).aliases).toHaveLength(MAX_ALIASES);
    const one = await call('/entities/upsert', { entities: [{ type: 'person', id, name: 'Bounded Person', aliases: ['One Too Many'] }] }, TEST_ENTITY_SERVICE_TOKEN);
    expect(one.status).toBe(422);
    expect(one.body.error?.message).toMatch(/at most 200/);
  });

  it('refuses to listen beyond loopback without a token', async () => {
    const { code, output } = await runCliExpectingFailure('entity-service', {
      ENTITY_SERVICE_HOST: '0.0.0.0',
      ENTITY_SERVICE_PORT: '0',
      ENTITY_SERVICE_TOKEN: '',
      ENTITY_DATABASE_URL: join(dir, 'open.db'),
    });
    expect(code).toBe(2);
    expect(output).toMatch(/ENTITY_SERVICE_HOST: 0\.0\.0\.0 .*ENTITY_SERVICE_TOKEN/);
  });

  it('refuses a token too short to be a secret', async () => {
    const { code, output } = await runCliExpectingFailure('entity-service', { ENTITY_SERVICE_TOKEN: 'short', ENTITY_SERVICE_PORT: '0' });
    expect(code).toBe(2);
    expect(output).toMatch(/ENTITY_SERVICE_TOKEN: expected from 16/);
  });
});
