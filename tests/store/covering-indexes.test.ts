import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleDraft, QuoteDraft } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite-migrations';

/*
 * Migration 11: an article's mentions and a speaker's page of quotes are read off indexes that
 * hold every column they select, instead of finding rows in an index and then reading each from
 * the table (a page per row in a large file). Checked here: the answers (same rows, order,
 * pages and totals as the store gave before), one statement per read, the plans (the covering
 * index, no lookup of rows by id), and the upgrade of a file written at version 10.
 */

const SPEAKER = 7;
const OTHER = 8;

/** Article i, published on day i of 2025, by Ilse Marten (SPEAKER) and one other speaker; made-up words. */
function draft(i: number): ArticleDraft {
  const said = (text: string, paragraph: number, speakerId: number | null, kind: QuoteDraft['kind'] = 'direct'): QuoteDraft => ({
    text,
    kind,
    speakerId,
    speakerName: speakerId === null ? null : `Speaker ${speakerId}`,
    paragraph,
    start: 0,
    end: text.length,
    partial: false,
    attribution: speakerId === null ? null : { method: 'said-after', confidence: 0.8 },
  });
  return {
    slug: `ferry-${i}`,
    url: `https://news.example/ferry/${i}`,
    headline: `Ferry timetable ${i}`,
    section: 'Local',
    dateline: null,
    byline: null,
    publishedAt: new Date(Date.UTC(2025, 0, i)).toISOString(),
    paragraphs: [`Ilse Marten and Tomas Brek spoke at pier ${i}.`, `"The boats run late," Marten said.`, `Brek said the fares would rise.`],
    images: [],
    contentHash: `ferry-${i}`,
    // Listed out of reading order: the read gives them by paragraph, then offset.
    mentions: [
      { entityId: OTHER, entityType: 'person', text: 'Brek', paragraph: 2, start: 0, end: 4, method: 'surname', confidence: 0.7 },
      { entityId: SPEAKER, entityType: 'person', text: 'Ilse Marten', paragraph: 0, start: 0, end: 11, method: 'exact-name', confidence: 0.9 },
      { entityId: OTHER, entityType: 'person', text: 'Tomas Brek', paragraph: 0, start: 16, end: 26, method: 'exact-name', confidence: 0.9 },
    ],
    quotes: [
      said(`The boats run late ${i}`, 1, SPEAKER),
      said(`the fares would rise ${i}`, 2, OTHER, 'indirect'),
      said(`the pier needs work ${i}`, 0, SPEAKER, 'indirect'),
    ],
  };
}

/** What a reader sees of a speaker's pages and an article's mentions. */
async function answers(store: SqliteArticleStore): Promise<unknown> {
  const [first, others] = await store.quotesBySpeaker([
    { speakerId: SPEAKER, page: { limit: 2 }, kinds: ['direct'] },
    { speakerId: OTHER, page: { limit: 5 } },
  ]);
  const [second] = await store.quotesBySpeaker([{ speakerId: SPEAKER, page: { limit: 2, after: first.rows[1].position }, kinds: ['direct'] }]);
  const [every] = await store.quotesBySpeaker([{ speakerId: SPEAKER, page: { limit: 3 } }]);
  const page = (p: typeof first) => ({ texts: p.rows.map((r) => `${r.node.kind}:${r.node.text}`), total: p.totalCount, more: p.hasNextPage });
  const [mentions] = await store.mentionsByArticle([2]);
  return {
    first: page(first),
    second: page(second),
    every: page(every),
    others: page(others),
    mentions: mentions.map((m) => `${m.paragraph}:${m.start}:${m.text}:${m.entityId}:${m.method}:${m.confidence}`),
  };
}

const EXPECTED = {
  first: { texts: ['direct:The boats run late 3', 'direct:The boats run late 2'], total: 3, more: true },
  second: { texts: ['direct:The boats run late 1'], total: 3, more: false },
  // All kinds, newest article first, then reading order within it (position).
  every: { texts: ['direct:The boats run late 3', 'indirect:the pier needs work 3', 'direct:The boats run late 2'], total: 6, more: true },
  others: { texts: ['indirect:the fares would rise 3', 'indirect:the fares would rise 2', 'indirect:the fares would rise 1'], total: 3, more: false },
  mentions: ['0:0:Ilse Marten:7:exact-name:0.9', '0:16:Tomas Brek:8:exact-name:0.9', '2:0:Brek:8:surname:0.7'],
};

/**
 * EXPLAIN QUERY PLAN of every read statement a fresh store (no record cache) prepares while `read`
 * runs on it, its parameters bound to null.
 */
async function plansOf(file: string, read: (store: SqliteArticleStore) => Promise<unknown>): Promise<string[]> {
  const prepared: string[] = [];
  const original = Database.prototype.prepare;
  const store = SqliteArticleStore.open(file, { cacheEntries: 0 });
  const spy = jest.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, sql: string) {
    prepared.push(sql);
    return original.call(this, sql);
  });
  try {
    await read(store);
  } finally {
    spy.mockRestore();
    await store.close();
  }
  const reader = new Database(file, { readonly: true });
  try {
    return prepared
      .filter((sql) => /^\s*(WITH|SELECT)/i.test(sql))
      .map((sql) => {
        const nulls = new Array<null>((sql.match(/\?/g) ?? []).length).fill(null);
        return reader.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...nulls).map((row) => (row as { detail: string }).detail).join(' | ');
      });
  } finally {
    reader.close();
  }
}

