import Database from 'better-sqlite3';
import { toGlobalId } from '../src/ids';
import type { Gateway } from '../src/server/gateway';
import { encodeArticlePosition } from '../src/store/positions';
import { seededRandom } from './corpus';
import { median } from './load';
import { readCounters } from './page-cache';
import { FRONT_PAGE } from './scenarios';

/**
 * Cold paths for `npm run bench:scale`: every run asks for a different
 * article, page, person or speaker, drawn (seeded) from the corpus, so that
 * the indexes and SQLite's page cache are measured, instead of one key the
 * record caches answer after its first run.
 *
 * Fair at every size: keys are drawn without replacement (a small corpus has
 * few people: drawing 200 of 100 with replacement made most runs at 1,000 articles
 * record-cache hits), and the gateway measured here reads through a store and an
 * entity service that keep no record cache (cacheEntries 0), so that one
 * operation's reads (a front page's articles, their mentions and quotes, the
 * people named) do not answer a later one's, which at 1,000 articles they mostly
 * would (its record caches hold the whole corpus). SQLite's own page cache works
 * as it always does. People are
 * drawn in the smallest corpus; every larger one draws, for each of them, a
 * person of the same popularity for that operation (articles mentioning them,
 * articles quoting them, quotes by them), or the nearest: a uniform draw in a
 * million articles picks people in about five times as many articles as in a
 * thousand (articles per person grow from 10 to 50), which is not the corpus
 * size the comparison is about.
 */
export interface ColdCorpus {
  /** The article database (read here for popularities, and to turn drawn articles into page cursors). */
  dbPath: string;
  articles: number;
  people: number;
  organizations: number;
}

export interface ColdSize {
  gateway: Gateway;
  corpus: ColdCorpus;
  /** The article store's statement count so far (ArticleStore.statementCount). */
  statementCount: () => number;
}

interface Request {
  query: string;
  variables: Record<string, unknown>;
}

export interface Latency {
  p50: number;
  p99: number;
  /** Store statements of the run that compiled the operation (a key outside the draws, as cold as they are). */
  statements: number;
  /** Timed runs (fewer than asked for the person operations when the smallest corpus has fewer people). */
  runs: number;
  /** Mean KB read from disk per timed run (null where the OS does not tell). */
  diskKb: number | null;
  /** Mean read calls per timed run, i.e. pages SQLite missed in its own cache (article store and entity service; null where the OS does not tell). */
  pageReads: number | null;
}

const FRONT_PAGE_AFTER = FRONT_PAGE.replace('query FrontPage {', 'query FrontPageAfter($after: String) {').replace('articles(first: 20)', 'articles(first: 20, after: $after)');
const ARTICLE = 'query($id: ID!) { article(id: $id) { id headline body people { name } quotes { text speaker { name } } } }';
const PERSON = `query($id: ID!) { person(id: $id) { id name title affiliations { id name }
  quotes(first: 10) { totalCount nodes { id text article { id headline slug publishedAt } } } } }`;
const filtered = (filter: string) => `query($p: ID!) { articles(first: 20, filter: { ${filter} }) { totalCount nodes { id headline publishedAt } } }`;

/** What a person's popularity is for each person operation: the count its answer walks or totals. */
const POPULARITY = {
  // Articles mentioning the person (the by-mention filter's totalCount).
  mentioned: 'SELECT entity_id AS id, n FROM entity_article_count WHERE entity_id > ? AND n > 0',
  // Articles quoting the person directly (the by-speaker filter's totalCount).
  quotedIn: `SELECT speaker_id AS id, COUNT(DISTINCT article_id) AS n FROM quotes
             WHERE speaker_id > ? AND kind = 'direct' GROUP BY speaker_id`,
  // Direct quotes by the person (Person.quotes' totalCount).
  quotes: "SELECT speaker_id AS id, n FROM speaker_kind_quote_count WHERE speaker_id > ? AND kind = 'direct' AND n > 0",
} as const;

type Popularity = keyof typeof POPULARITY;

interface Counted {
  id: number;
  n: number;
}

