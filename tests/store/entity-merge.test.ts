import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { InvalidInputError } from '../../src/errors';
import type { ArticleStore } from '../../src/store/article-store';
import { PostgresArticleStore } from '../../src/store/postgres-article-store';
import type { ArticleDraft, CoOccurrenceKind } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { TEST_DATABASE_URL } from '../helpers/test-services';

/**
 * ArticleStore.mergeEntityReferences on both stores: after "Kerry" (2) is merged into
 * "John Kerry" (1), the store answers as if every article had named 1 all along.
 */
interface Backend {
  open(): Promise<ArticleStore>;
  cleanup(): Promise<void>;
}

function sqlite(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-merge-store-'));
  return { open: async () => SqliteArticleStore.open(join(dir, 'news.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

function postgres(): Backend {
  const schema = `ng_merge_${process.pid}_${Date.now().toString(36)}`;
  return {
    open: () => PostgresArticleStore.open(TEST_DATABASE_URL, { schema }),
    cleanup: async () => {
      const client = new Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => client.end());
    },
  };
}

let serial = 0;
/** An article published on 2024-01-`day` naming `people` (each twice) and quoting `speakers`; organization 50 is the source of unattributed quotes. */
function draft(day: number, people: number[], speakers: (number | null)[]): ArticleDraft {
  serial++;
  return {
    slug: `merge-${serial}`,
    url: `https://merge.example/${serial}`,
    headline: `Merge story ${serial}`,
    section: 'World',
    dateline: null,
    byline: null,
    publishedAt: new Date(Date.UTC(2024, 0, day)).toISOString(),
    paragraphs: ['Someone met someone.', '"Words," someone said.'],
    images: [],
    contentHash: `merge-hash-${serial}`,
    mentions: people.flatMap((entityId) => [0, 1].map(() => ({ entityId, entityType: 'person' as const, text: 'X', paragraph: 0, start: 0, end: 1, method: 'exact-name', confidence: 0.9 }))),
    quotes: speakers.map((speakerId, i) => ({
      text: `Words ${serial}-${i}`,
      speakerId,
      speakerName: speakerId === null ? null : `Speaker ${speakerId}`,
      paragraph: 1,
      start: 1,
      end: 6,
      partial: false,
      attribution: { method: 'said-verb-after', confidence: 0.8 },
      sourceOrganizationId: speakerId === null ? 50 : null,
    })),
  };
}

describe.each([
  ['SQLite', sqlite],
  ['PostgreSQL', postgres],
])('merging entity references (%s)', (_name, makeBackend) => {
  let backend: Backend;
  let store: ArticleStore;
  const article: Record<string, number> = {};
  let bUrl = '';

  beforeAll(async () => {
    backend = makeBackend();
    store = await backend.open();
    article.a = (await store.saveArticle(draft(1, [1, 2, 3], [1, 2]))).id;
    const b = draft(3, [2, 3], [2, null]);
    bUrl = b.url as string;
    article.b = (await store.saveArticle(b)).id;
    article.c = (await store.saveArticle(draft(2, [1, 4], [1, 5]))).id;
    article.d = (await store.saveArticle(draft(4, [6], [null]))).id;
  });

  afterAll(async () => {
    await store?.close();
    await backend?.cleanup();
  });

  const pairs = async (kind: CoOccurrenceKind, entityId: number) => {
    const [page] = await store.coOccurrences([{ kind, entityId, page: { limit: 10 } }]);
    return page.rows.map((r) => [r.node.entityId, r.node.count, r.node.latestArticleId]);
  };
  const articlesOf = async (entityId: number) => {
    const [page] = await store.articlesByEntity([{ entityId, page: { limit: 10 } }]);
    return { ids: page.rows.map((r) => r.node.id), total: page.totalCount };
  };
  const quotesOf = async (speakerId: number) => {
    const [page] = await store.quotesBySpeaker([{ speakerId, page: { limit: 10 } }]);
    return { articles: page.rows.map((r) => r.node.articleId), total: page.totalCount };
  };
  const timeline = async (kind: 'mentions' | 'quotes', entityId: number) => {
    const [buckets] = await store.timelines([{ kind, entityId, interval: 'month', fromMs: Date.UTC(2024, 0, 1), toMs: Date.UTC(2024, 1, 1) }]);
    return buckets.map((b) => b.count);
  };
  /** Everything a reader sees of people 1 to 4, and of organizations 50 and 51. */
  const view = async () => ({
    mentioned: [await pairs('mentioned', 1), await pairs('mentioned', 2), await pairs('mentioned', 3), await pairs('mentioned', 4)],
    quoted: [await pairs('quoted', 1), await pairs('quoted', 2), await pairs('quoted', 5)],
    articles: [await articlesOf(1), await articlesOf(2)],
    quotes: [await quotesOf(1), await quotesOf(2)],
    timelines: [await timeline('mentions', 1), await timeline('quotes', 1), await timeline('mentions', 2)],
    sources: (await store.listQuotes({ sourceOrganization: 51, kinds: ['direct'] }, { limit: 10 })).totalCount,
  });

  it('before: 2 shares articles with 1 and is quoted beside it', async () => {
    expect(await pairs('mentioned', 1)).toEqual([[2, 1, article.a], [3, 1, article.a], [4, 1, article.c]]);
    expect(await pairs('quoted', 1)).toEqual([[2, 1, article.a], [5, 1, article.c]]);
  });

  it('moves mentions, speakers and sources to the survivor, with pair counts summed and no pair of an entity with itself', async () => {
    expect(await store.mergeEntityReferences(1, [2])).toEqual({ articles: 2 });
    expect(await store.mergeEntityReferences(51, [50])).toEqual({ articles: 2 });
    const after = await view();
    expect(after).toEqual({
      // A named 1, 2 and 3: now 1 and 3. B named 2 and 3: now 1 and 3. So 1–3 is shared twice, newest B.
      mentioned: [[[3, 2, article.b], [4, 1, article.c]], [], [[1, 2, article.b]], [[1, 1, article.c]]],
      // A quoted 1 and 2: now only 1, no pair. C quoted 1 and 5.
      quoted: [[[5, 1, article.c]], [], [[1, 1, article.c]]],
      articles: [{ ids: [article.b, article.c, article.a], total: 3 }, { ids: [], total: 0 }],
      quotes: [{ articles: [article.b, article.c, article.a, article.a], total: 4 }, { articles: [], total: 0 }],
      timelines: [[3], [4], [0]],
      sources: 2,
    });
  });

  it('run again, changes nothing', async () => {
    const before = await view();
    expect(await store.mergeEntityReferences(1, [2])).toEqual({ articles: 0 });
    expect(await view()).toEqual(before);
  });

  it('an article saved again later keeps counting once', async () => {
    const before = await view();
    // A new version of B that still names (the survivor) 1 and 3.
    const again = draft(3, [1, 3], [1, null]);
    expect((await store.saveArticle({ ...again, url: bUrl })).outcome).toBe('updated');
    const after = await view();
    expect(after.mentioned).toEqual(before.mentioned);
    expect(after.articles).toEqual(before.articles);
  });

  it('refuses a request that is no merge, changing nothing', async () => {
    const before = await view();
    for (const [into, from] of [[1, [1]], [1, []], [0, [2]], [1, [2.5]]] as [number, number[]][]) {
      await expect(store.mergeEntityReferences(into, from)).rejects.toBeInstanceOf(InvalidInputError);
    }
    expect(await view()).toEqual(before);
  });
});
