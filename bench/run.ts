import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SqliteEntityService } from '../src/entities/sqlite-entity-service';
import { SqliteArticleStore } from '../src/store/sqlite-article-store';
import { countBaselineOperations, countGatewayOperations, type OperationCost } from './count-operations';
import { generateCorpus, type CorpusSummary } from './corpus';
import { median, runLoad, type LoadRequest } from './load';
import { startServer, type ServerProcess } from './processes';
import { renderReport, type Measurement, type TargetInfo } from './report';
import { buildScenarios, type Scenario } from './scenarios';
import { benchSubscriptions, subscriptionBenchSettings } from './subscriptions';

/**
 * `npm run bench`: generates a corpus, starts every server in its own
 * process, checks they answer the same data, drives each scenario against
 * each server in interleaved rounds (each starting from the next server), and writes bench/results.md.
 *
 * Settings (environment): BENCH_ARTICLES (2000), BENCH_ROUNDS (3),
 * BENCH_DURATION seconds per run (3), BENCH_CONNECTIONS (20), BENCH_SEED (42),
 * BENCH_SCENARIOS (comma-separated names; all), BENCH_OUT (bench/results.md),
 * BENCH_WARMUP seconds per server and scenario before the rounds (1; 0 skips),
 * BENCH_EXECUTORS=all to compare graphql-js, the Apollo pipeline and the lane on every scenario
 * (default: the front page only), BENCH_SERVERS (comma-separated names of
 * the servers to load, e.g. `gateway,ceiling` for a short run; all),
 * BENCH_PROFILE_DIR (the uncached gateway writes a V8 CPU profile there when
 * it stops: `node --cpu-prof`). Then the subscription fan-out (bench/subscriptions.ts:
 * BENCH_SUBSCRIPTIONS, 10,000; 0 skips it).
 */
interface Settings {
  articles: number;
  rounds: number;
  durationSeconds: number;
  connections: number;
  seed: number;
  scenarios: string[] | null;
  out: string;
  compareExecutorsEverywhere: boolean;
  warmupSeconds: number;
  /** Names of the servers to load; null: all. The uncached gateway always runs (its answers are the reference). */
  servers: string[] | null;
  profileDir: string | null;
}

/** One thing autocannon can load: a server and the request shape it gets for a scenario. */
interface Target {
  info: TargetInfo;
  server: ServerProcess;
  appliesTo(scenario: Scenario): boolean;
  request(scenario: Scenario): LoadRequest;
}

const ROOT = resolve(__dirname, '../..');
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

