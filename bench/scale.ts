import 'reflect-metadata';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import type { Services } from '../src/context/request-context';
import { SqliteEntityService } from '../src/entities/sqlite-entity-service';
import { toGlobalId } from '../src/ids';
import { createGateway, type Gateway } from '../src/server/gateway';
import { SqliteArticleStore } from '../src/store/sqlite-article-store';
import { BULK_BATCH, ensureCorpus, type CorpusInfo } from './scale-corpus';
import { median } from './load';
import { startServer } from './processes';
import { FRONT_PAGE } from './scenarios';
import { measureColdLatencies } from './scale-cold';
import { warmPageCache } from './page-cache';
import { entityBackup, INGEST_COUNT, PIPELINE_COUNT, pipelineIngestRates, removeIngested, restoreEntities, ROUNDS, singleIngestRates } from './scale-ingest';

/**
 * `npm run bench:scale`: the same queries at 1,000 and at 1,000,000 articles
 * in the SQLite store. Corpora are generated once into SCALE_DIR (default
 * $TMPDIR/newsgraph-scale) and reused while their settings match; the large
 * one takes several minutes. Measures, per size: in-process latency (median
 * and p99 over SCALE_RUNS runs) of an article by id, the front page, and
 * article pages filtered by mention and by quoted speaker, a person's co-mentioned
 * and quoted-alongside entities and mention and quote timelines; the bulk and
 * single-article ingest rates; the database size; and the RSS of a gateway
 * process after serving those queries. Both sizes are open at once and take
 * turns (latency and single-article ingest), so a burst of other load on a
 * shared machine does not land on one size only. The articles the ingest
 * measure saves are removed afterwards, so a reused corpus keeps its size.
 * Writes the "Scale" section of bench/results.md.
 *
 * The filtered pages use, in each corpus, the person whose article count is
 * closest to SCALE_FANOUT (default 30), so that both sizes filter on an
 * entity of the same popularity and the comparison isolates the corpus size;
 * the most-mentioned person of the large corpus is measured too. Then the same
 * kinds of reads with a different article, page, person or speaker on every run
 * (bench/scale-cold.ts), so that the indexes and the record caches' misses are measured.
 */
interface ScaleSettings {
  dir: string;
  sizes: number[];
  runs: number;
  fanout: number;
  out: string;
}

interface Latency {
  p50: number;
  p99: number;
  /** Store statements of one run (after the warm-up: record-cache hits count as the statements they stand for). */
  statements?: number;
  /** Timed runs, where fewer than SCALE_RUNS (cold person reads: as many people as the small corpus has). */
  runs?: number;
  /** Mean KB read from disk per run (the cold reads; null where the OS does not tell). */
  diskKb?: number | null;
  /** Mean read calls per run: pages missed in SQLite's own caches (the cold reads; null where the OS does not tell). */
  pageReads?: number | null;
}

interface SizeResult {
  corpus: CorpusInfo;
  dbBytes: number;
  latency: Record<string, Latency>;
  fanout: { typical: number; top: number };
  singleIngestRate: number;
  /** Articles per second through the whole ingest pipeline (extraction, linking, store). */
  pipelineIngestRate: number;
  gatewayRss: number;
  /** Seconds to read the corpus's files through once, into the OS page cache, before the latencies. */
  warmSeconds: number;
}

const ROOT = resolve(__dirname, '../..');
const log = (line: string): void => void process.stdout.write(`${line}\n`);

