import { parseArticle } from '../../src/ingest/parse-article';
import { dateLineOf, parseNewsDate } from '../../src/ingest/publication-date';

describe('parseNewsDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05T00:00:00.000Z'],
    ['2024-03-05T14:30:00Z', '2024-03-05T14:30:00.000Z'],
    ['2024-03-05T09:30-05:00', '2024-03-05T14:30:00.000Z'],
    ['2024-03-05 14:30', '2024-03-05T14:30:00.000Z'],
    ['March 5, 2024', '2024-03-05T00:00:00.000Z'],
    ['Tue, Mar. 5, 2024', '2024-03-05T00:00:00.000Z'],
    ['Tuesday, March 5, 2024', '2024-03-05T00:00:00.000Z'],
    ['Sept. 5, 2024 2:30 p.m. EST', '2024-09-05T19:30:00.000Z'],
    ['Sept. 5, 2024 at 12 a.m. PDT', '2024-09-05T07:00:00.000Z'],
    ['Dec 31, 2023, 11:45 PM EDT', '2024-01-01T03:45:00.000Z'],
    ['Sat 2 Sep 2023 09.00 BST', '2023-09-02T08:00:00.000Z'],
    ['5 March 2024', '2024-03-05T00:00:00.000Z'],
    ['3/5/2024', '2024-03-05T00:00:00.000Z'],
    // A time in a zone whose offset is not fixed ("ET") leaves the date alone.
    ['March 5, 2024 2:30 p.m. ET', '2024-03-05T00:00:00.000Z'],
    // The time before the date.
    ['5:32 p.m. EDT Oct. 3, 2016', '2016-10-03T21:32:00.000Z'],
    ['9 a.m. GMT, Tuesday, March 5, 2024', '2024-03-05T09:00:00.000Z'],
    ['5:32 PM ET, Mon October 3, 2016', '2016-10-03T00:00:00.000Z'],
    ['10:15 a.m. on March 5, 2024', '2024-03-05T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseNewsDate(text)).toBe(iso);
  });

  it.each(['February 30, 2024', '13/40/2024', '2024-02-30', 'yesterday', 'March 2024', 'Mar 5', '5 hours ago', 'March 5, 2024 13:00 p.m. EST', '', '13:00 p.m. EST March 5, 2024', '5 March 5, 2024', '25:10 March 5, 2024', '13 p.m. March 5, 2024'])(
    'reads no date in %j',
    (text) => {
      expect(parseNewsDate(text)).toBeNull();
    },
  );

  it('tells a published line from an updated one', () => {
    expect(dateLineOf('Published March 5, 2024')).toEqual({ date: '2024-03-05T00:00:00.000Z', updated: false });
    expect(dateLineOf('First published on Tue 5 Mar 2024 09.00 GMT')).toEqual({ date: '2024-03-05T09:00:00.000Z', updated: false });
    expect(dateLineOf('Updated: 2024-03-07T10:00:00Z')).toEqual({ date: '2024-03-07T10:00:00.000Z', updated: true });
    expect(dateLineOf('Published 2 hours ago')).toBeNull();
  });
});

describe('parseArticle: the publication date', () => {
  it('reads a Published line above the body, never taking it for the section or the headline', () => {
    const a = parseArticle('Published March 5, 2024\n\nStorm hits coast\n\nWinds toppled trees across the county.\n\nCrews worked overnight.');
    expect(a).toMatchObject({ section: null, headline: 'Storm hits coast', published: '2024-03-05T00:00:00.000Z' });
    expect(a.paragraphs).toEqual(['Winds toppled trees across the county.', 'Crews worked overnight.']);
  });

  it('prefers the published date to the updated one, whichever comes first, and reads a label on its own line', () => {
    const both = parseArticle('Storm hits coast\n\nUpdated 2024-03-07T10:00:00Z\n\nPublished 3/5/2024 2:30 p.m. EST\n\nWinds toppled trees.\n\nCrews worked overnight.');
    expect(both.published).toBe('2024-03-05T19:30:00.000Z');
    const updatedOnly = parseArticle('Storm hits coast\n\nUpdated\nMarch 7, 2024\n\nWinds toppled trees.\n\nCrews worked overnight.');
    expect(updatedOnly.published).toBe('2024-03-07T00:00:00.000Z');
    const labelled = parseArticle('Storm hits coast\n\nUpdated\nMarch 7, 2024\nPublished\nMarch 5, 2024\n\nWinds toppled trees.\n\nCrews worked overnight.');
    expect(labelled.published).toBe('2024-03-05T00:00:00.000Z');
  });

  it('reads a time-first date line, alone or after "Updated", and keeps it out of the body', () => {
    const alone = parseArticle('Storm hits coast\n\n5:32 p.m. EDT Oct. 3, 2016\n\nWinds toppled trees.\n\nCrews worked overnight.');
    expect(alone).toMatchObject({ headline: 'Storm hits coast', published: '2016-10-03T21:32:00.000Z', paragraphs: ['Winds toppled trees.', 'Crews worked overnight.'] });
    expect(parseArticle('Storm hits coast\n\nUpdated 5:32 PM ET, Mon October 3, 2016\n\nWinds toppled trees.\n\nMore.').published).toBe('2016-10-03T00:00:00.000Z');
    // A paragraph that opens with a number is body, not a date line.
    const body = parseArticle('Storm hits coast\n\nWinds toppled trees.\n\n5 March 2024 polls opened late.');
    expect(body.paragraphs).toEqual(['Winds toppled trees.', '5 March 2024 polls opened late.']);
  });

  it('reads a dateline with a year', () => {
    const a = parseArticle('Talks resume\n\nGENEVA, March 5, 2024 — Diplomats met again on Tuesday.\n\nThey will meet again.');
    expect(a).toMatchObject({ dateline: 'GENEVA, March 5, 2024', published: '2024-03-05T00:00:00.000Z', paragraphs: ['Diplomats met again on Tuesday.', 'They will meet again.'] });
    expect(parseArticle('Talks resume\n\nSEOUL, Aug 20 (Reuters) - Diplomats met again.\n\nMore talks.').published).toBeNull();
  });

  it('reads no date from the body: not in a paragraph, not in a quote, not a date line further down', () => {
    const a = parseArticle(
      [
        'Storm hits coast',
        '',
        'Winds toppled trees across the county on March 3, 2024.',
        '',
        '"On March 1, 2024 we warned them," the mayor said.',
        '',
        'Published March 9, 2024',
        '',
        'Crews worked overnight.',
      ].join('\n'),
    );
    expect(a.published).toBeNull();
    expect(a.paragraphs).toContain('Published March 9, 2024');
  });
});
