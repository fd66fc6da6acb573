import Database from 'better-sqlite3';
import { toGlobalId } from '../src/ids';
import type { Gateway } from '../src/server/gateway';
import { encodeArticlePosition } from '../src/store/positions';
import { seededRandom } from './corpus';
import { median } from './load';
import { FRONT_PAGE } from './scenarios';

/**
 * Cold paths for `npm run bench:scale`: every run asks for a different
 * article, page, person or speaker, drawn (seeded) from the corpus, so that
 * the indexes, SQLite's page cache and the record caches' misses are
 * measured, instead of one key the record caches answer after its first run.
 * The same draws are made at every size (the same seed), scaled to the corpus.
 */
export interface ColdCorpus {
  /** The article database (read here to turn drawn articles into page cursors). */
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
}

const FRONT_PAGE_AFTER = FRONT_PAGE.replace('query FrontPage {', 'query FrontPageAfter($after: String) {').replace('articles(first: 20)', 'articles(first: 20, after: $after)');
const ARTICLE = 'query($id: ID!) { article(id: $id) { id headline body people { name } quotes { text speaker { name } } } }';
const PERSON = `query($id: ID!) { person(id: $id) { id name title affiliations { id name }
  quotes(first: 10) { totalCount nodes { id text article { id headline slug publishedAt } } } } }`;
const filtered = (filter: string) => `query($p: ID!) { articles(first: 20, filter: { ${filter} }) { totalCount nodes { id headline publishedAt } } }`;

/** Cursors just after `count` drawn articles: each a page somewhere in the whole list. */
function pageCursors(dbPath: string, articleIds: number[]): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const read = db.prepare<[number], { sort_time: number }>('SELECT sort_time FROM articles WHERE id = ?');
    return articleIds.map((id) => {
      const row = read.get(id);
      if (!row) throw new Error(`scale: article ${id} is missing from ${dbPath}`);
      return encodeArticlePosition({ sortTime: row.sort_time, id });
    });
  } finally {
    db.close();
  }
}

/** For each operation, `count` requests, each for a different drawn key. */
export function coldRequests(corpus: ColdCorpus, count: number, seed: number): Record<string, Request[]> {
  const random = seededRandom(seed);
  const draw = (n: number) => Array.from({ length: count }, () => 1 + Math.floor(random() * n));
  // The generator creates organizations first, so people's ids follow theirs.
  const person = () => draw(corpus.people).map((i) => toGlobalId('Person', corpus.organizations + i));
  const articleIds = draw(corpus.articles);
  const cursors = pageCursors(corpus.dbPath, draw(corpus.articles));
  const mentioned = person();
  const speakers = person();
  const people = person();
  return {
    'article by id, a different one each run': articleIds.map((id) => ({ query: ARTICLE, variables: { id: toGlobalId('Article', id) } })),
    'front page, a different page each run': cursors.map((after) => ({ query: FRONT_PAGE_AFTER, variables: { after } })),
    'by mention, a different person each run': mentioned.map((p) => ({ query: filtered('mentions: [$p]'), variables: { p } })),
    'by speaker, a different person each run': speakers.map((p) => ({ query: filtered('quotedSpeaker: $p'), variables: { p } })),
    'person with quotes, a different person each run': people.map((id) => ({ query: PERSON, variables: { id } })),
  };
}

async function runOnce(gateway: Gateway, request: Request): Promise<number> {
  const started = process.hrtime.bigint();
  const response = await gateway.apollo.executeOperation(request, { contextValue: gateway.contextFor() });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (response.body.kind === 'single' && response.body.singleResult.errors) throw new Error(JSON.stringify(response.body.singleResult.errors));
  return elapsed;
}

/**
 * Latency (median, p99) of every cold operation at every size, over `runs` runs each, the
 * sizes taking turns in `rounds` rounds like the other latencies. No warm-up on the
 * drawn keys (that would warm the very caches this leaves out); the operations' documents
 * are compiled first by one run on a key outside the draws' order.
 */
export async function measureColdLatencies(sizes: ColdSize[], runs: number, rounds: number): Promise<Record<string, Latency>[]> {
  const perRound = Math.ceil(runs / rounds);
  // The same seed at every size: the same draws, scaled to each corpus.
  const requests = sizes.map((size) => coldRequests(size.corpus, perRound * rounds + 1, 20_261));
  const statements = sizes.map(() => new Map<string, number>());
  for (const [s, size] of sizes.entries()) {
    for (const [name, list] of Object.entries(requests[s])) {
      const before = size.statementCount();
      await runOnce(size.gateway, list[list.length - 1]);
      statements[s].set(name, size.statementCount() - before);
    }
  }
  const samples = sizes.map((_, s) => Object.fromEntries(Object.keys(requests[s]).map((name) => [name, [] as number[]])));
  for (let round = 0; round < rounds; round++) {
    for (const [s, size] of sizes.entries()) {
      for (const [name, list] of Object.entries(requests[s])) {
        for (let i = round * perRound; i < (round + 1) * perRound; i++) samples[s][name].push(await runOnce(size.gateway, list[i]));
      }
    }
  }
  return samples.map((bySize, s) =>
    Object.fromEntries(
      Object.entries(bySize).map(([name, values]) => {
        values.sort((a, b) => a - b);
        const p99 = values[Math.min(values.length - 1, Math.floor(values.length * 0.99))];
        return [name, { p50: median(values), p99, statements: statements[s].get(name) ?? NaN }];
      }),
    ),
  );
}
