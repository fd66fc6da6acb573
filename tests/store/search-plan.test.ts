import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { ArticleDraft, QuoteKind } from '../../src/records/article-records';
import { normalArticleFilter, normalQuoteFilter } from '../../src/store/filters';
import { articleMatches, quoteMatches } from '../../src/store/sqlite-search-matches';
import { useTempSqlite } from '../helpers/temp-sqlite';

/*
 * A search's matches are read off the full-text index and each row looked up by id, not found
 * by walking every quote of the kinds asked for (or every article) and probing each against
 * the list of matches: its cost follows its matches, not the size of the store.
 */
describe('SQLite search pages: matches first', () => {
  const db = useTempSqlite('search-plan-');
  let serial = 0;
  const draft = (headline: string, quotes: { text: string; kind: QuoteKind }[]): ArticleDraft => {
    serial++;
    const paragraphs = ['The council met on Tuesday.', ...quotes.map((q) => `${q.text}, the mayor said.`)];
    return {
      slug: `story-${serial}`,
      url: `https://news.example/${serial}`,
      headline,
      section: 'World',
      dateline: 'OSLO',
      byline: null,
      publishedAt: new Date(Date.UTC(2022, 0, 1 + (serial % 5))).toISOString(),
      paragraphs,
      images: [],
      contentHash: `plan-${serial}`,
      mentions: [],
      quotes: quotes.map((q, i) => ({ text: q.text, speakerId: null, speakerName: null, paragraph: i + 1, start: 0, end: q.text.length, partial: false, attribution: null, kind: q.kind })),
    };
  };

  const planOf = (sql: string, params: (string | number | null)[]): string[] => {
    const reader = new Database(join(db.dir, 'news.db'), { readonly: true });
    try {
      return reader.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params).map((row) => (row as { detail: string }).detail);
    } finally {
      reader.close();
    }
  };

  it('reads the full-text index first, then rows by id, for a search alone or with kinds', () => {
    const quoteFilter = normalQuoteFilter({ search: 'harbour fees', kinds: ['direct'] });
    const quotes = quoteMatches(quoteFilter, { sql: 'unused', params: [] });
    const quotePlan = planOf(`SELECT q.id, q.sort_time FROM ${quotes.sql}`, quotes.params);
    expect(quotePlan[0]).toMatch(/^SCAN quotes_fts VIRTUAL TABLE/);
    expect(quotePlan[1]).toMatch(/^SEARCH q USING INTEGER PRIMARY KEY/);
    expect(quotePlan.join(' | ')).not.toMatch(/quotes_by_kind_time|SCAN q\b/);

    const articles = articleMatches(normalArticleFilter({ search: 'harbour' }), { sql: 'unused', params: [] });
    const articlePlan = planOf(`SELECT a.id, a.sort_time FROM ${articles.sql}`, articles.params);
    expect(articlePlan[0]).toMatch(/^SCAN articles_fts VIRTUAL TABLE/);
    // Sort times off the small (id, sort_time) index, not the article rows.
    expect(articlePlan[1]).toMatch(/^SEARCH a USING COVERING INDEX articles_time_by_id \(id=\?\)/);
  });

  it('keeps the whole condition when another filter may be the selective one', () => {
    const where = { sql: '(a.section = ? COLLATE NOCASE) AND (a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))', params: ['World', '"harbour"'] };
    expect(articleMatches(normalArticleFilter({ search: 'harbour', section: 'World' }), where)).toEqual({ sql: `articles a WHERE ${where.sql}`, params: where.params });
    const quoteWhere = { sql: '(q.article_id = ?)', params: [1] };
    expect(quoteMatches(normalQuoteFilter({ search: 'harbour', article: 1 }), quoteWhere)).toEqual({ sql: `quotes q WHERE ${quoteWhere.sql}`, params: [1] });
    // No words: nothing matches, as the condition says.
    const none = { sql: '(0)', params: [] };
    expect(quoteMatches(normalQuoteFilter({ search: '!!!', kinds: ['direct'] }), none)).toEqual({ sql: 'quotes q WHERE (0)', params: [] });
  });

  it('answers the same pages: counts, order, kinds and cursors', async () => {
    await db.store.saveArticle(draft('Harbour fees rise', [{ text: 'Harbour fees must rise', kind: 'direct' }, { text: 'The harbour fees were fair', kind: 'indirect' }]));
    await db.store.saveArticle(draft('Ferry timetable', [{ text: 'Harbour fees pay for the ferries', kind: 'direct' }]));
    await db.store.saveArticle(draft('Harbour fees, again', [{ text: 'Nobody likes fees', kind: 'direct' }, { text: 'Harbour fees went up twice', kind: 'mixed' }]));
    await db.store.saveArticle(draft('Budget vote', [{ text: 'The budget passed', kind: 'direct' }]));

    const quoteTexts = async (kinds: QuoteKind[] | undefined, limit: number, after?: string) => {
      const page = await db.store.listQuotes({ search: 'harbour fees', kinds }, { limit, after });
      return { texts: page.rows.map((r) => r.node.text), total: page.totalCount, next: page.hasNextPage, last: page.rows.at(-1)?.position };
    };
    const direct = await quoteTexts(['direct'], 1);
    expect(direct.total).toBe(2);
    expect(direct.next).toBe(true);
    const directRest = await quoteTexts(['direct'], 5, direct.last);
    expect([...direct.texts, ...directRest.texts].sort()).toEqual(['Harbour fees must rise', 'Harbour fees pay for the ferries']);
    expect(directRest.next).toBe(false);
    expect((await quoteTexts(['indirect', 'mixed'], 5)).total).toBe(2);
    expect((await quoteTexts(undefined, 10)).total).toBe(4);
    expect((await quoteTexts(['direct'], 5)).texts).not.toContain('The harbour fees were fair');

    const articles = await db.store.listArticles({ search: 'harbour fees' }, { limit: 10 });
    // Headline or body: the ferry story quotes the words.
    expect(articles.totalCount).toBe(3);
    expect(articles.rows.map((r) => r.node.headline).sort()).toEqual(['Ferry timetable', 'Harbour fees rise', 'Harbour fees, again']);
    // Newest first, as every listing.
    const times = articles.rows.map((r) => r.node.publishedAt ?? '');
    expect([...times].sort().reverse()).toEqual(times);
  });
});