describe('SQLite covering indexes (migration 11)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-covering-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers a speaker\'s pages and an article\'s mentions off covering indexes, one statement each', async () => {
    const file = join(dir, 'news.db');
    const writer = SqliteArticleStore.open(file);
    for (const i of [1, 2, 3]) await writer.saveArticle(draft(i));
    await writer.close();
    // No record cache: every read goes to SQLite.
    const store = SqliteArticleStore.open(file, { cacheEntries: 0 });
    try {
      expect(await answers(store)).toEqual(EXPECTED);
      const before = store.statementCount;
      await store.quotesBySpeaker([
        { speakerId: SPEAKER, page: { limit: 2 }, kinds: ['direct'] },
        { speakerId: OTHER, page: { limit: 2 }, kinds: ['direct'] },
      ]);
      await store.mentionsByArticle([1, 2, 3]);
      expect(store.statementCount - before).toBe(2);

      const [speakerPlan] = await plansOf(file, (fresh) => fresh.quotesBySpeaker([{ speakerId: OTHER, page: { limit: 3 }, kinds: ['indirect'] }]));
      expect(speakerPlan).toMatch(/SEARCH q USING COVERING INDEX quotes_by_speaker_kind_time_covering \(speaker_id=\? AND kind=\? AND sort_time=\? AND article_id=\? AND position=\?\)/);
      expect(speakerPlan).toMatch(/SEARCH k USING COVERING INDEX quotes_by_speaker_kind_time_covering \(speaker_id=\? AND kind=\?\)/);
      // The page's rows are not looked up in the table by id.
      expect(speakerPlan).not.toMatch(/SEARCH q USING INTEGER PRIMARY KEY/);
      // Two kinds: the speaker's quotes walked in order (quotes_by_speaker_time), stopping at the
      // page, not every quote of those kinds found and sorted.
      const [twoKindsPlan] = await plansOf(file, (fresh) => fresh.quotesBySpeaker([{ speakerId: OTHER, page: { limit: 3 }, kinds: ['indirect', 'mixed'] }]));
      expect(twoKindsPlan).toMatch(/SEARCH k USING INDEX quotes_by_speaker_time \(speaker_id=\?\)/);
      expect(twoKindsPlan).not.toMatch(/TEMP B-TREE FOR ORDER BY \| SEARCH q|SEARCH k USING COVERING INDEX quotes_by_speaker_kind_time_covering/);
      const [mentionPlan] = await plansOf(file, (fresh) => fresh.mentionsByArticle([2, 3]));
      expect(mentionPlan).toMatch(/SEARCH m USING COVERING INDEX mentions_by_article_covering \(article_id=\?\)/);
      // Already in reading order: no sort.
      expect(mentionPlan).not.toMatch(/TEMP B-TREE/);
    } finally {
      await store.close();
    }
  });

  it('upgrades a file written at version 10, with the same answers', async () => {
    const file = join(dir, 'news.db');
    const current = SqliteArticleStore.open(join(dir, 'current.db'));
    for (const i of [1, 2, 3]) await current.saveArticle(draft(i));
    await current.close();
    // The file as the previous build left it: migrations 1-10, the same rows.
    const db = new Database(file);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const migration of SQLITE_MIGRATIONS.filter((m) => m.version <= 10)) {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, 'then');
    }
    db.exec(`ATTACH DATABASE '${join(dir, 'current.db').replace(/'/g, "''")}' AS current`);
    for (const table of ['articles', 'mentions', 'quotes', 'entity_article_count', 'speaker_kind_quote_count']) {
      db.exec(`DELETE FROM ${table}; INSERT INTO ${table} SELECT * FROM current.${table}`);
    }
    db.exec('DETACH DATABASE current');
    const indexes = (d: Database.Database): string[] =>
      d.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND (name LIKE 'mentions_by_article%' OR name LIKE 'quotes_by_speaker%') ORDER BY name").pluck().all() as string[];
    expect(indexes(db)).toEqual(['mentions_by_article', 'quotes_by_speaker_kind_time', 'quotes_by_speaker_time']);
    db.close();

    const store = SqliteArticleStore.open(file, { cacheEntries: 0 });
    try {
      const raw = new Database(file, { readonly: true });
      expect(raw.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get()).toBe(11);
      // The narrow by-article index is replaced; the narrow speaker index stays (a speaker's article count walks it).
      expect(indexes(raw)).toEqual(['mentions_by_article_covering', 'quotes_by_speaker_kind_time', 'quotes_by_speaker_kind_time_covering', 'quotes_by_speaker_time']);
      raw.close();
      expect(await answers(store)).toEqual(EXPECTED);
      // Writes keep the new indexes: a new article shows in both reads.
      await store.saveArticle(draft(4));
      const [page] = await store.quotesBySpeaker([{ speakerId: SPEAKER, page: { limit: 1 }, kinds: ['direct'] }]);
      expect([page.rows.map((r) => r.node.text), page.totalCount]).toEqual([['The boats run late 4'], 4]);
      expect((await store.mentionsByArticle([4]))[0].map((m) => m.text)).toEqual(['Ilse Marten', 'Tomas Brek', 'Brek']);
    } finally {
      await store.close();
    }
  });
});
