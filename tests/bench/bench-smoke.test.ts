import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generateCorpus } from '../../bench/corpus';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

describe('benchmark corpus generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Generates a corpus into a fresh store pair and reads back what a client would list. */
  async function generateInto(name: string, seed: number) {
    const store = SqliteArticleStore.open(join(dir, `${name}-news.db`));
    const entities = SqliteEntityService.open(join(dir, `${name}-entities.db`));
    try {
      const summary = await generateCorpus(store, entities, { seed, articles: 40, batchSize: 15 });
      const page = await store.listArticles({}, { limit: 40 });
      const ids = page.rows.map((r) => r.node.id);
      return {
        summary,
        count: await store.countArticles(),
        articles: page.rows.map((r) => r.node.headline),
        mentions: await store.mentionsByArticle(ids),
        quotes: await store.quotesByArticle(ids),
      };
    } finally {
      await store.close();
      await entities.close();
    }
  }

  it('writes the same corpus for the same seed, a different one for another seed', async () => {
    const a = await generateInto('a', 11);
    const b = await generateInto('b', 11);
    const c = await generateInto('c', 12);
    expect(a.count).toBe(40);
    expect(b).toEqual(a);
    expect(c.articles).not.toEqual(a.articles);
  });

  it('gives every article people, organizations and quotes by people it mentions', async () => {
    const { summary, mentions, quotes } = await generateInto('d', 5);
    expect(summary.mentions).toBe(mentions.flat().length);
    expect(summary.quotes).toBe(quotes.flat().length);
    mentions.forEach((list, i) => {
      const people = new Set(list.filter((m) => m.entityType === 'person').map((m) => m.entityId));
      expect(people.size).toBeGreaterThanOrEqual(2);
      expect(list.some((m) => m.entityType === 'organization')).toBe(true);
      expect(quotes[i].length).toBeGreaterThanOrEqual(1);
      for (const quote of quotes[i]) expect(people.has(quote.speakerId as number)).toBe(true);
    });
  });
});

describe('npm run bench with tiny settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-out-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts every server, checks their answers agree, measures and writes the results table', async () => {
    const out = join(dir, 'results.md');
    const env = {
      ...process.env,
      BENCH_ARTICLES: '60',
      BENCH_ROUNDS: '1',
      BENCH_DURATION: '1',
      BENCH_WARMUP: '0',
      BENCH_CONNECTIONS: '2',
      BENCH_SCENARIOS: 'front-page,article-by-slug',
      BENCH_OUT: out,
      BENCH_SUBSCRIPTIONS: '40',
      BENCH_SUBSCRIPTION_CONNECTIONS: '4',
      BENCH_SUBSCRIPTION_INGESTS: '2',
    };
    const { stdout } = await run(process.execPath, [join(ROOT, 'dist/bench/run.js')], { env, timeout: 100000 });
    expect(stdout).toMatch(/total time \d+ s/);
    const results = readFileSync(out, 'utf8');
    expect(results).toMatch(/Machine: \d+ cores, .+; Node\.js v\d+/);
    for (const target of ['ceiling', 'gateway', 'gateway-cached', 'gateway-pipeline', 'gateway-graphql-js', 'mercurius-jit', 'hand-written-store', 'hand-written-memory', 'mercurius-memory', 'baseline']) {
      expect(results).toMatch(new RegExp(`\\| front-page \\| ${target} \\| \\d+ \\|`));
    }
    expect(results).toMatch(/\| article-by-slug \| gateway \| \d+ \|/);
    // Statements and entity-service requests per operation equal the levels.
    expect(results).toMatch(/\| front-page \| 3 \/ 1 \| 3 \/ 1 \|/);
    expect(results).toContain('## Goals');
    // The subscription fan-out: every subscription heard every ingest.
    expect(results).toContain('40 `quoteAdded` subscriptions over 4 WebSocket connections');
    expect(results).toContain('| subscriptions that ended early | 0 |');
    expect(results).not.toContain('answered differently');
    expect(results).not.toMatch(/non-2xx/);
  }, 120000);
});

describe('the hand-written servers and Mercurius from memory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-peers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answer every scenario with the same data as the gateway, and are reported against it', async () => {
    const out = join(dir, 'results.md');
    const env = {
      ...process.env,
      BENCH_ARTICLES: '120',
      BENCH_ROUNDS: '1',
      BENCH_DURATION: '1',
      BENCH_WARMUP: '0',
      BENCH_CONNECTIONS: '2',
      BENCH_SERVERS: 'gateway,hand-written-store,hand-written-memory,mercurius-memory',
      BENCH_OUT: out,
      BENCH_SUBSCRIPTIONS: '0',
    };
    await run(process.execPath, [join(ROOT, 'dist/bench/run.js')], { env, timeout: 80000 });
    const results = readFileSync(out, 'utf8');
    // The runner compares each server's data and errors with the gateway's, byte for byte once re-serialized.
    expect(results).not.toContain('answered differently');
    expect(results).not.toContain('answered with errors');
    for (const scenario of ['front-page', 'article-by-slug', 'person-with-quotes', 'search', 'quotes-by-speaker']) {
      for (const target of ['gateway', 'hand-written-store', 'hand-written-memory', 'mercurius-memory']) {
        expect(results).toMatch(new RegExp(`\\| ${scenario} \\| ${target} \\| \\d+ \\|`));
      }
      // The hand-written server over the store is its own reference: 100% of itself.
      expect(results).toMatch(new RegExp(`\\| ${scenario} \\| hand-written-store \\|.*\\| 100\\.0% \\|[^|]+\\|[^|]+\\|$`, 'm'));
    }
    expect(results).toMatch(/gateway ≥ 70% of the hand-written server's efficiency/);
    expect(results).not.toMatch(/non-2xx/);
  }, 100000);
});
