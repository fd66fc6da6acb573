import { reported } from './article-rows';

describe('reported speech: raising verbs and a passive "expected" with their complements, with no source', () => {
  it('"X is expected" + a time or an occasion: the subject is what is expected', () => {
    expect(reported('A ruling on the ferry levy is expected in early June.').map((r) => [r[1], r[2], r[3]])).toEqual([
      [null, 'is expected', 'A ruling on the ferry levy is expected in early June'],
    ]);
    expect(reported('Neither of the two harbor votes is expected anytime soon, aides say.').map((r) => r[2])).toContain('is expected');
    expect(reported('A decision by the county board was expected next week.').map((r) => [r[2], r[3]])).toEqual([
      ['was expected', 'A decision by the county board was expected next week'],
    ]);
  });

  it('no expectation: "expected" after no form of "be", or with no time or infinitive after it', () => {
    expect(reported('The turnout was higher than expected in early June.')).toEqual([]);
    expect(reported('Such delays are expected.')).toEqual([]);
    expect(reported('A larger crowd had been expected, in truth.')).toEqual([]);
  });

  it('"seemed certain to", "appears set to": a standalone adjective of the list is a complement', () => {
    expect(reported('By spring, the harbor master seemed certain to resign.').map((r) => [r[1], r[2], r[3]])).toEqual([
      [null, 'seemed', 'the harbor master seemed certain to resign'],
    ]);
    expect(reported('The mayor appears set to veto the pier contract.').map((r) => r[3])).toContain('The mayor appears set to veto the pier contract');
    expect(reported('The new schedule seemed sure to anger the crews.').map((r) => r[2])).toContain('seemed');
  });

  it('no stance: "appear" as showing up, "seem" before a noun phrase', () => {
    expect(reported('The mayor appeared at the pier on Monday.')).toEqual([]);
    expect(reported('The mayor appeared onstage with the crews.')).toEqual([]);
    expect(reported('Those quarrels seemed a distant memory by June.')).toEqual([]);
  });
});
