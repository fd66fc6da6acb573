import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import type { RequestContext } from '../../src/context/request-context';
import { ForbiddenError } from '../../src/errors';
import type { FastLaneStats } from '../../src/execution/fast-lane';
import { laneAware, type LaneDecision } from '../../src/lane-contract/lane-contract';
import { sha256Hex } from '../../src/persisted-queries/manifest';
import { persistedQuerySetup } from '../../src/persisted-queries/persisted-query-setup';
import { MapKeyValueCache } from '../helpers/map-cache';
import { buildNewsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

/**
 * The lane's contract with the plugins (src/execution/lane-contract.ts), over real HTTP:
 * the key follows the headers plugins declare, only what they declare is replayed, Apollo's
 * own plugins are checked too, and persisted queries meet Apollo's store as through Apollo.
 */

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

async function post(gw: TestGateway, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function parsed(answer: Answer): { data?: unknown; errors?: { extensions?: { code?: string } }[]; extensions?: Record<string, unknown> } {
  return JSON.parse(answer.text) as ReturnType<typeof parsed>;
}

function codesOf(answer: Answer): (string | undefined)[] {
  return (parsed(answer).errors ?? []).map((error) => error.extensions?.code);
}

function laneOf(gw: TestGateway): { stats(): FastLaneStats } {
  const lane = gw.gateway.fastLane;
  if (lane === null) throw new Error('this gateway has no lane');
  return lane;
}

/** Sends and tells whether the lane answered. */
async function sendCounted(gw: TestGateway, body: unknown, headers: Record<string, string> = {}): Promise<{ answer: Answer; fromLane: boolean }> {
  const before = laneOf(gw).stats().answered;
  const answer = await post(gw, body, headers);
  return { answer, fromLane: laneOf(gw).stats().answered === before + 1 };
}

/** A schema with one field, so that each answer's data is the same and only the plugins differ. */
function helloSchema(): GraphQLSchema {
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString, resolve: () => 'world' } } }) });
}

const HELLO = { query: 'query Hello { hello }' };

describe('the lane key follows the headers plugins declare', () => {
  /**
   * A tenant policy: refuses the tenant `blocked` (403) and names every other tenant's
   * policy in a response header; both depend on the X-Tenant request header.
   */
  const tenantPlugin = (role: LaneDecision): ApolloServerPlugin<RequestContext> =>
    laneAware<RequestContext, ApolloServerPlugin<RequestContext>>(
      {
        async requestDidStart({ request }) {
          const tenant = request.http?.headers.get('x-tenant') ?? 'none';
          return {
            async didResolveOperation() {
              if (tenant !== 'blocked') return;
              const error = new ForbiddenError(`Tenant ${tenant} may not read.`);
              error.extensions.http = { status: 403 };
              throw error;
            },
            async willSendResponse({ response }) {
              if (tenant !== 'blocked') response.http.headers.set('x-tenant-policy', `standard for ${tenant}`);
            },
          };
        },
      },
      role,
    );

  const sequence = [
    ['a', 200, 'standard for a'],
    ['a', 200, 'standard for a'],
    ['b', 200, 'standard for b'],
    ['b', 200, 'standard for b'],
    ['blocked', 403, null],
    ['blocked', 403, null],
    [undefined, 200, 'standard for none'],
    [undefined, 200, 'standard for none'],
    ['a', 200, 'standard for a'],
  ] as const;

  it('two requests differing only in a declared header get each their own decision; repeats come from the lane', async () => {
    const gw = await startTestGateway({ schema: helloSchema(), plugins: [tenantPlugin({ kind: 'decides', reads: ['X-Tenant'], sets: { headers: ['x-tenant-policy'] } })] });
    try {
      const seen: unknown[] = [];
      for (const [tenant] of sequence) {
        const { answer, fromLane } = await sendCounted(gw, HELLO, tenant === undefined ? {} : { 'x-tenant': tenant });
        seen.push([tenant, answer.status, answer.headers.get('x-tenant-policy'), fromLane]);
      }
      expect(seen).toEqual([
        ['a', 200, 'standard for a', false],
        ['a', 200, 'standard for a', true],
        ['b', 200, 'standard for b', false],
        ['b', 200, 'standard for b', true],
        ['blocked', 403, null, false],
        ['blocked', 403, null, false],
        [undefined, 200, 'standard for none', false],
        [undefined, 200, 'standard for none', true],
        ['a', 200, 'standard for a', true],
      ]);
      expect(laneOf(gw).stats()).toEqual({ entries: 3, answered: 4, declined: 0 });
    } finally {
      await gw.close();
    }
  });

  it('what the declaration prevents: the same plugin without it would have its first decision replayed for every tenant', async () => {
    const gw = await startTestGateway({ schema: helloSchema(), plugins: [tenantPlugin({ kind: 'decides', sets: { headers: ['x-tenant-policy'] } })] });
    try {
      await post(gw, HELLO, { 'x-tenant': 'a' });
      const other = await sendCounted(gw, HELLO, { 'x-tenant': 'blocked' });
      expect([other.answer.status, other.answer.headers.get('x-tenant-policy'), other.fromLane]).toEqual([200, 'standard for a', true]);
    } finally {
      await gw.close();
    }
  });
});

