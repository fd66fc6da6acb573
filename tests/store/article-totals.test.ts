import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleDraft } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite-migrations';

/**
 * The totals behind an entity's and a speaker's pages (how many articles mention an entity,
 * how many quotes a speaker has of each kind) are added once per article saved since
 * migration 10, no longer by a trigger on each row. They must match the rows whatever
 * happened to them: stores written before the migration, new versions of articles,
 * corrections and merges.
 */

const SPEAKER = 5;
const OTHER = 6;

function draft(i: number, changes: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    slug: `totals-${i}`,
    url: `https://news.example/totals/${i}`,
    headline: `Totals ${i}`,
    section: null,
    dateline: null,
    byline: null,
    publishedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
    paragraphs: ['Kerry and Lavrov met.', '"We agree," Kerry said.'],
    images: [],
    contentHash: `totals-${i}`,
    // The speaker named twice in one article counts that article once.
    mentions: [
      { entityId: SPEAKER, entityType: 'person', text: 'Kerry', paragraph: 0, start: 0, end: 5, method: 'exact-name', confidence: 0.9 },
      { entityId: OTHER, entityType: 'person', text: 'Lavrov', paragraph: 0, start: 10, end: 16, method: 'exact-name', confidence: 0.9 },
      { entityId: SPEAKER, entityType: 'person', text: 'Kerry', paragraph: 1, start: 12, end: 17, method: 'exact-name', confidence: 0.9 },
    ],
    quotes: [
      { text: 'We agree,', speakerId: SPEAKER, speakerName: 'Kerry', paragraph: 1, start: 1, end: 10, partial: false, attribution: { method: 'said-after', confidence: 0.9 } },
      { text: 'Kerry and', kind: 'indirect', speakerId: SPEAKER, speakerName: 'Kerry', paragraph: 0, start: 0, end: 9, partial: false, attribution: { method: 'said-after', confidence: 0.5 } },
      { text: 'Lavrov met', speakerId: null, speakerName: null, paragraph: 0, start: 10, end: 20, partial: false, attribution: null },
    ],
    ...changes,
  };
}

/** The totals as kept, and as counted from the rows (entities and speakers with none left out of both). */
function totals(file: string): { kept: unknown; counted: unknown } {
  const db = new Database(file, { readonly: true });
  try {
    const kept = {
      articles: db.prepare('SELECT entity_id, n FROM entity_article_count WHERE n <> 0 ORDER BY entity_id').all(),
      quotes: db.prepare('SELECT speaker_id, kind, n FROM speaker_kind_quote_count WHERE n <> 0 ORDER BY speaker_id, kind').all(),
    };
    const counted = {
      articles: db.prepare('SELECT entity_id, COUNT(DISTINCT article_id) AS n FROM mentions GROUP BY entity_id ORDER BY entity_id').all(),
      quotes: db
        .prepare('SELECT speaker_id, kind, COUNT(*) AS n FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id, kind ORDER BY speaker_id, kind')
        .all(),
    };
    return { kept, counted };
  } finally {
    db.close();
  }
}

describe('SQLite totals of entities and speakers', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-totals-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('follow a store written before migration 10 through new articles, new versions, corrections and merges', async () => {
    const file = join(dir, 'news.db');
    // A store at version 9, as the previous build left it: two articles, their totals kept by its triggers.
    const before = SqliteArticleStore.open(join(dir, 'current.db'));
    await before.saveArticle(draft(1));
    await before.saveArticle(draft(2, { mentions: draft(2).mentions.slice(1, 2), quotes: draft(2).quotes.slice(2) }));
    await before.close();
    const db = new Database(file);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const migration of SQLITE_MIGRATIONS.filter((m) => m.version <= 9)) {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, 'then');
    }
    db.exec(`ATTACH DATABASE '${join(dir, 'current.db').replace(/'/g, "''")}' AS current`);
    for (const table of ['articles', 'mentions', 'quotes']) db.exec(`INSERT INTO ${table} SELECT * FROM current.${table}`);
    db.exec('DETACH DATABASE current');
    db.close();
    expect(totals(file).kept).toEqual({
      articles: [{ entity_id: SPEAKER, n: 1 }, { entity_id: OTHER, n: 2 }],
      quotes: [{ speaker_id: SPEAKER, kind: 'direct', n: 1 }, { speaker_id: SPEAKER, kind: 'indirect', n: 1 }],
    });

    const store = SqliteArticleStore.open(file);
    try {
      const raw = new Database(file, { readonly: true });
      expect(raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%after_insert' ORDER BY name").all()).toEqual([
        { name: 'article_count_after_insert' },
      ]);
      raw.close();
      const check = async (articles: number, direct: number): Promise<void> => {
        const { kept, counted } = totals(file);
        expect(kept).toEqual(counted);
        const [page] = await store.articlesByEntity([{ entityId: SPEAKER, page: { limit: 10 } }]);
        const [quotes] = await store.quotesBySpeaker([{ speakerId: SPEAKER, page: { limit: 10 }, kinds: ['direct'] }]);
        expect([page.totalCount, page.rows.length, quotes.totalCount, quotes.rows.length]).toEqual([articles, articles, direct, direct]);
      };
      await check(1, 1);
      // New articles; the same one again (nothing written); a new version of an old one (its rows replaced).
      expect((await store.saveArticle(draft(3))).outcome).toBe('created');
      expect((await store.saveArticle(draft(4))).outcome).toBe('created');
      expect((await store.saveArticle(draft(3))).outcome).toBe('unchanged');
      await check(3, 3);
      expect((await store.saveArticle(draft(2, { headline: 'Totals two' }))).outcome).toBe('updated');
      await check(4, 4);
      expect((await store.saveArticle(draft(1, { headline: 'Totals one', mentions: draft(1).mentions.slice(1, 2) }))).outcome).toBe('updated');
      await check(3, 4);
      // A correction moves a quote to another speaker; a merge moves everything of OTHER to SPEAKER.
      const [quotesOf3] = await store.quotesByArticle([3]);
      await store.setQuoteSpeaker(quotesOf3[0].id, { id: OTHER, name: 'Lavrov', method: 'editor', confidence: 1 });
      await check(3, 3);
      await store.mergeEntityReferences(SPEAKER, [OTHER]);
      await check(4, 4);
    } finally {
      await store.close();
    }
  });
});