/** What the draws read from one corpus: people's popularities, and page cursors for articles. */
function readCorpus(corpus: ColdCorpus, cursorArticles: number[]): { people: Record<Popularity, Counted[]>; cursors: string[] } {
  const db = new Database(corpus.dbPath, { readonly: true });
  try {
    // The generator creates organizations first, so people's ids follow theirs.
    const people = Object.fromEntries(
      (Object.keys(POPULARITY) as Popularity[]).map((kind) => [kind, db.prepare<[number], Counted>(POPULARITY[kind]).all(corpus.organizations)]),
    ) as Record<Popularity, Counted[]>;
    const read = db.prepare<[number], { sort_time: number }>('SELECT sort_time FROM articles WHERE id = ?');
    const cursors = cursorArticles.map((id) => {
      const row = read.get(id);
      if (!row) throw new Error(`scale: article ${id} is missing from ${corpus.dbPath}`);
      return encodeArticlePosition({ sortTime: row.sort_time, id });
    });
    return { people, cursors };
  } finally {
    db.close();
  }
}

/** `count` distinct whole numbers from 1 to n, in a seeded random order (a partial Fisher-Yates shuffle). */
export function drawDistinct(random: () => number, n: number, count: number): number[] {
  const taken = new Map<number, number>();
  const drawn: number[] = [];
  for (let i = 0; i < Math.min(count, n); i++) {
    const j = i + Math.floor(random() * (n - i));
    drawn.push((taken.get(j) ?? j) + 1);
    taken.set(j, taken.get(i) ?? i);
  }
  return drawn;
}

/** For each target count, a different person of `pool` with that count, or the nearest (ties in the pool's seeded order). */
export function matchPopularity(random: () => number, pool: readonly Counted[], targets: readonly number[]): number[] {
  const order = drawDistinct(random, pool.length, pool.length).map((i) => pool[i - 1]);
  const byCount = [...order].sort((a, b) => a.n - b.n);
  const used = new Set<number>();
  return targets.map((target) => {
    let best = -1;
    for (let i = 0; i < byCount.length; i++) {
      if (used.has(i)) continue;
      if (best === -1 || Math.abs(byCount[i].n - target) < Math.abs(byCount[best].n - target)) best = i;
    }
    if (best === -1) throw new Error('scale: fewer people in a larger corpus than in the smallest');
    used.add(best);
    return byCount[best].id;
  });
}

/**
 * For every size, and each operation, up to `count` requests, each for a different drawn key
 * (people: as many as the smallest corpus has, drawn there and matched by popularity at the
 * other sizes; see the file comment). The last request of each list is the one that compiles
 * the operation, outside the timed runs.
 */
export function coldRequests(corpora: readonly ColdCorpus[], count: number, seed: number): Record<string, Request[]>[] {
  const random = seededRandom(seed);
  // Articles and pages: the same draws at every size, scaled to the corpus (articles are alike at every size).
  const articleDraws = corpora.map((corpus) => drawDistinct(seededRandom(seed + 1), corpus.articles, count));
  const cursorDraws = corpora.map((corpus) => drawDistinct(seededRandom(seed + 2), corpus.articles, count));
  const read = corpora.map((corpus, s) => readCorpus(corpus, cursorDraws[s]));
  const drawPeople = (kind: Popularity): number[][] => {
    const smallest = read[0].people[kind];
    const drawn = drawDistinct(random, smallest.length, count).map((i) => smallest[i - 1]);
    return read.map((size, s) => (s === 0 ? drawn.map((p) => p.id) : matchPopularity(random, size.people[kind], drawn.map((p) => p.n))));
  };
  const mentioned = drawPeople('mentioned');
  const speakers = drawPeople('quotedIn');
  const quoted = drawPeople('quotes');
  const person = (id: number) => toGlobalId('Person', id);
  return corpora.map((_, s) => ({
    'article by id, a different one each run': articleDraws[s].map((id) => ({ query: ARTICLE, variables: { id: toGlobalId('Article', id) } })),
    'front page, a different page each run': read[s].cursors.map((after) => ({ query: FRONT_PAGE_AFTER, variables: { after } })),
    'by mention, a different person each run': mentioned[s].map((id) => ({ query: filtered('mentions: [$p]'), variables: { p: person(id) } })),
    'by speaker, a different person each run': speakers[s].map((id) => ({ query: filtered('quotedSpeaker: $p'), variables: { p: person(id) } })),
    'person with quotes, a different person each run': quoted[s].map((id) => ({ query: PERSON, variables: { id: person(id) } })),
  }));
}

