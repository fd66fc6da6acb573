/**
 * Contract tests, on both stores, for what saving a new version of an article keeps:
 * which stored article a draft is (url first, content hash only without a url),
 * quote ids matched by their words, editors' speaker corrections and their history,
 * and refusals of NUL characters.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite-migrations';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { InvalidInputError } from '../../src/errors';
import type { ArticleStore } from '../../src/store/article-store';
import { PostgresArticleStore } from '../../src/store/postgres-article-store';
import type { ArticleDraft } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { dropSchema, TEST_DATABASE_URL } from '../helpers/test-services';

interface Backend {
  open(): Promise<ArticleStore>;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-versions-'));
  return {
    open: async () => SqliteArticleStore.open(join(dir, 'news.db')),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

let schemaSerial = 0;
function postgresBackend(): Backend {
  const schema = `ng_versions_${process.pid}_${Date.now().toString(36)}_${schemaSerial++}`;
  return {
    open: () => PostgresArticleStore.open(TEST_DATABASE_URL, { schema }),
    cleanup: () => dropSchema(schema),
  };
}

const PARAGRAPHS = [
  'Kerry met Lavrov in Paris on Monday.',
  '"We agreed on nothing," Kerry said.',
  '"Talks will go on," Lavrov said.',
];

/** Quotes found in `paragraphs`, with the speaker extraction would give. */
function quotesOf(paragraphs: string[], speakers: Record<string, number>): ArticleDraft['quotes'] {
  return paragraphs.flatMap((text, paragraph) => {
    const match = /"([^"]+)"/.exec(text);
    if (!match) return [];
    const words = match[1];
    const speakerId = speakers[words] ?? null;
    return [
      {
        text: words,
        speakerId,
        speakerName: speakerId === null ? null : `Extracted ${speakerId}`,
        paragraph,
        start: match.index + 1,
        end: match.index + 1 + words.length,
        partial: false,
        attribution: speakerId === null ? null : { method: 'said-after-quote', confidence: 0.9 },
      },
    ];
  });
}

function version(paragraphs: string[], overrides: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    slug: 'paris-talks',
    url: 'https://news.example/paris-talks',
    headline: 'Paris talks',
    section: 'World',
    dateline: 'PARIS',
    byline: 'By A. Reporter',
    publishedAt: '2024-03-01T10:00:00.000Z',
    paragraphs,
    images: [],
    contentHash: `hash:${paragraphs.join('|')}`,
    mentions: [],
    quotes: quotesOf(paragraphs, { 'We agreed on nothing,': 10, 'Talks will go on,': 10 }),
    ...overrides,
  };
}

