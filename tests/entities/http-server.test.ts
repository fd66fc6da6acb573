import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidInputError, UpstreamError } from '../../src/errors';
import { HttpEntityService } from '../../src/entities/http-entity-service';
import { createEntityHttpServer, type EntityHttpLogger } from '../../src/entities/http-server';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';

/** Starts a server on a free port of 127.0.0.1 and returns its base URL. */
async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function shut(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: response.status, body: await response.json() };
}

describe('entity HTTP server', () => {
  const service = SqliteEntityService.open(':memory:');
  const logged: { details: object; message: string }[] = [];
  const logger: EntityHttpLogger = { error: (details, message) => logged.push({ details, message }) };
  const server = createEntityHttpServer(service, { logger });
  let base = '';

  beforeAll(async () => {
    base = await listen(server);
  });
  afterAll(async () => {
    await shut(server);
    await service.close();
  });

  test('GET /healthz', async () => {
    const response = await fetch(`${base}/healthz`);
    expect([response.status, await response.json()]).toEqual([200, { status: 'ok' }]);
  });

  test('bad JSON and bad shapes are 400 BAD_REQUEST with a message', async () => {
    expect(await post(`${base}/entities/batch`, '{"ids": [1,')).toEqual({
      status: 400,
      body: { error: { code: 'BAD_REQUEST', message: 'The body is not valid JSON.' } },
    });
    expect(await post(`${base}/entities/batch`, '[1, 2]')).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
    expect(await post(`${base}/entities/batch`, '{"ids": ["1"]}')).toEqual({
      status: 400,
      body: { error: { code: 'BAD_REQUEST', message: 'ids[0]: expected a positive whole number' } },
    });
    expect(await post(`${base}/entities/lookup`, '{"lookups": [{"name": 3}]}')).toMatchObject({ status: 400 });
    expect(await post(`${base}/entities/upsert`, '{"entities": [{"type": "robot", "name": "R2"}]}')).toMatchObject({ status: 400 });
    const tooMany = JSON.stringify({ ids: Array.from({ length: 1001 }, (_, i) => i + 1) });
    expect(await post(`${base}/entities/batch`, tooMany)).toMatchObject({ status: 400, body: { error: { message: 'ids: at most 1000 per request.' } } });
  });

  test('a body over 1 MB is 413', async () => {
    const huge = JSON.stringify({ ids: [1], padding: 'x'.repeat(1024 * 1024) });
    expect(await post(`${base}/entities/batch`, huge)).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
  });

  test('unknown routes are 404, wrong methods 405', async () => {
    const missing = await fetch(`${base}/nope`);
    expect([missing.status, await missing.json()]).toEqual([404, { error: { code: 'NOT_FOUND', message: 'No route /nope.' } }]);
    const wrong = await fetch(`${base}/entities/batch`);
    expect(wrong.status).toBe(405);
    await wrong.body?.cancel();
  });

  test('GET /entities pages with an opaque cursor the client passes back', async () => {
    await service.upsert(['Ashton', 'Kerry', 'Lavrov'].map((name) => ({ type: 'person' as const, name })));
    const client = new HttpEntityService({ baseUrl: base });
    const first = await client.list({ type: 'person', limit: 2 });
    expect(first.items.map((p) => p.name)).toEqual(['Ashton', 'Kerry']);
    expect(first.totalCount).toBe(3);
    const second = await client.list({ type: 'person', limit: 2, after: { name: 'Kerry', id: first.items[1].id } });
    expect(second.items.map((p) => p.name)).toEqual(['Lavrov']);
    const raw = await fetch(`${base}/entities?type=person&limit=1`);
    expect(await raw.json()).toMatchObject({ items: [{ name: 'Ashton' }], totalCount: 3 });
    const badCursor = await fetch(`${base}/entities?type=person&after=!!`);
    expect(badCursor.status).toBe(400);
    const badType = await fetch(`${base}/entities?type=robot`);
    expect(await badType.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });

  test('the client turns a 400 into InvalidInputError carrying the server message', async () => {
    const client = new HttpEntityService({ baseUrl: base });
    const failure = client.upsert([{ type: 'person', name: '' }]);
    await expect(failure).rejects.toBeInstanceOf(InvalidInputError);
    await expect(failure).rejects.toThrow('entities[0].name: must not be empty');
  });

  test('one getByIds of 250 ids reaches the service as 3 batch reads', async () => {
    const client = new HttpEntityService({ baseUrl: base, batchSize: 100 });
    const before = service.requestCount;
    const result = await client.getByIds(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(result).toHaveLength(250);
    expect(client.requestCount).toBe(3);
    expect(service.requestCount - before).toBe(3);
  });

  test('an unexpected failure is a 500 without details, logged with its stack', async () => {
    const broken = SqliteEntityService.open(':memory:');
    // A failure that is neither bad input nor the store being unavailable: a bug.
    broken.getByIds = async () => {
      throw new TypeError('secret internals');
    };
    const brokenServer = createEntityHttpServer(broken, { logger });
    const url = await listen(brokenServer);
    try {
      const reply = await post(`${url}/entities/batch`, '{"ids":[1]}');
      expect(reply).toEqual({ status: 500, body: { error: { code: 'INTERNAL', message: 'Internal error.' } } });
      expect(logged.some((entry) => (entry.details as { err?: Error }).err?.message === 'secret internals')).toBe(true);
      await expect(new HttpEntityService({ baseUrl: url }).getByIds([1])).rejects.toBeInstanceOf(UpstreamError);
    } finally {
      await shut(brokenServer);
      await broken.close();
    }
  });

  test('a closed store answers 503, which the client reports as UpstreamError', async () => {
    const closed = SqliteEntityService.open(':memory:');
    await closed.close();
    const closedServer = createEntityHttpServer(closed, { logger });
    const url = await listen(closedServer);
    try {
      const response = await fetch(`${url}/entities?type=person`);
      expect([response.status, await response.json()]).toEqual([503, { error: { code: 'UNAVAILABLE', message: 'The entity store is unavailable.' } }]);
      // /healthz reads the store too: a service whose store is gone is not healthy.
      await expect(new HttpEntityService({ baseUrl: url }).ping()).rejects.toThrow(UpstreamError);
      await expect(new HttpEntityService({ baseUrl: url }).membersOf([1])).rejects.toThrow(UpstreamError);
    } finally {
      await shut(closedServer);
    }
  });
});

describe('HttpEntityService when the service cannot answer', () => {
  test('nothing listening → UpstreamError', async () => {
    const probe = http.createServer();
    const url = await listen(probe);
    await shut(probe);
    const client = new HttpEntityService({ baseUrl: url });
    const failure = client.getByIds([1]);
    await expect(failure).rejects.toBeInstanceOf(UpstreamError);
    await expect(failure).rejects.toMatchObject({ service: 'entity service' });
    await expect(client.ping()).rejects.toBeInstanceOf(UpstreamError);
  });

  test('no answer within the timeout → UpstreamError', async () => {
    const slow = http.createServer((_req, res) => {
      const timer = setTimeout(() => res.end('{"entities":[null]}'), 5000);
      res.on('close', () => clearTimeout(timer));
    });
    const url = await listen(slow);
    try {
      const client = new HttpEntityService({ baseUrl: url, timeoutMs: 100 });
      await expect(client.getByIds([1])).rejects.toThrow(new UpstreamError('entity service', 'POST /entities/batch: no answer within 100 ms'));
    } finally {
      await shut(slow);
    }
  });

  test('a reply with the wrong number of slots → UpstreamError', async () => {
    const liar = http.createServer((_req, res) => res.end('{"entities":[]}'));
    const url = await listen(liar);
    try {
      await expect(new HttpEntityService({ baseUrl: url }).getByIds([1, 2])).rejects.toBeInstanceOf(UpstreamError);
    } finally {
      await shut(liar);
    }
  });
});
