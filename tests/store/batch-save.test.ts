import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { ArticleStore } from '../../src/store/article-store';
import type { BatchSaveResult } from '../../src/store/batch-save';
import { PostgresArticleStore } from '../../src/store/postgres-article-store';
import type { ArticleDraft } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { TEST_DATABASE_URL } from '../helpers/test-services';

/** Fresh, empty stores of one kind, and a way to make saving a quote whose text is BOOM fail inside the database. */
interface Backend {
  open(): Promise<ArticleStore>;
  injectQuoteFailure(): Promise<void>;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-batch-'));
  let opened = 0;
  const files: string[] = [];
  return {
    open: async () => {
      files.push(join(dir, `news-${opened++}.db`));
      return SqliteArticleStore.open(files[files.length - 1]);
    },
    injectQuoteFailure: async () => {
      for (const file of files) {
        const db = new Database(file);
        db.exec(`CREATE TRIGGER boom BEFORE INSERT ON quotes WHEN NEW.text = 'BOOM' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;`);
        db.close();
      }
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

let schemaSerial = 0;
function postgresBackend(): Backend {
  const schemas: string[] = [];
  const withClient = async (sql: string): Promise<void> => {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    open: () => {
      schemas.push(`ng_batch_test_${process.pid}_${Date.now().toString(36)}_${schemaSerial++}`);
      return PostgresArticleStore.open(TEST_DATABASE_URL, { schema: schemas[schemas.length - 1] });
    },
    injectQuoteFailure: async () => {
      for (const schema of schemas) {
        await withClient(`
          CREATE FUNCTION ${schema}.boom() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.text = 'BOOM' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$;
          CREATE TRIGGER boom BEFORE INSERT ON ${schema}.quotes FOR EACH ROW EXECUTE FUNCTION ${schema}.boom();`);
      }
    },
    cleanup: async () => {
      for (const schema of schemas) await withClient(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

/** A draft of a short story numbered `n`: one mention of entity n and one quote by speaker n (its words `words`). */
function story(n: number, words = `We will rebuild the harbour wall ${n}`, overrides: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    slug: `harbour-story-${n}`,
    url: `https://coast.example/harbour/${n}`,
    headline: `Harbour story ${n} keyword${n}`,
    section: 'Local',
    dateline: 'PORTMERE',
    byline: null,
    publishedAt: new Date(Date.UTC(2023, 4, n)).toISOString(),
    paragraphs: [`Mayor Ellen Quist spoke at the quay on day ${n}.`, `"${words}," Quist said.`],
    images: [],
    contentHash: `harbour-hash-${n}`,
    mentions: [{ entityId: n, entityType: 'person', text: 'Ellen Quist', paragraph: 0, start: 6, end: 17, method: 'exact-name', confidence: 0.9 }],
    quotes: [{ text: words, speakerId: n, speakerName: 'Ellen Quist', paragraph: 1, start: 1, end: 1 + words.length, partial: false, attribution: { method: 'said-verb-after', confidence: 0.8 } }],
    ...overrides,
  };
}

/** The outcome of each slot, or the error's message. */
const outcomes = (results: BatchSaveResult[]): string[] => results.map((r) => (r.ok ? r.outcome : `error: ${r.error.message}`));

/** What a reader sees of the stored article with this slug: headline, its mentions' entities and its quotes' words and speakers. */
async function seen(store: ArticleStore, slug: string): Promise<unknown> {
  const [article] = await store.getArticlesBySlug([slug]);
  if (article === null) return null;
  const [mentions] = await store.mentionsByArticle([article.id]);
  const [quotes] = await store.quotesByArticle([article.id]);
  return { headline: article.headline, entities: mentions.map((m) => m.entityId), quotes: quotes.map((q) => [q.text, q.speakerId]) };
}

describe.each([
  ['sqlite', sqliteBackend],
  ['postgres', postgresBackend],
])('%s store, saveArticleBatch', (_kind, makeBackend) => {
  let backend: Backend;
  let store: ArticleStore;

  beforeEach(async () => {
    backend = makeBackend();
    store = await backend.open();
  });

  afterEach(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('stores every article of a batch as single saves would, in one transaction', async () => {
    const drafts = [1, 2, 3, 4].map((n) => story(n));
    const before = store.statementCount;
    const results = await store.saveArticleBatch(drafts);
    const batchStatements = store.statementCount - before;
    expect(outcomes(results)).toEqual(['created', 'created', 'created', 'created']);
    expect(await store.countArticles()).toBe(4);
    for (const [i, r] of results.entries()) {
      expect(r.ok && (await store.getArticles([r.id]))[0]?.slug).toBe(`harbour-story-${i + 1}`);
      expect(await seen(store, `harbour-story-${i + 1}`)).toEqual({
        headline: `Harbour story ${i + 1} keyword${i + 1}`,
        entities: [i + 1],
        quotes: [[`We will rebuild the harbour wall ${i + 1}`, i + 1]],
      });
    }
    expect((await store.listArticles({ search: 'keyword3' }, { limit: 5 })).totalCount).toBe(1);

    // The same drafts saved one at a time into another empty store: three more BEGIN and COMMIT pairs.
    const other = await backend.open();
    try {
      const start = other.statementCount;
      for (const d of drafts) await other.saveArticle(d);
      expect(other.statementCount - start).toBe(batchStatements + 2 * 3);
      for (const n of [1, 2, 3, 4]) expect(await seen(other, `harbour-story-${n}`)).toEqual(await seen(store, `harbour-story-${n}`));
    } finally {
      await other.close();
    }
  });

  it('reads a later draft with an earlier draft’s url as a new version of it, within the batch', async () => {
    const first = story(5);
    const revised = story(5, 'We will rebuild the harbour wall by spring', { headline: 'Harbour story revised', contentHash: 'harbour-hash-5b' });
    const results = await store.saveArticleBatch([first, revised, revised]);
    expect(outcomes(results)).toEqual(['created', 'updated', 'unchanged']);
    expect(new Set(results.map((r) => r.ok && r.id)).size).toBe(1);
    expect(await store.countArticles()).toBe(1);
    expect(await seen(store, 'harbour-story-5')).toEqual({ headline: 'Harbour story revised', entities: [5], quotes: [['We will rebuild the harbour wall by spring', 5]] });
  });

  it('leaves out an invalid draft in the middle and stores the others', async () => {
    const results = await store.saveArticleBatch([story(6), story(7, undefined, { headline: '  ' }), story(8)]);
    expect(outcomes(results)).toEqual(['created', 'error: Invalid article: the headline is empty', 'created']);
    expect(await store.countArticles()).toBe(2);
    expect(await seen(store, 'harbour-story-7')).toBeNull();
    expect(await seen(store, 'harbour-story-8')).toEqual({ headline: 'Harbour story 8 keyword8', entities: [8], quotes: [['We will rebuild the harbour wall 8', 8]] });
  });

  it('stores the rest of the batch whole when one article fails inside the database', async () => {
    await backend.injectQuoteFailure();
    const results = await store.saveArticleBatch([story(9), story(10, 'BOOM'), story(11)]);
    expect(outcomes(results)).toEqual(['created', 'error: simulated failure', 'created']);
    expect(await store.countArticles()).toBe(2);
    // Nothing of the failed article: no row, no search text, no mentions, no quotes.
    expect(await seen(store, 'harbour-story-10')).toBeNull();
    expect((await store.listArticles({ search: 'keyword10' }, { limit: 5 })).totalCount).toBe(0);
    expect((await store.articlesByEntity([{ entityId: 10, page: { limit: 5 } }]))[0].totalCount).toBe(0);
    expect((await store.listQuotes({ speakers: [10] }, { limit: 5 })).totalCount).toBe(0);
    // The others whole, each once.
    for (const n of [9, 11]) {
      expect(await seen(store, `harbour-story-${n}`)).toEqual({ headline: `Harbour story ${n} keyword${n}`, entities: [n], quotes: [[`We will rebuild the harbour wall ${n}`, n]] });
      expect((await store.listQuotes({ speakers: [n] }, { limit: 5 })).totalCount).toBe(1);
    }
    // The store still saves afterwards.
    expect(outcomes(await store.saveArticleBatch([story(12)]))).toEqual(['created']);
  });

  it('answers an empty batch with no slots and writes nothing', async () => {
    expect(await store.saveArticleBatch([])).toEqual([]);
    expect(await store.countArticles()).toBe(0);
  });
});
