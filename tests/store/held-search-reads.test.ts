import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleDraft } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';

/*
 * ArticleStore.heldSearchPages and EntityService.heldList (SQLite): what searchPages and list
 * answer, without a promise, when the record cache holds it now; nothing (and nothing counted)
 * when it does not, including after another connection committed.
 */
let serial = 0;
function draft(headline: string, quote: string, day: number): ArticleDraft {
  serial++;
  return {
    slug: `held-${serial}`,
    url: `https://news.example/held/${serial}`,
    headline,
    section: 'World',
    dateline: 'OSLO',
    byline: null,
    publishedAt: new Date(Date.UTC(2023, 5, day)).toISOString(),
    paragraphs: [`${headline}.`, `${quote}, the mayor said.`],
    images: [],
    contentHash: `held-${serial}`,
    mentions: [],
    quotes: [{ text: quote, speakerId: null, speakerName: null, paragraph: 1, start: 0, end: quote.length, partial: false, attribution: null, kind: 'direct' }],
  };
}

describe('reads a search takes as they are held', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-held-'));
  let store: SqliteArticleStore;
  let otherStore: SqliteArticleStore;
  let entities: SqliteEntityService;
  let otherEntities: SqliteEntityService;

  beforeAll(async () => {
    store = SqliteArticleStore.open(join(dir, 'news.db'));
    // Other connections to the same files: another replica, or an ingest process.
    otherStore = SqliteArticleStore.open(join(dir, 'news.db'));
    entities = SqliteEntityService.open(join(dir, 'entities.db'));
    otherEntities = SqliteEntityService.open(join(dir, 'entities.db'));
    await store.saveArticle(draft('Ferry timetable changes', 'The ferry timetable will change', 1));
    await store.saveArticle(draft('Harbour lights', 'Ferry crews asked for it', 2));
    await entities.upsert([{ type: 'person', name: 'Signe Ferry' }]);
  });
  afterAll(async () => {
    await store.close();
    await otherStore.close();
    await entities.close();
    await otherEntities.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('pages: nothing before searchPages read them, then the same pages, counted as the two reads', async () => {
    const request = { limit: 5, kinds: ['direct' as const] };
    const before = store.statementCount;
    expect(store.heldSearchPages('ferry', request)).toBeUndefined();
    expect(store.statementCount).toBe(before);
    const read = await store.searchPages('ferry', request);
    expect(read.articles.totalCount).toBe(2);
    const counted = store.statementCount;
    const held = store.heldSearchPages('ferry', request);
    expect(held).toEqual(read);
    expect(held?.articles).toBe(read.articles);
    expect(store.statementCount - counted).toBe(2);
    // Another limit, other kinds or another text are other pages.
    expect(store.heldSearchPages('ferry', { limit: 4, kinds: ['direct'] })).toBeUndefined();
    expect(store.heldSearchPages('ferry', { limit: 5, kinds: null })).toBeUndefined();
    expect(store.heldSearchPages('Ferry', request)).toBeUndefined();
    expect(store.statementCount - counted).toBe(2);
  });

  test('pages: a commit through another connection is not answered from memory', async () => {
    const request = { limit: 5, kinds: ['direct' as const] };
    await store.searchPages('timetable', request);
    expect(store.heldSearchPages('timetable', request)?.articles.totalCount).toBe(1);
    await otherStore.saveArticle(draft('Timetable for the night ferry', 'A new timetable from May', 3));
    expect(store.heldSearchPages('timetable', request)).toBeUndefined();
    const read = await store.searchPages('timetable', request);
    expect(read.articles.totalCount).toBe(2);
    expect(store.heldSearchPages('timetable', request)).toEqual(read);
  });

  test('pages: an unknown kind is refused as searchPages refuses it', async () => {
    expect(() => store.heldSearchPages('ferry', { limit: 5, kinds: ['shouted' as 'direct'] })).toThrow();
    await expect(store.searchPages('ferry', { limit: 5, kinds: ['shouted' as 'direct'] })).rejects.toThrow();
  });

  test('entity lists: nothing before list read the page, then the same page, counted as one call', async () => {
    const query = { type: 'person' as const, search: 'ferry', limit: 11, after: null };
    const before = entities.requestCount;
    expect(entities.heldList(query)).toBeUndefined();
    expect(entities.requestCount).toBe(before);
    const read = await entities.list(query);
    expect(read.items.map((e) => e.name)).toEqual(['Signe Ferry']);
    const counted = entities.requestCount;
    expect(entities.heldList(query)).toBe(read);
    expect(entities.requestCount - counted).toBe(1);
    expect(entities.heldList({ ...query, type: 'organization' })).toBeUndefined();
    expect(entities.heldList({ ...query, limit: 10 })).toBeUndefined();
    expect(entities.heldList({ ...query, after: { name: 'Signe Ferry', id: read.items[0].id } })).toBeUndefined();
    expect(entities.requestCount - counted).toBe(1);
  });

  test('entity lists: a commit through another connection is not answered from memory', async () => {
    const query = { type: 'person' as const, search: 'ferry', limit: 11, after: null };
    await entities.list(query);
    expect(entities.heldList(query)?.totalCount).toBe(1);
    await otherEntities.upsert([{ type: 'person', name: 'Per Ferrysen' }]);
    expect(entities.heldList(query)).toBeUndefined();
    const read = await entities.list(query);
    expect(read.items.map((e) => e.name).sort()).toEqual(['Per Ferrysen', 'Signe Ferry']);
    expect(entities.heldList(query)).toBe(read);
  });
});
