import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleStore } from '../../src/store/article-store';
import { PostgresArticleStore } from '../../src/store/postgres-article-store';
import type { ArticleDraft, Page } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite-migrations';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres-migrations';
import { Client } from 'pg';
import { TEST_DATABASE_URL, dropSchema } from '../helpers/test-services';

/**
 * Pages of a frequently mentioned entity and a frequently quoted speaker: read
 * straight off the mention and speaker indexes, with maintained totals (SQLite).
 * These tests check the answers, not the speed: every page in order, no gaps
 * or duplicates, and totals that follow re-ingests, corrections and filters.
 */
const ARTICLES = 90;
const POPULAR = 7;
const RARE = 8;
const OTHER = 9;
const BASE_TIME = Date.parse('2021-03-01T00:00:00.000Z');

interface Backend {
  open(): Promise<ArticleStore>;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-frequent-'));
  return { open: async () => SqliteArticleStore.open(join(dir, 'news.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

function postgresBackend(): Backend {
  const schema = `ng_frequent_${process.pid}_${Date.now().toString(36)}`;
  return {
    open: () => PostgresArticleStore.open(TEST_DATABASE_URL, { schema }),
    cleanup: () => dropSchema(schema),
  };
}

function mention(entityId: number, paragraph: number): ArticleDraft['mentions'][number] {
  return { entityId, entityType: 'person', text: 'Name', paragraph, start: 0, end: 4, method: 'exact-name', confidence: 0.9 };
}

function quote(speakerId: number): ArticleDraft['quotes'][number] {
  return { text: 'We will', speakerId, speakerName: `Speaker ${speakerId}`, paragraph: 1, start: 1, end: 8, partial: false, attribution: { method: 'said-verb-after', confidence: 0.8 } };
}

/**
 * Article i: the popular entity in two of three articles (twice in every
 * fourth, which must still count once), the rare one in every tenth; the
 * popular speaker quoted twice in every even article. Several articles share a
 * publish time, so ties are ordered by id.
 */
function draftFor(i: number, mentionPopular = i % 3 !== 0): ArticleDraft {
  const mentions = [mention(OTHER, 0)];
  if (mentionPopular) mentions.push(mention(POPULAR, 0));
  if (mentionPopular && i % 4 === 0) mentions.push(mention(POPULAR, 1));
  if (i % 10 === 0) mentions.push(mention(RARE, 1));
  return {
    slug: `frequent-${i}`,
    url: `https://news.example/frequent/${i}`,
    headline: `Frequent ${i}`,
    section: i % 2 === 0 ? 'World' : 'Politics',
    dateline: null,
    byline: null,
    publishedAt: new Date(BASE_TIME + Math.floor(i / 3) * 60_000).toISOString(),
    paragraphs: ['Name said things.', '"We will," Name said.'],
    images: [],
    contentHash: `frequent-${i}`,
    mentions,
    quotes: i % 2 === 0 ? [quote(POPULAR), quote(POPULAR)] : [quote(OTHER)],
  };
}

/** Every page of a listing, following positions. */
async function walk<T>(limit: number, fetchPage: (page: { limit: number; after: string | null }) => Promise<Page<T>>): Promise<Page<T>[]> {
  const pages: Page<T>[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage({ limit, after });
    pages.push(page);
    if (!page.hasNextPage) return pages;
    after = page.rows[page.rows.length - 1].position;
  }
}

describe.each([
  ['sqlite', sqliteBackend],
  ['postgres', postgresBackend],
])('%s store: pages of a frequently mentioned entity', (_kind, makeBackend) => {
  let backend: Backend;
  let store: ArticleStore;
  /** Article ids by draft index. */
  const ids: number[] = [];

  /** Newest first (publish time DESC, id DESC) among the draft indexes given. */
  const newestFirst = (indexes: number[]): number[] =>
    [...indexes].sort((a, b) => Math.floor(b / 3) - Math.floor(a / 3) || ids[b] - ids[a]).map((i) => ids[i]);
  const range = Array.from({ length: ARTICLES }, (_, i) => i);

  beforeAll(async () => {
    backend = makeBackend();
    store = await backend.open();
    for (const i of range) ids.push((await store.saveArticle(draftFor(i))).id);
  });

  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('pages through every article mentioning the entity, newest first, each once, with its total', async () => {
    const expected = newestFirst(range.filter((i) => i % 3 !== 0));
    const pages = await walk(7, (page) => store.articlesByEntity([{ entityId: POPULAR, page }]).then((p) => p[0]));
    expect(pages.flatMap((p) => p.rows.map((r) => r.node.id))).toEqual(expected);
    expect(pages.every((p) => p.totalCount === expected.length)).toBe(true);
    expect(pages.slice(0, -1).every((p) => p.rows.length === 7 && p.hasNextPage)).toBe(true);
    expect(pages[pages.length - 1].hasNextPage).toBe(false);

    // The same pages through the article filter, and positions are interchangeable between them.
    const filtered = await walk(7, (page) => store.listArticles({ mentions: [POPULAR] }, page));
    expect(filtered).toEqual(pages);
  });

  it('answers several entities in one call, each with its own page and total', async () => {
    const [popular, rare, none] = await store.articlesByEntity([
      { entityId: POPULAR, page: { limit: 3 } },
      { entityId: RARE, page: { limit: 3 } },
      { entityId: 424242, page: { limit: 3 } },
    ]);
    expect(popular.rows.map((r) => r.node.id)).toEqual(newestFirst(range.filter((i) => i % 3 !== 0)).slice(0, 3));
    expect(rare.rows.map((r) => r.node.id)).toEqual(newestFirst(range.filter((i) => i % 10 === 0)).slice(0, 3));
    expect([popular.totalCount, rare.totalCount, none.totalCount]).toEqual([60, 9, 0]);
    expect(none).toEqual({ rows: [], hasNextPage: false, totalCount: 0 });
  });

  it('keeps combined filters exact: the entity and a section, or two entities', async () => {
    const world = await store.listArticles({ mentions: [POPULAR], section: 'world' }, { limit: 100 });
    const worldExpected = newestFirst(range.filter((i) => i % 3 !== 0 && i % 2 === 0));
    expect(world.rows.map((r) => r.node.id)).toEqual(worldExpected);
    expect(world.totalCount).toBe(worldExpected.length);
    const both = await store.listArticles({ mentions: [POPULAR, RARE] }, { limit: 100 });
    expect(both.rows.map((r) => r.node.id)).toEqual(newestFirst(range.filter((i) => i % 3 !== 0 && i % 10 === 0)));
  });

  it('pages through a frequent speaker’s quotes, newest article first then reading order, with its total', async () => {
    const quotedIn = newestFirst(range.filter((i) => i % 2 === 0));
    const pages = await walk(4, (page) => store.quotesBySpeaker([{ speakerId: POPULAR, page }]).then((p) => p[0]));
    const rows = pages.flatMap((p) => p.rows.map((r) => r.node));
    expect(rows.map((q) => [q.articleId, q.position])).toEqual(quotedIn.flatMap((id) => [[id, 0], [id, 1]]));
    expect(pages.every((p) => p.totalCount === quotedIn.length * 2)).toBe(true);
    const filtered = await walk(4, (page) => store.listQuotes({ speakers: [POPULAR] }, page));
    expect(filtered).toEqual(pages);
  });

  it('pages through every article quoting the speaker, newest first, each once though quoted twice, with its total', async () => {
    const expected = newestFirst(range.filter((i) => i % 2 === 0));
    const pages = await walk(6, (page) => store.listArticles({ quotedSpeaker: POPULAR }, page));
    expect(pages.flatMap((p) => p.rows.map((r) => r.node.id))).toEqual(expected);
    expect(pages.every((p) => p.totalCount === expected.length)).toBe(true);
    expect(pages.slice(0, -1).every((p) => p.rows.length === 6 && p.hasNextPage)).toBe(true);
    expect(pages[pages.length - 1].hasNextPage).toBe(false);
    // With a second condition the filter takes the general path: the same articles where both hold.
    const world = await store.listArticles({ quotedSpeaker: POPULAR, section: 'World' }, { limit: 100 });
    expect(world.rows.map((r) => r.node.id)).toEqual(expected);
    expect(await store.listArticles({ quotedSpeaker: 424242 }, { limit: 5 })).toEqual({ rows: [], hasNextPage: false, totalCount: 0 });
  });

  it('follows re-ingests and corrections in the totals and pages', async () => {
    // Article 1 stops mentioning the popular entity; article 3 starts.
    await store.saveArticle({ ...draftFor(1, false), contentHash: 'frequent-1-v2' });
    await store.saveArticle({ ...draftFor(3, true), contentHash: 'frequent-3-v2' });
    const [page] = await store.articlesByEntity([{ entityId: POPULAR, page: { limit: 100 } }]);
    const expected = newestFirst(range.filter((i) => (i % 3 !== 0 && i !== 1) || i === 3));
    expect(page.rows.map((r) => r.node.id)).toEqual(expected);
    expect(page.totalCount).toBe(60);

    // A correction moves one quote to another speaker.
    const [speakerPage] = await store.quotesBySpeaker([{ speakerId: POPULAR, page: { limit: 1 } }]);
    const moved = speakerPage.rows[0].node;
    await store.setQuoteSpeaker(moved.id, { id: OTHER, name: 'Speaker 9', method: 'editor', confidence: 1 });
    const [after] = await store.quotesBySpeaker([{ speakerId: POPULAR, page: { limit: 100 } }]);
    expect(after.totalCount).toBe(speakerPage.totalCount - 1);
    expect(after.rows.map((r) => r.node.id)).not.toContain(moved.id);
    expect((await store.listQuotes({ speakers: [OTHER] }, { limit: 0 })).totalCount).toBe(ARTICLES / 2 + 1);
  });
});

describe('sqlite store: the maintained totals', () => {
  it('are filled from the rows already stored when the migrations run on an existing database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-frequent-migrate-'));
    const current = join(dir, 'current.db');
    const file = join(dir, 'news.db');
    try {
      const store = SqliteArticleStore.open(current);
      for (let i = 0; i < 12; i++) await store.saveArticle(draftFor(i));
      await store.close();
      // A database at schema version 2 (before the maintained totals and quote kinds), holding the same rows.
      const db = new Database(file);
      db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      for (const migration of SQLITE_MIGRATIONS.filter((m) => m.version <= 2)) {
        db.exec(migration.sql);
        db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
      }
      db.exec(`ATTACH DATABASE '${current.replace(/'/g, "''")}' AS current`);
      db.exec(`INSERT INTO articles SELECT id, slug, url, content_hash, headline, section, dateline, byline, published_at, sort_time, paragraphs, images, ingested_at FROM current.articles`);
      db.exec('INSERT INTO mentions SELECT id, article_id, entity_id, entity_type, text, paragraph, start_offset, end_offset, method, confidence, sort_time FROM current.mentions');
      db.exec(`INSERT INTO quotes SELECT id, article_id, position, text, speaker_id, speaker_name, paragraph, start_offset, end_offset, partial, method, confidence, sort_time
               FROM current.quotes`);
      db.exec('DETACH DATABASE current');
      db.close();

      const reopened = SqliteArticleStore.open(file);
      try {
        const [popular, rare] = await reopened.articlesByEntity([
          { entityId: POPULAR, page: { limit: 1 } },
          { entityId: RARE, page: { limit: 1 } },
        ]);
        expect([popular.totalCount, rare.totalCount]).toEqual([8, 2]);
        // Every quote stored before kinds is a direct quotation, counted per speaker and kind.
        const [all, direct, indirect] = await reopened.quotesBySpeaker([
          { speakerId: POPULAR, page: { limit: 100 } },
          { speakerId: POPULAR, page: { limit: 100 }, kinds: ['direct'] },
          { speakerId: POPULAR, page: { limit: 100 }, kinds: ['indirect', 'mixed'] },
        ]);
        expect([all.totalCount, direct.totalCount, indirect.totalCount]).toEqual([12, 12, 0]);
        expect(all.rows.map((r) => [r.node.kind, r.node.cue, r.node.sourceOrganizationId])).toEqual(all.rows.map(() => ['direct', null, null]));
        expect(direct.rows).toEqual(all.rows);
        expect((await reopened.getArticles([1]))[0]?.headlineDerived).toBe(false);
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('postgres store: quote kinds on a database that has quotes already', () => {
  it('makes every stored quote direct and reads it back with the kinds filter', async () => {
    const schema = `ng_kinds_migrate_${process.pid}_${Date.now().toString(36)}`;
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      // Schema version 1, with one article and two quotes written as that version wrote them.
      await client.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
      await client.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const first = POSTGRES_MIGRATIONS.find((m) => m.version === 1)!;
      await client.query(first.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES (1, $1)', [first.name]);
      await client.query(`INSERT INTO articles (id, slug, url, content_hash, headline, sort_time, paragraphs, images, ingested_at)
                          VALUES (1, 'old', null, 'old-hash', 'An old story', 1000, '["\\"We will,\\" she said.", "More."]', '[]', '2020-01-01T00:00:00.000Z')`);
      await client.query(`INSERT INTO quotes (article_id, position, text, speaker_id, speaker_name, paragraph, start_offset, end_offset, partial, method, confidence, sort_time)
                          VALUES (1, 0, 'We will,', ${POPULAR}, 'She', 0, 1, 9, false, 'pronoun', 0.7, 1000),
                                 (1, 1, 'More', null, null, 1, 0, 4, true, null, null, 1000)`);
    } finally {
      await client.end();
    }
    const store = await PostgresArticleStore.open(TEST_DATABASE_URL, { schema });
    try {
      const [quotes] = await store.quotesByArticle([1]);
      expect(quotes.map((q) => [q.kind, q.text, q.cue, q.sourceOrganizationId])).toEqual([
        ['direct', 'We will,', null, null],
        ['direct', 'More', null, null],
      ]);
      expect((await store.listQuotes({ kinds: ['direct'] }, { limit: 10 })).totalCount).toBe(2);
      expect((await store.listQuotes({ kinds: ['indirect', 'mixed'] }, { limit: 10 })).totalCount).toBe(0);
      const [page] = await store.quotesBySpeaker([{ speakerId: POPULAR, page: { limit: 10 }, kinds: ['direct'] }]);
      expect(page.totalCount).toBe(1);
      expect((await store.getArticles([1]))[0]?.headlineDerived).toBe(false);
    } finally {
      await store.close();
      await dropSchema(schema);
    }
  });
});
