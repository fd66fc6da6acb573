import { findQuotations } from '../../src/ingest/quotations';

/** The kind of each quotation in a paragraph, by its text. */
function kindOf(paragraph: string, text: string): string | undefined {
  return findQuotations([paragraph]).find((q) => q.text.replace(/[.,]$/, '') === text)?.kind;
}

describe('labels, names and signs quoted', () => {
  it('a one-word label standing as its own paragraph is page furniture', () => {
    expect(kindOf('"See also:"', 'See also:')).toBe('quote');
    expect(kindOf('"Further:"', 'Further:')).toBe('term');
    // A paragraph of speech ending in a colon, more than a word, stays a quote.
    expect(kindOf('"Here is why:"', 'Here is why:')).toBe('quote');
  });

  it('a letter alone is a label', () => {
    expect(kindOf('Most voters simply mark “Y” or “N,” whatever the ballot says.', 'Y')).toBe('term');
    expect(kindOf('Most voters simply mark “Y” or “N,” whatever the ballot says.', 'N')).toBe('term');
    expect(kindOf('“No,” Ortiz said when asked whether he would run.', 'No')).toBe('quote');
    // A letter given as an answer is said.
    expect(kindOf('Asked which route she would take, she said “B.”', 'B')).toBe('quote');
  });

  it('words named as those of signs, pins or shirts after them are a sign', () => {
    expect(kindOf('Fans waved homemade “save our ferry” signs as the mayor spoke.', 'save our ferry')).toBe('term');
    expect(kindOf('Delegates wore “Vote Holt” campaign buttons, Ruiz said.', 'Vote Holt')).toBe('term');
    // Speech followed by a noun that is no sign stays a quote.
    expect(kindOf('“We will rebuild the pier,” Holt said.', 'We will rebuild the pier')).toBe('quote');
  });

  it('a name mentioned as a name and a so-called term with a broken hyphen are terms', () => {
    expect(kindOf('The name “Trident” will be taken off the tower, the company said.', 'Trident')).toBe('term');
    expect(kindOf('The so- called “blue corridor” has been the core of the treaty, officials said.', 'blue corridor')).toBe('term');
    expect(kindOf('Her name, she said, “was never on the lease.”', 'was never on the lease')).toBe('quote');
  });
});

describe('titles of shows and works', () => {
  it('a title-case name after "told" is the show told, not words', () => {
    expect(kindOf('“It is a fair deal,” Reyes told “Good Morning Coastline” on Monday.', 'Good Morning Coastline')).toBe('title');
    expect(kindOf('Reyes told “Never Again,” on Monday, but would not say more.', 'Never Again')).toBe('title');
    // Speech after "told" with a comma and an addressee stays a quote.
    expect(kindOf('Reyes told reporters, “We are not done yet.”', 'We are not done yet')).toBe('quote');
  });

  it('a show after a lower-case possessive, with a small word kept in lower case', () => {
    expect(kindOf('On the station’s “Evenings with Dana Holt,” Reyes said the plan was sound.', 'Evenings with Dana Holt')).toBe('title');
    expect(kindOf('He hosts “Mornings with Anne Marlow” on a local channel.', 'Mornings with Anne Marlow')).toBe('title');
  });

  it('a phrase of small words is no title for lower-case prepositions alone', () => {
    expect(kindOf('The crowd answered, “I’m with her,” and cheered.', 'I’m with her')).toBe('quote');
    expect(kindOf('“It’s about me,” she said.', 'It’s about me')).toBe('quote');
  });

  it('a title after "titled" is a title even when it ends in a question mark', () => {
    expect(kindOf('The ad, titled “Builder?”, says the mayor broke his promises.', 'Builder?')).toBe('title');
  });

  it('a title-case quotation joined to a title before it is a title too', () => {
    const p = 'Ruiz, who appeared in the film “Harbor Lights” and “Winds of the North,” posted the video on Friday.';
    expect(kindOf(p, 'Harbor Lights')).toBe('title');
    expect(kindOf(p, 'Winds of the North')).toBe('title');
    // A quote after a quote, not a title, stays a quote.
    expect(kindOf('“We won,” Ruiz said, and “We Will Win Again,” she added.', 'We Will Win Again')).toBe('quote');
  });

  it('a book named after a comma is a title', () => {
    expect(kindOf('In her autobiography, “A River at Dawn,” published last year, she described the flood.', 'A River at Dawn')).toBe('title');
  });

  it('a title-case subhead with a speech verb in it is a headline', () => {
    expect(kindOf('“Harbor Lights” Star Asked Fans To Stay Home For The Storm.', 'Harbor Lights')).toBe('term');
  });
});

describe('scare quotes in a sentence about the United States', () => {
  it('"States" in a name or "the states" is no speech verb of the sentence', () => {
    expect(kindOf('The United States has made its “tilt” to the region clear since 2012.', 'tilt')).toBe('term');
    expect(kindOf('Some states have an “emergency” fund, and others have none.', 'emergency')).toBe('term');
  });

  it('short speech in a sentence with a speech verb stays a quote', () => {
    expect(kindOf('The United States, Reyes said, was “unhelpful” in the talks.', 'unhelpful')).toBe('quote');
    expect(kindOf('He called the plan “a disaster.”', 'a disaster')).toBe('quote');
    expect(kindOf('“Absolutely,” she said.', 'Absolutely')).toBe('quote');
  });
});
