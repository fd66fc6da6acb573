import { createClient, type Client } from 'graphql-ws';
import { cpus, loadavg } from 'node:os';
import WebSocket from 'ws';
import { startServer, type ServerProcess } from './processes';

/**
 * The subscription fan-out benchmark (part of `npm run bench`; alone: `node dist/bench/subscriptions.js`):
 * the gateway as `npm start` wires it holds BENCH_SUBSCRIPTIONS subscriptions (10,000; 0 skips)
 * over BENCH_SUBSCRIPTION_CONNECTIONS WebSocket connections (500), each `quoteAdded` without a
 * filter; then BENCH_SUBSCRIPTION_INGESTS articles (10) are ingested one after the other, and
 * each ingest's quotes must reach every subscription. Reports the time to open them, the
 * gateway's memory before and with them, per ingest the time from sending the mutation to
 * the last subscriber's event (the ingest itself included), and over every delivery the time
 * from sending the mutation to that subscriber's client having parsed the frame. The clients
 * run in this process, the gateway in its own; both share the machine, so the CPU each used and
 * the load average are reported alongside. Figures, not a test: nothing here passes or fails on time.
 */
export interface SubscriptionBenchSettings {
  subscriptions: number;
  connections: number;
  ingests: number;
}

export function subscriptionBenchSettings(env: Record<string, string | undefined> = process.env): SubscriptionBenchSettings {
  const int = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name}: expected a whole number, got "${raw}"`);
    return value;
  };
  return { subscriptions: int('BENCH_SUBSCRIPTIONS', 10_000), connections: int('BENCH_SUBSCRIPTION_CONNECTIONS', 500), ingests: int('BENCH_SUBSCRIPTION_INGESTS', 20) };
}

const EDITOR_KEY = 'bench-subscriptions-editor-key';
/** Connections opened at once. */
const OPEN_BATCH = 50;
const SUBSCRIPTION = 'subscription { quoteAdded { id text speaker { name } } }';
const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { quotes { id } } } }';

function story(n: number): string {
  return `World\n\nFan-out story ${n}\n\nVIENNA — John F. Kerry met Sergei Lavrov in Vienna on day ${n}, officials said.\n\n"We spoke about number ${n}," Kerry said.\n`;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];

/** Runs the benchmark against a fresh gateway process on `env` (its stores); returns a markdown section. */
export async function benchSubscriptions(script: string, env: Record<string, string>, settings: SubscriptionBenchSettings, log: (line: string) => void): Promise<string> {
  const perConnection = Math.ceil(settings.subscriptions / Math.max(1, settings.connections));
  const gateway: ServerProcess = await startServer('gateway (subscriptions)', script, [], {
    ...env,
    API_KEYS: `${EDITOR_KEY}:editor`,
    WS_MAX_SUBSCRIPTIONS: String(perConnection),
    WS_SUBSCRIBES_PER_MINUTE: String(perConnection * 2),
    WS_MAX_CONNECTIONS_PER_ADDRESS: String(settings.connections + 10),
    // The load generator reads 10,000 subscriptions' events in one process: give it room, so that the
    // figures measure the gateway rather than the slow-consumer limit (which drops a reader that falls behind).
    WS_QUEUE_LIMIT: '100000',
    WS_MAX_BUFFERED_BYTES: String(256 * 1048576),
  });
  const clients: Client[] = [];
  try {
    const rssBefore = gateway.sampleRss();
    let lastReceived = 0;
    // Set while an ingest is measured: every delivery's latency from sending that ingest.
    let measuring: { sent: number; latencies: number[] } | null = null;
    let total = 0;
    const waiters: { count: number; resolve: () => void }[] = [];
    const onEvent = (): void => {
      total++;
      lastReceived = performance.now();
      measuring?.latencies.push(lastReceived - measuring.sent);
      for (const waiter of [...waiters]) {
        if (total < waiter.count) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    };
    const opening = performance.now();
    let open = 0;
    let ended = 0;
    // Connections open a batch at a time, each batch acknowledged (or refused) before the next, so that
    // on a busy machine none waits past the server's connection_init timeout.
    let refused = 0;
    for (let c = 0; c < settings.connections && open < settings.subscriptions; ) {
      const acknowledged: Promise<void>[] = [];
      for (const end = c + OPEN_BATCH; c < end && c < settings.connections && open < settings.subscriptions; c++) {
        const client = createClient({ url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, onNonLazyError: () => undefined });
        clients.push(client);
        for (let s = 0; s < perConnection && open < settings.subscriptions; s++, open++) {
          client.subscribe({ query: SUBSCRIPTION }, { next: onEvent, error: () => ended++, complete: () => ended++ });
        }
        acknowledged.push(
          new Promise((resolve) => {
            client.on('connected', () => resolve());
            client.on('closed', () => {
              refused++;
              resolve();
            });
          }),
        );
      }
      await Promise.all(acknowledged);
    }
    if (refused > 0) log(`subscriptions: ${refused} connections closed while opening`);
    // Every subscription is in place once a probe ingest reaches all of them.
    const post = async (n: number): Promise<number> => {
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` }, body: JSON.stringify({ query: INGEST, variables: { input: { text: story(n) } } }) });
      const body = (await response.json()) as { data?: { ingestArticle: { article: { quotes: unknown[] } } } };
      return body.data?.ingestArticle.article.quotes.length ?? 0;
    };
    // Bounded: a subscription that ended early (counted in `ended`) never gets its events.
    const until = (count: number): Promise<void> =>
      total >= count ? Promise.resolve() : Promise.race([new Promise<void>((resolve) => waiters.push({ count, resolve })), new Promise<void>((resolve) => setTimeout(resolve, 60_000).unref())]);
    let expected = 0;
    for (let probe = 0; probe < 100; probe++) {
      expected += (await post(-1 - probe)) * open;
      const settled = await Promise.race([until(expected).then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref())]);
      if (settled) break;
      expected = total;
    }
    const openMs = performance.now() - opening;
    const rssWith = gateway.sampleRss();
    log(`subscriptions: ${open} open over ${clients.length} connections in ${(openMs / 1000).toFixed(1)} s`);

    const fanOutMs: number[] = [];
    const ingestMs: number[] = [];
    const deliveries: number[] = [];
    const cpuBefore = { gateway: gateway.cpuMs(), client: process.cpuUsage() };
    const wallBefore = performance.now();
    let rssPeak = rssWith;
    for (let n = 0; n < settings.ingests; n++) {
      const before = total;
      const sent = performance.now();
      measuring = { sent, latencies: [] };
      const quotes = await post(n);
      ingestMs.push(performance.now() - sent);
      await until(before + quotes * open);
      fanOutMs.push(lastReceived - sent);
      deliveries.push(...measuring.latencies);
      measuring = null;
      rssPeak = Math.max(rssPeak, gateway.sampleRss());
    }
    const wallMs = performance.now() - wallBefore;
    const clientCpu = process.cpuUsage(cpuBefore.client);
    const gatewayCpuMs = gateway.cpuMs() - cpuBefore.gateway;
    const clientCpuMs = (clientCpu.user + clientCpu.system) / 1000;
    const sorted = [...fanOutMs].sort((a, b) => a - b);
    const each = deliveries.sort((a, b) => a - b);
    const ms = (values: number[], p: number): string => (values.length === 0 ? '-' : percentile(values, p).toFixed(0));
    const mb = (bytes: number): string => (bytes / 1048576).toFixed(0);
    const [load1] = loadavg();
    return [
      '## Subscriptions',
      '',
      `${open} \`quoteAdded\` subscriptions over ${clients.length} WebSocket connections to one gateway process (SQLite); the clients in the benchmark's own process; ${settings.ingests} ingests, one after the other (BENCH_SUBSCRIPTIONS, BENCH_SUBSCRIPTION_CONNECTIONS, BENCH_SUBSCRIPTION_INGESTS).`,
      '',
      '| measure | value |',
      '| --- | --- |',
      `| time to open every subscription (until a probe ingest reached all) | ${(openMs / 1000).toFixed(1)} s |`,
      `| gateway memory (RSS) before / with the subscriptions | ${mb(rssBefore)} MB / ${mb(rssWith)} MB |`,
      `| gateway memory (RSS) at its largest during the ingests | ${mb(rssPeak)} MB |`,
      `| from sending an ingest to the last subscriber's event (ingest included), per ingest: p50 / p90 / p99 / max | ${ms(sorted, 0.5)} / ${ms(sorted, 0.9)} / ${ms(sorted, 0.99)} / ${sorted[sorted.length - 1].toFixed(0)} ms |`,
      `| the ingest mutation's own response time: p50 / max | ${ms([...ingestMs].sort((a, b) => a - b), 0.5)} / ${Math.max(...ingestMs).toFixed(0)} ms |`,
      `| from sending an ingest to one subscriber's client having parsed the event, over every delivery: p50 / p90 / p99 | ${ms(each, 0.5)} / ${ms(each, 0.9)} / ${ms(each, 0.99)} ms |`,
      `| CPU used during the ingests: gateway / clients (of ${(wallMs / 1000).toFixed(1)} s wall time, ${cpus().length} cores, load average ${load1.toFixed(1)}) | ${(gatewayCpuMs / 1000).toFixed(1)} s / ${(clientCpuMs / 1000).toFixed(1)} s |`,
      `| events delivered | ${total} |`,
      `| subscriptions that ended early | ${ended} |`,
      '',
    ].join('\n');
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await gateway.stop();
  }
}

/** Alone: `node dist/bench/subscriptions.js` on fresh SQLite stores (the sample corpus), printing the section. */
if (require.main === module) {
  void (async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-live-'));
    try {
      const env = { DATABASE_URL: join(dir, 'news.db'), ENTITY_DATABASE_URL: join(dir, 'entities.db'), LOG_LEVEL: 'warn', NODE_ENV: 'production', GRAPHIQL: 'false', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_KEY: '0' };
      const section = await benchSubscriptions(join(__dirname, 'servers', 'gateway-server.js'), env, subscriptionBenchSettings(), (line) => process.stdout.write(`${line}\n`));
      process.stdout.write(`${section}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
