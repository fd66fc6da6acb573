import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { HttpEntityService } from '../../src/entities/http-entity-service';
import { TEST_ENTITY_SERVICE_TOKEN } from '../helpers/test-services';
import { describeEntityServiceContract } from './entity-service-contract';
import { startEntityServiceProcess, type EntityServiceProcess } from './entity-service-process';

/** HttpEntityService against the real `npm run entity-service` process. */
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-entity-process-'));
let server: EntityServiceProcess | undefined;

async function startServer(): Promise<EntityServiceProcess> {
  server ??= await startEntityServiceProcess({ ENTITY_DATABASE_URL: join(dir, 'db', 'entities.db') });
  return server;
}

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describeEntityServiceContract(
  'HttpEntityService → entity-service process',
  async () => new HttpEntityService({ baseUrl: (await startServer()).url, token: TEST_ENTITY_SERVICE_TOKEN }),
  async () => {},
);

describe('the entity-service process', () => {
  test('answers /healthz', async () => {
    const response = await fetch(`${(await startServer()).url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('getByIds splits 250 ids into 3 requests of at most 100, answers in key order', async () => {
    const client = new HttpEntityService({ baseUrl: (await startServer()).url, batchSize: 100, token: TEST_ENTITY_SERVICE_TOKEN });
    const created = await client.upsert(
      Array.from({ length: 5 }, (_, i) => ({ type: 'person' as const, name: `Batch Person ${i}` })),
    );
    const ids = Array.from({ length: 250 }, (_, i) => (i % 50 === 0 ? created[i / 50].id : 900000 + i));
    const before = client.requestCount;
    const result = await client.getByIds(ids);
    expect(client.requestCount - before).toBe(3);
    expect(result).toHaveLength(250);
    expect(result.map((r, i) => (r ? [i, r.name] : null)).filter((x) => x !== null)).toEqual(
      created.map((c, k) => [k * 50, c.name]),
    );
  });

  test('stops cleanly on SIGTERM', async () => {
    const own = await startEntityServiceProcess({ ENTITY_DATABASE_URL: join(dir, 'other.db') });
    expect(await own.stop()).toBe(0);
  });

  test('refuses a bad configuration with one line and exit code 2', () => {
    const result = spawnSync(process.execPath, [join(__dirname, '..', '..', 'dist', 'src', 'cli', 'entity-service.js')], {
      env: { ...process.env, ENTITY_SERVICE_PORT: 'lots' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('ENTITY_SERVICE_PORT')]);
  });
});
