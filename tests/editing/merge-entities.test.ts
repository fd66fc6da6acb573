import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import type { Client } from 'graphql-ws';
import { toGlobalId } from '../../src/ids';
import { startEntityServiceProcess, type EntityServiceProcess } from '../entities/entity-service-process';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';
import { liveClient, subscribe, type LiveSubscription } from '../helpers/live-client';
import { TEST_DATABASE_URL, TEST_REDIS_URL, deleteRedisKeys, dropSchema } from '../helpers/test-services';

/**
 * An editor merges a duplicate person that ingestion created ("Maria Lindquist", a misspelling
 * of "Maria Lindqvist"), end to end over HTTP and WebSocket against compiled gateways:
 * - SQLite article store, entity service in-process, events in-process;
 * - two replicas on PostgreSQL with the entity service as its own process (PostgreSQL) and
 *   Redis: the merge goes through one replica, reads and subscriptions through the other.
 */
const EDITOR = 'merge-editor-key-3c9d';
const READER = 'merge-reader-key-81fa';

// Arbitrary response shapes; each test checks the fields it names.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

async function post(url: string, query: string, variables: Record<string, unknown> = {}, key?: string): Promise<Json> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return response.json();
}

const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { headline quotes { speaker { id name } } } } }';
const MERGE = `mutation($into: ID!, $from: [ID!]!) {
  mergeEntities(input: { into: $into, from: $from }) { __typename ... on Person { id name aliases } ... on Organization { id name } }
}`;
/** What a reader sees of a person: through `person(id:)` and `node(id:)`. */
const PERSON = `query($id: ID!) {
  person(id: $id) {
    id name
    quotes(first: 10) { totalCount nodes { text } }
    articles(first: 10) { totalCount }
    coMentioned(first: 10) { nodes { count entity { ... on Person { name } ... on Organization { name } } } }
    mentionTimeline(interval: MONTH, from: "2024-01-01T00:00:00Z", to: "2024-03-01T00:00:00Z") { count }
  }
  node(id: $id) { id }
}`;

const PEDRO = 'query($id: ID!) { person(id: $id) { coMentioned { nodes { count entity { ... on Person { id } } } } } }';
const MARIAS = '{ people(first: 10, search: "Maria") { totalCount nodes { id } } }';

const STORIES = [
  { text: 'Ministers meet in Stockholm\n\nSTOCKHOLM — Maria Lindqvist met Pedro Alvarez in Stockholm on Monday.\n\n"We agreed on the next steps," Lindqvist said.\n', publishedAt: '2024-01-08T09:00:00Z' },
  { text: 'Talks continue in Oslo\n\nOSLO — Maria Lindquist met Pedro Alvarez in Oslo on Tuesday.\n\n"The talks were useful," Lindquist said.\n', publishedAt: '2024-02-13T09:00:00Z' },
];

async function ingest(url: string, text: string, publishedAt: string): Promise<Json> {
  const answer = await post(url, INGEST, { input: { text, publishedAt } }, EDITOR);
  expect(answer.errors).toBeUndefined();
  return answer.data.ingestArticle;
}

async function personNamed(url: string, name: string): Promise<string> {
  const answer = await post(url, 'query($s: String!) { people(first: 5, search: $s) { nodes { id name } } }', { s: name });
  const found = answer.data.people.nodes.find((p: { name: string }) => p.name === name);
  expect({ name, found: found !== undefined }).toEqual({ name, found: true });
  return found.id;
}

interface Setup {
  /** The replica the editor writes through, and the one readers and subscribers use. */
  writer: GatewayProcess;
  reader: GatewayProcess;
  stop(): Promise<void>;
}

