import type { ApolloServerPlugin } from '@apollo/server';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import type { Viewer } from '../../src/auth/api-keys';
import { cacheControlPlugins } from '../../src/cache/cache-control-plugin';
import type { RequestContext } from '../../src/context/request-context';
import { HttpEntityService } from '../../src/entities/http-entity-service';
import { createEntityHttpServer } from '../../src/entities/http-server';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import type { FastLaneStats } from '../../src/execution/fast-lane';
import { laneAware } from '../../src/lane-contract/lane-contract';
import { toGlobalId } from '../../src/ids';
import { GatewayMetrics } from '../../src/observability/gateway-metrics';
import { createMetricsPlugin } from '../../src/observability/metrics-plugin';
import { createMetricsRoute } from '../../src/observability/metrics-route';
import { createOperationLogPlugin } from '../../src/observability/operation-log-plugin';
import type { App } from '../../src/server/app';
import { hardeningFor } from '../../src/server/hardening';
import { API_KEYS, EDITOR_KEY, READER_KEY, rawRequest } from '../hardening/hardened-gateway';
import { capturingLogger } from '../helpers/log-capture';
import { buildNewsroom, type Newsroom } from '../helpers/newsroom-fixture';
import { withStartedApp } from '../helpers/started-app';
import { silentLogger, startTestGateway, type TestGateway } from '../helpers/test-gateway';
import { parsePrometheusText, valueOf } from '../observability/prometheus-text';
import { loadConfig } from '../../src/config/config';

/**
 * The known-operation lane (src/execution/fast-lane.ts) over real HTTP, on real SQLite
 * stores: a gateway with the lane and one without (`fastLane: false`), with the plugins
 * `npm start` installs (keys, limits, cache control), over identical data, must give the
 * same whole answers (status, headers, bytes) to every request, while the repeats are
 * answered by the lane (its stats say so). The only fault injected is an entity service
 * that stops.
 */

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  headers?: Record<string, string>;
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

const READER = { authorization: `Bearer ${READER_KEY}` };
const EDITOR = { authorization: `Bearer ${EDITOR_KEY}` };
const DEFAULT_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
/** Response headers that belong to one exchange, not to the answer. */
const PER_EXCHANGE_HEADERS = new Set(['date', 'x-request-id', 'connection', 'keep-alive']);

const INGEST = 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { headline people { name } } } }';

function articleText(headline: string): string {
  return `World & Nation

${headline}

PARIS — Person Number1 visited the Daily Planet on Monday, officials said.

"It was a useful visit," Person Number1 said.
`;
}

/** The same bytes on every send of one operation. */
function bodyOf(op: Operation): string {
  return JSON.stringify({ query: op.query, variables: op.variables, operationName: op.operationName });
}

