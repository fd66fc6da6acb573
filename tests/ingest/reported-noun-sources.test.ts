import { reported } from './article-rows';

/** [source, cue, content] of the rows whose cue holds `word`. */
const withCue = (word: string, ...paragraphs: string[]): [string | null, string | null, string][] =>
  reported(...paragraphs)
    .filter((r) => r[2]?.includes(word))
    .map((r) => [r[1], r[2], r[3]]);

describe('reported speech: an intention noun after a possessive, then an infinitive', () => {
  it('a name’s decision "not to …": the name is the source, "not" is in the content', () => {
    expect(withCue('decision', 'Voters were surprised by Mayor Lena Ortiz’s decision not to seek a third term.')).toEqual([
      ['Lena Ortiz', 'decision', 'not to seek a third term'],
    ]);
  });

  it('a lower-case possessor ("the port authority’s") is the source as written', () => {
    expect(withCue('desire', 'Dockworkers questioned the port authority’s desire to sell the north pier.')).toEqual([
      ['the port authority', 'desire', 'to sell the north pier'],
    ]);
  });

  it('a time phrase may stand between the noun and the infinitive', () => {
    expect(withCue('commitment', 'Critics doubted Halvorsen’s commitment last month to hire 300 new teachers.')).toEqual([
      ['Halvorsen', 'commitment', 'to hire 300 new teachers'],
    ]);
  });

  it('a coordinated noun phrase after "and his" is not part of the infinitive', () => {
    const rows = withCue('intention', 'The board’s intention to close the library and its refusal to meet parents angered the town.');
    expect(rows.map((r) => r[2])).toEqual(['to close the library']);
  });

  it('near misses: no possessive, a noun phrase after "to", a verb after a modifier', () => {
    expect(withCue('efforts', 'Ortiz’s efforts to save the library failed.')).toEqual([]);
    expect(withCue('commitment', 'Ortiz’s commitment to the library is well known.')).toEqual([]);
    // "Ortiz’s campaign hopes to win": "hopes" is the campaign's verb, not Ortiz's noun.
    expect(withCue('hopes', 'Ortiz’s campaign hopes to win the county by ten points.').filter((r) => r[0] === 'Ortiz')).toEqual([]);
  });
});

describe('reported speech: a noun whose source follows "by" or "from"', () => {
  it('"claims by X that …", "criticism from X that …": the object of "by"/"from" is the source, the clause the content', () => {
    expect(withCue('complaints', 'The agency rejected complaints by state auditors that the fund was mismanaged.')).toEqual([
      ['state auditors', 'complaints by', 'the fund was mismanaged'],
    ]);
    expect(withCue('criticism', 'The council shrugged off criticism from neighbors that the tower is too tall.')).toEqual([
      ['neighbors', 'criticism from', 'the tower is too tall'],
    ]);
  });

  it('an aside between commas may follow the source', () => {
    expect(withCue('allegation', 'The story repeated an allegation from his former partner, Ruth Vance, that the books were falsified.')).toEqual([
      ['his former partner', 'allegation from', 'the books were falsified'],
    ]);
  });

  it('an intention noun takes an infinitive; "about" gives a topic', () => {
    expect(withCue('decision', 'Parents protested the decision by the school board to close two schools.')).toEqual([
      ['the school board', 'decision by', 'to close two schools'],
    ]);
    expect(withCue('warnings', 'Tourists ignored warnings from health officials about the heat wave.')).toEqual([
      ['health officials', 'warnings from', 'the heat wave'],
    ]);
  });

  it('near misses: a relative "that", a non-intention noun before "to", a noun not listed', () => {
    expect(withCue('complaints', 'The insurer settled complaints from customers that were filed before May.')).toEqual([]);
    expect(withCue('comments', 'Comments from readers to the editor are welcome.')).toEqual([]);
    expect(withCue('letters', 'She read letters from voters that the storm had damaged their homes.')).toEqual([]);
  });
});

describe('reported speech: a possessive noun before a colon or a preposition', () => {
  it('"Their argument: …": the possessor is the source, the words after the colon the content', () => {
    expect(withCue('argument', 'The two senators spoke on Friday. Their argument: only a larger harbor can keep the mill open.')).toEqual([
      ['Their', 'argument:', 'only a larger harbor can keep the mill open'],
    ]);
  });

  it('a colon before a quotation is left to the quotation readers; an unlisted noun takes no colon', () => {
    expect(withCue('message', 'The mayor’s message: “We will rebuild the pier.”')).toEqual([]);
    expect(withCue('schedule', 'The mayor’s schedule: a breakfast, two visits and a dinner.')).toEqual([]);
  });

  it('a lower-case possessor before a nominal cue and its preposition: "the union’s support for …"', () => {
    expect(withCue('support', 'The vote followed the dockworkers union’s support for the new levy.')).toEqual([
      ['the dockworkers union', 'support for', 'the new levy'],
    ]);
  });

  it('near miss: a lower-case possessor before a noun no list holds', () => {
    expect(withCue('budget', 'The vote followed the union’s budget for the new year.')).toEqual([]);
  });
});

describe('reported speech: nominal cues with "not to" or a time phrase before the complement', () => {
  it('"a warning not to …" after a verb: "not" and the infinitive are the content', () => {
    expect(withCue('warning', 'The flyer carried a stern warning not to feed the geese.')).toEqual([['The flyer', 'warning not to', 'not to feed the geese']]);
  });

  it('a time phrase between a name’s noun and its "that" clause', () => {
    expect(withCue('statement', 'Critics recalled Mayor Lena Ortiz’s statement last year that the pier would reopen by May.')).toEqual([
      ['Lena Ortiz', 'statement last year that', 'the pier would reopen by May'],
    ]);
  });

  it('near misses: "not to" before a noun phrase, a time phrase with no complement after it', () => {
    expect(withCue('warning', 'The flyer carried a stern warning not to the geese but to their owners.')).toEqual([]);
    expect(withCue('statement', 'Mayor Lena Ortiz’s statement in 2014 was short.')).toEqual([]);
  });
});

describe('reported speech: stance nouns read as nominal cues', () => {
  it('"renewed doubts about …" after a verb, "Ortiz’s enthusiasm for …" after a name', () => {
    expect(withCue('doubts', 'The audit renewed doubts about the harbor budget.')).toEqual([['The audit', 'doubts about', 'the harbor budget']]);
    expect(withCue('enthusiasm', 'Few shared Mayor Lena Ortiz’s enthusiasm for the new levy.')).toEqual([['Lena Ortiz', 'enthusiasm for', 'the new levy']]);
  });

  it('near miss: a feeling noun no list holds ("fear of heights")', () => {
    expect(withCue('fear', 'Mayor Lena Ortiz’s fear of heights kept her off the bridge.')).toEqual([]);
  });
});

describe('reported speech: "no doubt that", "expressed confidence that"', () => {
  it('"left no doubt that …", "amid confidence that …": the clause is the content, no source in the phrase', () => {
    expect(withCue('doubt', 'The harbor report left no doubt that the pier must be rebuilt.')).toEqual([[null, 'doubt that', 'the pier must be rebuilt']]);
    expect(withCue('confidence', 'Shares rose amid confidence that the port would reopen.').map((r) => [r[0], r[2]])).toEqual([[null, 'the port would reopen']]);
  });

  it('near miss: a relative "that" after the noun', () => {
    expect(withCue('confidence', 'The mayor praised the quiet confidence that had carried the crew.')).toEqual([]);
  });
});
