import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleDraft } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';

/*
 * The SQLite store's record cache keeps one record per article and per quote, whichever
 * statement read it (by id, by slug, a listing page, an entity's or a speaker's page, a
 * search): a cached page holds the records the by-id cache holds, not copies of them. And a
 * record shared that way is never answered after another connection changed the file.
 */

let serial = 0;

function draft(speakerId: number): ArticleDraft {
  serial++;
  return {
    slug: `harbour-vote-${serial}`,
    url: `https://news.example/harbour/${serial}`,
    headline: `Harbour board vote ${serial}`,
    section: 'Local',
    dateline: 'OSLO',
    byline: null,
    publishedAt: new Date(Date.UTC(2024, 2, serial)).toISOString(),
    paragraphs: [`Ingrid Moe chaired the harbour board on day ${serial}.`, '"The ferries stay," Moe said.'],
    images: [],
    contentHash: `harbour-${serial}`,
    mentions: [{ entityId: speakerId, entityType: 'person', text: 'Ingrid Moe', paragraph: 0, start: 0, end: 10, method: 'exact-name', confidence: 1 }],
    quotes: [
      {
        text: 'The ferries stay',
        speakerId,
        speakerName: 'Ingrid Moe',
        paragraph: 1,
        start: 1,
        end: 17,
        partial: false,
        attribution: { method: 'said-verb-after', confidence: 0.9 },
      },
    ],
  };
}

describe('records shared between the SQLite store cache regions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-shared-records-'));
  const file = join(dir, 'news.db');
  let store: SqliteArticleStore;
  const ids: number[] = [];

  beforeAll(async () => {
    store = SqliteArticleStore.open(file);
    for (let i = 0; i < 3; i++) ids.push((await store.saveArticle(draft(7))).id);
  });

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands out one article record for ids, slugs, listing pages of any size and an entity page', async () => {
    const [byId] = await store.getArticles([ids[0]]);
    expect(byId?.headline).toBe('Harbour board vote 1');
    const [bySlug] = await store.getArticlesBySlug(['harbour-vote-1']);
    const small = await store.listArticles({}, { limit: 1, after: null });
    const large = await store.listArticles({}, { limit: 10, after: null });
    const [entityPage] = await store.articlesByEntity([{ entityId: 7, page: { limit: 10, after: null } }]);
    const oldest = (page: { rows: { node: { id: number } }[] }): unknown => page.rows.find((row) => row.node.id === ids[0])?.node;
    expect(bySlug).toBe(byId);
    expect(oldest(large)).toBe(byId);
    expect(oldest(entityPage)).toBe(byId);
    // Newest first: the one-article page holds the newest, the same record as the larger page's first.
    expect(small.rows[0].node).toBe(large.rows[0].node);
  });

  it("hands out one quote record for an article's quotes, a speaker's page and a quote listing", async () => {
    const [ofArticle] = await store.quotesByArticle([ids[1]]);
    const [speakerPage] = await store.quotesBySpeaker([{ speakerId: 7, page: { limit: 10, after: null } }]);
    const listed = await store.listQuotes({ article: ids[1] }, { limit: 10, after: null });
    const [byId] = await store.getQuotes([ofArticle[0].id]);
    expect(byId?.text).toBe('The ferries stay');
    expect(speakerPage.rows.find((row) => row.node.id === ofArticle[0].id)?.node).toBe(ofArticle[0]);
    expect(listed.rows[0].node).toBe(ofArticle[0]);
    expect(byId).toBe(ofArticle[0]);
  });

  it("answers another connection's change, not the shared record", async () => {
    const before = await store.listArticles({}, { limit: 10, after: null });
    const other = new Database(file);
    other.prepare('UPDATE articles SET headline = ? WHERE id = ?').run('Harbour board vote postponed', ids[2]);
    other.close();
    const [byId] = await store.getArticles([ids[2]]);
    const after = await store.listArticles({}, { limit: 10, after: null });
    expect(byId?.headline).toBe('Harbour board vote postponed');
    expect(after.rows.find((row) => row.node.id === ids[2])?.node).toBe(byId);
    expect(before.rows.find((row) => row.node.id === ids[2])?.node.headline).toBe('Harbour board vote 3');
  });
});
