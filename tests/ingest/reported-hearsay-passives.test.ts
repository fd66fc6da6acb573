import { reported } from './article-rows';

describe('reported speech: impersonal hearsay passives, with no source', () => {
  it('"it was said that …": the clause after "that", with a time or place phrase before it', () => {
    expect(reported('For a decade it was said that the ferry line would never turn a profit.')).toEqual([
      ['indirect', null, 'it was said', 'the ferry line would never turn a profit'],
    ]);
    expect(reported('The mill closed when it was revealed in April that its owners had hidden the losses.').map((r) => [r[1], r[2], r[3]])).toContainEqual([
      null,
      'it was revealed',
      'its owners had hidden the losses',
    ]);
    expect(reported('It is widely assumed that the harbor board will raise the fees again.')).toEqual([
      ['indirect', null, 'It is widely assumed', 'the harbor board will raise the fees again'],
    ]);
    expect(reported("It's been rumored for weeks that the mayor will step down.").map((r) => [r[2], r[3]])).toContainEqual(["It's been rumored", 'the mayor will step down']);
  });

  it('"X was said to be …", "X is reported to have …": the clause from its subject on', () => {
    expect(reported('The harbor master was said to be furious with the new schedule.')).toEqual([
      ['indirect', null, 'was said', 'The harbor master was said to be furious with the new schedule'],
    ]);
    expect(reported('The governor is reported to have rejected the pier contract.').map((r) => [r[1], r[2], r[3]])).toEqual([
      [null, 'is reported', 'The governor is reported to have rejected the pier contract'],
    ]);
  });

  it('a relative pronoun set off by commas: the clause up to the aside\'s closing comma', () => {
    expect(reported('Ana Silva, who is said to have pressed for the levy, and Tom Reyes now agree.').map((r) => [r[2], r[3]])).toContainEqual([
      'is said',
      'who is said to have pressed for the levy',
    ]);
  });

  it('no hearsay: an agent, a negation, a relative "that", an aside of the writer, "said to" an addressee', () => {
    expect(reported('It was never said that the ferry line would close.')).toEqual([]);
    expect(reported('It should be noted that the ferry line lost money.')).toEqual([]);
    expect(reported('It was the mill that the county bought in April.')).toEqual([]);
    expect(reported('Little was said to the crews about the schedule.')).toEqual([]);
    expect(reported('The complaint was reported to the harbor police on Monday.')).toEqual([]);
    expect(reported('The harbor master was not said to be angry.')).toEqual([]);
    expect(reported('It was revealed by the auditors that the mill had hidden its losses.').map((r) => r[2])).not.toContain('It was revealed');
  });

  it('"as expected", "as predicted": the clause the "as" clause stands in', () => {
    expect(reported('The county board met on Monday, and the ferry fares rose in June as expected.').map((r) => [r[1], r[2], r[3]])).toContainEqual([
      null,
      'as expected',
      'the ferry fares rose in June',
    ]);
    expect(reported('As predicted, the harbor board voted down the new pier.')).toContainEqual([
      'indirect',
      null,
      'As predicted',
      'the harbor board voted down the new pier',
    ]);
    expect(reported('The county board met on Monday.', 'Ferry fares rose in June, as widely expected.')).toEqual([['indirect', null, 'as widely expected', 'Ferry fares rose in June']]);
  });

  it('no "as expected" clause: a comparison, an agent, an infinitive', () => {
    expect(reported('The ferry ran as fast as expected.')).toEqual([]);
    expect(reported('The fares rose as predicted by the harbor board.').map((r) => r[2])).not.toContain('as predicted');
    expect(reported('The pier is as expected to open in May as the dock.').map((r) => r[2])).not.toContain('as expected');
  });
});
