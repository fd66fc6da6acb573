import { Client } from 'pg';
import { PostgresArticleStore } from '../../src/store/postgres-article-store';
import { dropSchema, TEST_DATABASE_URL } from '../helpers/test-services';

/*
 * PostgreSQL's full-text indexes are written through (fastupdate off): a search finds a row
 * saved a moment ago off the index itself, not by reading a pending list of every row added
 * since the last vacuum.
 */
const schema = `ng_search_index_${process.pid}_${Date.now().toString(36)}`;

describe('PostgreSQL full-text indexes', () => {
  let store: PostgresArticleStore;
  let client: Client;

  beforeAll(async () => {
    store = await PostgresArticleStore.open(TEST_DATABASE_URL, { schema });
    client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await store.close();
    await dropSchema(schema);
  });

  it('keep no pending list, and a search finds what was just saved', async () => {
    const options = await client.query<{ relname: string; reloptions: string[] | null }>(
      `SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relname IN ('articles_search', 'quotes_search') ORDER BY c.relname`,
      [schema],
    );
    expect(options.rows).toEqual([
      { relname: 'articles_search', reloptions: ['fastupdate=off'] },
      { relname: 'quotes_search', reloptions: ['fastupdate=off'] },
    ]);

    await store.saveArticle({
      slug: 'reservoir-talks',
      url: null,
      headline: 'Reservoir talks resume in Geneva',
      section: 'World',
      dateline: 'GENEVA',
      byline: null,
      publishedAt: '2024-03-01T08:00:00.000Z',
      paragraphs: ['Negotiators returned to the reservoir talks on Monday.', '"We will share the water fairly," the envoy said.'],
      images: [],
      contentHash: `reservoir-${schema}`,
      mentions: [],
      quotes: [
        { text: 'We will share the water fairly', partial: false, speakerId: null, speakerName: null, paragraph: 1, start: 1, end: 31, attribution: null },
      ],
    });
    const found = await store.listArticles({ search: 'reservoir' }, { limit: 5 });
    expect(found.rows.map((row) => row.node.headline)).toEqual(['Reservoir talks resume in Geneva']);
    const quotes = await store.listQuotes({ search: 'water fairly' }, { limit: 5 });
    expect(quotes.rows.map((row) => row.node.text)).toEqual(['We will share the water fairly']);
  });
});
