import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { PostgresArticleStore } from '../../src/store/postgres-article-store';
import type { ArticleDraft } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { dropSchema, TEST_DATABASE_URL } from '../helpers/test-services';

/*
 * The pair counts a bulk load builds in one set-based pass (saveArticles with pairCounts
 * 'rebuild', then rebuildPairCounts) are the counts the saves keep article by article,
 * on a corpus with repeated names, shared publish times, unquoted speakers, re-saves that
 * change an article's cast and re-saves that change nothing.
 */

type PairTableRow = [entityId: number, otherId: number, count: number, latestSortTime: number, latestArticleId: number];
interface PairTables {
  mentioned: PairTableRow[];
  quoted: PairTableRow[];
}

const PEOPLE = ['Ada Quill', 'Bram Osei', 'Cato Verne', 'Dora Lind', 'Emil Fenn', 'Fay Marsh', 'Gus Hale', 'Hana Roe', 'Ivo Park', 'Jun Tao'];

/** A small seeded generator, so both stores receive exactly the same drafts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function story(n: number, version: number, cast: number[], speakers: (number | null)[], day: number): ArticleDraft {
  const names = cast.map((id) => PEOPLE[id - 1]);
  const first = `${names.join(' and ')} met on the harbour plan. ${names[0]} spoke first, then ${names[0]} left.`;
  const mentions = cast.flatMap((id, i) => {
    const start = first.indexOf(names[i]);
    const found = [{ entityId: id, entityType: 'person' as const, text: names[i], paragraph: 0, start, end: start + names[i].length, method: 'exact-name', confidence: 1 }];
    // The first person is named three times: still one article for each of their pairs.
    if (i === 0) {
      for (let from = start + 1, at = first.indexOf(names[0], from); at !== -1; from = at + 1, at = first.indexOf(names[0], from)) {
        found.push({ ...found[0], start: at, end: at + names[0].length });
      }
    }
    return found;
  });
  const lines = speakers.map((_, q) => `"We will look at berth ${q + 1} again," one of them said.`);
  return {
    slug: `harbour-${n}`,
    url: `https://harbour.example/${n}`,
    headline: `Harbour plan, part ${n}`,
    section: 'Local',
    dateline: null,
    byline: null,
    // Several stories share a day: the newest shared article is then the one with the higher id.
    publishedAt: new Date(Date.UTC(2023, 4, 1 + day)).toISOString(),
    paragraphs: [first, ...lines, `Version ${version}.`],
    images: [],
    contentHash: `harbour-${n}-v${version}`,
    mentions,
    quotes: speakers.map((speakerId, q) => {
      const text = `We will look at berth ${q + 1} again,`;
      return {
        text,
        speakerId,
        speakerName: speakerId === null ? null : PEOPLE[speakerId - 1],
        paragraph: q + 1,
        start: 1,
        end: 1 + text.length,
        partial: false,
        attribution: speakerId === null ? null : { method: 'said-verb-after', confidence: 0.7 },
      };
    }),
  };
}

/** Forty stories, then a dozen re-saves: some with a new cast or speakers, some word for word the same. */
function corpus(): ArticleDraft[] {
  const next = random(2023);
  const pick = (count: number): number[] => {
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(1 + Math.floor(next() * next() * PEOPLE.length));
    return [...chosen];
  };
  const speakersOf = (cast: number[]): (number | null)[] => cast.slice(0, 1 + Math.floor(next() * 3)).map((id) => (next() < 0.2 ? null : id));
  const drafts: ArticleDraft[] = [];
  for (let n = 1; n <= 40; n++) {
    const cast = pick(2 + Math.floor(next() * 3));
    drafts.push(story(n, 1, cast, speakersOf(cast), Math.floor(n / 3)));
  }
  for (let n = 3; n <= 36; n += 3) {
    if (n % 2 === 0) {
      drafts.push({ ...drafts[n - 1] });
      continue;
    }
    const cast = pick(2 + Math.floor(next() * 3));
    drafts.push(story(n, 2, cast, speakersOf(cast), Math.floor(n / 3) + (n % 9 === 0 ? 5 : 0)));
  }
  return drafts;
}

function sqlitePairs(file: string): PairTables {
  const db = new Database(file, { readonly: true });
  try {
    const read = (table: string) =>
      db.prepare(`SELECT entity_id, other_id, count, latest_sort_time, latest_article_id FROM ${table} ORDER BY entity_id, other_id`).raw().all() as PairTableRow[];
    return { mentioned: read('co_mentions'), quoted: read('co_quotes') };
  } finally {
    db.close();
  }
}