function intSetting(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name}: expected a whole number from ${min}, got "${raw}"`);
  return value;
}

function readSettings(): Settings {
  return {
    articles: intSetting('BENCH_ARTICLES', 2000),
    rounds: intSetting('BENCH_ROUNDS', 3),
    durationSeconds: intSetting('BENCH_DURATION', 3),
    connections: intSetting('BENCH_CONNECTIONS', 20),
    seed: intSetting('BENCH_SEED', 42),
    scenarios: process.env.BENCH_SCENARIOS ? process.env.BENCH_SCENARIOS.split(',').map((s) => s.trim()) : null,
    out: resolve(process.env.BENCH_OUT ?? join(ROOT, 'bench/results.md')),
    compareExecutorsEverywhere: process.env.BENCH_EXECUTORS === 'all',
    warmupSeconds: intSetting('BENCH_WARMUP', 1, 0),
    servers: process.env.BENCH_SERVERS ? process.env.BENCH_SERVERS.split(',').map((s) => s.trim()) : null,
    profileDir: process.env.BENCH_PROFILE_DIR ? resolve(process.env.BENCH_PROFILE_DIR) : null,
  };
}

const log = (line: string): void => void process.stdout.write(`${line}\n`);

const postRequest = (url: string, scenario: Scenario): LoadRequest => ({
  url,
  method: 'POST',
  headers: JSON_HEADERS,
  body: JSON.stringify({ query: scenario.query, variables: scenario.variables, operationName: scenario.operationName }),
});

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A persisted-query GET (Apollo's APQ protocol): the hash instead of the text. */
function persistedGet(url: string, scenario: Scenario): LoadRequest {
  const params = new URLSearchParams({
    operationName: scenario.operationName,
    variables: JSON.stringify(scenario.variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(scenario.query) } }),
  });
  return { url: `${url}?${params}`, method: 'GET', headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } };
}

async function send(request: LoadRequest): Promise<{ status: number; contentType: string; body: string }> {
  const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
  return { status: response.status, contentType: response.headers.get('content-type') ?? 'application/json', body: await response.text() };
}

/** Registers the scenario's operation the way APQ clients do: a POST carrying both text and hash. */
async function registerPersisted(url: string, scenario: Scenario): Promise<void> {
  await send({
    url,
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({
      query: scenario.query,
      variables: scenario.variables,
      operationName: scenario.operationName,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(scenario.query) } },
    }),
  });
}

async function buildCorpus(dir: string, settings: Settings): Promise<{ summary: CorpusSummary; ms: number }> {
  const store = SqliteArticleStore.open(join(dir, 'news.db'));
  const entities = SqliteEntityService.open(join(dir, 'entities.db'));
  try {
    const started = Date.now();
    const summary = await generateCorpus(store, entities, { seed: settings.seed, articles: settings.articles });
    return { summary, ms: Date.now() - started };
  } finally {
    await store.close();
    await entities.close();
  }
}

async function countOperations(dir: string, scenarios: Scenario[]): Promise<{ gateway: Map<string, OperationCost>; baseline: Map<string, OperationCost> }> {
  const store = SqliteArticleStore.open(join(dir, 'news.db'));
  const entities = SqliteEntityService.open(join(dir, 'entities.db'));
  try {
    return { gateway: await countGatewayOperations(store, entities, scenarios), baseline: await countBaselineOperations(store, entities, scenarios) };
  } finally {
    await store.close();
    await entities.close();
  }
}

interface GraphQLBody {
  data?: unknown;
  errors?: unknown[];
}

/** Compares every server's answer with the gateway's; returns notes for anything that differs. */
async function checkAnswers(scenarios: Scenario[], targets: Target[], reference: Map<string, string>): Promise<string[]> {
  const notes: string[] = [];
  for (const scenario of scenarios) {
    const expected = reference.get(scenario.name) ?? '';
    const parsed = JSON.parse(expected) as GraphQLBody;
    if (parsed.errors) notes.push(`${scenario.name}: the gateway answered with errors: ${JSON.stringify(parsed.errors).slice(0, 300)}`);
    for (const target of targets) {
      if (!target.appliesTo(scenario) || target.info.name === 'ceiling') continue;
      const answer = await send(target.request(scenario));
      // Data and errors must agree; extensions (e.g. the limits plugin's cost) may differ.
      const body = JSON.parse(answer.body) as GraphQLBody;
      const same = JSON.stringify([body.data, body.errors]) === JSON.stringify([parsed.data, parsed.errors]);
      if (answer.status !== 200 || !same) {
        notes.push(`${scenario.name}: \`${target.info.name}\` answered differently from the gateway (HTTP ${answer.status}): ${answer.body.slice(0, 200)}`);
      }
    }
  }
  return notes;
}

