import { quotesAfterLead as quotes } from './article-rows';

describe('a quote continuing the previous speaker', () => {
  it('a second quote after an attributed one, past a person named in the speaker’s appositive', () => {
    expect(quotes('Senator Nora Quist raised $4 million.', '“This campaign belongs to its donors,” Lev Amsel, Quist’s campaign manager, said in a statement. “We did it without a single lobbyist.”')).toEqual([
      ['Lev Amsel', 'This campaign belongs to its donors,'],
      ['Lev Amsel', 'We did it without a single lobbyist.'],
    ]);
  });

  it('each quote goes to the nearest attributed quote before it in a paragraph quoting two people', () => {
    expect(
      quotes(
        'Gov. Ilse Marrow won the primary.',
        '“This is the night they said would never come,” Marrow said. “We proved them wrong.” Her adviser, Tobias Renn, agreed. “This is a big night for us,” Renn said. “It is a two-person race now.”',
      ),
    ).toEqual([
      ['Ilse Marrow', 'This is the night they said would never come,'],
      ['Ilse Marrow', 'We proved them wrong.'],
      ['Tobias Renn', 'This is a big night for us,'],
      ['Tobias Renn', 'It is a two-person race now.'],
    ]);
  });

  it('not the earlier speaker when another person is the subject of a sentence in between: that person introduces the quote', () => {
    expect(quotes('“The bill is dead,” said Paul Ferrand. Maria Sollis disagreed with him. “We will pass it in the fall.”')).toEqual([
      ['Paul Ferrand', 'The bill is dead,'],
      ['Maria Sollis', 'We will pass it in the fall.'],
    ]);
  });

  it('no speaker when another person is named in between and introduces no quote', () => {
    expect(quotes('“The bill is dead,” said Paul Ferrand. Maria Sollis was elected in a landslide in the spring of the year before. “We will pass it in the fall.”')).toEqual([
      ['Paul Ferrand', 'The bill is dead,'],
      [null, 'We will pass it in the fall.'],
    ]);
  });
});

describe('a paragraph that is only a quotation', () => {
  it('takes the subject of the speech verb ending the paragraph before, when nobody is named after it', () => {
    expect(quotes('Tomas Reyes said the budget would not pass this year.', '“We do not have the votes, and everybody in this building knows it.”')).toEqual([
      ['Tomas Reyes', 'We do not have the votes, and everybody in this building knows it.'],
    ]);
  });

  it('takes no speaker when another person is named after that verb', () => {
    expect(quotes('Tomas Reyes said the budget would not pass, and Maria Sollis agreed with him.', '“We do not have the votes.”')).toEqual([[null, 'We do not have the votes.']]);
  });
});