describe('only what the deciding plugins declare is replayed', () => {
  /** Writes a per-request count into a header or an extension, declaring only `sets`. */
  const countingPlugin = (where: 'header' | 'extension', sets: LaneDecision['sets']): ApolloServerPlugin<RequestContext> => {
    let count = 0;
    return laneAware<RequestContext, ApolloServerPlugin<RequestContext>>(
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              count++;
              if (where === 'header') response.http.headers.set('x-count', String(count));
              else if (response.body.kind === 'single') response.body.singleResult.extensions = { ...response.body.singleResult.extensions, count };
            },
          };
        },
      },
      { kind: 'decides', sets },
    );
  };

  it.each([
    ['header', (answer: Answer) => answer.headers.get('x-count')],
    ['extension', (answer: Answer) => String(parsed(answer).extensions?.count)],
  ] as const)('a per-request %s nobody declared keeps its requests going through Apollo, each with its own value', async (where, valueOf) => {
    const gw = await startTestGateway({ schema: helloSchema(), plugins: [countingPlugin(where, {})] });
    try {
      expect(gw.gateway.fastLane).not.toBeNull();
      const values: (string | null)[] = [];
      for (let round = 1; round <= 3; round++) values.push(valueOf(await post(gw, HELLO)));
      expect(values).toEqual(['1', '2', '3']);
      expect(laneOf(gw).stats()).toEqual({ entries: 0, answered: 0, declined: 0 });
    } finally {
      await gw.close();
    }
  });

  it('a header or extension a plugin declares as fixed by the key is replayed', async () => {
    const gw = await startTestGateway({ schema: helloSchema(), plugins: [countingPlugin('header', { headers: ['X-Count'] })] });
    try {
      const values: (string | null)[] = [];
      for (let round = 1; round <= 3; round++) values.push((await post(gw, HELLO)).headers.get('x-count'));
      // Declared fixed by the key: the lane replays the first answer's value (the declaration is the plugin's promise).
      expect(values).toEqual(['1', '1', '1']);
      expect(laneOf(gw).stats()).toEqual({ entries: 1, answered: 2, declined: 0 });
    } finally {
      await gw.close();
    }
  });
});

describe("Apollo's own plugins are checked too", () => {
  it('with APOLLO_KEY and APOLLO_GRAPH_REF, Apollo adds usage reporting, and the lane stays closed', async () => {
    const saved = { key: process.env.APOLLO_KEY, ref: process.env.APOLLO_GRAPH_REF };
    process.env.APOLLO_KEY = 'service:newsgraph-test:not-a-real-key';
    process.env.APOLLO_GRAPH_REF = 'newsgraph-test@current';
    let gw: TestGateway | undefined;
    try {
      gw = await startTestGateway({ schema: helloSchema() });
      expect(gw.gateway.fastLane).toBeNull();
      for (const answer of [await post(gw, HELLO), await post(gw, HELLO)]) {
        expect(answer.status).toBe(200);
        expect(JSON.parse(answer.text)).toEqual({ data: { hello: 'world' } });
      }
    } finally {
      for (const [name, value] of [['APOLLO_KEY', saved.key], ['APOLLO_GRAPH_REF', saved.ref]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      await gw?.close();
    }
  });

  it('the ones that act on no request the lane answers keep it open (inline traces, hidden suggestions)', async () => {
    const gw = await startTestGateway({ schema: helloSchema(), hideSuggestions: true });
    try {
      expect(gw.gateway.fastLane).not.toBeNull();
      await post(gw, HELLO);
      const { answer, fromLane } = await sendCounted(gw, HELLO);
      expect(fromLane).toBe(true);
      expect(JSON.parse(answer.text)).toEqual({ data: { hello: 'world' } });
    } finally {
      await gw.close();
    }
  });
});

describe('persisted queries meet Apollo’s store as through Apollo', () => {
  const QUERY = 'query Count { articles { totalCount } }';
  const hash = sha256Hex(QUERY);
  const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
  const withText = { query: QUERY, ...byHash };

  it('after the store dropped a query, its hash gets PERSISTED_QUERY_NOT_FOUND, and sending the text registers it again', async () => {
    const gateways: { gw: TestGateway; cache: MapKeyValueCache }[] = [];
    for (const fastLane of [true, false]) {
      const cache = new MapKeyValueCache();
      const setup = persistedQuerySetup('apq', { cache });
      const gw = await startTestGateway({ persistedQueries: setup.persistedQueries, plugins: setup.plugins, fastLane });
      await buildNewsroom(gw.store, gw.entities, 2);
      gateways.push({ gw, cache });
    }
    const [lane, plain] = gateways;
    try {
      const steps: [string, unknown, 'evict'?][] = [
        ['register', withText],
        ['by hash', byHash],
        ['by hash again', byHash],
        ['register again', withText],
        ['by hash after the store dropped it', byHash, 'evict'],
        ['by hash, still dropped', byHash],
        ['the text again, which registers it', withText],
        ['by hash once registered again', byHash],
      ];
      const seen: unknown[] = [];
      for (const [label, body, evict] of steps) {
        if (evict) for (const { cache } of gateways) cache.entries.clear();
        const before = lane.gw.gateway.fastLane?.stats().answered ?? 0;
        const fromLane = await post(lane.gw, body);
        const answered = (lane.gw.gateway.fastLane?.stats().answered ?? 0) - before;
        const fromPlain = await post(plain.gw, body);
        expect({ label, status: fromLane.status, body: fromLane.text }).toEqual({ label, status: fromPlain.status, body: fromPlain.text });
        seen.push([label, fromLane.status, codesOf(fromLane), answered === 1]);
      }
      expect(seen).toEqual([
        ['register', 200, [], false],
        ['by hash', 200, [], false],
        ['by hash again', 200, [], true],
        ['register again', 200, [], true],
        ['by hash after the store dropped it', 200, ['PERSISTED_QUERY_NOT_FOUND'], false],
        ['by hash, still dropped', 200, ['PERSISTED_QUERY_NOT_FOUND'], false],
        ['the text again, which registers it', 200, [], true],
        ['by hash once registered again', 200, [], true],
      ]);
      expect([...lane.cache.entries.values()]).toEqual([QUERY]);
    } finally {
      for (const { gw } of gateways) await gw.close();
    }
  });
});
