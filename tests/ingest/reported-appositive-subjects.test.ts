import { reported } from './article-rows';

describe('reported speech: a set-off participle after a clause whose subject carries an appositive', () => {
  it('"NOUN PHRASE, APPOSITIVE, VERB …, saying …": the opening noun phrase is the source', () => {
    expect(reported("Other council members, including Ada Holt and Ben Ruiz, have followed the mayor's lead, saying the levy is unfair.")).toEqual([
      ['indirect', 'Other council members', 'saying', 'the levy is unfair'],
    ]);
    expect(reported('Several unions, including the dockworkers, have joined the protest, arguing that the levy is unfair.')).toEqual([
      ['indirect', 'Several unions', 'arguing', 'the levy is unfair'],
    ]);
    expect(reported("The mayor's husband, Carl, effectively threw everything at the council in a speech Sunday, accusing its members of sexism.").map((r) => [r[1], r[2], r[3]])).toEqual([
      ["The mayor's husband", 'accusing', 'its members of sexism'],
    ]);
  });

  it('a description opening the sentence: the person its appositive names is the source', () => {
    expect(reported('But the other speaker at the forum, council member Ada Holt, drew a contrast, saying the levy was unfair.')).toEqual([
      ['indirect', 'Ada Holt', 'saying', 'the levy was unfair'],
    ]);
  });

  it('no source: a copula and its complement after the appositive, a long opening phrase, a participle that states no words', () => {
    expect(reported("The harbor, a landmark since 1890, is the town's pride, saying more about its past than any museum.")).toEqual([]);
    expect(reported('Many of the parents of the students at the old school by the harbor, in Dover, have filed a lawsuit, saying the board ignored the law.').map((r) => r[1])).not.toContain('Many of the parents of the students at the old school by the harbor');
    expect(reported('The new levy, a tax on ferry tickets, was passed in March, showing how short of money the town is.')).toEqual([]);
  });

  it('two noun phrases joined by "and" open the clause: both together are the source', () => {
    expect(reported('Dock owners and their allies in the council are rushing to block the levy, fearing that it will pass.')).toEqual([
      ['indirect', 'Dock owners and their allies in the council', 'fearing', 'it will pass'],
    ]);
    expect(reported('The mayor and two aldermen walked out, saying the vote was rigged.')).toEqual([['indirect', 'The mayor and two aldermen', 'saying', 'the vote was rigged']]);
  });

  it('no conjoined source: a subordinate clause, things that speak no words', () => {
    expect(reported('Whether the port and the ferry will reopen remains unclear, saying nothing of the bridge.')).toEqual([]);
    expect(reported('Rain and wind battered the harbor all week, saying nothing good about the summer ahead.')).toEqual([]);
  });
});
