import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedPort } from '../helpers/closed-port';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';
import { killRedisServer, startRedisServer } from '../helpers/redis-server';

/**
 * Redis is optional to every request (a cache miss, a rate limit let through), so an
 * outage must cost requests next to nothing and fill the log with one line per interval,
 * not several per request; and the gateway must use Redis again once it is back.
 * Real processes: the compiled gateway, and a real redis-server that is killed and restarted.
 */

/** The gateway's log lines about Redis (JSON lines; stdout also carries the ready line). */
function redisLogLines(output: string): string[] {
  return output.split('\n').filter((line) => line.startsWith('{') && /redis/i.test(line));
}

async function query(gateway: GatewayProcess, text: string): Promise<{ status: number; cache: string | null; errors: unknown }> {
  const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }) });
  const body = (await res.json()) as { errors?: unknown };
  return { status: res.status, cache: res.headers.get('x-cache'), errors: body.errors };
}

describe('the gateway when Redis is down', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-redis-outage-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers every anonymous request without waiting on a closed Redis port, logging one line for the outage', async () => {
    const gateway = await startGatewayProcess({
      DATABASE_URL: join(dir, 'closed.db'),
      ENTITY_DATABASE_URL: join(dir, 'closed-entities.db'),
      REDIS_URL: `redis://127.0.0.1:${await closedPort()}`,
      LOG_LEVEL: 'warn',
    });
    try {
      const started = performance.now();
      const statuses: number[] = [];
      // Each a different query: every one needs the rate limit, a cache lookup and a cache store.
      for (let i = 1; i <= 40; i++) statuses.push((await query(gateway, `{ articles(first: ${i}) { nodes { headline } } }`)).status);
      const elapsedMs = performance.now() - started;
      expect(statuses).toEqual(Array(40).fill(200));
      // Three 500 ms command timeouts per request made this 40 × 1 s; a generous bound, not a timing.
      expect(elapsedMs).toBeLessThan(10_000);
      expect(redisLogLines(gateway.output())).toHaveLength(1);
    } finally {
      await gateway.stop();
    }
  }, 60000);

  it('serves through a Redis that dies, and caches in it again once it is back', async () => {
    const port = await closedPort();
    let redis = await startRedisServer(port);
    const gateway = await startGatewayProcess({
      DATABASE_URL: join(dir, 'restart.db'),
      ENTITY_DATABASE_URL: join(dir, 'restart-entities.db'),
      REDIS_URL: `redis://127.0.0.1:${port}`,
      REDIS_PREFIX: `newsgraph-test:${randomUUID()}:`,
      LOG_LEVEL: 'warn',
    });
    try {
      const text = '{ articles(first: 3) { nodes { headline } } }';
      expect((await query(gateway, text)).cache).toBe('MISS');
      expect((await query(gateway, text)).cache).toBe('HIT');

      await killRedisServer(redis);
      const during = [];
      for (let i = 0; i < 30; i++) during.push(await query(gateway, text));
      expect(during.map((r) => [r.status, r.cache, r.errors])).toEqual(Array(30).fill([200, 'MISS', undefined]));
      expect(redisLogLines(gateway.output())).toHaveLength(1);

      redis = await startRedisServer(port);
      // The new Redis is empty: a query is stored again, then answered from it. ioredis
      // reconnects within 2 s; polled, at most 40 rounds.
      let cache: string | null = null;
      for (let round = 0; round < 40 && cache !== 'HIT'; round++) {
        await query(gateway, text);
        cache = (await query(gateway, text)).cache;
        if (cache !== 'HIT') await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(cache).toBe('HIT');
    } finally {
      await gateway.stop();
      await killRedisServer(redis);
    }
  }, 60000);
});
