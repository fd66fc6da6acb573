import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { ArticleStore } from '../../src/store/article-store';
import { PostgresArticleStore } from '../../src/store/postgres-article-store';
import type { ArticleDraft, CoOccurrenceKind } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { TEST_DATABASE_URL } from '../helpers/test-services';

type Opened = ArticleStore & { statementCount: number };

interface Backend {
  name: string;
  open(): Promise<Opened>;
  /** Runs SQL on the store's database, outside the store. */
  exec(sql: string): Promise<void>;
  /** The pair tables' migration version. */
  version: number;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pairs-'));
  const file = join(dir, 'news.db');
  return {
    name: 'SQLite',
    version: 6,
    open: async () => SqliteArticleStore.open(file),
    exec: async (sql) => {
      const db = new Database(file);
      db.exec(sql);
      db.close();
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresBackend(): Backend {
  const schema = `ng_pairs_${process.pid}_${Date.now().toString(36)}`;
  const exec = async (sql: string): Promise<void> => {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'PostgreSQL',
    version: 4,
    open: () => PostgresArticleStore.open(TEST_DATABASE_URL, { schema }),
    exec: (sql) => exec(`SET search_path TO ${schema}; ${sql}`),
    cleanup: () => exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
  };
}

let serial = 0;
function draft(url: string, day: number, entities: number[], speakers: (number | null)[] = []): ArticleDraft {
  serial++;
  return {
    slug: `pairs-${serial}`,
    url,
    headline: `Pairs story ${serial}`,
    section: 'World',
    dateline: null,
    byline: null,
    publishedAt: new Date(Date.UTC(2024, 0, day)).toISOString(),
    paragraphs: ['Someone met someone.', '"Words," someone said.'],
    images: [],
    contentHash: `pairs-hash-${serial}`,
    mentions: entities.flatMap((entityId) => [0, 1].map(() => ({ entityId, entityType: 'person' as const, text: 'X', paragraph: 0, start: 0, end: 1, method: 'exact-name', confidence: 0.9 }))),
    quotes: speakers.map((speakerId, i) => ({
      text: `Words ${i}`,
      speakerId,
      speakerName: speakerId === null ? null : `Speaker ${speakerId}`,
      paragraph: 1,
      start: 1,
      end: 6,
      partial: false,
      attribution: speakerId === null ? null : { method: 'said-verb-after', confidence: 0.8 },
    })),
  };
}

describe.each([sqliteBackend, postgresBackend])('pair counts (%p)', (makeBackend) => {
  let backend: Backend;
  let store: Opened;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    backend = makeBackend();
    store = await backend.open();
  });

  afterAll(async () => {
    await store?.close();
    await backend?.cleanup();
  });

  async function pairs(kind: CoOccurrenceKind, entityId: number, limit = 10, after: string | null = null) {
    const [page] = await store.coOccurrences([{ kind, entityId, page: { limit, after } }]);
    return page;
  }
  const summary = async (kind: CoOccurrenceKind, entityId: number) =>
    (await pairs(kind, entityId)).rows.map((r) => [r.node.entityId, r.node.count, r.node.latestArticleId]);

  it('counts each article once per pair, most shared first, with the newest shared article', async () => {
    ids.a = (await store.saveArticle(draft('https://pairs.example/a', 1, [1, 2, 3], [1, 2]))).id;
    ids.b = (await store.saveArticle(draft('https://pairs.example/b', 3, [1, 2], [1, 2, 2]))).id;
    ids.c = (await store.saveArticle(draft('https://pairs.example/c', 2, [4, 1], [4, 1, null]))).id;
    expect(await summary('mentioned', 1)).toEqual([[2, 2, ids.b], [3, 1, ids.a], [4, 1, ids.c]]);
    expect(await summary('mentioned', 4)).toEqual([[1, 1, ids.c]]);
    expect(await summary('quoted', 2)).toEqual([[1, 2, ids.b]]);
    expect(await summary('quoted', 1)).toEqual([[2, 2, ids.b], [4, 1, ids.c]]);
  });

  it('does not count an article twice when it is saved again, and moves its pairs when it changes', async () => {
    const again = draft('https://pairs.example/b', 3, [1, 2], [1, 2, 2]);
    again.contentHash = 'pairs-hash-b-same';
    // The same url with a new body: updated; its pairs are the same, so nothing changes.
    expect((await store.saveArticle(again)).outcome).toBe('updated');
    expect(await summary('mentioned', 1)).toEqual([[2, 2, ids.b], [3, 1, ids.a], [4, 1, ids.c]]);
    // B now names 1 and 3 (not 2), and is dated before A: 1–2 is down to A, 1–3 is up to 2.
    const changed = draft('https://pairs.example/b', 0, [1, 3], [3, 1]);
    expect((await store.saveArticle(changed)).outcome).toBe('updated');
    expect(await summary('mentioned', 1)).toEqual([[3, 2, ids.a], [2, 1, ids.a], [4, 1, ids.c]]);
    expect(await summary('mentioned', 2)).toEqual([[1, 1, ids.a], [3, 1, ids.a]]);
    expect(await summary('quoted', 3)).toEqual([[1, 1, ids.b]]);
    expect(await summary('quoted', 2)).toEqual([[1, 1, ids.a]]);
    // Unchanged (same url and body): nothing moves.
    expect((await store.saveArticle({ ...changed, contentHash: changed.contentHash })).outcome).toBe('unchanged');
    expect(await summary('mentioned', 1)).toEqual([[3, 2, ids.a], [2, 1, ids.a], [4, 1, ids.c]]);
  });

  it("follows an editor's correction of a speaker", async () => {
    const [quotes] = await store.quotesByArticle([ids.c]);
    const unattributed = quotes.find((q) => q.speakerId === null);
    if (!unattributed) throw new Error('no unattributed quote');
    await store.setQuoteSpeaker(unattributed.id, { id: 9, name: 'Speaker 9', method: 'editor', confidence: 1 });
    expect(await summary('quoted', 9)).toEqual([[1, 1, ids.c], [4, 1, ids.c]]);
    await store.setQuoteSpeaker(unattributed.id, { id: null, name: null, method: 'editor', confidence: 1 });
    expect(await summary('quoted', 9)).toEqual([]);
    expect(await summary('quoted', 4)).toEqual([[1, 1, ids.c]]);
  });

  it('pages by cursor, and answers many entities in one statement per kind', async () => {
    const first = await pairs('mentioned', 1, 2);
    expect(first.totalCount).toBe(3);
    expect(first.hasNextPage).toBe(true);
    const rest = await pairs('mentioned', 1, 2, first.rows[1].position);
    expect(rest.rows.map((r) => r.node.entityId)).toEqual([4]);
    expect(rest.hasNextPage).toBe(false);
    expect(rest.totalCount).toBe(3);
    // A page past the last pair is empty but keeps the entity's total.
    const past = await pairs('mentioned', 1, 2, rest.rows[0].position);
    expect([past.rows, past.hasNextPage, past.totalCount]).toEqual([[], false, 3]);

    const before = store.statementCount;
    const pages = await store.coOccurrences([1, 2, 3, 4, 5].map((entityId) => ({ kind: 'mentioned' as const, entityId, page: { limit: 10 } })));
    expect(store.statementCount - before).toBe(1);
    expect(pages.map((p) => p.rows.length)).toEqual([3, 2, 2, 1, 0]);
  });

  it('the migration fills the pair tables from the articles already stored', async () => {
    const expected = [await summary('mentioned', 1), await summary('quoted', 1), await summary('quoted', 4)];
    await store.close();
    await backend.exec(`DROP TABLE co_mentions; DROP TABLE co_quotes; DELETE FROM schema_migrations WHERE version = ${backend.version};`);
    store = await backend.open();
    expect([await summary('mentioned', 1), await summary('quoted', 1), await summary('quoted', 4)]).toEqual(expected);
    expect(expected[0]).toHaveLength(3);
  });
});
