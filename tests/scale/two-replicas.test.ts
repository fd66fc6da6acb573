import Redis from 'ioredis';
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FRONT_PAGE_QUERY } from '../../src/server/app';
import { startEntityServiceProcess, type EntityServiceProcess } from '../entities/entity-service-process';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';
import { TEST_DATABASE_URL, TEST_ENTITY_SERVICE_TOKEN, TEST_REDIS_URL, deleteRedisKeys, dropSchema } from '../helpers/test-services';

const POSTGRES_URL = TEST_DATABASE_URL;
const REDIS_URL = TEST_REDIS_URL;
const EDITOR_KEY = 'replica-test-editor-key-7f3a9c';

/** A compiled gateway (`npm start`) without GraphiQL, as replicas behind a load balancer run. */
const startReplica = (env: Record<string, string>): Promise<GatewayProcess> => startGatewayProcess({ GRAPHIQL: 'off', ...env });

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ headers: Headers; json: Record<string, any> }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- arbitrary response shapes
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { headers: response.headers, json: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const FRONT = '{ articles(first: 5) { totalCount nodes { headline people { name } } } }';
const ARTICLE_TEXT = `World & Nation

Two replicas, one truth: a test article from Lyon

LYON — Sergei Lavrov met John F. Kerry in Lyon on Tuesday, diplomats said.

"We spoke for an hour," Kerry said.
`;

describe('two gateway processes on PostgreSQL and Redis', () => {
  const run = `${process.pid}_${Date.now().toString(36)}`;
  const schema = `ng_replicas_${run}`;
  const redisPrefix = `newsgraph-test:${randomUUID()}:`;
  let entities: EntityServiceProcess;
  let a: GatewayProcess;
  let b: GatewayProcess;
  let sqlite: GatewayProcess;
  const sqliteDir = mkdtempSync(join(tmpdir(), 'newsgraph-replicas-'));

  beforeAll(async () => {
    entities = await startEntityServiceProcess({ ENTITY_DATABASE_URL: `${POSTGRES_URL}?schema=${schema}` });
    const env = {
      DATABASE_URL: `${POSTGRES_URL}?schema=${schema}`,
      ENTITY_SERVICE_URL: entities.url,
      REDIS_URL,
      REDIS_PREFIX: redisPrefix,
      API_KEYS: `${EDITOR_KEY}:editor`,
    };
    // One after the other: the first fills the empty store with the sample corpus, the second finds it filled.
    a = await startReplica(env);
    b = await startReplica(env);
    // The embedded default, for comparison: SQLite and the entity service in-process.
    sqlite = await startReplica({ DATABASE_URL: join(sqliteDir, 'news.db'), ENTITY_DATABASE_URL: join(sqliteDir, 'entities.db') });
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop(), sqlite?.stop()]);
    rmSync(sqliteDir, { recursive: true, force: true });
    await entities?.stop();
    const redis = new Redis(REDIS_URL);
    await deleteRedisKeys(redis, redisPrefix);
    await redis.quit();
    await dropSchema(schema);
  });

  it('both serve the sample corpus from PostgreSQL, with the same answers as the SQLite default', async () => {
    const fromA = await post(a.url, { query: FRONT_PAGE_QUERY });
    const fromB = await post(b.url, { query: FRONT_PAGE_QUERY });
    const fromSqlite = await post(sqlite.url, { query: FRONT_PAGE_QUERY });
    expect(fromA.json.errors).toBeUndefined();
    expect(fromA.json.data.articles.nodes.length).toBeGreaterThan(0);
    expect(fromA.json.data.articles.nodes[0].quotes.length).toBeGreaterThan(0);
    expect(fromB.json).toEqual(fromA.json);
    expect(fromSqlite.json).toEqual(fromA.json);
  });

  it('an ingest through one is read through the other, replacing the answer it had cached', async () => {
    const before = await post(b.url, { query: FRONT });
    const cached = await post(b.url, { query: FRONT });
    expect(cached.headers.get('x-cache')).toBe('HIT');
    expect(cached.json).toEqual(before.json);

    const ingest = await post(
      a.url,
      {
        query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { headline } } }',
        variables: { input: { text: ARTICLE_TEXT, publishedAt: '2031-05-06T07:00:00Z' } },
      },
      { authorization: `Bearer ${EDITOR_KEY}` },
    );
    expect(ingest.json.errors).toBeUndefined();
    expect(ingest.json.data.ingestArticle.outcome).toBe('CREATED');

    const after = await post(b.url, { query: FRONT });
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.json.data.articles.totalCount).toBe(before.json.data.articles.totalCount + 1);
    expect(after.json.data.articles.nodes[0]).toMatchObject({ headline: 'Two replicas, one truth: a test article from Lyon' });
    expect(after.json.data.articles.nodes[0].people.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Lavrov/), expect.stringMatching(/Kerry/)]),
    );
  });

  it('npm run ingest, a separate process, also replaces what the replicas cached', async () => {
    const before = await post(a.url, { query: FRONT });
    expect((await post(a.url, { query: FRONT })).headers.get('x-cache')).toBe('HIT');
    const file = join(sqliteDir, 'from-the-wire.txt');
    writeFileSync(file, ARTICLE_TEXT.replace('Two replicas, one truth', 'From the command line'));
    const ingest = spawnSync(process.execPath, [join(__dirname, '../../dist/src/cli/ingest.js'), file], {
      env: { ...process.env, DATABASE_URL: `${POSTGRES_URL}?schema=${schema}`, ENTITY_SERVICE_URL: entities.url, ENTITY_SERVICE_TOKEN: TEST_ENTITY_SERVICE_TOKEN, REDIS_URL, REDIS_PREFIX: redisPrefix },
      encoding: 'utf8',
    });
    expect(ingest.status).toBe(0);
    expect(ingest.stdout).toMatch(/1 created/);
    const after = await post(a.url, { query: FRONT });
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.json.data.articles.totalCount).toBe(before.json.data.articles.totalCount + 1);
  });

  it('a persisted query registered on one runs, by hash alone, on the other (and a GET carries Cache-Control)', async () => {
    const query = '{ articles(first: 1) { nodes { headline } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await post(b.url, { extensions });
    expect(unknown.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await post(a.url, { query, extensions });
    expect(registered.json.errors).toBeUndefined();

    const byHash = await fetch(`${b.url}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`);
    expect(byHash.status).toBe(200);
    expect(await byHash.json()).toEqual(registered.json);
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=30');
  });
});
