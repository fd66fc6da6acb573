import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEntityServiceProcess, type EntityServiceProcess } from '../entities/entity-service-process';
import { startGatewayProcess } from '../helpers/gateway-process';
import { TEST_DATABASE_URL, TEST_REDIS_URL, deleteRedisKeys, dropSchema } from '../helpers/test-services';

/**
 * SIGTERM in every configuration the gateway ships with, as real processes started with
 * the shipped command and NODE_ENV as a deployment has it (not `test`, which turns Apollo's
 * own signal handlers off by itself): the gateway answers, drains, closes its stores and
 * connections, and exits 0 within 5 s.
 */
describe('the gateway process stops on SIGTERM in every configuration', () => {
  const run = `${process.pid}_${Date.now().toString(36)}`;
  const redisPrefix = `newsgraph-test:shutdown:${randomUUID()}:`;
  const schemas: string[] = [];
  let dir: string;
  let entityService: EntityServiceProcess | undefined;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-shutdown-'));
  });

  afterAll(async () => {
    await entityService?.stop();
    for (const schema of schemas) await dropSchema(schema);
    const redis = new Redis(TEST_REDIS_URL);
    await deleteRedisKeys(redis, redisPrefix);
    redis.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  const postgresUrl = (name: string): string => {
    const schema = `ng_shutdown_${name}_${run}`;
    schemas.push(schema);
    return `${TEST_DATABASE_URL}?schema=${schema}`;
  };

  const configurations: [string, () => Promise<Record<string, string>>][] = [
    ['SQLite', async () => ({ DATABASE_URL: join(dir, 'sqlite.db'), ENTITY_DATABASE_URL: join(dir, 'sqlite-entities.db') })],
    ['PostgreSQL', async () => ({ DATABASE_URL: postgresUrl('pg'), ENTITY_DATABASE_URL: postgresUrl('pg_entities') })],
    ['Redis', async () => ({ DATABASE_URL: join(dir, 'redis.db'), ENTITY_DATABASE_URL: join(dir, 'redis-entities.db'), REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: `${redisPrefix}redis:` })],
    [
      'PostgreSQL + Redis',
      async () => ({ DATABASE_URL: postgresUrl('pgr'), ENTITY_DATABASE_URL: postgresUrl('pgr_entities'), REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: `${redisPrefix}pgr:` }),
    ],
    [
      'the entity service over HTTP',
      async () => {
        entityService = await startEntityServiceProcess({ ENTITY_DATABASE_URL: join(dir, 'http-entities.db') });
        return { DATABASE_URL: join(dir, 'http.db'), ENTITY_SERVICE_URL: entityService.url };
      },
    ],
  ];

  it.each(configurations)('%s', async (_name, environment) => {
    const gateway = await startGatewayProcess({ ...(await environment()), NODE_ENV: 'development', LOG_LEVEL: 'info', GRAPHIQL: 'off' });
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(first: 1) { nodes { headline people { name } } } }' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();

    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), 5000)));
    const outcome = await Promise.race([gateway.stop(), deadline]);
    clearTimeout(timer);
    if (outcome === 'still running') gateway.child.kill('SIGKILL');
    expect({ outcome, output: gateway.output() }).toEqual({ outcome: 0, output: expect.stringContaining('shutting down') });
    expect(gateway.output()).not.toMatch(/shutdown: closing|shutdown failed|did not finish/);
  }, 60000);
});