describe.each([
  ['sqlite', sqliteBackend],
  ['postgres', postgresBackend],
])('%s store: versions of an article', (_kind, makeBackend) => {
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

  it('keeps an editor’s speaker correction when the article is re-ingested with a changed sentence', async () => {
    const { id } = await store.saveArticle(version(PARAGRAPHS));
    const [[first, second]] = await store.quotesByArticle([id]);
    expect(second.speakerId).toBe(10); // extraction's mistake: Lavrov said it
    const corrected = await store.setQuoteSpeaker(second.id, { id: 20, name: 'Sergei Lavrov', method: 'editor', confidence: 1 }, 'key-editor-1');
    expect(corrected?.speakerId).toBe(20);

    // One sentence changes and a new quote comes before the corrected one: positions move.
    const revised = ['Kerry met Lavrov in Paris on Monday evening.', '"It was long," Kerry said.', ...PARAGRAPHS.slice(1)];
    expect(await store.saveArticle(version(revised))).toEqual({ id, outcome: 'updated' });
    const [quotes] = await store.quotesByArticle([id]);
    expect(quotes.map((q) => [q.text, q.position, q.speakerId, q.speakerName, q.attribution?.method])).toEqual([
      ['It was long,', 0, null, null, undefined],
      ['We agreed on nothing,', 1, 10, 'Extracted 10', 'said-after-quote'],
      ['Talks will go on,', 2, 20, 'Sergei Lavrov', 'editor'],
    ]);
    // Quotes still there keep their ids, wherever they moved.
    expect([quotes[1].id, quotes[2].id]).toEqual([first.id, second.id]);
    expect((await store.getQuotes([second.id]))[0]?.speakerId).toBe(20);
    expect((await store.listQuotes({ speakers: [20] }, { limit: 5 })).rows.map((r) => r.node.id)).toEqual([second.id]);
    expect((await store.quotesBySpeaker([{ speakerId: 20, page: { limit: 5 } }]))[0].totalCount).toBe(1);

    const [history] = await store.correctionsByArticle([id]);
    expect(history).toEqual([
      {
        id: expect.any(Number),
        articleId: id,
        quoteId: second.id,
        quoteText: 'Talks will go on,',
        editor: 'key-editor-1',
        correctedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        before: { speakerId: 10, speakerName: 'Extracted 10' },
        after: { speakerId: 20, speakerName: 'Sergei Lavrov' },
      },
    ]);
  });

  it('drops the correction with its quote but keeps its history', async () => {
    const { id } = await store.saveArticle(version(PARAGRAPHS));
    const [[, second]] = await store.quotesByArticle([id]);
    await store.setQuoteSpeaker(second.id, { id: 20, name: 'Sergei Lavrov', method: 'editor', confidence: 1 }, 'key-editor-1');
    await store.setQuoteSpeaker(second.id, { id: null, name: null, method: 'editor', confidence: 1 }, 'key-editor-2');

    // A version without the quote: the quote and its correction are gone …
    expect(await store.saveArticle(version(PARAGRAPHS.slice(0, 2)))).toEqual({ id, outcome: 'updated' });
    expect(await store.getQuotes([second.id])).toEqual([null]);
    const [history] = await store.correctionsByArticle([id]);
    // … the history stays, no longer tied to a quote.
    expect(history.map((c) => [c.quoteId, c.quoteText, c.editor, c.before.speakerName, c.after.speakerName])).toEqual([
      [null, 'Talks will go on,', 'key-editor-1', 'Extracted 10', 'Sergei Lavrov'],
      [null, 'Talks will go on,', 'key-editor-2', 'Sergei Lavrov', null],
    ]);
    // The words coming back are a new quote, with extraction's speaker.
    await store.saveArticle(version(PARAGRAPHS));
    const [quotes] = await store.quotesByArticle([id]);
    expect([quotes[1].text, quotes[1].speakerId, quotes[1].attribution?.method]).toEqual(['Talks will go on,', 10, 'said-after-quote']);
    expect((await store.correctionsByArticle([id]))[0].every((c) => c.quoteId === null)).toBe(true);
  });

  it('never gives a dropped quote’s id to other words', async () => {
    const { id } = await store.saveArticle(version(PARAGRAPHS));
    const [stored] = await store.quotesByArticle([id]);
    // The newest quote (the highest id) is dropped, then words come that extraction had not seen.
    await store.saveArticle(version(PARAGRAPHS.slice(0, 2)));
    await store.saveArticle(version([...PARAGRAPHS.slice(0, 2), '"Something else entirely," Lavrov said.']));
    const other = (await store.saveArticle(version(PARAGRAPHS, { url: 'https://news.example/other', slug: 'other' }))).id;
    const later = [...(await store.quotesByArticle([id]))[0], ...(await store.quotesByArticle([other]))[0]];
    const reused = later.filter((q) => stored.some((s) => s.id === q.id && s.text !== q.text));
    expect(reused).toEqual([]);
    expect(new Set(later.map((q) => q.id)).size).toBe(later.length);
  });

  it('records no correction for a quote that does not exist, and answers one list per article', async () => {
    const a = (await store.saveArticle(version(PARAGRAPHS))).id;
    const b = (await store.saveArticle(version(PARAGRAPHS, { url: 'https://news.example/other', slug: 'other' }))).id;
    expect(await store.setQuoteSpeaker(987654, { id: 1, name: null, method: 'editor', confidence: 1 }, 'k')).toBeNull();
    const [[quote]] = await store.quotesByArticle([b]);
    await store.setQuoteSpeaker(quote.id, { id: 30, name: 'X', method: 'editor', confidence: 1 });
    const lists = await store.correctionsByArticle([b, a, 424242]);
    expect(lists.map((l) => l.length)).toEqual([1, 0, 0]);
    expect(lists[0][0].editor).toBeNull();
  });

  it('identifies an article by its url: the same text under another url is another article', async () => {
    const first = await store.saveArticle(version(PARAGRAPHS, { byline: 'By A. Reporter' }));
    const copy = version(PARAGRAPHS, { url: 'https://mirror.example/paris-talks', byline: null, publishedAt: null });
    const second = await store.saveArticle(copy);
    expect(second.outcome).toBe('created');
    expect(second.id).not.toBe(first.id);
    const [original] = await store.getArticles([first.id]);
    expect([original?.url, original?.byline, original?.publishedAt]).toEqual([
      'https://news.example/paris-talks',
      'By A. Reporter',
      '2024-03-01T10:00:00.000Z',
    ]);
    expect((await store.getArticles([second.id]))[0]?.url).toBe('https://mirror.example/paris-talks');
    expect(await store.saveArticle(copy)).toEqual({ id: second.id, outcome: 'unchanged' });
    expect(await store.countArticles()).toBe(2);
  });

  it('updates an article whose url comes again with the same text but changed metadata', async () => {
    const { id } = await store.saveArticle(version(PARAGRAPHS));
    const changes: Partial<ArticleDraft>[] = [
      { byline: 'By B. Corrected' },
      { publishedAt: '2024-03-02T08:00:00.000Z' },
      { section: 'Europe' },
      { headline: 'Paris talks end' },
    ];
    let expected = version(PARAGRAPHS);
    for (const change of changes) {
      expected = { ...expected, ...change };
      expect(await store.saveArticle(expected)).toEqual({ id, outcome: 'updated' });
      expect(await store.saveArticle(expected)).toEqual({ id, outcome: 'unchanged' });
    }
    const [article] = await store.getArticles([id]);
    expect([article?.byline, article?.publishedAt, article?.section, article?.headline, article?.slug]).toEqual([
      'By B. Corrected',
      '2024-03-02T08:00:00.000Z',
      'Europe',
      'Paris talks end',
      'paris-talks',
    ]);
    // A publish date given in another offset is the same instant: unchanged.
    expect(await store.saveArticle({ ...expected, publishedAt: '2024-03-02T09:00:00+01:00' })).toEqual({ id, outcome: 'unchanged' });
  });

  it('uses the content hash only without a url', async () => {
    const noUrl = version(PARAGRAPHS, { url: null, slug: 'no-url' });
    const { id } = await store.saveArticle(noUrl);
    expect(await store.saveArticle(noUrl)).toEqual({ id, outcome: 'unchanged' });
    expect(await store.saveArticle({ ...noUrl, byline: 'By C. Other' })).toEqual({ id, outcome: 'updated' });
    // The url becomes known: the article stored without one takes it.
    const withUrl = { ...noUrl, byline: 'By C. Other', url: 'https://news.example/found' };
    expect(await store.saveArticle(withUrl)).toEqual({ id, outcome: 'updated' });
    expect((await store.getArticles([id]))[0]?.url).toBe('https://news.example/found');
    // Without a url again, the text names that article, which keeps its url.
    expect(await store.saveArticle({ ...withUrl, url: null })).toEqual({ id, outcome: 'unchanged' });
    // Another url with the same text is another article; no url then still finds the first.
    const other = await store.saveArticle({ ...withUrl, url: 'https://news.example/elsewhere', slug: 'elsewhere' });
    expect(other.outcome).toBe('created');
    expect(await store.saveArticle({ ...withUrl, url: null })).toEqual({ id, outcome: 'unchanged' });
    expect(await store.countArticles()).toBe(2);
  });

  it('refuses NUL characters in drafts, corrections and filters before writing anything', async () => {
    await store.saveArticle(version(PARAGRAPHS));
    const withNul: Partial<ArticleDraft>[] = [
      { url: 'https://news.example/a\u0000b' },
      { byline: 'By A.\u0000' },
      { section: '\u0000' },
      { headline: 'Paris\u0000talks' },
      { paragraphs: ['Kerry\u0000 met Lavrov.'], quotes: [] },
    ];
    for (const overrides of withNul) {
      const before = store.statementCount;
      await expect(store.saveArticle(version(PARAGRAPHS, { slug: 'nul', url: 'https://news.example/nul', ...overrides }))).rejects.toThrow(
        InvalidInputError,
      );
      expect(store.statementCount).toBe(before);
    }
    expect(await store.countArticles()).toBe(1);
    const [[quote]] = await store.quotesByArticle([1]);
    await expect(store.setQuoteSpeaker(quote.id, { id: 3, name: 'A\u0000', method: 'editor', confidence: 1 })).rejects.toThrow(InvalidInputError);
    await expect(store.listArticles({ section: 'World\u0000' }, { limit: 5 })).rejects.toThrow(InvalidInputError);
    expect(await store.getArticlesBySlug(['paris-talks\u0000'])).toEqual([null]);
    // Search text is reduced to its words: a NUL is no word.
    expect((await store.listArticles({ search: 'paris\u0000' }, { limit: 5 })).totalCount).toBe(1);
  });
});