async function measureAll(scenarios: Scenario[], targets: Target[], settings: Settings): Promise<Measurement[]> {
  const runs = new Map<string, Measurement[]>();
  const key = (s: Scenario, t: Target) => `${s.name}|${t.info.name}`;
  if (settings.warmupSeconds > 0) {
    log(`warming up (${settings.warmupSeconds} s per server and scenario)…`);
    for (const scenario of scenarios) {
      for (const target of targets) if (target.appliesTo(scenario)) await runLoad(target.request(scenario), settings.connections, settings.warmupSeconds);
    }
  }
  for (let round = 1; round <= settings.rounds; round++) {
    // Each round starts from the next server: a server measured in the same place every round
    // (right after the ceiling's 15,000-25,000 req/s, say) showed CPU per response up to 1.4x
    // that of the same build measured elsewhere in the round.
    const shift = (round - 1) % targets.length;
    const order = [...targets.slice(shift), ...targets.slice(0, shift)];
    for (const scenario of scenarios) {
      for (const target of order) {
        if (!target.appliesTo(scenario)) continue;
        const cpuBefore = target.server.cpuMs();
        const result = await runLoad(target.request(scenario), settings.connections, settings.durationSeconds);
        const cpuMsPerRequest = (target.server.cpuMs() - cpuBefore) / Math.max(1, result.requests);
        target.server.sampleRss();
        const list = runs.get(key(scenario, target)) ?? [];
        list.push({ scenario: scenario.name, target: target.info.name, ...result, cpuMsPerRequest });
        runs.set(key(scenario, target), list);
        log(`round ${round}/${settings.rounds} ${scenario.name.padEnd(20)} ${target.info.name.padEnd(18)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p99 ${result.p99Ms} ms  CPU ${cpuMsPerRequest.toFixed(3)} ms/response`);
      }
    }
  }
  return [...runs.values()].map((list) => ({
    scenario: list[0].scenario,
    target: list[0].target,
    requestsPerSecond: median(list.map((m) => m.requestsPerSecond)),
    p50Ms: median(list.map((m) => m.p50Ms)),
    p99Ms: median(list.map((m) => m.p99Ms)),
    cpuMsPerRequest: median(list.map((m) => m.cpuMsPerRequest)),
    non2xx: list.reduce((n, m) => n + m.non2xx, 0),
    errors: list.reduce((n, m) => n + m.errors, 0),
  }));
}

