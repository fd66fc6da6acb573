import { parseArticle, splitDateline } from '../../src/ingest/parse-article';

describe('parseArticle', () => {
  it('reads a headline-only export: no section, no image, no dateline', () => {
    const a = parseArticle('Storm knocks out power to thousands\n\nHigh winds toppled trees across the county on Monday.\n\nCrews expect repairs to take days.\n');
    expect(a).toMatchObject({ section: null, headline: 'Storm knocks out power to thousands', dateline: null, images: [] });
    expect(a.paragraphs).toEqual(['High winds toppled trees across the county on Monday.', 'Crews expect repairs to take days.']);
  });

  it('accepts CRLF line ends, a byline and hard-wrapped paragraphs', () => {
    const raw = 'Local News\r\n\r\nCrews gain ground on wildfire\r\n\r\nBy Chris Ramos, Staff Writer\r\n\r\nREDDING, Calif. -- Firefighters made progress\r\novernight against the fire.\r\n\r\nThe fire was 45 percent\r\ncontained.\r\n';
    const a = parseArticle(raw);
    expect(a).toMatchObject({ section: 'Local News', headline: 'Crews gain ground on wildfire', byline: 'Chris Ramos, Staff Writer', dateline: 'REDDING, Calif.' });
    expect(a.paragraphs).toEqual(['Firefighters made progress overnight against the fire.', 'The fire was 45 percent contained.']);
  });

  it('takes one paragraph per line when the body has no blank lines', () => {
    const a = parseArticle('Council passes budget\nThe council voted 7-2.\nThe mayor praised the vote.\nCritics said it cuts libraries.');
    expect(a.headline).toBe('Council passes budget');
    expect(a.paragraphs).toEqual(['The council voted 7-2.', 'The mayor praised the vote.', 'Critics said it cuts libraries.']);
  });

  it('takes one paragraph per line in a block whose lines are longer than any hard wrap', () => {
    const long1 = '“We are not going to wait for the state to act on this, because the families cannot wait,” Mayor Ada Kerr said at the council meeting on Monday night, before the vote was called.';
    const long2 = '“The money is already here, and every week we wait the repairs cost more,” she said, pointing to the figures her office published in the spring.';
    const a = parseArticle(`Council passes budget\n\nThe council voted 7-2 on Monday.\n\n${long1}\n${long2}\nCritics said it cuts libraries.\n`);
    expect(a.paragraphs).toEqual(['The council voted 7-2 on Monday.', long1, long2, 'Critics said it cuts libraries.']);
  });

  it('drops promotions and boilerplate anywhere, and keeps images found mid-article', () => {
    const raw = [
      'Markets',
      '',
      'Stocks rally on rate hopes',
      '',
      'NEW YORK (Reuters) - Stocks rose on Thursday.',
      '',
      'Traders cheer a Fed official on the floor. (AP Photo/Richard Drew)',
      '',
      'Read more: Why rates matter',
      '',
      'Bond yields fell.',
      '',
      'Reporting by Jane Roe; Editing by Tom Poe',
      '',
      'Sign up for our Markets newsletter',
      '© 2024 Example News. All rights reserved.',
    ].join('\n');
    const a = parseArticle(raw);
    expect(a.dateline).toBe('NEW YORK');
    expect(a.images).toEqual([{ caption: 'Traders cheer a Fed official on the floor.', credit: 'AP Photo/Richard Drew', alt: null }]);
    expect(a.paragraphs).toEqual(['Stocks rose on Thursday.', 'Bond yields fell.']);
  });

  it('takes the section and headline from metadata when given', () => {
    const a = parseArticle('World\n\nTalks resume\n\nDiplomats met again.', { section: 'World', headline: 'Talks resume' });
    expect(a).toMatchObject({ section: 'World', headline: 'Talks resume', paragraphs: ['Diplomats met again.'] });
  });
});

describe('splitDateline', () => {
  it.each([
    ['WASHINGTON — The top diplomats met.', 'WASHINGTON', 'The top diplomats met.'],
    ['KYIV, Ukraine (Reuters) - Shelling resumed.', 'KYIV, Ukraine', 'Shelling resumed.'],
    ['SAN JOSE, Calif. — Rents rose.', 'SAN JOSE, Calif.', 'Rents rose.'],
    ['LONDON (AP) — Prices fell.', 'LONDON', 'Prices fell.'],
  ])('%s', (paragraph, dateline, rest) => {
    expect(splitDateline(paragraph)).toEqual({ dateline, rest });
  });

  it('leaves ordinary sentences alone', () => {
    expect(splitDateline('Washington — the city — braced for snow.')).toEqual({ dateline: null, rest: 'Washington — the city — braced for snow.' });
    expect(splitDateline('A — B')).toEqual({ dateline: null, rest: 'A — B' });
  });
});
