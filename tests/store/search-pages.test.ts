import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleDraft, QuoteKind } from '../../src/records/article-records';
import { PostgresArticleStore } from '../../src/store/postgres-article-store';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { dropSchema, TEST_DATABASE_URL } from '../helpers/test-services';

/*
 * ArticleStore.searchPages: a search's first article and quote pages, the same as listArticles
 * and listQuotes answer them, read together: on PostgreSQL one statement (one round trip)
 * instead of two.
 */
type Store = SqliteArticleStore | PostgresArticleStore;

let serial = 0;
function draft(headline: string, paragraph: string, quotes: { text: string; kind: QuoteKind }[], day: number): ArticleDraft {
  serial++;
  return {
    slug: `pages-${serial}`,
    url: `https://news.example/pages/${serial}`,
    headline,
    section: 'World',
    dateline: 'LISBON',
    byline: null,
    publishedAt: new Date(Date.UTC(2023, 4, day)).toISOString(),
    paragraphs: [paragraph, ...quotes.map((q) => `${q.text}, the minister said.`)],
    images: [],
    contentHash: `pages-${serial}`,
    mentions: [],
    quotes: quotes.map((q, i) => ({ text: q.text, speakerId: null, speakerName: null, paragraph: i + 1, start: 0, end: q.text.length, partial: false, attribution: null, kind: q.kind })),
  };
}

const sqliteDirs: string[] = [];
const schemas: string[] = [];
const backends: [string, () => Promise<Store>, number][] = [
  [
    'sqlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'search-pages-'));
      sqliteDirs.push(dir);
      return SqliteArticleStore.open(join(dir, 'news.db'));
    },
    // A page each, from the page cache or one statement each (in process, no round trip).
    2,
  ],
  [
    'postgres',
    async () => {
      const schema = `ng_search_pages_${process.pid}_${Date.now().toString(36)}`;
      schemas.push(schema);
      return PostgresArticleStore.open(TEST_DATABASE_URL, { schema });
    },
    1,
  ],
];

afterAll(async () => {
  for (const dir of sqliteDirs) rmSync(dir, { recursive: true, force: true });
  for (const schema of schemas) await dropSchema(schema);
});

describe.each(backends)('%s: a search’s first pages read together', (_kind, open, statementsPerSearch) => {
  let store: Store;

  beforeAll(async () => {
    store = await open();
    await store.saveArticle(draft('Tram fares frozen', 'The city froze tram fares.', [{ text: 'Tram fares stay where they are', kind: 'direct' }], 1));
    await store.saveArticle(draft('Budget talks', 'Tram fares came up late.', [{ text: 'Nobody asked about tram fares', kind: 'indirect' }], 2));
    await store.saveArticle(draft('Harbour works', 'Work on the harbour begins.', [{ text: 'The harbour will be ready', kind: 'direct' }], 3));
    await store.saveArticle(
      draft('Fares and trams', 'Tram fares again.', [
        { text: 'Tram fares must not rise', kind: 'direct' },
        { text: 'Tram fares were a promise', kind: 'mixed' },
      ], 4),
    );
  });

  afterAll(async () => {
    await store.close();
  });

  it('answers exactly what listArticles and listQuotes answer: rows, order, counts, next page, positions', async () => {
    const texts = ['tram fares', 'Tram', 'harbour', 'promise', 'nothing here', '!!!', '   ', 'fares minister'];
    const kindsAsked: (QuoteKind[] | null | undefined)[] = [undefined, null, ['direct'], ['indirect', 'mixed']];
    for (const text of texts) {
      for (const limit of [0, 1, 2, 10]) {
        for (const kinds of kindsAsked) {
          const together = await store.searchPages(text, { limit, kinds });
          const articles = await store.listArticles({ search: text }, { limit });
          const quotes = await store.listQuotes({ search: text, kinds }, { limit });
          expect(together).toEqual({ articles, quotes });
        }
      }
    }
    const found = await store.searchPages('tram fares', { limit: 2, kinds: ['direct'] });
    expect(found.articles.totalCount).toBe(3);
    expect(found.articles.hasNextPage).toBe(true);
    expect(found.articles.rows.map((r) => r.node.headline)).toEqual(['Fares and trams', 'Budget talks']);
    expect(found.quotes.rows.map((r) => r.node.text)).toEqual(['Tram fares must not rise', 'Tram fares stay where they are']);
    expect(found.quotes.totalCount).toBe(2);
  });

  it(`reads both pages with ${statementsPerSearch} statement(s)`, async () => {
    const before = store.statementCount;
    await store.searchPages('harbour works', { limit: 10, kinds: ['direct'] });
    expect(store.statementCount - before).toBe(statementsPerSearch);
  });

  it('refuses an unknown kind as listQuotes does', async () => {
    await expect(store.searchPages('tram', { limit: 5, kinds: ['shouted' as QuoteKind] })).rejects.toThrow();
  });
});