describe('SQLite migration 4', () => {
  it('rebuilds the articles table of an existing database without losing a row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-migrate-'));
    const file = join(dir, 'news.db');
    try {
      // A database at version 3 with an article, a mention and a quote, as an earlier build left it.
      const db = new Database(file);
      db.pragma('foreign_keys = ON');
      db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      for (const migration of SQLITE_MIGRATIONS.filter((m) => m.version <= 3)) {
        db.exec(migration.sql);
        db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, 'then');
      }
      db.exec(`
        INSERT INTO articles (id, slug, url, content_hash, headline, sort_time, paragraphs, images, ingested_at)
          VALUES (7, 'old', 'https://news.example/old', 'old-hash', 'Old story', 1000, '["Kerry said yes."]', '[]', '2020-01-01T00:00:00.000Z');
        INSERT INTO mentions (article_id, entity_id, entity_type, text, paragraph, start_offset, end_offset, method, confidence, sort_time)
          VALUES (7, 5, 'person', 'Kerry', 0, 0, 5, 'full-name', 0.9, 1000);
        INSERT INTO quotes (article_id, position, text, speaker_id, speaker_name, paragraph, start_offset, end_offset, partial, method, confidence, sort_time)
          VALUES (7, 0, 'yes', 5, 'Kerry', 0, 11, 14, 0, 'said-before-quote', 0.9, 1000);
        INSERT INTO articles_fts (rowid, headline, body) VALUES (7, 'Old story', 'Kerry said yes');
      `);
      db.close();

      const store = SqliteArticleStore.open(file);
      try {
        expect(await store.countArticles()).toBe(1);
        expect((await store.getArticles([7]))[0]?.headline).toBe('Old story');
        expect((await store.mentionsByArticle([7]))[0].map((m) => m.entityId)).toEqual([5]);
        expect((await store.quotesByArticle([7]))[0].map((q) => q.text)).toEqual(['yes']);
        expect((await store.articlesByEntity([{ entityId: 5, page: { limit: 5 } }]))[0].totalCount).toBe(1);
        expect((await store.listArticles({ search: 'old' }, { limit: 5 })).totalCount).toBe(1);
        // The content hash is no longer unique: the same text under another url is stored.
        const copy = version(['Kerry said yes.'], { url: 'https://mirror.example/old', contentHash: 'old-hash', quotes: [] });
        expect((await store.saveArticle(copy)).outcome).toBe('created');
        expect(await store.countArticles()).toBe(2);
      } finally {
        await store.close();
      }
      const raw = new Database(file);
      // Every later migration runs too: the database ends at the newest version.
      expect(raw.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({ v: Math.max(...SQLITE_MIGRATIONS.map((m) => m.version)) });
      expect(raw.pragma('foreign_key_check')).toEqual([]);
      raw.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