async function send(gw: TestGateway, op: Operation): Promise<Answer> {
  const response = await fetch(gw.url, { method: 'POST', headers: { ...DEFAULT_HEADERS, ...op.headers }, body: bodyOf(op) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function parsed(answer: Answer): Body {
  return JSON.parse(answer.text) as Body;
}

function codesOf(answer: Answer): unknown[] {
  return (parsed(answer).errors ?? []).map((error) => error.extensions?.code);
}

/** What a client compares between two answers: status, content type, cache-control, header names, bytes. */
function comparable(answer: Answer) {
  return {
    status: answer.status,
    contentType: answer.headers.get('content-type'),
    cacheControl: answer.headers.get('cache-control'),
    headerNames: [...answer.headers.keys()].filter((name) => !PER_EXCHANGE_HEADERS.has(name)).sort(),
    body: answer.text,
  };
}

function laneStats(gw: TestGateway): FastLaneStats {
  const lane = gw.gateway.fastLane;
  if (lane === null) throw new Error('this gateway has no lane');
  return lane.stats();
}

/** Runs `work` and gives how the lane's counters moved meanwhile. */
async function laneDelta(gw: TestGateway, work: () => Promise<void>): Promise<FastLaneStats> {
  const before = laneStats(gw);
  await work();
  const after = laneStats(gw);
  return { entries: after.entries - before.entries, answered: after.answered - before.answered, declined: after.declined - before.declined };
}

/** The entity service as its own HTTP server, so that it can be stopped under a running gateway. */
interface EntityEndpoint {
  entities: HttpEntityService;
  stop(): Promise<void>;
  close(): Promise<void>;
}

async function startEntityEndpoint(): Promise<EntityEndpoint> {
  const backing = SqliteEntityService.open(':memory:');
  const server: http.Server = createEntityHttpServer(backing, { logger: { error: () => undefined } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const entities = new HttpEntityService({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, timeoutMs: 1000 });
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return {
    entities,
    stop,
    close: async () => {
      await stop();
      await backing.close();
    },
  };
}

/** Keys and limits as `npm start` builds them from `env` (rate limits off), and cache control. */
function hardenedOptions(env: Record<string, string>) {
  const hardening = hardeningFor(loadConfig({ API_KEYS, RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_KEY: '0', ...env }), { logger: silentLogger });
  return {
    hardening,
    options: {
      plugins: [...hardening.plugins, ...cacheControlPlugins<RequestContext>()],
      routes: hardening.routes,
      parseOptions: hardening.parseOptions,
      authenticate: hardening.authenticate,
    },
  };
}

interface Pair {
  lane: TestGateway;
  plain: TestGateway;
  room: Newsroom;
  /** Both entity services (only with `ownEntityService`). */
  endpoints: EntityEndpoint[];
  close(): Promise<void>;
}

/** A gateway with the lane and one without, each on its own store with the same newsroom. */
async function startPair(env: Record<string, string>, options: { articles: number; ownEntityService?: boolean; cacheControlOnly?: boolean }): Promise<Pair> {
  const closers: (() => Promise<void>)[] = [];
  const endpoints: EntityEndpoint[] = [];
  const start = async (fastLane: boolean): Promise<{ gw: TestGateway; room: Newsroom }> => {
    const endpoint = options.ownEntityService ? await startEntityEndpoint() : null;
    const { hardening, options: hardened } = hardenedOptions(env);
    // cacheControlOnly: no keys at all; every viewer is anonymous, whatever Authorization says.
    const gatewayOptions = options.cacheControlOnly ? { plugins: cacheControlPlugins<RequestContext>() } : hardened;
    const gw = await startTestGateway({ ...gatewayOptions, fastLane, ...(endpoint ? { entities: endpoint.entities } : {}) });
    closers.push(async () => {
      await gw.close();
      await hardening.close();
      await endpoint?.close();
    });
    if (endpoint) endpoints.push(endpoint);
    return { gw, room: await buildNewsroom(gw.store, gw.entities, options.articles) };
  };
  const lane = await start(true);
  const plain = await start(false);
  return {
    lane: lane.gw,
    plain: plain.gw,
    room: lane.room,
    endpoints,
    close: async () => {
      for (const close of closers) await close();
    },
  };
}

/** Sends `op` to both gateways (lane first) and expects the same whole answer; gives the lane's. */
async function sameAnswer(pair: Pair, op: Operation, label: string = op.name): Promise<Answer> {
  const fromLane = await send(pair.lane, op);
  const fromPlain = await send(pair.plain, op);
  expect({ op: label, ...comparable(fromLane) }).toEqual({ op: label, ...comparable(fromPlain) });
  return fromLane;
}

const FRONT_PAGE: Operation = {
  name: 'front page',
  query: `query FrontPage($first: Int) { articles(first: $first) { totalCount nodes { id headline publishedAt section
    people { name title affiliations { name } } organizations { name kind } quotes { text partial speaker { name title } } } } }`,
  variables: { first: 10 },
};

function readOperations(room: Newsroom, cursor: string): Operation[] {
  const person = toGlobalId('Person', room.people[0].id);
  const venue = toGlobalId('Organization', room.venues[0].id);
  const article = toGlobalId('Article', room.articleIds[3]);
  return [
    FRONT_PAGE,
    {
      name: 'node and nodes',
      query: `query Nodes($one: ID!, $ids: [ID!]!) { node(id: $one) { __typename id ... on Person { name } }
        nodes(ids: $ids) { __typename id ... on Article { headline } ... on Person { name } ... on Organization { name kind } ... on Quote { text } } }`,
      variables: { one: person, ids: [venue, article, person, toGlobalId('Quote', 1), toGlobalId('Article', 999999)] },
    },
    {
      name: 'a connection page after a cursor',
      query: 'query Page($first: Int!, $after: String) { articles(first: $first, after: $after) { edges { cursor node { headline } } pageInfo { hasNextPage endCursor } } }',
      variables: { first: 3, after: cursor },
    },
    {
      name: 'a person with paged quotes and articles',
      query: `query Person($id: ID!) { person(id: $id) { name roles { title organization { name } }
        quotes(first: 2) { totalCount nodes { text article { headline } } pageInfo { hasNextPage } } articles(first: 3) { totalCount nodes { headline } } } }`,
      variables: { id: person },
    },
    {
      name: 'filters',
      query: `query Filters($m: [ID!], $s: ID) {
        bySection: articles(first: 100, filter: { section: "politics" }) { totalCount }
        byMention: articles(first: 100, filter: { mentions: $m }) { totalCount nodes { headline } }
        bySpeaker: articles(filter: { quotedSpeaker: $s }) { totalCount }
        byDate: articles(filter: { publishedAfter: "2024-01-03T12:00:00Z", publishedBefore: "2024-01-06T12:00:00Z" }) { nodes { headline } }
        quotes(first: 5, filter: { speaker: $s }) { totalCount nodes { text } } }`,
      variables: { m: [person], s: person },
    },
    {
      name: 'search',
      query: `query Search($q: String!) { search(query: $q, first: 10) { __typename ... on Organization { name } ... on Article { headline }
        ... on Quote { text } ... on Person { name } } text: articles(filter: { search: "item 4" }) { nodes { headline } } }`,
      variables: { q: 'Acme' },
    },
    {
      name: 'one operation of several, chosen by operationName',
      query: `query Heads { articles(first: 2) { nodes { headline } } }
        query People { people(first: 3, search: "number1") { totalCount nodes { name } } organizations(first: 3) { totalCount nodes { name } } }
        query Quotes { quotes(first: 2) { nodes { text } } }`,
      operationName: 'People',
    },
    { ...FRONT_PAGE, name: 'front page with a reader key', headers: READER },
  ];
}

describe('a gateway with the lane answers exactly as one without', () => {
  let pair: Pair;
  let cursor: string;

  beforeAll(async () => {
    pair = await startPair({}, { articles: 10 });
    const page = parsed(await send(pair.plain, { name: 'cursor', query: '{ articles(first: 2) { pageInfo { endCursor } } }' }));
    cursor = (page.data as { articles: { pageInfo: { endCursor: string } } }).articles.pageInfo.endCursor;
  });
  afterAll(() => pair.close());

  it('gives the same status, headers and bytes on the 1st, 2nd and 3rd send, and answers the repeats from the lane', async () => {
    expect(pair.plain.gateway.fastLane).toBeNull();
    const operations = readOperations(pair.room, cursor);
    const moved = await laneDelta(pair.lane, async () => {
      for (let round = 1; round <= 3; round++) {
        for (const op of operations) {
          const answer = await sameAnswer(pair, op, `${op.name}, send ${round}`);
          expect({ op: op.name, status: answer.status, errors: parsed(answer).errors }).toEqual({ op: op.name, status: 200, errors: undefined });
          expect(parsed(answer).extensions?.cost).toEqual({ requested: expect.any(Number), limit: 100_000 });
        }
      }
    });
    expect(moved).toEqual({ entries: operations.length, answered: operations.length * 2, declined: 0 });
  });

  it('answers the same body public without a key and private with one, every time', async () => {
    const op: Operation = { name: 'headlines', query: 'query Headlines { articles(first: 3) { nodes { headline } } }' };
    const moved = await laneDelta(pair.lane, async () => {
      for (let round = 1; round <= 3; round++) {
        const anonymous = await sameAnswer(pair, op, `anonymous, send ${round}`);
        const keyed = await sameAnswer(pair, { ...op, headers: READER }, `reader, send ${round}`);
        expect(anonymous.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
        expect(keyed.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
        expect(keyed.text).toBe(anonymous.text);
      }
    });
    expect(moved).toEqual({ entries: 2, answered: 4, declined: 0 });
  });

  it('shows data written after it learned an operation: it replays decisions, never data', async () => {
    const headlineOf = (answer: Answer) => (parsed(answer).data as { articles: { totalCount: number; nodes: { headline: string }[] } }).articles;
    await sameAnswer(pair, FRONT_PAGE);
    const before = headlineOf(await sameAnswer(pair, FRONT_PAGE));

    const input = { text: articleText('Lane test: a visit to the Daily Planet'), publishedAt: '2030-01-01T00:00:00Z' };
    const ingest = await sameAnswer(pair, { name: 'ingest', query: INGEST, variables: { input }, headers: EDITOR });
    expect(parsed(ingest).data).toMatchObject({ ingestArticle: { outcome: 'CREATED' } });
    const afterMutation = await laneDelta(pair.lane, async () => {
      const now = headlineOf(await sameAnswer(pair, FRONT_PAGE, 'front page after the mutation'));
      expect(now.totalCount).toBe(before.totalCount + 1);
      expect(now.nodes[0].headline).toBe('Lane test: a visit to the Daily Planet');
    });
    expect(afterMutation).toMatchObject({ answered: 1, declined: 0 });

    // A write that bypasses GraphQL (no mutation, no invalidation hook) shows as well.
    for (const gw of [pair.lane, pair.plain]) {
      await gw.services.ingest({ text: articleText('Lane test: written straight to the store'), publishedAt: '2031-01-01T00:00:00Z' });
    }
    const afterStoreWrite = await laneDelta(pair.lane, async () => {
      const now = headlineOf(await sameAnswer(pair, FRONT_PAGE, 'front page after a store write'));
      expect(now.totalCount).toBe(before.totalCount + 2);
      expect(now.nodes.map((node) => node.headline).slice(0, 2)).toEqual(['Lane test: written straight to the store', 'Lane test: a visit to the Daily Planet']);
    });
    expect(afterStoreWrite).toMatchObject({ answered: 1, declined: 0 });
  });

  it('reports the same extensions.cost on every answer, and refuses an operation over a limit every time', async () => {
    const deep = 'query Deep($n: Int) { articles(first: $n) { nodes { people { affiliations { members { affiliations { name } } } } } } }';
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(' ')} }`;
    const moved = await laneDelta(pair.lane, async () => {
      const costs: unknown[] = [];
      for (let round = 1; round <= 3; round++) {
        const within = await sameAnswer(pair, { name: 'deep, 2 articles', query: deep, variables: { n: 2 } }, `within the limits, send ${round}`);
        expect(within.status).toBe(200);
        costs.push(parsed(within).extensions?.cost);
        for (const over of [
          { name: 'deep, 100 articles: over the cost limit', query: deep, variables: { n: 100 } },
          { name: '16 aliases: over the alias limit', query: aliases },
        ]) {
          const refused = await sameAnswer(pair, over, `${over.name}, send ${round}`);
          expect({ op: over.name, status: refused.status, codes: codesOf(refused), data: parsed(refused).data }).toEqual({
            op: over.name,
            status: 400,
            codes: ['QUERY_TOO_COMPLEX'],
            data: undefined,
          });
        }
      }
      expect(costs[0]).toEqual({ requested: expect.any(Number), limit: 100_000 });
      expect(costs).toEqual([costs[0], costs[0], costs[0]]);
    });
    expect(moved).toEqual({ entries: 1, answered: 2, declined: 0 });
  });

  it('never answers a mutation: each one runs', async () => {
    const input = { text: articleText('Lane test: ingested three times'), publishedAt: '2029-01-01T00:00:00Z' };
    const ingest: Operation = { name: 'ingest', query: INGEST, variables: { input }, headers: EDITOR };
    const correct: Operation = {
      name: 'a mutation chosen among a query and a mutation',
      query: `query Count { articles { totalCount } }
        mutation Correct($input: CorrectQuoteSpeakerInput!) { correctQuoteSpeaker(input: $input) { id speaker { name } } }`,
      operationName: 'Correct',
      variables: { input: { quoteId: toGlobalId('Quote', 1), speakerId: toGlobalId('Person', pair.room.people[7].id) } },
      headers: EDITOR,
    };
    const countBefore = await pair.lane.store.countArticles();
    const moved = await laneDelta(pair.lane, async () => {
      const outcomes: unknown[] = [];
      for (let round = 1; round <= 3; round++) {
        const answer = await sameAnswer(pair, ingest, `ingest, send ${round}`);
        expect(answer.headers.get('cache-control')).toBe('no-store');
        outcomes.push((parsed(answer).data as { ingestArticle: { outcome: string } }).ingestArticle.outcome);
        const corrected = await sameAnswer(pair, correct, `correction, send ${round}`);
        expect(parsed(corrected).data).toEqual({ correctQuoteSpeaker: { id: toGlobalId('Quote', 1), speaker: { name: 'Person Number7' } } });
      }
      // The first ingest created the article, the next two ran and found it unchanged.
      expect(outcomes).toEqual(['CREATED', 'UNCHANGED', 'UNCHANGED']);
    });
    expect(moved).toEqual({ entries: 0, answered: 0, declined: 0 });
    expect(await pair.lane.store.countArticles()).toBe(countBefore + 1);
  });
});

describe('a repeat that would have errors goes through Apollo', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair({}, { articles: 3, ownEntityService: true });
  });
  afterAll(() => pair.close());

  it('answers as the gateway without the lane (errors, codes, paths), and counts it as declined', async () => {
    const withEntities: Operation = {
      name: 'front page with entities',
      query: 'query WithEntities { articles { nodes { headline people { name } organizations { name } quotes { text speaker { name } } } } }',
    };
    const storeOnly: Operation = { name: 'headlines only', query: 'query StoreOnly { articles { totalCount nodes { headline } } }' };
    for (const op of [withEntities, storeOnly]) {
      await sameAnswer(pair, op, `${op.name}, send 1`);
      await sameAnswer(pair, op, `${op.name}, send 2`);
    }
    expect(laneStats(pair.lane)).toEqual({ entries: 2, answered: 2, declined: 0 });

    for (const endpoint of pair.endpoints) await endpoint.stop();
    const upstreamBefore = [pair.lane.entities.requestCount, pair.plain.entities.requestCount];
    const moved = await laneDelta(pair.lane, async () => {
      for (let round = 1; round <= 2; round++) {
        const failed = await sameAnswer(pair, withEntities, `entity service stopped, send ${round}`);
        const body = parsed(failed);
        expect(failed.status).toBe(200);
        expect(failed.headers.get('cache-control')).toBe('no-store');
        expect(new Set(codesOf(failed))).toEqual(new Set(['UPSTREAM_UNAVAILABLE']));
        const paths = (body.errors ?? []).map((error) => (error.path ?? []).join('.'));
        expect(paths).toEqual(expect.arrayContaining(['articles.nodes.0.people', 'articles.nodes.0.organizations', 'articles.nodes.2.quotes.1.speaker']));
        expect((body.data as { articles: { nodes: { headline: string }[] } }).articles.nodes.map((node) => node.headline)).toHaveLength(3);
        // An operation that needs no entity still comes from the lane.
        const fine = await sameAnswer(pair, storeOnly, `headlines with the entity service stopped, send ${round}`);
        expect(parsed(fine).errors).toBeUndefined();
      }
    });
    expect(moved).toEqual({ entries: 0, answered: 2, declined: 2 });
    // Apollo answers a declined request with the lane's run: the entity service is asked as often as without the lane.
    const upstreamCalls = [pair.lane.entities.requestCount - upstreamBefore[0], pair.plain.entities.requestCount - upstreamBefore[1]];
    expect(upstreamCalls[0]).toBeGreaterThan(0);
    expect(upstreamCalls[0]).toBe(upstreamCalls[1]);
  });
});

describe('a different viewer, Accept header or variables is decided by Apollo first', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair({ REQUIRE_KEY_FOR_READS: 'true' }, { articles: 3 });
  });
  afterAll(() => pair.close());

  it('without keys configured, the same body is public without an Authorization header and private with one, every time', async () => {
    const open = await startPair({}, { articles: 2, cacheControlOnly: true });
    try {
      const op: Operation = { name: 'headlines', query: 'query Headlines { articles(first: 2) { nodes { headline } } }' };
      const moved = await laneDelta(open.lane, async () => {
        for (let round = 1; round <= 3; round++) {
          const anonymous = await sameAnswer(open, op, `no Authorization, send ${round}`);
          const withHeader = await sameAnswer(open, { ...op, headers: { authorization: 'Bearer anything' } }, `with Authorization, send ${round}`);
          expect([anonymous.headers.get('cache-control'), withHeader.headers.get('cache-control')]).toEqual(['public, max-age=30', 'private, max-age=30']);
        }
      });
      expect(moved).toEqual({ entries: 2, answered: 4, declined: 0 });
    } finally {
      await open.close();
    }
  });

  interface Step {
    label: string;
    headers?: Record<string, string>;
    variables?: Record<string, unknown>;
    status: number;
    codes?: string[];
    contentType?: string;
    nodes?: number;
    /** Whether the lane answers it (an exact repeat of an answer without errors). */
    fromLane: boolean;
  }

  it('answers each as the gateway without the lane, from the lane only for exact repeats', async () => {
    const query = 'query Heads($first: Int) { articles(first: $first) { nodes { headline } } }';
    const json = 'application/json; charset=utf-8';
    const graphqlJson = 'application/graphql-response+json; charset=utf-8';
    const steps: Step[] = [
      { label: 'reader key', headers: READER, status: 200, contentType: graphqlJson, nodes: 2, fromLane: false },
      { label: 'reader key again', headers: READER, status: 200, contentType: graphqlJson, nodes: 2, fromLane: true },
      { label: 'no key', status: 401, codes: ['UNAUTHENTICATED'], fromLane: false },
      { label: 'no key again', status: 401, codes: ['UNAUTHENTICATED'], fromLane: false },
      { label: 'an unknown key', headers: { authorization: 'Bearer not-a-configured-key' }, status: 401, codes: ['UNAUTHENTICATED'], fromLane: false },
      { label: 'an editor key', headers: EDITOR, status: 200, nodes: 2, fromLane: false },
      { label: 'an editor key again', headers: EDITOR, status: 200, nodes: 2, fromLane: true },
      { label: 'Accept: application/json', headers: { ...READER, accept: 'application/json' }, status: 200, contentType: json, nodes: 2, fromLane: false },
      { label: 'Accept: application/json again', headers: { ...READER, accept: 'application/json' }, status: 200, contentType: json, nodes: 2, fromLane: true },
      { label: 'Accept: text/html', headers: { ...READER, accept: 'text/html' }, status: 406, fromLane: false },
      { label: 'Content-Type: text/plain', headers: { ...READER, 'content-type': 'text/plain' }, status: 400, codes: ['BAD_REQUEST'], fromLane: false },
      { label: 'first: 1000', headers: READER, variables: { first: 1000 }, status: 200, codes: ['BAD_USER_INPUT'], fromLane: false },
      { label: 'first: 1000 again', headers: READER, variables: { first: 1000 }, status: 200, codes: ['BAD_USER_INPUT'], fromLane: false },
      { label: 'first: 1', headers: READER, variables: { first: 1 }, status: 200, nodes: 1, fromLane: false },
      { label: 'no key once more', status: 401, codes: ['UNAUTHENTICATED'], fromLane: false },
      { label: 'reader key once more', headers: READER, status: 200, contentType: graphqlJson, nodes: 2, fromLane: true },
    ];
    for (const step of steps) {
      const op: Operation = { name: step.label, query, variables: step.variables ?? { first: 2 }, headers: step.headers };
      let answer: Answer | undefined;
      const moved = await laneDelta(pair.lane, async () => {
        answer = await sameAnswer(pair, op);
      });
      const got = answer as Answer;
      const body = parsed(got);
      expect({
        step: step.label,
        status: got.status,
        fromLane: moved.answered === 1,
        ...(step.codes ? { codes: codesOf(got) } : {}),
        ...(step.contentType ? { contentType: got.headers.get('content-type') } : {}),
        ...(step.nodes !== undefined ? { nodes: (body.data as { articles: { nodes: unknown[] } }).articles.nodes.length } : {}),
      }).toEqual({
        step: step.label,
        status: step.status,
        fromLane: step.fromLane,
        ...(step.codes ? { codes: step.codes } : {}),
        ...(step.contentType ? { contentType: step.contentType } : {}),
        ...(step.nodes !== undefined ? { nodes: step.nodes } : {}),
      });
      if (step.status === 401) expect(got.headers.get('www-authenticate')).toBe('Bearer');
      if (step.status === 200 && step.codes === undefined) expect(got.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    }
  });
});

describe('each lane answer runs with its own request context', () => {
  /** A schema whose only field shows the context it ran with: the viewer's role and the request id. */
  const contextSchema = (): GraphQLSchema => {
    const Me = new GraphQLObjectType<{ role: string | null; requestId: string }>({
      name: 'Me',
      fields: { role: { type: GraphQLString }, requestId: { type: GraphQLString } },
    });
    const Query = new GraphQLObjectType<unknown, RequestContext>({
      name: 'Query',
      fields: { me: { type: Me, resolve: (_root, _args, context) => ({ role: context.viewer.role, requestId: context.requestId }) } },
    });
    return new GraphQLSchema({ query: Query });
  };
  const viewers: Record<string, Viewer> = {
    'Bearer r': { role: 'reader', keyId: 'r', invalidKey: false },
    'Bearer e': { role: 'editor', keyId: 'e', invalidKey: false },
  };

  it('shows each request its own viewer and request id, never the learned ones', async () => {
    const gw = await startTestGateway({
      schema: contextSchema(),
      authenticate: (header) => (header === undefined ? { role: null, keyId: null, invalidKey: false } : viewers[header] ?? { role: null, keyId: null, invalidKey: true }),
    });
    try {
      const op: Operation = { name: 'me', query: 'query Me { me { role requestId } }' };
      const seen: unknown[] = [];
      const moved = await laneDelta(gw, async () => {
        for (const [who, headers] of [['reader', { authorization: 'Bearer r' }], ['editor', { authorization: 'Bearer e' }], ['anonymous', {}]] as const) {
          for (let round = 1; round <= 3; round++) {
            const answer = await send(gw, { ...op, headers: { ...headers, 'x-request-id': `${who}-${round}` } });
            seen.push([answer.status, parsed(answer).data]);
          }
        }
      });
      expect(seen).toEqual(
        (['reader', 'editor', null] as const).flatMap((role) =>
          [1, 2, 3].map((round) => [200, { me: { role, requestId: `${role ?? 'anonymous'}-${round}` } }]),
        ),
      );
      expect(moved).toEqual({ entries: 3, answered: 6, declined: 0 });
    } finally {
      await gw.close();
    }
  });
});

describe('logs and metrics see every request, the lane-answered ones too', () => {
  let endpoint: EntityEndpoint;
  let gw: TestGateway;
  let metrics: GatewayMetrics;
  let closeHardening: () => Promise<void>;
  const { logger, lines } = capturingLogger();

  beforeAll(async () => {
    endpoint = await startEntityEndpoint();
    metrics = new GatewayMetrics({ processMetrics: false });
    const { hardening, options } = hardenedOptions({});
    closeHardening = () => hardening.close();
    gw = await startTestGateway({
      ...options,
      entities: endpoint.entities,
      logger,
      plugins: [createOperationLogPlugin(), createMetricsPlugin(metrics), ...options.plugins],
      routes: [createMetricsRoute(metrics), ...options.routes],
      observeBatch: metrics.observeBatch,
    });
    await buildNewsroom(gw.store, gw.entities, 3);
  });
  afterAll(async () => {
    await gw.close();
    await closeHardening();
    await endpoint.close();
  });

  it('writes exactly one operation log line and one metrics observation per request', async () => {
    expect(gw.gateway.fastLane).not.toBeNull();
    const frontPage: Operation = { name: 'front page', query: 'query FrontPage { articles(first: 10) { nodes { headline people { name affiliations { name } } } } }' };
    const sequence: Operation[] = [
      frontPage,
      frontPage,
      frontPage,
      { name: 'unnamed', query: '{ articles(first: 2) { totalCount } }' },
      { name: 'unnamed', query: '{ articles(first: 2) { totalCount } }' },
      { name: 'too many', query: 'query TooMany { articles(first: 1000) { totalCount } }' },
      { name: 'too many', query: 'query TooMany { articles(first: 1000) { totalCount } }' },
      { name: 'parse error', query: '{ articles(first: 2) {' },
      { name: 'ingest', query: INGEST, variables: { input: { text: articleText('Lane test: logged'), publishedAt: '2030-01-01T00:00:00Z' } }, headers: EDITOR },
      { name: 'ingest', query: INGEST, variables: { input: { text: articleText('Lane test: logged'), publishedAt: '2030-01-01T00:00:00Z' } }, headers: EDITOR },
    ];
    const answers: Answer[] = [];
    const moved = await laneDelta(gw, async () => {
      for (const op of sequence) answers.push(await send(gw, op));
      await endpoint.stop();
      answers.push(await send(gw, frontPage));
    });
    expect(moved).toEqual({ entries: 2, answered: 3, declined: 1 });
    const declined = answers[answers.length - 1];
    expect(new Set(codesOf(declined))).toEqual(new Set(['UPSTREAM_UNAVAILABLE']));

    // One line per request, in order, with the request id the client got back and the codes it saw.
    const operationLines = lines.filter((line) => line.msg === 'graphql operation');
    expect(operationLines.map((line) => [line.requestId, line.errorCodes])).toEqual(answers.map((answer) => [answer.headers.get('x-request-id'), codesOf(answer)]));
    for (const index of [1, 2]) {
      expect(operationLines[index]).toMatchObject({ level: 30, operationName: 'FrontPage', operationType: 'query', errorCodes: [], httpStatus: 200 });
      expect(operationLines[index].clientIp).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    }
    expect(operationLines[4]).toMatchObject({ level: 30, operationName: null, operationType: 'query', errorCodes: [], httpStatus: 200 });
    expect(operationLines[10]).toMatchObject({ level: 40, operationName: 'FrontPage', operationType: 'query', httpStatus: 200 });

    const samples = parsePrometheusText((await metrics.render()).body);
    const count = (labels: Record<string, string>) => valueOf(samples, 'newsgraph_graphql_request_duration_seconds_count', labels);
    const observations = samples.filter((sample) => sample.name === 'newsgraph_graphql_request_duration_seconds_count').reduce((sum, sample) => sum + sample.value, 0);
    expect(observations).toBe(answers.length);
    expect(count({ operation: 'FrontPage', type: 'query' })).toBe(4);
    expect(count({ operation: 'anonymous', type: 'query' })).toBe(2);
    expect(count({ operation: 'TooMany', type: 'query' })).toBe(2);
    expect(count({ operation: 'invalid', type: 'invalid' })).toBe(1);
    expect(count({ operation: 'Ingest', type: 'mutation' })).toBe(2);
    expect(valueOf(samples, 'newsgraph_graphql_errors_total', { code: 'UPSTREAM_UNAVAILABLE' })).toBe(codesOf(declined).length);
    expect(valueOf(samples, 'newsgraph_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(2);
  });
});

describe('which gateways have a lane', () => {
  /** Adds a header counting the requests it saw; knows nothing of the lane. */
  const countingPlugin = (): ApolloServerPlugin<RequestContext> => {
    let seen = 0;
    return {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('x-seen-by-plugin', String(++seen));
          },
        };
      },
    };
  };

  it('a plugin not marked lane-aware keeps the lane closed, and every request still reaches it', async () => {
    const { hardening, options } = hardenedOptions({});
    const gw = await startTestGateway({ ...options, plugins: [...options.plugins, countingPlugin()] });
    try {
      await buildNewsroom(gw.store, gw.entities, 3);
      expect(gw.gateway.fastLane).toBeNull();
      const answers: Answer[] = [];
      for (let round = 1; round <= 3; round++) answers.push(await send(gw, FRONT_PAGE));
      expect(answers.map((answer) => [answer.status, answer.headers.get('x-seen-by-plugin'), parsed(answer).errors])).toEqual([
        [200, '1', undefined],
        [200, '2', undefined],
        [200, '3', undefined],
      ]);
      expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
      expect(parsed(answers[0]).extensions?.cost).toEqual({ requested: expect.any(Number), limit: 100_000 });
      expect(parsed(answers[0]).data).toMatchObject({ articles: { totalCount: 3 } });
    } finally {
      await gw.close();
      await hardening.close();
    }
  });

  it('the same plugin declared lane-aware opens it; graphql-js execution or fastLane: false keep it closed', async () => {
    const declared = await startTestGateway({ plugins: [laneAware<RequestContext, ApolloServerPlugin<RequestContext>>(countingPlugin(), { kind: 'decides' })] });
    const graphqlJs = await startTestGateway({ executor: 'graphql-js' });
    const off = await startTestGateway({ fastLane: false });
    try {
      expect(declared.gateway.fastLane).not.toBeNull();
      expect(graphqlJs.gateway.fastLane).toBeNull();
      expect(off.gateway.fastLane).toBeNull();
    } finally {
      for (const gw of [declared, graphqlJs, off]) await gw.close();
    }
  });
});

describe('startApp (npm start)', () => {
  const withApp = (extraEnv: Record<string, string>, check: (app: App) => Promise<void>): Promise<void> =>
    withStartedApp({ API_KEYS: `${READER_KEY}:reader`, ...extraEnv }, check);

  /** A keyed read: the response cache (on by default) passes it by, so the lane is what answers a repeat. */
  const keyedRead = async (app: App): Promise<Answer> => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { ...DEFAULT_HEADERS, ...READER },
      body: JSON.stringify({ query: 'query Count { articles(first: 1) { totalCount nodes { headline } } }' }),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  it('opens the lane by default: a repeated read is answered by it', async () => {
    await withApp({}, async (app) => {
      const lane = app.gateway.fastLane;
      expect(lane).not.toBeNull();
      const [first, second] = [await keyedRead(app), await keyedRead(app)];
      expect(first.status).toBe(200);
      expect(parsed(first).data).toMatchObject({ articles: { totalCount: 1 } });
      expect(comparable(second)).toEqual(comparable(first));
      expect(lane?.stats()).toEqual({ entries: 1, answered: 1, declined: 0 });
    });
  });

  it('FAST_LANE=off starts without it, and still answers', async () => {
    await withApp({ FAST_LANE: 'off' }, async (app) => {
      expect(app.gateway.fastLane).toBeNull();
      const [first, second] = [await keyedRead(app), await keyedRead(app)];
      expect(first.status).toBe(200);
      expect(comparable(second)).toEqual(comparable(first));
    });
  });
});

/**
 * Two ways a replay could stand in for an answer Apollo would give differently: a federation
 * trace is of its own run, and an absent header is not any value of it.
 */
describe('federation traces and absent headers', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair({}, { articles: 2 });
  });
  afterAll(() => pair.close());

  it('every federation-traced answer carries a trace of its own run, with the lane as without it', async () => {
    const op: Operation = { name: 'traced', query: 'query Traced { articles(first: 2) { nodes { headline } } }' };
    const traced: Operation = { ...op, headers: { 'apollo-federation-include-trace': 'ftv1' } };
    for (const gw of [pair.lane, pair.plain]) {
      // Learned untraced first: a traced request must still not get that answer, nor one of its own replayed.
      expect([await send(gw, op), await send(gw, op)].map((answer) => parsed(answer).extensions?.ftv1)).toEqual([undefined, undefined]);
      const traces: unknown[] = [];
      for (let round = 1; round <= 3; round++) {
        const answer = await send(gw, traced);
        expect(parsed(answer).data).toEqual(parsed(await send(gw, op)).data);
        traces.push(parsed(answer).extensions?.ftv1);
      }
      expect(traces.every((trace) => typeof trace === 'string')).toBe(true);
      expect(new Set(traces).size).toBe(3);
    }
    // The untraced repeats (1 + 3) came from the lane, no traced one.
    expect(laneStats(pair.lane)).toMatchObject({ entries: 1, answered: 4 });
  });

  it('a request with "Accept: -" is refused 406 after the same body without Accept was answered, as without the lane', async () => {
    const body = JSON.stringify({ query: 'query NoAccept { articles(first: 1) { totalCount } }' });
    // Raw requests: fetch would add "Accept: */*".
    const statusOf = async (gw: TestGateway, headers: Record<string, string>): Promise<number> =>
      (await rawRequest(gw.url, { headers: { 'content-type': 'application/json', ...headers }, body })).status;
    for (const gw of [pair.lane, pair.plain]) {
      expect([await statusOf(gw, {}), await statusOf(gw, {}), await statusOf(gw, { accept: '-' }), await statusOf(gw, { accept: '' })]).toEqual([200, 200, 406, 200]);
    }
  });
});
