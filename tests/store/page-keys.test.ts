import { normalArticleFilter, normalQuoteFilter } from '../../src/store/filters';
import { articleListKey, quoteListKey } from '../../src/store/page-keys';

describe('page-cache keys of filtered listings', () => {
  it('gives every different article filter, limit and cursor its own key', () => {
    const cases: [Parameters<typeof normalArticleFilter>[0], number, string | null][] = [
      [{}, 10, null],
      [{}, 11, null],
      [{}, 10, 'abc'],
      [{}, 10, ''],
      [{ search: 'water' }, 10, null],
      [{ search: 'water supply' }, 10, null],
      [{ search: '!!!' }, 10, null],
      [{ section: 'World' }, 10, null],
      [{ section: 'World|1' }, 10, null],
      [{ section: '' }, 10, null],
      [{ mentions: [1, 2] }, 10, null],
      [{ mentions: [12] }, 10, null],
      [{ quotedSpeaker: 12 }, 10, null],
      [{ publishedAfter: '2026-01-01T00:00:00Z' }, 10, null],
      [{ publishedBefore: '2026-01-01T00:00:00Z' }, 10, null],
      [{ section: 'x', search: 'water' }, 10, null],
    ];
    const keys = cases.map(([filter, limit, after]) => articleListKey(normalArticleFilter(filter), limit, after));
    expect(new Set(keys).size).toBe(cases.length);
  });

  it('gives the same key to filters that normalize alike', () => {
    expect(articleListKey(normalArticleFilter({ search: 'water-supply' }), 10, null)).toBe(articleListKey(normalArticleFilter({ search: 'water supply' }), 10, null));
    expect(articleListKey(normalArticleFilter({ search: 'Water  SUPPLY' }), 10, null)).toBe(articleListKey(normalArticleFilter({ search: 'water supply' }), 10, null));
    expect(quoteListKey(normalQuoteFilter({ kinds: ['direct', 'indirect', 'mixed'] }), 5, null)).toBe(quoteListKey(normalQuoteFilter({}), 5, null));
  });

  it('gives every different quote filter, limit and cursor its own key', () => {
    const cases: [Parameters<typeof normalQuoteFilter>[0], number, string | null][] = [
      [{}, 10, null],
      [{}, 10, 'c'],
      [{ search: 'water' }, 10, null],
      [{ search: 'water', kinds: ['direct'] }, 10, null],
      [{ search: 'water', kinds: ['direct', 'indirect'] }, 10, null],
      [{ speakers: [] }, 10, null],
      [{ speakers: [3] }, 10, null],
      [{ speakers: [3, 4] }, 10, null],
      [{ article: 3 }, 10, null],
      [{ sourceOrganization: 3 }, 10, null],
    ];
    const keys = cases.map(([filter, limit, after]) => quoteListKey(normalQuoteFilter(filter), limit, after));
    expect(new Set(keys).size).toBe(cases.length);
  });
});
