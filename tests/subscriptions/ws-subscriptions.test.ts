import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';
import { liveClient, subscribe, wsUrlOf, type LiveSubscription } from '../helpers/live-client';

const EDITOR_KEY = 'live-editor-key-5b1e';
const READER_KEY = 'live-reader-key-77c0';

// Arbitrary response shapes; each test checks the fields it names.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

async function post(url: string, body: unknown, key?: string): Promise<{ status: number; json: Json }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { id headline quotes { id } } } }';

function article(section: string, headline: string, speaker: string, words: string): string {
  return `${section}\n\n${headline}\n\nGENEVA — ${speaker} spoke to reporters in Geneva on Monday, officials said.\n\n"${words}," ${speaker.split(' ').pop()} said.\n`;
}

async function ingest(url: string, text: string): Promise<Json> {
  const { json } = await post(url, { query: INGEST, variables: { input: { text } } }, EDITOR_KEY);
  expect(json.errors).toBeUndefined();
  return json.data.ingestArticle;
}

async function personId(url: string, name: string): Promise<string> {
  const { json } = await post(url, { query: 'query($s: String!) { people(first: 1, search: $s) { nodes { id name } } }', variables: { s: name } });
  return json.data.people.nodes[0].id;
}

/** Opens a raw graphql-transport-ws connection and acknowledges it; the test drives the messages. */
async function rawConnection(url: string, options: WebSocket.ClientOptions = {}): Promise<{ ws: WebSocket; messages: Json[]; closed: Promise<{ code: number; reason: string }> }> {
  const ws = new WebSocket(wsUrlOf(url), 'graphql-transport-ws', options);
  const messages: Json[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  ws.on('message', (data) => messages.push(JSON.parse(data.toString())));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.send(JSON.stringify({ type: 'connection_init', payload: {} }));
  await until(() => messages.some((m) => m.type === 'connection_ack'));
  return { ws, messages, closed };
}

let warmUps = 0;

/**
 * Subscribing is asynchronous: ingests warm-up articles until `probe` (subscribed last on its
 * connection, after the ones under test) has received one, so the others are in place too.
 */
async function primed(url: string, probe: LiveSubscription): Promise<void> {
  for (let i = 0; i < 50 && probe.results.length === 0; i++) {
    await ingest(url, article('Warm-up', `Warm-up story number ${++warmUps}`, 'Angela Merkel', `Nothing to add ${warmUps}`));
    await Promise.race([probe.received(1), new Promise((resolve) => setTimeout(resolve, 200))]);
  }
  expect(probe.results.length).toBeGreaterThan(0);
}

/** Waits for a condition by polling (bounded: fails the test after about 20 s). */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe('subscriptions over WebSocket, on the compiled gateway', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-live-'));
  let gateway: GatewayProcess;
  let tight: GatewayProcess;
  const clients: Client[] = [];
  const client = (key?: string): Client => {
    const c = liveClient(gateway.url, key);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    const common = { API_KEYS: `${EDITOR_KEY}:editor,${READER_KEY}:reader`, GRAPHIQL: 'off' };
    gateway = await startGatewayProcess({ ...common, DATABASE_URL: join(dir, 'news.db'), ENTITY_DATABASE_URL: join(dir, 'entities.db'), MAX_QUERY_DEPTH: '5' });
    tight = await startGatewayProcess({
      ...common,
      DATABASE_URL: join(dir, 'tight.db'),
      ENTITY_DATABASE_URL: join(dir, 'tight-entities.db'),
      REQUIRE_KEY_FOR_READS: 'true',
      WS_MAX_SUBSCRIPTIONS: '2',
      WS_SUBSCRIBES_PER_MINUTE: '4',
      WS_KEEPALIVE_MS: '1000', // short enough for the ping test, long enough for a loaded machine's pongs
      WS_MAX_CONNECTIONS_PER_ADDRESS: '3',
    });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all([gateway?.stop(), tight?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers quoteAdded for the speaker asked for, and articleIngested for the section asked for, after an ingest', async () => {
    const kerry = await personId(gateway.url, 'Kerry');
    const c = client();
    const kerryQuotes = subscribe(c, 'subscription($s: ID!) { quoteAdded(filter: { speaker: $s }) { text speaker { id name } article { headline } } }', { s: kerry });
    const sport = subscribe(c, 'subscription { articleIngested(filter: { section: "sport" }) { headline section } }');
    const probe = subscribe(c, 'subscription { articleIngested { headline } }');
    await primed(gateway.url, probe);
    const anything = subscribe(c, 'subscription { articleIngested(filter: { section: "world" }) { headline } }');
    await primed(gateway.url, subscribe(c, 'subscription { articleIngested { headline } }'));

    await ingest(gateway.url, article('World', 'Kerry speaks in Geneva', 'John F. Kerry', 'We had a frank exchange'));
    await ingest(gateway.url, article('Sport', 'Geneva wins the cup', 'Angela Merkel', 'A great match'));
    const [quote] = await kerryQuotes.received(1);
    expect(quote.data.quoteAdded).toEqual({ text: 'We had a frank exchange,', speaker: { id: kerry, name: 'John F. Kerry' }, article: { headline: 'Kerry speaks in Geneva' } });
    const [sportArticle] = await sport.received(1);
    expect(sportArticle.data.articleIngested).toEqual({ headline: 'Geneva wins the cup', section: 'Sport' });
    // Merkel's quotes (every warm-up's) never reached Kerry's subscription; the World one had no other section.
    expect((await anything.received(1)).map((r) => r.data.articleIngested.headline)).toEqual(['Kerry speaks in Geneva']);
    expect(kerryQuotes.results).toHaveLength(1);
    expect(sport.results).toHaveLength(1);
  });

  it('announces the quote kinds asked for: direct by default, reported speech with kinds', async () => {
    const c = client();
    const direct = subscribe(c, 'subscription { quoteAdded { kind text } }');
    const reported = subscribe(c, 'subscription { quoteAdded(filter: { kinds: [INDIRECT] }) { kind text cue } }');
    await primed(gateway.url, subscribe(c, 'subscription { articleIngested { headline } }'));
    const text = 'Ferry service resumes\n\nThe ferry will run again on Friday, harbor master Ines Vidal said on Tuesday.\n\n“We are ready,” Vidal said.\n';
    await ingest(gateway.url, text);
    // Warm-up articles (`…, officials said.` and a direct quote each) may come first.
    await until(() => reported.results.some((r) => r.data.quoteAdded.text === 'The ferry will run again on Friday'));
    await until(() => direct.results.some((r) => r.data.quoteAdded.text === 'We are ready,'));
    expect(reported.results.map((r) => r.data.quoteAdded)).toContainEqual({ kind: 'INDIRECT', text: 'The ferry will run again on Friday', cue: 'said' });
    expect(reported.results.every((r) => r.data.quoteAdded.kind === 'INDIRECT')).toBe(true);
    expect(direct.results.every((r) => r.data.quoteAdded.kind === 'DIRECT')).toBe(true);
  });

  it("announces an editor's correction as entityChanged for the person who gained the quote", async () => {
    const lavrov = await personId(gateway.url, 'Lavrov');
    const c = client();
    const changes = subscribe(c, 'subscription($id: ID!) { entityChanged(id: $id) { change entity { ... on Person { id name } } } }', { id: lavrov });
    await primed(gateway.url, subscribe(c, 'subscription { articleIngested { headline } }'));
    const ingested = await ingest(gateway.url, article('World', 'A quote to correct', 'Angela Merkel', 'This will be corrected'));
    const correction = await post(
      gateway.url,
      { query: 'mutation($q: ID!, $s: ID!) { correctQuoteSpeaker(input: { quoteId: $q, speakerId: $s }) { speaker { name } } }', variables: { q: ingested.article.quotes[0].id, s: lavrov } },
      EDITOR_KEY,
    );
    expect(correction.json.errors).toBeUndefined();
    const [change] = await changes.received(1);
    expect(change.data.entityChanged).toEqual({ change: 'CORRECTED', entity: { id: lavrov, name: 'Sergei Lavrov' } });
  });

  it('answers documents that are not a valid subscription with an error and a code, never a 500', async () => {
    const c = client();
    const codeOf = async (query: string, variables?: Record<string, unknown>): Promise<string> => {
      const s = subscribe(c, query, variables);
      await s.ended;
      // Refused before it ran: an `error` message; refused by its resolver (a bad filter): a `next` with errors, then `complete`.
      return s.errors?.[0]?.extensions?.code ?? s.results[0]?.errors?.[0]?.extensions?.code ?? `no error: ${JSON.stringify(s.results)}`;
    };
    expect(await codeOf('subscription { articleIngested { headline ')).toBe('GRAPHQL_PARSE_FAILED');
    expect(await codeOf('subscription { nothingHere }')).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await codeOf('{ articles(first: 1) { totalCount } }')).toBe('OPERATION_NOT_SUPPORTED');
    expect(await codeOf('subscription A { articleIngested { headline } } subscription B { quoteAdded { text } }')).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(await codeOf('subscription($s: ID!) { quoteAdded(filter: { speaker: $s }) { text } }')).toBe('BAD_USER_INPUT');
    // MAX_QUERY_DEPTH=5 on this gateway.
    expect(await codeOf('subscription { quoteAdded { article { quotes { speaker { quotes(first: 1) { nodes { text } } } } } } }')).toBe('QUERY_TOO_COMPLEX');
    expect(await codeOf('subscription { a1: articleIngested { headline } a2: articleIngested { headline } }')).toBe('GRAPHQL_VALIDATION_FAILED');
    const notAPerson = await codeOf('subscription($s: ID!) { quoteAdded(filter: { speaker: $s }) { text } }', { s: 'bm90LWFuLWlk' });
    expect(notAPerson).toBe('BAD_USER_INPUT');
  });

  it('answers a subscription sent over HTTP POST with OPERATION_NOT_SUPPORTED', async () => {
    const { status, json } = await post(gateway.url, { query: 'subscription { articleIngested { headline } }' });
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('OPERATION_NOT_SUPPORTED');
    expect(json.errors[0].message).toMatch(/WebSocket/);
  });

  it('takes the API key from connectionParams: a wrong key is refused (4403), reads need a key where the HTTP API needs one', async () => {
    const wrong = liveClient(tight.url, 'not-a-key');
    clients.push(wrong);
    const refused = subscribe(wrong, 'subscription { articleIngested { headline } }');
    await refused.ended;
    expect(refused.errors?.[0]?.code).toBe(4403);

    const anonymous = liveClient(tight.url);
    clients.push(anonymous);
    const noKey = subscribe(anonymous, 'subscription { articleIngested { headline } }');
    await noKey.ended;
    expect(noKey.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await Promise.all([wrong.dispose(), anonymous.dispose()]);
  });

  it('caps subscriptions and subscribe messages per connection', async () => {
    const c = liveClient(tight.url, READER_KEY);
    clients.push(c);
    const first = subscribe(c, 'subscription { articleIngested { headline } }');
    const second = subscribe(c, 'subscription { quoteAdded { text } }');
    const third = subscribe(c, 'subscription { articleIngested { section } }');
    await third.ended;
    expect(third.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_SUBSCRIPTIONS', limit: 2 });
    first.stop();
    second.stop();
    // Four subscribes a minute (WS_SUBSCRIBES_PER_MINUTE=4), refused ones included: the fifth is refused.
    const fourth = subscribe(c, 'subscription { articleIngested { headline } }');
    const fifth = subscribe(c, 'subscription { articleIngested { headline } }');
    await fifth.ended;
    expect(fifth.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(first.errors).toBeNull();
    expect(fourth.errors).toBeNull();
    await c.dispose();
  });

  it('pings every connection, and drops one that never answers with a pong', async () => {
    const answering = await rawConnection(tight.url, { headers: { authorization: `Bearer ${READER_KEY}` } });
    let pings = 0;
    answering.ws.on('ping', () => pings++);
    const silent = await rawConnection(tight.url, { autoPong: false });
    const { code } = await silent.closed;
    expect(code).toBe(1006); // terminated: no close frame
    await until(() => pings >= 2);
    expect(answering.ws.readyState).toBe(WebSocket.OPEN);
    answering.ws.close();
    // Closed before the next test, which counts this address's connections.
    await answering.closed;
  });

  it('refuses connections past the per-address cap with HTTP 429, and upgrades on other paths with 404', async () => {
    // WS_MAX_CONNECTIONS_PER_ADDRESS=3 (connections of earlier tests may still be closing).
    const open: WebSocket[] = [];
    let status = 0;
    while (status === 0 && open.length <= 3) {
      status = await new Promise<number>((resolve) => {
        const ws = new WebSocket(wsUrlOf(tight.url), 'graphql-transport-ws');
        ws.on('open', () => {
          open.push(ws);
          resolve(0);
        });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? -1));
        ws.on('error', () => undefined);
      });
    }
    expect(status).toBe(429);
    expect(open.length).toBeLessThanOrEqual(3);
    // Closed (handshake done) before going on: the next test connects from this address too.
    await Promise.all(open.map((ws) => new Promise((resolve) => {
      ws.once('close', resolve);
      ws.close();
    })));
    const elsewhere = await new Promise<number>((resolve) => {
      const ws = new WebSocket(wsUrlOf(tight.url).replace('/graphql', '/somewhere'), 'graphql-transport-ws');
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => undefined);
    });
    expect(elsewhere).toBe(404);
  });

  it('stopping the gateway (SIGTERM) closes open subscriptions with 1001 Going away, and the process exits', async () => {
    // The per-address cap (3) may still count a connection of an earlier test for a moment
    // after its close: a refused connection is retried, a few times at most.
    let live: LiveSubscription | null = null;
    for (let attempt = 0; attempt < 20 && live === null; attempt++) {
      const c = liveClient(tight.url, READER_KEY);
      clients.push(c);
      const candidate = subscribe(c, 'subscription { articleIngested { headline } }');
      const connected = await new Promise<boolean>((resolve) => {
        c.on('connected', () => resolve(true));
        c.on('closed', () => resolve(false));
      });
      if (connected) live = candidate;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (live === null) throw new Error('could not connect to the gateway');
    const exitCode = await tight.stop();
    expect(exitCode).toBe(0);
    await live.ended;
    expect(live.errors?.[0]?.code).toBe(1001);
  });
});