async function sqliteInProcess(): Promise<Setup> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-merge-'));
  const gateway = await startGatewayProcess({
    API_KEYS: `${EDITOR}:editor,${READER}:reader`,
    DATABASE_URL: join(dir, 'news.db'),
    ENTITY_DATABASE_URL: join(dir, 'entities.db'),
    ENTITY_SERVICE_URL: '',
    REDIS_URL: '',
    SEED_SAMPLE: 'off',
  });
  return {
    writer: gateway,
    reader: gateway,
    stop: async () => {
      await gateway.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresReplicas(): Promise<Setup> {
  const schema = `ng_merge_e2e_${process.pid}_${Date.now().toString(36)}`;
  const prefix = `newsgraph-test:${randomUUID()}:`;
  const entities: EntityServiceProcess = await startEntityServiceProcess({ ENTITY_DATABASE_URL: `${TEST_DATABASE_URL}?schema=${schema}_entities` });
  const env = {
    API_KEYS: `${EDITOR}:editor,${READER}:reader`,
    DATABASE_URL: `${TEST_DATABASE_URL}?schema=${schema}`,
    ENTITY_SERVICE_URL: entities.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: prefix,
    SEED_SAMPLE: 'off',
  };
  const writer = await startGatewayProcess(env);
  const reader = await startGatewayProcess(env);
  return {
    writer,
    reader,
    stop: async () => {
      await Promise.all([writer.stop(), reader.stop()]);
      await entities.stop();
      await Promise.all([dropSchema(schema), dropSchema(`${schema}_entities`)]);
      const redis = new Redis(TEST_REDIS_URL);
      await deleteRedisKeys(redis, prefix);
      redis.disconnect();
    },
  };
}

describe.each([
  ['SQLite store, entity service in-process', sqliteInProcess],
  ['two replicas on PostgreSQL, entity service over HTTP, Redis', postgresReplicas],
])('mergeEntities (%s)', (_label, start) => {
  let setup: Setup;
  let live: Client;
  let full: string;
  let bare: string;
  let alvarez: string;

  beforeAll(async () => {
    setup = await start();
    for (const story of STORIES) await ingest(setup.writer.url, story.text, story.publishedAt);
    [full, bare, alvarez] = [
      await personNamed(setup.reader.url, 'Maria Lindqvist'),
      await personNamed(setup.reader.url, 'Maria Lindquist'),
      await personNamed(setup.reader.url, 'Pedro Alvarez'),
    ];
  }, 90_000);

  afterAll(async () => {
    await live?.dispose();
    await setup?.stop();
  });

  const personView = async (id: string): Promise<Json> => {
    const answer = await post(setup.reader.url, PERSON, { id });
    expect(answer.errors).toBeUndefined();
    return answer.data;
  };

  it('refuses a key without the editor role, ids of another type, unknown ids and a merge into itself, changing nothing', async () => {
    const before = [await personView(full), await personView(bare)];
    const refusals: [Record<string, unknown>, string | undefined, string][] = [
      [{ into: full, from: [bare] }, undefined, 'UNAUTHENTICATED'],
      [{ into: full, from: [bare] }, READER, 'FORBIDDEN'],
      [{ into: full, from: [toGlobalId('Organization', 1)] }, EDITOR, 'BAD_USER_INPUT'],
      [{ into: toGlobalId('Quote', 1), from: [bare] }, EDITOR, 'BAD_USER_INPUT'],
      [{ into: full, from: [toGlobalId('Person', 987654)] }, EDITOR, 'NOT_FOUND'],
      [{ into: toGlobalId('Person', 987654), from: [bare] }, EDITOR, 'NOT_FOUND'],
      [{ into: full, from: [bare, full] }, EDITOR, 'BAD_USER_INPUT'],
      [{ into: full, from: [] }, EDITOR, 'BAD_USER_INPUT'],
    ];
    for (const [variables, key, code] of refusals) {
      const answer = await post(setup.writer.url, MERGE, variables, key);
      expect({ variables, data: answer.data ?? null, code: answer.errors?.[0]?.extensions?.code }).toEqual({ variables, data: null, code });
    }
    const unknown = await post(setup.writer.url, MERGE, { into: full, from: [toGlobalId('Person', 987654)] }, EDITOR);
    expect(unknown.errors[0]).toMatchObject({ path: ['mergeEntities'], extensions: { code: 'NOT_FOUND', argument: 'input.from[0]' } });
    expect([await personView(full), await personView(bare)]).toEqual(before);
    expect(before[1].person).toMatchObject({ id: bare, name: 'Maria Lindquist', quotes: { totalCount: 1 } });
  });

  it("merges the duplicate: the survivor has its quotes, articles, pairs and timeline, the old id resolves to the survivor, subscribers of both hear MERGED", async () => {
    live = liveClient(setup.reader.url);
    const query = 'subscription($id: ID!) { entityChanged(id: $id) { change entity { ... on Person { id name aliases } } } }';
    const onOld = subscribe(live, query, { id: bare });
    const onSurvivor = subscribe(live, query, { id: full });
    await primed(setup, subscribe(live, 'subscription { articleIngested { headline } }'));

    // Read (and so cached, on the reader) just before the merge, each twice.
    for (let i = 0; i < 2; i++) {
      expect((await personView(bare)).person.id).toBe(bare);
      expect((await personView(full)).person.coMentioned.nodes).toEqual([{ count: 1, entity: { name: 'Pedro Alvarez' } }]);
      expect((await post(setup.reader.url, PEDRO, { id: alvarez })).data.person.coMentioned.nodes).toHaveLength(2);
      expect((await post(setup.reader.url, MARIAS)).data.people.totalCount).toBe(2);
    }

    const merged = await post(setup.writer.url, MERGE, { into: full, from: [bare] }, EDITOR);
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeEntities).toEqual({ __typename: 'Person', id: full, name: 'Maria Lindqvist', aliases: expect.arrayContaining(['Maria Lindquist']) });

    const survivor = await personView(full);
    expect(survivor.person).toEqual({
      id: full,
      name: 'Maria Lindqvist',
      quotes: { totalCount: 2, nodes: [{ text: 'The talks were useful,' }, { text: 'We agreed on the next steps,' }] },
      articles: { totalCount: 2 },
      // Pedro Alvarez was named with each of them once: twice with the survivor; never the survivor with itself.
      coMentioned: { nodes: [{ count: 2, entity: { name: 'Pedro Alvarez' } }] },
      mentionTimeline: [{ count: 1 }, { count: 1 }],
    });
    expect(survivor.node).toEqual({ id: full });
    // The retired id resolves to the survivor, on the other replica too (no stale cached answer).
    expect(await personView(bare)).toEqual({ person: survivor.person, node: { id: full } });
    const pedro = await post(setup.reader.url, PEDRO, { id: alvarez });
    expect(pedro.data.person.coMentioned.nodes).toEqual([{ count: 2, entity: { id: full } }]);
    const listed = await post(setup.reader.url, MARIAS);
    expect(listed.data.people).toEqual({ totalCount: 1, nodes: [{ id: full }] });

    const [oldChange] = await onOld.received(1);
    const [survivorChange] = await onSurvivor.received(1);
    expect(oldChange.data.entityChanged).toEqual({ change: 'MERGED', entity: { id: full, name: 'Maria Lindqvist', aliases: expect.arrayContaining(['Maria Lindquist']) } });
    expect(survivorChange.data.entityChanged).toEqual(oldChange.data.entityChanged);
  }, 60_000);

  it('is harmless to run again, and later ingests of the merged name link to the survivor', async () => {
    const before = await personView(full);
    const again = await post(setup.writer.url, MERGE, { into: full, from: [bare] }, EDITOR);
    expect(again.errors).toBeUndefined();
    expect(again.data.mergeEntities.id).toBe(full);
    expect(await personView(full)).toEqual(before);
    // Merging the survivor back into the retired id is refused.
    const reverse = await post(setup.writer.url, MERGE, { into: bare, from: [full] }, EDITOR);
    expect(reverse.errors[0].extensions.code).toBe('BAD_USER_INPUT');

    const later = await ingest(setup.writer.url, 'Lindquist visits Bergen\n\nBERGEN — Maria Lindquist arrived in Bergen on Friday.\n\n"It is good to be here," Lindquist said.\n', '2024-02-20T09:00:00Z');
    expect(later.article.quotes[0].speaker).toEqual({ id: full, name: 'Maria Lindqvist' });
    expect((await personView(full)).person.quotes.totalCount).toBe(3);
  });
});

let warmUps = 0;

/**
 * Subscribing is asynchronous: ingests warm-up articles until `probe` (subscribed last on its
 * connection, after the ones under test) has received one, so the others are in place too.
 */
async function primed(setup: Setup, probe: LiveSubscription): Promise<void> {
  for (let i = 0; i < 50 && probe.results.length === 0; i++) {
    warmUps++;
    await ingest(setup.writer.url, `Warm-up ${warmUps}\n\nNothing happened in story ${warmUps}, officials said.\n`, '2023-06-01T09:00:00Z');
    await Promise.race([probe.received(1), new Promise((resolve) => setTimeout(resolve, 200))]);
  }
  expect(probe.results.length).toBeGreaterThan(0);
}
