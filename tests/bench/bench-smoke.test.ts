import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { articleDraft, generateCorpus, seededRandom } from '../../bench/corpus';
import type { OrganizationRecord, PersonRecord } from '../../src/records/entity-records';
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
      expect(quotes[i].some((q) => q.kind === 'direct')).toBe(true);
      for (const quote of quotes[i].filter((q) => q.kind === 'direct')) expect(people.has(quote.speakerId as number)).toBe(true);
    });
  });

  it('gives every article reported speech, about as much as direct quotes, stored as ingestion stores it', async () => {
    const { summary, mentions, quotes } = await generateInto('e', 8);
    const all = quotes.flat();
    const direct = all.filter((q) => q.kind === 'direct').length;
    const reported = all.filter((q) => q.kind !== 'direct');
    expect(summary.reportedQuotes).toBe(reported.length);
    expect(reported.length / direct).toBeGreaterThan(0.7);
    expect(reported.length / direct).toBeLessThan(1.4);
    expect(reported.some((q) => q.kind === 'mixed')).toBe(true);
    expect(reported.some((q) => q.sourceOrganizationId !== null)).toBe(true);
    const store = SqliteArticleStore.open(join(dir, 'e-news.db'));
    try {
      const page = await store.listArticles({}, { limit: 40 });
      page.rows.forEach(({ node: article }, i) => {
        const own = quotes[i].filter((q) => q.kind !== 'direct');
        expect(own.length).toBeGreaterThanOrEqual(1);
        const cast = new Set(mentions[i].map((m) => m.entityId));
        for (const q of own) {
          // "X said (that) …": the reported content lies in its own paragraph, after the cue.
          const paragraph = article.paragraphs[q.paragraph];
          expect(paragraph.slice(q.start, q.end)).toBe(q.text);
          expect(paragraph.slice(0, q.start)).toContain(` ${q.cue} `);
          expect(q.kind === 'mixed').toBe(/"[^"]+"/.test(q.text));
          // The source: a person of the article (also the speaker) or an organization it mentions, never both.
          expect((q.speakerId === null) !== (q.sourceOrganizationId === null)).toBe(true);
          expect(cast.has((q.speakerId ?? q.sourceOrganizationId) as number)).toBe(true);
          expect(paragraph.startsWith(q.speakerId === null ? `The ${q.speakerName}` : `${q.speakerName}`)).toBe(true);
        }
      });
    } finally {
      await store.close();
    }
  });

  it('draws reported speech from a generator of its own: the shared sequence gives what it gave without it', () => {
    const people = Array.from({ length: 12 }, (_, i) => ({ id: 100 + i, type: 'person', name: `Person${i} Surname${i}`, aliases: [`Surname${i}`], title: 'Minister', roles: [] })) as unknown as PersonRecord[];
    const organizations = Array.from({ length: 3 }, (_, i) => ({ id: i + 1, type: 'organization', name: `Org${i} Holdings`, aliases: [], kind: 'COMPANY' })) as unknown as OrganizationRecord[];
    const random = seededRandom(11);
    const drafts = [0, 1, 2].map((i) => articleDraft(i, 11, people, organizations, random));
    // Values the generator gave before reported speech was added (headlines, direct quotes, the next draw).
    expect(drafts.map((d) => d.headline)).toEqual([
      'Person2 Surname2 unveils interest rates (0)',
      'Person3 Surname3 rejects the election timetable (1)',
      'Person0 Surname0 rejects a new stadium (2)',
    ]);
    expect(drafts.map((d) => d.quotes.filter((q) => (q.kind ?? 'direct') === 'direct').length)).toEqual([1, 4, 3]);
    expect(drafts[1].quotes[0].text).toBe('Week every moment we not week speak.');
    expect(random()).toBe(0.7002642289735377);
    // Reported speech follows the seed and the article's index (its count, the direct quotes'), whatever the shared sequence is at.
    const reported = (d: (typeof drafts)[number]) => d.quotes.filter((q) => q.kind !== undefined && q.kind !== 'direct').map((q) => [q.kind, q.cue, q.text]);
    expect(reported(articleDraft(1, 11, people, organizations, seededRandom(999)))[0]).toEqual(reported(drafts[1])[0]);
    expect(reported(drafts[1])).not.toEqual(reported(drafts[2]));
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
      BENCH_SCENARIOS: 'front-page,front-page-all-kinds,article-by-slug',
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
    // Every kind of quote, against the direct-only front page in the same run.
    for (const target of ['ceiling', 'gateway', 'hand-written-store', 'hand-written-memory', 'mercurius-memory', 'baseline']) {
      expect(results).toMatch(new RegExp(`\\| front-page-all-kinds \\| ${target} \\| \\d+ \\|`));
    }
    expect(results).toMatch(/\| front-page-all-kinds \| 3 \/ 1 \| 3 \/ 1 \|/);
    expect(results).toMatch(/Front page with every kind of quote within 1\.2× of the direct-only front page's CPU per response \(gateway, same run\): [\d.]+ vs [\d.]+ ms = [\d.]+× — (met|\*\*not met\*\*)/);
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
    for (const scenario of ['front-page', 'front-page-all-kinds', 'article-by-slug', 'person-with-quotes', 'search', 'quotes-by-speaker']) {
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
