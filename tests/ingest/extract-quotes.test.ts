import { extractArticle } from '../../src/ingest/extract-article';

/** Extracts from body paragraphs under a headline; answers [speaker, text, partial]. */
function quotes(...paragraphs: string[]): [string | null, string, boolean][] {
  const x = extractArticle(['Headline of the story', ...paragraphs].join('\n\n'));
  return x.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speakerName, q.text, q.partial]);
}

function methods(...paragraphs: string[]): (string | null)[] {
  return extractArticle(['Headline of the story', ...paragraphs].join('\n\n')).quotes.filter((q) => q.kind === 'direct').map((q) => q.method);
}

describe('quote attribution patterns', () => {
  it('"…," said X and "…," X said', () => {
    expect(quotes('“We will win,” said Sen. Maria Lopez.', '“It is close,” Lopez said.')).toEqual([
      ['Maria Lopez', 'We will win,', false],
      ['Maria Lopez', 'It is close,', false],
    ]);
  });

  it('X said "…" and X said, "…" and X said: "…"', () => {
    expect(
      quotes('Governor Tom Reyes said "we are ready" before the vote.', 'Reyes said, "The roads are open."', 'Then Reyes told reporters: "Stay home tonight."'),
    ).toEqual([
      ['Tom Reyes', 'we are ready', true],
      ['Tom Reyes', 'The roads are open.', false],
      ['Tom Reyes', 'Stay home tonight.', false],
    ]);
  });

  it('an inverted speaker with a title: "…," said Russian Foreign Minister Sergei Lavrov', () => {
    expect(quotes('“This is a step,” said Russian Foreign Minister Sergei Lavrov.')).toEqual([['Sergei Lavrov', 'This is a step,', false]]);
  });

  it('X, appositive, insisted on a show that … "partial"', () => {
    expect(
      quotes('Sergey Kislyak, Russia’s ambassador to the United States, insisted on ABC’s “This Week” that the troops were present only for “a normal exercise.”'),
    ).toEqual([['Sergey Kislyak', 'a normal exercise.', true]]);
  });

  it('according to X', () => {
    expect(quotes('Ana Ruiz, a lawyer for the family, spoke briefly.', '“The family is grieving,” according to Ruiz.')).toEqual([['Ana Ruiz', 'The family is grieving,', false]]);
    expect(methods('Ana Ruiz, a lawyer for the family, spoke briefly.', '“The family is grieving,” according to Ruiz.')).toEqual(['according-to']);
  });

  it('he/she said resolves to the most recent compatible subject, by gender', () => {
    expect(
      quotes(
        'Sen. Dianne Feinstein met Defense Secretary Robert Gates on Monday.',
        'Gates said the talks went well. “We found common ground,” he said.',
        'Feinstein was more guarded. “We will see,” she said.',
      ),
    ).toEqual([
      ['Robert Gates', 'We found common ground,', false],
      ['Dianne Feinstein', 'We will see,', false],
    ]);
  });

  it('leaves an ambiguous pronoun without a speaker', () => {
    expect(quotes('John Smith and Peter Jones met on Monday.', '“It went well,” he said.')).toEqual([[null, 'It went well,', false]]);
  });

  it('a quote continued into the next paragraph', () => {
    const q = quotes('“We will rebuild this town,” Mayor Ellen Park said. “Every house, every school.', '“And we will do it together.”');
    expect(q).toEqual([
      ['Ellen Park', 'We will rebuild this town,', false],
      ['Ellen Park', 'Every house, every school.', false],
      ['Ellen Park', 'And we will do it together.', false],
    ]);
    expect(methods('“We will rebuild this town,” Mayor Ellen Park said. “Every house, every school.', '“And we will do it together.”')[2]).toBe('continuation');
  });

  it('a multi-sentence quote and a quote split by its attribution', () => {
    expect(quotes('"We tried. We failed. We will try again," coach Dan Miller said, "and next time we will win."')).toEqual([
      ['Dan Miller', 'We tried. We failed. We will try again,', false],
      ['Dan Miller', 'and next time we will win.', false],
    ]);
  });

  it('X said that … “partial.”', () => {
    // A surname opening a sentence as the subject of "said" is a person's, named in full later.
    expect(quotes('Lavrov said Russia had agreed to work with “the Ukrainian government” on reforms, according to Russian news agencies.', 'Sergei Lavrov is the foreign minister.')).toEqual([
      ['Sergei Lavrov', 'the Ukrainian government', true],
    ]);
    expect(quotes('Foreign Minister Sergei Lavrov met reporters.', 'Lavrov said Russia had agreed to work with “the Ukrainian government” on reforms, according to Russian news agencies.')).toEqual([
      ['Sergei Lavrov', 'the Ukrainian government', true],
    ]);
  });

  it('an organization as speaker: "the ministry said in a statement"', () => {
    expect(quotes('The Ministry of Health reported 40 new cases.', 'The ministry said in a statement that hospitals were “coping for now.”')).toEqual([
      ['Ministry of Health', 'coping for now.', true],
    ]);
  });

  it('an unnamed speaker gets no speaker rather than a guess', () => {
    expect(quotes('Mayor Karen Ostrowski toured the site.', 'A city spokeswoman declined to comment further. “We are reviewing it,” she said.')).toEqual([
      [null, 'We are reviewing it,', false],
    ]);
  });

  it('straight quotation marks work like curly ones', () => {
    expect(quotes('"Nobody wanted this," Council President Janet Moore said.')).toEqual([['Janet Moore', 'Nobody wanted this,', false]]);
  });
});

describe('what is not a quote', () => {
  it('titles of shows, films, books and songs', () => {
    expect(
      quotes(
        'Sen. Maria Lopez said on CNN’s “State of the Union” that she was “cautiously optimistic.”',
        'She has read the novel "War and Peace" twice and starred in the film “The Long Night.”',
        'The band played the song “Born to Run” as she arrived.',
      ),
    ).toEqual([['Maria Lopez', 'cautiously optimistic.', true]]);
  });

  it('a show or a work named after "on" or "of", even beside a speech verb', () => {
    expect(
      quotes(
        'Gov. Ellen Park said on “Face the Region” that the budget was “a careful compromise.”',
        '“We are not done,” Park told the hosts of “Morning Drive,” adding that talks would resume.',
      ),
    ).toEqual([
      ['Ellen Park', 'a careful compromise.', true],
      ['Ellen Park', 'We are not done,', false],
    ]);
  });

  it('nicknames', () => {
    expect(quotes('Dwayne “The Rock” Johnson arrived late.', 'The striker, nicknamed “El Pibe,” scored twice.')).toEqual([]);
  });

  it('scare quotes and mentions of words', () => {
    expect(quotes('The so-called “reforms” were never passed.', 'Officials used the word “pause” instead of “freeze.”', 'The deal looked like a "pay-to-play" arrangement to many residents.')).toEqual([]);
  });
});