/** Read calls that reading the counters itself makes (a readFileSync of /proc/self/io), taken off each run's count. */
const COUNTER_CALLS = (() => {
  const first = readCounters();
  const second = readCounters();
  return first === null || second === null ? 0 : second.calls - first.calls;
})();

interface Sample {
  ms: number;
  /** Bytes read from disk; null where the OS does not tell. */
  disk: number | null;
  /** Read calls (pages missed in SQLite's caches); null where the OS does not tell. */
  calls: number | null;
}

/** One run's latency (ms), the bytes it had read from disk and its read calls. */
async function runOnce(gateway: Gateway, request: Request): Promise<Sample> {
  const before = readCounters();
  const started = process.hrtime.bigint();
  const response = await gateway.apollo.executeOperation(request, { contextValue: gateway.contextFor() });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  const after = readCounters();
  if (response.body.kind === 'single' && response.body.singleResult.errors) throw new Error(JSON.stringify(response.body.singleResult.errors));
  if (before === null || after === null) return { ms: elapsed, disk: null, calls: null };
  return { ms: elapsed, disk: after.diskBytes - before.diskBytes, calls: after.calls - before.calls - COUNTER_CALLS };
}

/** Mean of a field over runs, null when any run has it null. */
function meanOf(runs: readonly Sample[], field: 'disk' | 'calls'): number | null {
  if (runs.some((r) => r[field] === null)) return null;
  return runs.reduce((sum, r) => sum + (r[field] ?? 0), 0) / runs.length;
}

/**
 * Latency (median, p99) of every cold operation at every size, over up to `runs` runs each
 * (person operations: as many as the smallest corpus has people to draw, less one), the
 * sizes taking turns run by run like the other latencies. No warm-up on the drawn keys; the
 * operations' documents are compiled first by one run on a key outside the timed ones.
 */
export async function measureColdLatencies(sizes: ColdSize[], runs: number): Promise<Record<string, Latency>[]> {
  // The same seed at every size: the same draws, scaled or matched to each corpus.
  const requests = coldRequests(
    sizes.map((size) => size.corpus),
    runs + 1,
    20_261,
  );
  const statements = sizes.map(() => new Map<string, number>());
  for (const [s, size] of sizes.entries()) {
    for (const [name, list] of Object.entries(requests[s])) {
      const before = size.statementCount();
      await runOnce(size.gateway, list[list.length - 1]);
      statements[s].set(name, size.statementCount() - before);
    }
  }
  const samples = sizes.map((_, s) => Object.fromEntries(Object.keys(requests[s]).map((name) => [name, [] as Sample[]])));
  for (const name of Object.keys(requests[0])) {
    const timed = Math.min(...requests.map((bySize) => bySize[name].length)) - 1;
    for (let i = 0; i < timed; i++) {
      for (const [s, size] of sizes.entries()) samples[s][name].push(await runOnce(size.gateway, requests[s][name][i]));
    }
  }
  return samples.map((bySize, s) =>
    Object.fromEntries(
      Object.entries(bySize).map(([name, runsOf]) => {
        const values = runsOf.map((r) => r.ms).sort((a, b) => a - b);
        const p99 = values[Math.min(values.length - 1, Math.floor(values.length * 0.99))];
        const disk = meanOf(runsOf, 'disk');
        return [name, { p50: median(values), p99, statements: statements[s].get(name) ?? NaN, runs: values.length, diskKb: disk === null ? null : disk / 1024, pageReads: meanOf(runsOf, 'calls') }];
      }),
    ),
  );
}
