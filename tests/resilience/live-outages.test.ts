import type { ChildProcess } from 'node:child_process';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startEntityServiceProcess, type EntityServiceProcess } from '../entities/entity-service-process';
import { closedPort } from '../helpers/closed-port';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';
import { liveClient, subscribe, wsUrlOf, type LiveSubscription } from '../helpers/live-client';
import { killRedisServer, startRedisServer } from '../helpers/redis-server';
import { TEST_DATABASE_URL, dropSchema } from '../helpers/test-services';

/**
 * Subscribers that stay connected lose no event when another subscriber's connection is
 * killed, when Redis restarts, or when another gateway replica restarts; a client whose
 * connection went away reconnects and subscribes again. Real processes: two compiled gateways
 * on PostgreSQL, an entity service, and a redis-server of the test's own that is killed and
 * restarted.
 */

const EDITOR_KEY = 'live-outage-editor-5e1a';
const HEADLINES = 'subscription { articleIngested { headline } }';

// Arbitrary response shapes; each test checks the fields it names.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let stories = 0;
async function ingest(url: string, label: string): Promise<string> {
  const headline = `Outage story ${++stories}: ${label}`;
  const text = `World\n\n${headline}\n\nVIENNA — Angela Merkel met reporters in Vienna, officials said.\n\n"Words number ${stories}," Merkel said.\n`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
    body: JSON.stringify({ query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome } }', variables: { input: { text } } }),
  });
  const json = (await response.json()) as Json;
  expect(json.errors).toBeUndefined();
  return headline;
}

const headlinesOf = (s: LiveSubscription): string[] => s.results.map((r: Json) => r.data.articleIngested.headline);

/** Waits (polling, bounded: about 20 s) until `condition` holds. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

/** Ingests through `url` until every subscription has heard one (they are then in place). */
async function primed(url: string, subs: LiveSubscription[]): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const headline = await ingest(url, 'warm-up');
    for (let j = 0; j < 30 && !subs.every((s) => headlinesOf(s).includes(headline)); j++) await new Promise((resolve) => setTimeout(resolve, 10));
    if (subs.every((s) => headlinesOf(s).includes(headline))) return;
  }
  throw new Error('the subscriptions never heard an ingest');
}

/** A graphql-ws client that reconnects (and so subscribes again) after its connection is lost; `sockets` are its WebSockets, newest last. */
function reconnectingClient(httpUrl: string): { client: Client; sockets: WebSocket[]; connections: () => number } {
  const sockets: WebSocket[] = [];
  let connections = 0;
  class Recorded extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      sockets.push(this);
    }
  }
  const client = createClient({
    url: wsUrlOf(httpUrl),
    webSocketImpl: Recorded,
    lazy: false,
    retryAttempts: 50,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 200)),
    shouldRetry: () => true,
    onNonLazyError: () => undefined,
    on: { connected: () => void connections++ },
  });
  return { client, sockets, connections: () => connections };
}

