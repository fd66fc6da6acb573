import { ApolloClient, gql, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import Redis from 'ioredis';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'graphql-ws';
import { startEntityServiceProcess, type EntityServiceProcess } from '../entities/entity-service-process';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';
import { liveClient, subscribe } from '../helpers/live-client';
import { TEST_ENTITY_SERVICE_TOKEN, TEST_DATABASE_URL, TEST_REDIS_URL, deleteRedisKeys, dropSchema } from '../helpers/test-services';

const EDITOR_KEY = 'live-replica-editor-3c9d';

// Arbitrary response shapes; each test checks the fields it names.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

async function post(url: string, body: unknown, key?: string): Promise<Json> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return response.json();
}

function story(n: number, speaker: string): string {
  return `World\n\nReplica story ${n} from Vienna\n\nVIENNA — ${speaker} met reporters in Vienna on Friday, officials said.\n\n"Replica words number ${n}," ${speaker.split(' ').pop()} said.\n`;
}

const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome } }';

describe('subscriptions across two gateway processes on PostgreSQL and Redis', () => {
  const run = `${process.pid}_${Date.now().toString(36)}`;
  const schema = `ng_live_${run}`;
  const redisPrefix = `newsgraph-test:${randomUUID()}:`;
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-live-replicas-'));
  let entities: EntityServiceProcess;
  let a: GatewayProcess;
  let b: GatewayProcess;
  const env = (): Record<string, string> => ({
    DATABASE_URL: `${TEST_DATABASE_URL}?schema=${schema}`,
    ENTITY_SERVICE_URL: entities.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    API_KEYS: `${EDITOR_KEY}:editor`,
  });
  let ingested = 0;
  const ingestThroughA = async (speaker: string): Promise<void> => {
    const json = await post(a.url, { query: INGEST, variables: { input: { text: story(++ingested, speaker) } } }, EDITOR_KEY);
    expect(json.errors).toBeUndefined();
  };

  beforeAll(async () => {
    entities = await startEntityServiceProcess({ ENTITY_DATABASE_URL: `${TEST_DATABASE_URL}?schema=${schema}` });
    a = await startGatewayProcess({ GRAPHIQL: 'off', ...env() });
    b = await startGatewayProcess({ GRAPHIQL: 'off', ...env() });
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await entities?.stop();
    rmSync(dir, { recursive: true, force: true });
    const redis = new Redis(TEST_REDIS_URL);
    await deleteRedisKeys(redis, redisPrefix);
    await redis.quit();
    await dropSchema(schema);
  });

  /** Ingests through A until `probe`, subscribed on B after the subscriptions under test, has heard one. */
  async function primed(received: () => number): Promise<void> {
    for (let i = 0; i < 50 && received() === 0; i++) {
      await ingestThroughA('Angela Merkel');
      for (let j = 0; j < 20 && received() === 0; j++) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(received()).toBeGreaterThan(0);
  }

  it('Apollo Client 4 on replica B receives quoteAdded for a speaker after an ingest through replica A', async () => {
    const people = await post(b.url, { query: '{ people(first: 1, search: "Kerry") { nodes { id name } } }' });
    const kerry = people.data.people.nodes[0].id;
    const wsClient: Client = liveClient(b.url);
    const apollo = new ApolloClient({ link: new GraphQLWsLink(wsClient), cache: new InMemoryCache() });
    const quotes: Json[] = [];
    const subscription = apollo
      .subscribe({ query: gql`subscription KerryQuotes($speaker: ID!) { quoteAdded(filter: { speaker: $speaker }) { id text speaker { name } article { headline } } }`, variables: { speaker: kerry } })
      .subscribe({ next: (result) => quotes.push(result) });
    const probe = subscribe(wsClient, 'subscription { articleIngested { headline } }');
    await primed(() => probe.results.length);

    await ingestThroughA('John F. Kerry');
    for (let i = 0; i < 2000 && quotes.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(quotes).toHaveLength(1);
    expect(quotes[0].data.quoteAdded).toMatchObject({ text: `Replica words number ${ingested},`, speaker: { name: 'John F. Kerry' }, article: { headline: `Replica story ${ingested} from Vienna` } });
    subscription.unsubscribe();
    await wsClient.dispose();
  });

  it('npm run ingest, a separate process, reaches subscribers on both replicas', async () => {
    const onA = liveClient(a.url);
    const onB = liveClient(b.url);
    const fromA = subscribe(onA, 'subscription { articleIngested { headline } }');
    const fromB = subscribe(onB, 'subscription { articleIngested { headline } }');
    await primed(() => Math.min(fromA.results.length, fromB.results.length));

    const file = join(dir, 'wire.txt');
    writeFileSync(file, story(1000, 'John F. Kerry').replace('Replica story 1000', 'From the command line'));
    const cli = spawnSync(process.execPath, [join(__dirname, '../../dist/src/cli/ingest.js'), file], {
      env: { ...process.env, ENTITY_SERVICE_TOKEN: TEST_ENTITY_SERVICE_TOKEN, ...env(), LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(0);
    const headlinesOf = (results: Json[]): string[] => results.map((r) => r.data.articleIngested.headline);
    const heard = (): boolean => [fromA, fromB].every((s) => headlinesOf(s.results).includes('From the command line from Vienna'));
    for (let i = 0; i < 2000 && !heard(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    // Once each, on each replica (the warm-up stories aside).
    for (const s of [fromA, fromB]) expect(headlinesOf(s.results).filter((h) => h.startsWith('From the command line'))).toEqual(['From the command line from Vienna']);
    await Promise.all([onA.dispose(), onB.dispose()]);
  });
});