/** Keeps the Scale section `npm run bench:scale` wrote (it takes minutes; this run does not redo it). */
function withScaleSection(report: string, path: string): string {
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const start = existing.indexOf('## Scale');
  return start === -1 ? report : `${report.trimEnd()}\n\n${existing.slice(start)}`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const settings = readSettings();
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const servers: ServerProcess[] = [];
  const stopAll = () => Promise.all(servers.map((s) => s.stop()));
  process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
  try {
    const { summary, ms } = await buildCorpus(dir, settings);
    log(`corpus: ${summary.articles} articles, ${summary.quotes} quotes (${summary.reportedQuotes} reported), ${summary.people.length} people in ${(ms / 1000).toFixed(1)} s`);
    const scenarios = buildScenarios(summary).filter((s) => settings.scenarios === null || settings.scenarios.includes(s.name));
    const costs = await countOperations(dir, scenarios);

    const env = { DATABASE_URL: join(dir, 'news.db'), ENTITY_DATABASE_URL: join(dir, 'entities.db'), LOG_LEVEL: 'warn', NODE_ENV: 'production', GRAPHIQL: 'false',
      // One client address sends everything: per-client rate limits would measure the limiter, not the gateway.
      RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_KEY: '0' };
    const script = (path: string) => join(ROOT, 'dist/bench', path);
    const wanted = (name: string): boolean => settings.servers === null || settings.servers.includes(name);
    const startIf = async (name: string, path: string, args: string[], serverEnv: Record<string, string>, nodeArgs: string[] = []): Promise<ServerProcess | null> => {
      if (!wanted(name)) return null;
      const server = await startServer(name, script(path), args, serverEnv, nodeArgs);
      servers.push(server);
      return server;
    };
    // Uncached: the response cache off, so every request runs the whole pipeline. Always started: its answers are the reference.
    const profileArgs = settings.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${settings.profileDir}`] : [];
    const gateway = await startServer('gateway', script('servers/gateway-server.js'), [], { ...env, EXECUTOR: 'jit', RESPONSE_CACHE: 'off' }, profileArgs);
    servers.push(gateway);
    const gatewayJs = await startIf('gateway-graphql-js', 'servers/gateway-server.js', [], { ...env, EXECUTOR: 'graphql-js', RESPONSE_CACHE: 'off' });
    // Every request through Apollo's request pipeline: the lane's gain, measured in the same run.
    const gatewayPipeline = await startIf('gateway-pipeline', 'servers/gateway-server.js', [], { ...env, EXECUTOR: 'jit', RESPONSE_CACHE: 'off', FAST_LANE: 'off' });
    // Cached: the gateway with its defaults (response cache on).
    const gatewayCached = await startIf('gateway-cached', 'servers/gateway-server.js', [], { ...env, EXECUTOR: 'jit' });
    const baseline = await startIf('baseline', 'baseline-server.js', [], env);
    // The fastest Node.js GraphQL peer (Fastify + Mercurius + graphql-jit, with loaders), over the same store.
    const peer = await startIf('mercurius-jit', 'servers/mercurius-server.js', [], env);
    // Fair peers and the limit: the same answers without GraphQL (over the store's loaders, and from memory), and Mercurius from memory.
    const handStore = await startIf('hand-written-store', 'servers/hand-written-server.js', ['store'], env);
    const handMemory = await startIf('hand-written-memory', 'servers/hand-written-server.js', ['memory'], env);
    const peerMemory = await startIf('mercurius-memory', 'servers/mercurius-memory-server.js', [], env);

    // The ceiling answers exactly what the gateway answers.
    const reference = new Map<string, string>();
    const answers: Record<string, { contentType: string; body: string }> = {};
    for (const scenario of scenarios) {
      // Registered before anything else reaches that gateway, so that no cached answer stands in for the registration.
      if (gatewayCached) await registerPersisted(gatewayCached.url, scenario);
      const answer = await send(postRequest(gateway.url, scenario));
      reference.set(scenario.name, answer.body);
      answers[`/${scenario.name}`] = { contentType: answer.contentType, body: answer.body };
    }
    writeFileSync(join(dir, 'ceiling-answers.json'), JSON.stringify(answers));
    const ceiling = await startIf('ceiling', 'servers/ceiling-server.js', [join(dir, 'ceiling-answers.json')], {});

    const all = () => true;
    const candidates: (Omit<Target, 'server'> & { server: ServerProcess | null })[] = [
      { info: { name: 'ceiling', description: 'bare `node:http` answering the same bytes as the gateway (the ceiling)', maxRss: 0 }, server: ceiling, appliesTo: all, request: (s) => postRequest(`${ceiling?.url}/${s.name}`, s) },
      {
        info: { name: 'gateway', description: 'the gateway as `npm start` runs it (every plugin and route), POST, compiled execution (`EXECUTOR=jit`), response cache off (`RESPONSE_CACHE=off`): uncached', maxRss: 0 },
        server: wanted('gateway') ? gateway : null,
        appliesTo: all,
        request: (s) => postRequest(gateway.url, s),
      },
      {
        info: { name: 'gateway-cached', description: 'the gateway with its defaults (response cache on), persisted-query GET: the hash instead of the text (Apollo APQ), answered from the response cache before Apollo runs', maxRss: 0 },
        server: gatewayCached,
        appliesTo: all,
        request: (s) => persistedGet(gatewayCached?.url ?? '', s),
      },
      {
        info: { name: 'gateway-pipeline', description: 'the uncached gateway with the known-operation lane off (`FAST_LANE=off`): every request through Apollo\'s request pipeline, compiled execution, POST', maxRss: 0 },
        server: gatewayPipeline,
        appliesTo: (s) => settings.compareExecutorsEverywhere || s.name === 'front-page',
        request: (s) => postRequest(gatewayPipeline?.url ?? '', s),
      },
      {
        info: { name: 'gateway-graphql-js', description: 'the uncached gateway with `EXECUTOR=graphql-js` (graphql-js `execute`), POST', maxRss: 0 },
        server: gatewayJs,
        appliesTo: (s) => settings.compareExecutorsEverywhere || s.name === 'front-page',
        request: (s) => postRequest(gatewayJs?.url ?? '', s),
      },
      {
        info: { name: 'mercurius-jit', description: 'peer: Fastify 5 + Mercurius 16 with graphql-jit (`jit: 1`) and a set of DataLoaders per request (the usual way to batch with Mercurius), the baseline\'s SDL and root resolvers over the same store and entity service (bench/servers/mercurius-server.ts), POST', maxRss: 0 },
        server: peer,
        appliesTo: (s) => settings.compareExecutorsEverywhere || s.name === 'front-page',
        request: (s) => postRequest(peer?.url ?? '', s),
      },
      {
        info: { name: 'hand-written-store', description: 'no GraphQL: `node:http`, the answer assembled by hand from the same store and entity service through a fresh set of the gateway\'s loaders per request, `JSON.stringify` (bench/servers/hand-written-server.ts), POST', maxRss: 0 },
        server: handStore,
        appliesTo: all,
        request: (s) => postRequest(handStore?.url ?? '', s),
      },
      {
        info: { name: 'hand-written-memory', description: 'no GraphQL: the same hand-written server over the corpus read into memory once at start (bench/servers/memory-corpus.ts), POST', maxRss: 0 },
        server: handMemory,
        appliesTo: all,
        request: (s) => postRequest(handMemory?.url ?? '', s),
      },
      {
        info: { name: 'mercurius-memory', description: 'peer as its users build it: Fastify 5 + Mercurius 16 with graphql-jit (`jit: 1`), SDL and a resolver map with DataLoaders per request over the corpus in memory (bench/servers/mercurius-memory-server.ts), POST', maxRss: 0 },
        server: peerMemory,
        appliesTo: all,
        request: (s) => postRequest(peerMemory?.url ?? '', s),
      },
      { info: { name: 'baseline', description: 'plain Apollo Server 5 + graphql-js, SDL resolvers over the same store, no DataLoaders (bench/baseline-server.ts), POST', maxRss: 0 }, server: baseline, appliesTo: all, request: (s) => postRequest(baseline?.url ?? '', s) },
    ];
    const targets: Target[] = candidates.filter((t): t is Target => t.server !== null);
    const notes = await checkAnswers(scenarios, targets, reference);
    for (const note of notes) log(`note: ${note}`);

    const measurements = await measureAll(scenarios, targets, settings);
    for (const target of targets) target.info.maxRss = target.server.maxRss;
    await stopAll();
    // After the HTTP measurements, on the same corpus: the subscription fan-out (bench/subscriptions.ts).
    const live = subscriptionBenchSettings();
    const liveSection = live.subscriptions > 0 ? await benchSubscriptions(script('servers/gateway-server.js'), env, live, log) : '';
    const totalSeconds = (Date.now() - started) / 1000;
    const report = renderReport({
      date: new Date(),
      settings,
      corpus: {
        articles: summary.articles,
        mentions: summary.mentions,
        quotes: summary.quotes,
        reportedQuotes: summary.reportedQuotes,
        people: summary.people.length,
        organizations: summary.organizations.length,
        generationMs: ms,
      },
      scenarios,
      targets: targets.map((t) => t.info),
      measurements,
      gatewayCosts: costs.gateway,
      baselineCosts: costs.baseline,
      notes,
      totalSeconds,
    });
    writeFileSync(settings.out, withScaleSection(liveSection === '' ? report : `${report.trimEnd()}\n\n${liveSection}`, settings.out));
    log('');
    log(report);
    log(`bench: wrote ${settings.out}; total time ${totalSeconds.toFixed(0)} s`);
  } finally {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