describe('pair counts built after a bulk load (SQLite)', () => {
  let dir: string;
  const drafts = corpus();
  let incremental: PairTables;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-pair-rebuild-'));
    const store = SqliteArticleStore.open(join(dir, 'incremental.db'));
    for (const draft of drafts) await store.saveArticle(draft);
    await store.close();
    incremental = sqlitePairs(join(dir, 'incremental.db'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the corpus has pairs shared by several articles, ties on publish time and re-saves', () => {
    expect(incremental.mentioned.length).toBeGreaterThan(30);
    expect(incremental.quoted.length).toBeGreaterThan(5);
    expect(Math.max(...incremental.mentioned.map((row) => row[2]))).toBeGreaterThan(3);
    expect(new Set(drafts.map((d) => d.url)).size).toBeLessThan(drafts.length);
  });

  it('gives the counts and newest articles the saves keep one by one', async () => {
    const file = join(dir, 'bulk.db');
    const store = SqliteArticleStore.open(file);
    for (let i = 0; i < drafts.length; i += 7) await store.saveArticles(drafts.slice(i, i + 7), { pairCounts: 'rebuild' });
    // Before the rebuild the load has kept no pairs at all.
    expect(sqlitePairs(file)).toEqual({ mentioned: [], quoted: [] });
    await store.rebuildPairCounts();
    expect(sqlitePairs(file)).toEqual(incremental);
    const [page] = await store.coOccurrences([{ kind: 'mentioned', entityId: 1, page: { limit: 3 } }]);
    expect(page.rows.map((r) => r.node.entityId)).toHaveLength(Math.min(3, incremental.mentioned.filter((row) => row[0] === 1).length));
    await store.close();
  });

  it('saving the same corpus again, one by one or in bulk, changes no count', async () => {
    const one = SqliteArticleStore.open(join(dir, 'incremental.db'));
    for (const draft of drafts) await one.saveArticle(draft);
    await one.close();
    expect(sqlitePairs(join(dir, 'incremental.db'))).toEqual(incremental);

    const bulk = SqliteArticleStore.open(join(dir, 'bulk.db'));
    const outcomes = await bulk.saveArticles(drafts, { pairCounts: 'rebuild' });
    // Every article is found again (the re-saved ones go back to their first version and on to their second).
    expect(outcomes.filter((o) => o.outcome === 'created')).toEqual([]);
    expect(outcomes.filter((o) => o.outcome === 'updated').length).toBeGreaterThan(0);
    await bulk.rebuildPairCounts();
    await bulk.close();
    expect(sqlitePairs(join(dir, 'bulk.db'))).toEqual(incremental);
  });

  it('a rebuild of counts the saves kept changes nothing', async () => {
    const store = SqliteArticleStore.open(join(dir, 'incremental.db'));
    await store.rebuildPairCounts();
    await store.close();
    expect(sqlitePairs(join(dir, 'incremental.db'))).toEqual(incremental);
  });

  it('a bulk load stopped before its rebuild leaves the counts marked stale, across opens, until one is run', async () => {
    const file = join(dir, 'stopped.db');
    const store = SqliteArticleStore.open(file);
    expect(await store.pairCountsStale()).toBe(false);
    await store.saveArticles(drafts.slice(0, 30), { pairCounts: 'rebuild' });
    expect(await store.pairCountsStale()).toBe(true);
    await store.close();
    // Opening does not rebuild (another process may still be loading): the mark stays.
    const reopened = SqliteArticleStore.open(file);
    expect(await reopened.pairCountsStale()).toBe(true);
    expect(sqlitePairs(file)).toEqual({ mentioned: [], quoted: [] });
    // Saves kept one by one meanwhile do not clear it; the rebuild counts them too.
    for (const draft of drafts.slice(30)) await reopened.saveArticle(draft);
    expect(await reopened.pairCountsStale()).toBe(true);
    await reopened.rebuildPairCounts();
    expect(await reopened.pairCountsStale()).toBe(false);
    await reopened.close();
    expect(sqlitePairs(file)).toEqual(incremental);
  });
});

describe('pair counts rebuilt set-based (PostgreSQL)', () => {
  const schema = `ng_pair_rebuild_${process.pid}_${Date.now().toString(36)}`;
  let store: PostgresArticleStore;
  let client: Client;

  beforeAll(async () => {
    store = await PostgresArticleStore.open(TEST_DATABASE_URL, { schema });
    client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
  });

  afterAll(async () => {
    await store?.close();
    await client?.end();
    await dropSchema(schema);
  });

  async function postgresPairs(): Promise<PairTables> {
    const read = async (table: string) =>
      (
        await client.query<Record<string, string | number>>(
          `SELECT entity_id, other_id, count, latest_sort_time, latest_article_id FROM ${schema}.${table} ORDER BY entity_id, other_id`,
        )
      ).rows.map((row) => [row.entity_id, row.other_id, row.count, row.latest_sort_time, row.latest_article_id].map(Number) as PairTableRow);
    return { mentioned: await read('co_mentions'), quoted: await read('co_quotes') };
  }

  it('the saves keep the counts a rebuild gives, and the same as SQLite', async () => {
    const drafts = corpus();
    for (const draft of drafts) await store.saveArticle(draft);
    const kept = await postgresPairs();
    expect(kept.mentioned.length).toBeGreaterThan(30);
    await store.rebuildPairCounts();
    expect(await postgresPairs()).toEqual(kept);

    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pair-rebuild-pg-'));
    try {
      const sqlite = SqliteArticleStore.open(join(dir, 'news.db'));
      for (const draft of drafts) await sqlite.saveArticle(draft);
      await sqlite.close();
      expect(sqlitePairs(join(dir, 'news.db'))).toEqual(kept);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
