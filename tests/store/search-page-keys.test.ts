import { join } from 'node:path';
import { RecentKeys } from '../../src/recent-keys';
import type { ArticleDraft } from '../../src/records/article-records';
import { searchOnlyText } from '../../src/store/page-keys';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { useTempSqlite } from '../helpers/temp-sqlite';

describe('keys of search pages kept by text', () => {
  it('takes the text of a filter holding a search and nothing else', () => {
    expect(searchOnlyText({ search: 'water' })).toBe('water');
    expect(searchOnlyText({ search: 'water', section: null, mentions: undefined })).toBe('water');
    expect(searchOnlyText({ search: '' })).toBe('');
    expect(searchOnlyText({})).toBeNull();
    expect(searchOnlyText({ search: null })).toBeNull();
    expect(searchOnlyText({ search: 'water', section: 'World' })).toBeNull();
    expect(searchOnlyText({ search: 'water', mentions: [] })).toBeNull();
    // A field no listing knows yet turns it off as well.
    expect(searchOnlyText({ search: 'water', sometimeLater: 1 })).toBeNull();
    expect(searchOnlyText({ search: 'water', kinds: ['direct'] })).toBeNull();
    expect(searchOnlyText({ search: 'water', kinds: ['direct'] }, 'kinds')).toBe('water');
    expect(searchOnlyText({ search: 'water', kinds: ['direct'], speakers: [3] }, 'kinds')).toBeNull();
  });

  it('hands back the key kept for a text and the rest, and nothing for another rest or text', () => {
    const keys = new RecentKeys<number>();
    const made = ['A10|', 'water'].join('');
    expect(keys.remember('water', 10, made)).toBe(made);
    expect(keys.get('water', 10)).toBe(made);
    expect(keys.get('water', 11)).toBeUndefined();
    expect(keys.get('Water', 10)).toBeUndefined();
    for (let limit = 0; limit < 40; limit++) keys.remember('many', limit, `k${limit}`);
    expect(keys.get('many', 7)).toBe('k7');
    // At most 8 keys per text: the ones past that are made each time, not kept.
    expect(keys.get('many', 8)).toBeUndefined();
  });

  describe('SQLite stores', () => {
    const db = useTempSqlite('search-keys-');
    let serial = 0;
    const draft = (headline: string, quoteText: string, kind: 'direct' | 'indirect'): ArticleDraft => {
      serial++;
      return {
        slug: `story-${serial}`,
        url: `https://news.example/${serial}`,
        headline,
        section: serial % 2 === 0 ? 'World' : 'Business',
        dateline: 'OSLO',
        byline: 'By A. Reporter',
        publishedAt: new Date(Date.UTC(2021, 0, serial)).toISOString(),
        paragraphs: ['The harbour was quiet.', `${quoteText}, the mayor said.`],
        images: [],
        contentHash: `hash-${serial}`,
        mentions: [],
        quotes: [{ text: quoteText, speakerId: null, speakerName: null, paragraph: 1, start: 0, end: quoteText.length, partial: false, attribution: null, kind }],
      };
    };

    it('answers each search page for its own limit, kinds and other fields, whatever was asked before', async () => {
      for (const [headline, text, kind] of [
        ['Ferry fares rise in Oslo', 'Ferry fares will rise again', 'direct'],
        ['Oslo ferry strike ends', 'The ferry strike is over', 'indirect'],
        ['Ferry timetable changes', 'Ferries will run later', 'direct'],
      ] as const) {
        await db.store.saveArticle(draft(headline, text, kind));
      }
      const headlines = async (filter: Parameters<SqliteArticleStore['listArticles']>[0], limit: number): Promise<string[]> =>
        (await db.store.listArticles(filter, { limit })).rows.map((row) => row.node.headline);
      const quoteTexts = async (filter: Parameters<SqliteArticleStore['listQuotes']>[0], limit: number): Promise<string[]> =>
        (await db.store.listQuotes(filter, { limit })).rows.map((row) => row.node.text);

      // The same text, asked with other limits and fields in between.
      expect(await headlines({ search: 'ferry' }, 1)).toEqual(['Ferry timetable changes']);
      expect(await headlines({ search: 'ferry' }, 10)).toEqual(['Ferry timetable changes', 'Oslo ferry strike ends', 'Ferry fares rise in Oslo']);
      expect(await headlines({ search: 'ferry', section: 'World' }, 10)).toEqual(['Oslo ferry strike ends']);
      expect(await headlines({ search: 'ferry' }, 1)).toEqual(['Ferry timetable changes']);
      expect(await headlines({ search: 'oslo' }, 10)).toEqual(['Oslo ferry strike ends', 'Ferry fares rise in Oslo']);

      expect(await quoteTexts({ search: 'ferry' }, 10)).toEqual(['Ferries will run later', 'The ferry strike is over', 'Ferry fares will rise again']);
      expect(await quoteTexts({ search: 'ferry', kinds: ['direct'] }, 10)).toEqual(['Ferries will run later', 'Ferry fares will rise again']);
      expect(await quoteTexts({ search: 'ferry', kinds: ['indirect'] }, 10)).toEqual(['The ferry strike is over']);
      expect(await quoteTexts({ search: 'ferry', kinds: ['direct'] }, 1)).toEqual(['Ferries will run later']);
      expect(await quoteTexts({ search: 'ferry', kinds: ['direct'] }, 10)).toEqual(['Ferries will run later', 'Ferry fares will rise again']);
      await expect(db.store.listQuotes({ search: 'ferry', kinds: ['shouted' as 'direct'] }, { limit: 10 })).rejects.toThrow(/unknown kind/);

      // A write by another connection still shows on the next search.
      const other = SqliteArticleStore.open(join(db.dir, 'news.db'));
      await other.saveArticle(draft('Ferry fares fall', 'Ferry fares fall at last', 'direct'));
      await other.close();
      expect(await headlines({ search: 'ferry' }, 1)).toEqual(['Ferry fares fall']);
      expect(await quoteTexts({ search: 'ferry', kinds: ['direct'] }, 1)).toEqual(['Ferry fares fall at last']);
    });

    it('lists people by search text for each limit and cursor', async () => {
      await db.entities.upsert([
        { type: 'person', name: 'Ingrid Solberg' },
        { type: 'person', name: 'Ingrid Berg' },
        { type: 'organization', name: 'Ingrid Ferries' },
      ]);
      const names = async (type: 'person' | 'organization', limit: number): Promise<string[]> => (await db.entities.list({ type, search: 'ingrid', limit })).items.map((e) => e.name);
      expect(await names('person', 1)).toEqual(['Ingrid Berg']);
      expect(await names('person', 10)).toEqual(['Ingrid Berg', 'Ingrid Solberg']);
      expect(await names('organization', 10)).toEqual(['Ingrid Ferries']);
      const first = await db.entities.list({ type: 'person', search: 'ingrid', limit: 1 });
      const next = await db.entities.list({ type: 'person', search: 'ingrid', limit: 1, after: { id: first.items[0].id, name: first.items[0].name } });
      expect(next.items.map((e) => e.name)).toEqual(['Ingrid Solberg']);
      expect(await names('person', 1)).toEqual(['Ingrid Berg']);
    });
  });
});