describe('live subscriptions through outages', () => {
  const schema = `ng_live_outage_${process.pid}_${Date.now().toString(36)}`;
  let redisPort: number;
  let redis: ChildProcess;
  let entities: EntityServiceProcess;
  let bPort: number;
  let a: GatewayProcess;
  let b: GatewayProcess;
  const clients: Client[] = [];
  const env = (): Record<string, string> => ({
    DATABASE_URL: `${TEST_DATABASE_URL}?schema=${schema}`,
    ENTITY_SERVICE_URL: entities.url,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    REDIS_PREFIX: 'newsgraph-test:live-outage:',
    API_KEYS: `${EDITOR_KEY}:editor`,
    GRAPHIQL: 'off',
    LOG_LEVEL: 'warn',
  });

  beforeAll(async () => {
    redisPort = await closedPort();
    redis = await startRedisServer(redisPort);
    entities = await startEntityServiceProcess({ ENTITY_DATABASE_URL: `${TEST_DATABASE_URL}?schema=${schema}` });
    bPort = await closedPort();
    a = await startGatewayProcess(env());
    b = await startGatewayProcess({ ...env(), PORT: String(bPort) });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all([a?.stop(), b?.stop()]);
    await entities?.stop();
    if (redis) await killRedisServer(redis);
    await dropSchema(schema);
  });

  it('a killed subscriber connection costs the others nothing, and the client comes back subscribed', async () => {
    const steady = liveClient(a.url);
    clients.push(steady);
    const kept = subscribe(steady, HEADLINES);
    const flaky = reconnectingClient(a.url);
    clients.push(flaky.client);
    const comesBack = subscribe(flaky.client, HEADLINES);
    await primed(a.url, [kept, comesBack]);

    // The connection dies without a close handshake (as a dropped network link does).
    flaky.sockets[flaky.sockets.length - 1].terminate();
    const sent = [await ingest(a.url, 'while one connection is gone'), await ingest(a.url, 'right after')];
    await until(() => sent.every((h) => headlinesOf(kept).includes(h)));
    // The client reconnected and sent its subscription again: it hears what is ingested from then on.
    await until(() => flaky.connections() >= 2);
    await primed(a.url, [comesBack]);
    const after = await ingest(a.url, 'after the reconnect');
    await until(() => headlinesOf(comesBack).includes(after) && headlinesOf(kept).includes(after));
    // Exactly once each for the one connected throughout.
    for (const h of [...sent, after]) expect(headlinesOf(kept).filter((x) => x === h)).toHaveLength(1);
  }, 60_000);

  it('a Redis restart loses no event for subscribers connected throughout, on the ingesting replica and the other one', async () => {
    const onA = liveClient(a.url);
    const onB = liveClient(b.url);
    clients.push(onA, onB);
    const hereA = subscribe(onA, HEADLINES);
    const hereB = subscribe(onB, HEADLINES);
    await primed(a.url, [hereA, hereB]);

    await killRedisServer(redis);
    const during = [await ingest(a.url, 'while Redis is down'), await ingest(a.url, 'still down')];
    // Replica A's own subscribers hear its events without Redis.
    await until(() => during.every((h) => headlinesOf(hereA).includes(h)));

    redis = await startRedisServer(redisPort);
    // Once Redis is back (ioredis reconnects within about 2 s), B hears what A held for it, then what follows.
    await until(() => during.every((h) => headlinesOf(hereB).includes(h)));
    const after = await ingest(a.url, 'Redis is back');
    await until(() => headlinesOf(hereA).includes(after) && headlinesOf(hereB).includes(after));
    for (const s of [hereA, hereB]) {
      for (const h of [...during, after]) expect(headlinesOf(s).filter((x) => x === h)).toHaveLength(1);
    }
  }, 60_000);

  it('a restarting replica costs the other replica\'s subscribers nothing; its own clients get 1001 and subscribe again', async () => {
    const onA = liveClient(a.url);
    clients.push(onA);
    const hereA = subscribe(onA, HEADLINES);
    const toB = reconnectingClient(b.url);
    clients.push(toB.client);
    const hereB = subscribe(toB.client, HEADLINES);
    await primed(a.url, [hereA, hereB]);
    const closes: number[] = [];
    toB.sockets[toB.sockets.length - 1].on('close', (code) => closes.push(code));

    await b.stop();
    const during = await ingest(a.url, 'while B restarts');
    b = await startGatewayProcess({ ...env(), PORT: String(bPort) });
    // Going away: the client's cue to reconnect, and to subscribe again (graphql-ws does both).
    expect(closes).toEqual([1001]);
    await until(() => toB.connections() >= 2);
    await primed(b.url, [hereA, hereB]);
    const after = await ingest(b.url, 'through the restarted B');
    await until(() => headlinesOf(hereA).includes(after) && headlinesOf(hereB).includes(after));
    for (const h of [during, after]) expect(headlinesOf(hereA).filter((x) => x === h)).toHaveLength(1);
  }, 90_000);
});