function readScaleSettings(): ScaleSettings {
  const int = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${name}: expected a positive whole number`);
    return value;
  };
  return {
    dir: resolve(process.env.SCALE_DIR ?? join(tmpdir(), 'newsgraph-scale')),
    sizes: [int('SCALE_SMALL', 1000), int('SCALE_ARTICLES', 1_000_000)],
    runs: int('SCALE_RUNS', 200),
    fanout: int('SCALE_FANOUT', 30),
    out: resolve(process.env.BENCH_OUT ?? join(ROOT, 'bench/results.md')),
  };
}

/** The person whose article count is closest to `target`, and the most-mentioned one, with their counts. */
function pickPeople(dbPath: string, target: number): { typical: { id: number; count: number }; top: { id: number; count: number } } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db
      .prepare(`SELECT entity_id AS id, COUNT(DISTINCT article_id) AS count FROM mentions WHERE entity_type = 'person' GROUP BY entity_id`)
      .all() as { id: number; count: number }[];
    const typical = rows.reduce((best, row) => (Math.abs(row.count - target) < Math.abs(best.count - target) ? row : best));
    const top = rows.reduce((best, row) => (row.count > best.count ? row : best));
    return { typical, top };
  } finally {
    db.close();
  }
}

function operations(articleId: number, typical: number, top: number) {
  const filtered = (filter: string) => `query($p: ID!) { articles(first: 20, filter: { ${filter} }) { totalCount nodes { id headline publishedAt } } }`;
  return {
    'article by id': { query: 'query($id: ID!) { article(id: $id) { id headline body people { name } quotes { text speaker { name } } } }', variables: { id: toGlobalId('Article', articleId) } },
    'front page': { query: FRONT_PAGE, variables: {} },
    'by mention': { query: filtered('mentions: [$p]'), variables: { p: toGlobalId('Person', typical) } },
    'by speaker': { query: filtered('quotedSpeaker: $p'), variables: { p: toGlobalId('Person', typical) } },
    'by mention (most mentioned)': { query: filtered('mentions: [$p]'), variables: { p: toGlobalId('Person', top) } },
    ...liveGraphOperations(typical),
  };
}

/**
 * Co-occurrence and timelines of the typical person: the pair tables' first page (with each other
 * entity and the newest shared article), and the timelines over one fixed year (the corpus's first),
 * so that both sizes answer the same number of periods.
 */
function liveGraphOperations(typical: number) {
  const pairs = (field: string) =>
    `query($p: ID!) { person(id: $p) { ${field}(first: 10) { totalCount nodes { count entity { ... on Person { name } ... on Organization { name } } latestArticle { headline } } } } }`;
  const timeline = (field: string) => `query($p: ID!) { person(id: $p) { ${field}(interval: MONTH, from: "2015-01-01T00:00:00Z", to: "2016-01-01T00:00:00Z") { start count } } }`;
  const p = toGlobalId('Person', typical);
  return {
    'co-mentioned': { query: pairs('coMentioned'), variables: { p } },
    'quoted alongside': { query: pairs('quotedAlongside'), variables: { p } },
    'mention timeline': { query: timeline('mentionTimeline'), variables: { p } },
    'quote timeline': { query: timeline('quoteTimeline'), variables: { p } },
  };
}

/** The goal for every read: its median at the large size within this multiple of the small size's. */
const GOAL_RATIO = 1.5;

/** One run of `request` through the gateway, in milliseconds. */
async function runOnce(gateway: Gateway, request: { query: string; variables: Record<string, unknown> }): Promise<number> {
  const started = process.hrtime.bigint();
  const response = await gateway.apollo.executeOperation(request, { contextValue: gateway.contextFor() });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (response.body.kind === 'single' && response.body.singleResult.errors) throw new Error(JSON.stringify(response.body.singleResult.errors));
  return elapsed;
}

function latencyOf(samples: number[]): Latency {
  samples.sort((a, b) => a - b);
  return { p50: median(samples), p99: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.99))] };
}

/**
 * Latency of every operation at every size: after a warm-up, the sizes take turns
 * run by run, and each figure is over all its runs.
 */
async function measureLatencies(sizes: OpenedSize[], runs: number): Promise<Record<string, Latency>[]> {
  const samples = sizes.map((size) => Object.fromEntries(Object.keys(size.ops).map((name) => [name, [] as number[]])));
  for (const size of sizes) for (const op of Object.values(size.ops)) for (let i = 0; i < 20; i++) await runOnce(size.gateway, op);
  const statements: Record<string, number>[] = [];
  for (const size of sizes) {
    const counted: Record<string, number> = {};
    for (const [name, op] of Object.entries(size.ops)) {
      const before = size.store.statementCount;
      await runOnce(size.gateway, op);
      counted[name] = size.store.statementCount - before;
    }
    statements.push(counted);
  }
  // Run by run, each size in turn: a burst of other load lasts many runs, so it falls on both sizes alike.
  for (const name of Object.keys(sizes[0].ops)) {
    for (let i = 0; i < runs; i++) {
      for (const [s, size] of sizes.entries()) samples[s][name].push(await runOnce(size.gateway, size.ops[name as keyof typeof size.ops]));
    }
  }
  return samples.map((bySize, s) => Object.fromEntries(Object.entries(bySize).map(([name, values]) => [name, { ...latencyOf(values), statements: statements[s][name] }])));
}


async function gatewayRssAfterLoad(dir: string, ops: ReturnType<typeof operations>): Promise<number> {
  const server = await startServer('gateway', join(ROOT, 'dist/bench/servers/gateway-server.js'), [], {
    DATABASE_URL: join(dir, 'news.db'),
    ENTITY_DATABASE_URL: join(dir, 'entities.db'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    GRAPHIQL: 'false',
    RESPONSE_CACHE: 'off',
    RATE_LIMIT_PER_IP: '0',
    RATE_LIMIT_PER_KEY: '0',
  });
  try {
    for (let round = 0; round < 50; round++) {
      await Promise.all(
        Object.values(ops).map((op) => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(op) }).then((r) => r.text())),
      );
    }
    return server.sampleRss();
  } finally {
    await server.stop();
  }
}

interface OpenedSize {
  dir: string;
  corpus: CorpusInfo;
  picked: ReturnType<typeof pickPeople>;
  ops: ReturnType<typeof operations>;
  store: SqliteArticleStore;
  entities: SqliteEntityService;
  gateway: Gateway;
  /** The same databases without record caches, for the cold reads. */
  cold: { store: SqliteArticleStore; entities: SqliteEntityService; gateway: Gateway };
  gatewayStopped?: boolean;
}

async function stopGateway(size: OpenedSize): Promise<void> {
  if (size.gatewayStopped) return;
  size.gatewayStopped = true;
  await size.gateway.stop();
  await size.cold.gateway.stop();
  await size.cold.store.close();
  await size.cold.entities.close();
}

async function openSize(settings: ScaleSettings, articles: number): Promise<OpenedSize> {
  const dir = join(settings.dir, String(articles));
  log(`corpus of ${articles} articles in ${dir}…`);
  const corpus = await ensureCorpus(dir, articles, log);
  const picked = pickPeople(join(dir, 'news.db'), settings.fanout);
  const ops = operations(Math.ceil(articles / 2), picked.typical.id, picked.top.id);
  // A run stopped halfway left the corpus's entities aside: put them back, then keep a copy.
  restoreEntities(dir);
  copyFileSync(join(dir, 'entities.db'), entityBackup(dir));
  const store = SqliteArticleStore.open(join(dir, 'news.db'));
  const entities = SqliteEntityService.open(join(dir, 'entities.db'));
  const gateway = await readOnlyGateway(store, entities);
  // The cold reads' own gateway, on a store and entity service without record caches (bench/scale-cold.ts).
  const coldStore = SqliteArticleStore.open(join(dir, 'news.db'), { cacheEntries: 0 });
  const coldEntities = SqliteEntityService.open(join(dir, 'entities.db'), { cacheEntries: 0 });
  const cold = { store: coldStore, entities: coldEntities, gateway: await readOnlyGateway(coldStore, coldEntities) };
  return { dir, corpus, picked, ops, store, entities, gateway, cold };
}

function readOnlyGateway(store: SqliteArticleStore, entities: SqliteEntityService): Promise<Gateway> {
  const services: Services = { store, entities, ingest: () => Promise.reject(new Error('read-only')) };
  return createGateway({ services, logger: pino({ level: 'silent' }), executor: 'jit' });
}

async function measureSizes(settings: ScaleSettings): Promise<SizeResult[]> {
  const sizes: OpenedSize[] = [];
  try {
    for (const articles of settings.sizes) sizes.push(await openSize(settings, articles));
    // The corpora's files into the OS page cache first (bench/page-cache.ts): disk waits are the machine's free memory, not the store.
    const warmSeconds = sizes.map(({ dir }) => warmPageCache(join(dir, 'news.db')) + warmPageCache(join(dir, 'entities.db')));
    log(`files read into the OS page cache: ${warmSeconds.map((s) => `${s.toFixed(1)} s`).join(', ')}`);
    log('latency (the sizes take turns)…');
    const latencies = await measureLatencies(sizes, settings.runs);
    // Cold paths (bench/scale-cold.ts): a different article, page, person or speaker per run.
    log('latency with a different key per run (the sizes take turns)…');
    const cold = await measureColdLatencies(
      sizes.map(({ cold, dir, corpus }) => ({
        gateway: cold.gateway,
        corpus: { dbPath: join(dir, 'news.db'), ...corpus },
        statementCount: () => cold.store.statementCount,
      })),
      settings.runs,
    );
    cold.forEach((rows, s) => Object.assign(latencies[s], rows));
    for (const [s, size] of sizes.entries()) {
      for (const [name, { p50, p99 }] of Object.entries(latencies[s])) log(`  ${size.corpus.articles} articles, ${name}: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`);
    }
    for (const size of sizes) await stopGateway(size);
    const rss: number[] = [];
    for (const size of sizes) rss.push(await gatewayRssAfterLoad(size.dir, size.ops));
    log('single-article ingest into the store, then whole ingest (the sizes take turns)…');
    const singleRates = await singleIngestRates(sizes);
    const pipelineRates = await pipelineIngestRates(sizes);
    return sizes.map((size, s) => ({
      corpus: size.corpus,
      dbBytes: 0,
      latency: latencies[s],
      fanout: { typical: size.picked.typical.count, top: size.picked.top.count },
      singleIngestRate: singleRates[s],
      pipelineIngestRate: pipelineRates[s],
      gatewayRss: rss[s],
      warmSeconds: warmSeconds[s],
    }));
  } finally {
    for (const size of sizes) {
      await stopGateway(size);
      await size.store.close();
      await size.entities.close();
      removeIngested(join(size.dir, 'news.db'));
      restoreEntities(size.dir);
    }
  }
}

function renderScale(settings: ScaleSettings, small: SizeResult, large: SizeResult, seconds: number): string {
  const ms = (v: number) => v.toFixed(2);
  const ratio = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
  const secs = (s: number | undefined) => (s === undefined ? 'n/a' : `${s.toFixed(1)} s`);
  const lines = [
    `## Scale: ${small.corpus.articles.toLocaleString('en')} vs ${large.corpus.articles.toLocaleString('en')} articles (\`npm run bench:scale\`)`,
    '',
    `Written ${new Date().toISOString()}; ${seconds.toFixed(0)} s including any corpus generation. In-process latency through the whole gateway (Apollo, compiled execution, loaders, SQLite), median and p99 of ${settings.runs} sequential runs per query and size, the two sizes taking turns run by run (the single-article ingest in ${ROUNDS} rounds), so that other load on the machine falls on both. The reads "a different … each run" (bench/scale-cold.ts) never repeat a key, go through a gateway whose store and entity service keep no record cache, and draw at the large size people as popular as those drawn at the small one (people per corpus limit their runs, shown where fewer). Both corpora's files are read through once before the latencies, so that the OS page cache holds them as on a server with memory for its database (bench/page-cache.ts): otherwise a cold read at the large size waits for the disk on whatever part of the 6 GB other work on the machine has pushed out of memory; the bytes the cold reads still read from disk are shown per run, and their read calls (SQLite reads a page per call, so these are the pages a run missed in SQLite's own caches, of the article store and the entity service). Filters use a person mentioned in about ${settings.fanout} articles in each corpus (${small.fanout.typical} and ${large.fanout.typical}); the most-mentioned person is in ${small.fanout.top} and ${large.fanout.top} articles.`,
    '',
    `| query | p50 at ${small.corpus.articles} | p50 at ${large.corpus.articles} | ratio | p99 at ${small.corpus.articles} | p99 at ${large.corpus.articles} | store statements (small / large) | pages read per run (small / large) | read from disk per run (small / large) | goal: p50 within ${GOAL_RATIO}×, same statements |`,
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
    ...Object.keys(small.latency).map((name) => {
      const a = small.latency[name];
      const b = large.latency[name];
      const statements = a.statements === undefined || b.statements === undefined ? 'n/a' : `${a.statements} / ${b.statements}`;
      const runs = a.runs !== undefined && a.runs !== settings.runs ? ` (${a.runs} runs)` : '';
      const met = b.p50 <= GOAL_RATIO * a.p50 && a.statements === b.statements ? 'met' : 'not met';
      const disk = a.diskKb == null || b.diskKb == null ? '–' : `${a.diskKb.toFixed(1)} / ${b.diskKb.toFixed(1)} KB`;
      const pages = a.pageReads == null || b.pageReads == null ? '–' : `${a.pageReads.toFixed(1)} / ${b.pageReads.toFixed(1)}`;
      return `| ${name}${runs} | ${ms(a.p50)} ms | ${ms(b.p50)} ms | ${ratio(a.p50, b.p50)} | ${ms(a.p99)} ms | ${ms(b.p99)} ms | ${statements} | ${pages} | ${disk} | ${met} |`;
    }),
    '',
    '| figure | small | large |',
    '| --- | --: | --: |',
    `| articles / people / organizations | ${small.corpus.articles} / ${small.corpus.people} / ${small.corpus.organizations} | ${large.corpus.articles} / ${large.corpus.people} / ${large.corpus.organizations} |`,
    `| bulk load (saveArticles, ${BULK_BATCH.toLocaleString('en')} per transaction, pair counts left to the end): first tenth → last tenth | ${small.corpus.firstRate.toFixed(0)} articles/s (one batch) | ${large.corpus.firstRate.toFixed(0)} → ${large.corpus.lastRate.toFixed(0)} articles/s |`,
    `| pair counts built after the load (set-based) | ${secs(small.corpus.pairSeconds)} | ${secs(large.corpus.pairSeconds)} |`,
    `| whole generation (entities, articles, pair counts) | ${small.corpus.seconds.toFixed(0)} s | ${large.corpus.seconds.toFixed(0)} s |`,
    `| single-article ingest (saveArticle, one transaction each; ${INGEST_COUNT} articles, removed afterwards) | ${small.singleIngestRate.toFixed(0)} articles/s | ${large.singleIngestRate.toFixed(0)} articles/s (${ratio(small.singleIngestRate, large.singleIngestRate)}) |`,
    `| whole ingest (text extraction, entity linking, store, as \`ingest\` runs it; ${PIPELINE_COUNT} articles, removed afterwards with the entities they created) | ${small.pipelineIngestRate.toFixed(0)} articles/s | ${large.pipelineIngestRate.toFixed(0)} articles/s (${ratio(small.pipelineIngestRate, large.pipelineIngestRate)}) |`,
    `| files read into the OS page cache before the latencies | ${secs(small.warmSeconds)} | ${secs(large.warmSeconds)} |`,
    `| article database size | ${(small.dbBytes / 2 ** 20).toFixed(0)} MB | ${(large.dbBytes / 2 ** 20).toFixed(0)} MB |`,
    `| gateway RSS after serving these queries | ${(small.gatewayRss / 2 ** 20).toFixed(0)} MB | ${(large.gatewayRss / 2 ** 20).toFixed(0)} MB |`,
    '',
  ];
  return lines.join('\n');
}

/** Replaces (or appends) the Scale section of the results file, leaving the rest as `npm run bench` wrote it. */
function writeScaleSection(path: string, section: string): void {
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n\n';
  const start = existing.indexOf('## Scale');
  const before = start === -1 ? existing : existing.slice(0, start);
  writeFileSync(path, `${before.trimEnd()}\n\n${section}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const settings = readScaleSettings();
  const [small, large] = await measureSizes(settings);
  // Sizes on disk once the measured ingest is removed again.
  for (const [s, result] of [small, large].entries()) result.dbBytes = statSync(join(settings.dir, String(settings.sizes[s]), 'news.db')).size;
  const seconds = (Date.now() - started) / 1000;
  const section = renderScale(settings, small, large, seconds);
  writeScaleSection(settings.out, section);
  log('');
  log(section);
  log(`bench:scale: wrote ${settings.out}; total time ${seconds.toFixed(0)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:scale: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
