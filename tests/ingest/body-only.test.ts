import { InvalidInputError } from '../../src/errors';
import { DERIVED_HEADLINE_MAX, extractArticle, headlineFromBody } from '../../src/ingest/extract-article';

describe('a text without a headline', () => {
  it('gets its first sentence as headline, without the final period', () => {
    expect(headlineFromBody('The council passed the budget 7-2. Critics objected.')).toBe('The council passed the budget 7-2');
    expect(headlineFromBody('Talks with the U.S. resumed in Geneva on Monday. More follow.')).toBe('Talks with the U.S. resumed in Geneva on Monday');
    // A quotation holds no sentence boundary.
    expect(headlineFromBody('“We won. It was hard,” she said after the vote. Then she left.')).toBe('“We won. It was hard,” she said after the vote');
    expect(headlineFromBody('Why did the bridge close? Nobody knows.')).toBe('Why did the bridge close?');
  });

  it('cuts a long first sentence at a word boundary, with an ellipsis', () => {
    const sentence = `${'The harbor authority approved a new ferry schedule on Tuesday after months of complaints from island residents'} about missed connections and cancelled crossings.`;
    const headline = headlineFromBody(sentence);
    expect(headline).toBe('The harbor authority approved a new ferry schedule on Tuesday after months of complaints from island residents about…');
    expect(headline.length).toBeLessThanOrEqual(DERIVED_HEADLINE_MAX + 1);
    expect(sentence.startsWith(headline.slice(0, -1))).toBe(true);
    // One unbroken word longer than the limit is cut inside it.
    expect(headlineFromBody('x'.repeat(300))).toBe(`${'x'.repeat(DERIVED_HEADLINE_MAX)}…`);
  });

  it('is extracted whole: body, derived headline, slug, quotes, and the date of its dateline', () => {
    const text = [
      'SPRINGFIELD, March 5, 2024 — The city council voted 7-2 on Tuesday to close the old bridge for repairs.',
      '',
      '"It is the safe choice," said Mayor Dana Whitlock.',
    ].join('\n');
    const x = extractArticle(text);
    expect(x).toMatchObject({
      headline: 'The city council voted 7-2 on Tuesday to close the old bridge for repairs',
      headlineDerived: true,
      dateline: 'SPRINGFIELD, March 5, 2024',
      publishedAt: '2024-03-05T00:00:00.000Z',
    });
    expect(x.paragraphs).toEqual(['The city council voted 7-2 on Tuesday to close the old bridge for repairs.', '"It is the safe choice," said Mayor Dana Whitlock.']);
    expect(x.slug).toMatch(/^the-city-council-voted-7-2-on-tuesday-to-close-the-old-bridge-for-repairs-[0-9a-f]{6}$/);
    expect(x.quotes.map((q) => [q.text, q.speakerName, q.cue])).toEqual([['It is the safe choice,', 'Dana Whitlock', 'said']]);
    // The metadata's date and headline win over the text's.
    const given = extractArticle(text, { publishedAt: '2024-03-06T08:00:00Z', headline: 'Bridge to close' });
    expect(given).toMatchObject({ headline: 'Bridge to close', headlineDerived: false, publishedAt: '2024-03-06T08:00:00Z' });
  });

  it('reads a byline and a date line opening a body-only text as front matter, not as the headline', () => {
    const x = extractArticle('By Jane Doe, Staff Writer\n5:32 p.m. EDT Oct. 3, 2016\n\nThe governor said on Friday that taxes would not rise.\n\nLawmakers were not convinced.');
    expect(x).toMatchObject({ headline: 'The governor said on Friday that taxes would not rise', headlineDerived: true, byline: 'Jane Doe, Staff Writer', publishedAt: '2016-10-03T21:32:00.000Z' });
    expect(x.paragraphs).toEqual(['The governor said on Friday that taxes would not rise.', 'Lawmakers were not convinced.']);
    expect(extractArticle('By KATE PAYNE and CURT ANDERSON | Associated Press\n\nThe storm hit the coast.\n\nCrews worked overnight.')).toMatchObject({ headline: 'The storm hit the coast', headlineDerived: true, byline: 'KATE PAYNE and CURT ANDERSON | Associated Press' });
    // A byline's date and time segments are date lines; other segments stay in the byline.
    expect(extractArticle('By Jane Doe | Oct. 3, 2016 | Updated 5:32 p.m.\n\nThe council voted on Monday.\n\nStory continues below advertisement\n\nCrews start soon.')).toMatchObject({
      headline: 'The council voted on Monday',
      byline: 'Jane Doe',
      publishedAt: '2016-10-03T00:00:00.000Z',
      paragraphs: ['The council voted on Monday.', 'Crews start soon.'],
    });
    expect(extractArticle('Bridge to close\n\nBy Jane Doe | The Dispatch | May 2, 2024\n\nThe council voted.\n\nMore.')).toMatchObject({ byline: 'Jane Doe | The Dispatch', publishedAt: '2024-05-02T00:00:00.000Z' });
    // Headlines that open with "By" stay headlines.
    for (const headline of ['By the numbers: how the city spends', 'By The Way, Meet Vera Bradley', 'By Land and Sea Rescuers Reach the Island']) {
      expect(extractArticle(`${headline}\n\nThe city spent more on roads.\n\nMore here.`)).toMatchObject({ headline, headlineDerived: false, byline: null });
    }
  });

  it('keeps a headline it finds, and refuses a lone headline line as a text with no body', () => {
    expect(extractArticle('Bridge to close\n\nThe council voted 7-2.\n\nCrews start Monday.')).toMatchObject({ headline: 'Bridge to close', headlineDerived: false });
    expect(extractArticle('The council voted 7-2.')).toMatchObject({ headline: 'The council voted 7-2', headlineDerived: true });
    expect(() => extractArticle('Bridge to close')).toThrow(InvalidInputError);
    expect(() => extractArticle('Bridge to close')).toThrow(/no body/);
  });
});

describe('extracted quotes: kind, cue and source', () => {
  const text = [
    'Talks in Geneva',
    '',
    'Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Geneva on Sunday.',
    '',
    '"It is over," Kerry said. "We will see," Lavrov insisted after the meeting.',
    '',
    '"Nothing is settled yet. We keep talking."',
    '',
    'The Russian Foreign Ministry said in a statement: "We deny it."',
    '',
    '"We are ready," according to Kerry.',
  ].join('\n');

  it('marks direct quotations direct, with the reporting verb or phrase as written and the speaker as source', () => {
    const x = extractArticle(text);
    const described = x.quotes.map((q) => [q.kind, q.text, q.cue, q.source === null ? null : `${q.source.type}:${q.source.type === 'person' ? x.entities.people[q.source.index].name : x.entities.organizations[q.source.index].name}`]);
    expect(described).toEqual([
      ['direct', 'It is over,', 'said', 'person:John Kerry'],
      ['direct', 'We will see,', 'insisted', 'person:Sergey Lavrov'],
      // Tied to its speaker by nearness, not by words: no cue.
      ['direct', 'Nothing is settled yet. We keep talking.', null, 'person:Sergey Lavrov'],
      ['direct', 'We deny it.', 'said', 'organization:Russian Foreign Ministry'],
      ['direct', 'We are ready,', 'according to', 'person:John Kerry'],
    ]);
    for (const q of x.quotes) expect(q.source).toEqual(q.speaker);
  });
});
