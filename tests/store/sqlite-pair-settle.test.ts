import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleDraft } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';

/*
 * SQLite keeps no index on a pair's newest shared article (migration 9): a new version of an
 * article finds the pairs it was the newest article of from the entities it named before.
 * An older file is migrated on open, and its pairs stay right through later changes.
 */

let serial = 0;
function draft(url: string, day: number, entities: number[], speakers: number[] = []): ArticleDraft {
  serial++;
  return {
    slug: `settle-${serial}`,
    url,
    headline: `Settle story ${serial}`,
    section: 'World',
    dateline: null,
    byline: null,
    publishedAt: new Date(Date.UTC(2024, 2, day)).toISOString(),
    paragraphs: ['Someone met someone.', '"Words," someone said.'],
    images: [],
    contentHash: `settle-hash-${serial}`,
    mentions: entities.map((entityId) => ({ entityId, entityType: 'person' as const, text: 'X', paragraph: 0, start: 0, end: 1, method: 'exact-name', confidence: 0.9 })),
    quotes: speakers.map((speakerId, i) => ({
      text: `Words ${i}`,
      speakerId,
      speakerName: `Speaker ${speakerId}`,
      paragraph: 1,
      start: 1,
      end: 6,
      partial: false,
      attribution: { method: 'said-verb-after', confidence: 0.8 },
    })),
  };
}

function indexes(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'co_%' ORDER BY name").all().map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('SQLite pair tables without the newest-article index', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-pair-settle-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a new store keeps only the index a page of pairs reads', async () => {
    const file = join(dir, 'new.db');
    await (SqliteArticleStore.open(file)).close();
    expect(indexes(file)).toEqual(['co_mentions_by_count', 'co_quotes_by_count']);
  });

  it('an older file loses the index on open, keeps its pairs, and a changed article still moves them', async () => {
    const file = join(dir, 'old.db');
    let store = SqliteArticleStore.open(file);
    const a = (await store.saveArticle(draft('https://settle.example/a', 1, [1, 2, 3], [1, 2]))).id;
    const b = (await store.saveArticle(draft('https://settle.example/b', 5, [1, 2], [1, 2]))).id;
    await store.close();
    // As a file written before migration 9 was.
    const raw = new Database(file);
    raw.exec(`CREATE INDEX co_mentions_by_latest ON co_mentions (latest_article_id);
              CREATE INDEX co_quotes_by_latest ON co_quotes (latest_article_id);
              DELETE FROM schema_migrations WHERE version = 9;`);
    raw.close();
    expect(indexes(file)).toContain('co_mentions_by_latest');

    store = SqliteArticleStore.open(file);
    expect(indexes(file)).toEqual(['co_mentions_by_count', 'co_quotes_by_count']);
    const summary = async (kind: 'mentioned' | 'quoted', entityId: number) =>
      (await store.coOccurrences([{ kind, entityId, page: { limit: 10 } }]))[0].rows.map((r) => [r.node.entityId, r.node.count, r.node.latestArticleId]);
    expect(await summary('mentioned', 1)).toEqual([[2, 2, b], [3, 1, a]]);

    // B drops 2 and names 4: 1–2 falls back to A, its newest shared article; 2–4 never existed; 1–4 is B's alone.
    expect((await store.saveArticle(draft('https://settle.example/b', 5, [1, 4], [4]))).outcome).toBe('updated');
    expect(await summary('mentioned', 1)).toEqual([[2, 1, a], [3, 1, a], [4, 1, b]]);
    expect(await summary('mentioned', 2)).toEqual([[1, 1, a], [3, 1, a]]);
    expect(await summary('quoted', 1)).toEqual([[2, 1, a]]);
    // A drops everyone but 3: the pairs only A shared are gone, not left at a count of 0.
    expect((await store.saveArticle(draft('https://settle.example/a', 1, [3], []))).outcome).toBe('updated');
    expect(await summary('mentioned', 2)).toEqual([]);
    expect(await summary('mentioned', 1)).toEqual([[4, 1, b]]);
    expect(await summary('quoted', 1)).toEqual([]);
    await store.close();
  });
});
