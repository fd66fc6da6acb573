import { extractArticle } from '../../src/ingest/extract-article';
import { quotesAfterLead as quotes } from './article-rows';

function people(...paragraphs: string[]): string[] {
  return extractArticle(['Headline of the story', 'The county board met on Monday to vote on the plan.', ...paragraphs].join('\n\n')).entities.people.map((p) => p.name);
}

describe('speakers named in the shapes news copy uses', () => {
  it('plain title words between the quote and the name', () => {
    expect(
      quotes(
        '“It is a test of the whole plan,” campaign chairman Tomas Brandt told reporters.',
        '“We bought a lot of data,” said L2 president Marta Quell, who gave no price.',
        '“We will chip away at the lead,” added his campaign manager Owen Pike.',
        '“The filing was broad,” former FBI agent Lena Marsh explained.',
      ),
    ).toEqual([
      ['Tomas Brandt', 'It is a test of the whole plan,'],
      ['Marta Quell', 'We bought a lot of data,'],
      ['Owen Pike', 'We will chip away at the lead,'],
      ['Lena Marsh', 'The filing was broad,'],
    ]);
  });

  it('a person named in another’s title is not the speaker: said Vance campaign manager X', () => {
    expect(quotes('Maria Vance won the primary on Tuesday.', '“This is dangerous,” said Vance campaign manager Rob Mook in a statement.')).toEqual([['Rob Mook', 'This is dangerous,']]);
  });

  it('"with X saying" gives X, not the subject of the sentence', () => {
    expect(quotes('Senator Paula Grant defended the bill on Tuesday, with spokesman Eli Stone saying, “The votes are there.”')).toEqual([['Eli Stone', 'The votes are there.']]);
  });

  it('a lone surname attributing a quote, and "went on to say"', () => {
    expect(quotes('“This is in their heads,” Varga said.', 'Varga went on to say, “I know this to be true.”')).toEqual([
      ['Varga', 'This is in their heads,'],
      ['Varga', 'I know this to be true.'],
    ]);
  });

  it('a name ends before "of" and a place: Sen. Tomas Brandt of Ohio', () => {
    expect(people('Sen. Tomas Brandt of Ohio opposed the bill, and the Bank of America backed it.')).toEqual(['Tomas Brandt']);
    expect(quotes('Sen. Tomas Brandt of Ohio opposed the bill.', '“It is lawless,” Brandt said.')).toEqual([['Tomas Brandt', 'It is lawless,']]);
  });

  it('a shortened given name is the same person; a shared surname goes to the one introduced first', () => {
    expect(people('Kenneth Albright, the counsel, spoke first.', 'Ken Albright later took questions.')).toEqual(['Kenneth Albright']);
    expect(quotes('Maria Vance won the primary. Her father, Robert Vance, watched.', '“It is time to look forward,” Vance said.')).toEqual([['Maria Vance', 'It is time to look forward,']]);
  });

  it('two apostrophes as quotation marks', () => {
    expect(quotes("''We were ready for this,'' said Mayor Ada Kerr.")).toEqual([['Ada Kerr', 'We were ready for this,']]);
  });

  it('"he said" the look-back leaves open goes to the last quoted speaker of that gender', () => {
    expect(
      quotes(
        '“We will win the state,” said Daniel Ortega Ruiz, the party chairman.',
        'Turnout rose. The polls moved. The ads ran. Money poured in. Crowds grew. Rallies filled.',
        '“Nobody expected this,” he said.',
      ),
    ).toEqual([
      ['Daniel Ortega Ruiz', 'We will win the state,'],
      ['Daniel Ortega Ruiz', 'Nobody expected this,'],
    ]);
  });

  it('a person after a preposition in the speaker’s appositive is no rival for the next quote', () => {
    expect(quotes('“This is a catastrophe for the campaign,” said Ivo Brandt, a senior adviser to Carla Mendes. “Just when you thought it could not get worse, it did.”')).toEqual([
      ['Ivo Brandt', 'This is a catastrophe for the campaign,'],
      ['Ivo Brandt', 'Just when you thought it could not get worse, it did.'],
    ]);
  });
  it('a surname that is also a place or nationality word speaks when its person was named in full', () => {
    expect(quotes('Marty West, an education professor, backed the bill.', '"This is the first rewrite in decades," West said.', 'Ada Cuban chairs the board.', '“It is good for business,” Cuban said.')).toEqual([
      ['Marty West', 'This is the first rewrite in decades,'],
      ['Ada Cuban', 'It is good for business,'],
    ]);
    expect(quotes('"The West has been slow," West said.')).toEqual([[null, 'The West has been slow,']]);
  });

  it('a period for the comma before a bare attribution: "…." Name said.', () => {
    expect(quotes('Paul Kessler spoke on Friday.', '“I hope you find the missing files.” Kessler said.')).toEqual([['Paul Kessler', 'I hope you find the missing files.']]);
  });
});

describe('a long title before a name after the quotation', () => {
  it('eight title words joined by "and" before the name still lead to it', () => {
    expect(quotes('“The levee will hold,” said former Ohio Gov. and Great Lakes Commission Chairman Anton Becker.')).toEqual([['Anton Becker', 'The levee will hold,']]);
  });

  it('a clause of plain words before a name is no title', () => {
    expect(quotes('“It was never funded,” read the letter that the board had mailed last week to Anton Becker.')).toEqual([[null, 'It was never funded,']]);
  });
});
