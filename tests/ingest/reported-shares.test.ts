import { reported } from './article-rows';

describe('reported speech: a share of those polled as the source', () => {
  it('a share of a long group, with places, prepositions and participles in it', () => {
    expect(
      reported(
        'About three in 10 Nevada Democratic caucus voters say the economy is their biggest worry.',
        'Majorities of farmers in four counties heading to the polls Saturday say the water tax went too far.',
        'Fewer than half of the nurses surveyed in a new union poll released Friday support the new shift rules.',
      ),
    ).toEqual([
      ['indirect', 'About three in 10 Nevada Democratic caucus voters', 'say', 'the economy is their biggest worry'],
      ['indirect', 'Majorities of farmers in four counties heading to the polls Saturday', 'say', 'the water tax went too far'],
      ['indirect', 'Fewer than half of the nurses surveyed in a new union poll released Friday', 'support', 'the new shift rules'],
    ]);
  });

  it('a share spelled out, one after another share, and one given again in figures', () => {
    expect(
      reported(
        'Thirty-two percent said they would skip the vote.',
        'Another 12 percent said they had not made up their minds.',
        'Among parents of young children, roughly two-thirds, 64 percent, say the school day starts too early.',
      ),
    ).toEqual([
      ['indirect', 'Thirty-two percent', 'said', 'they would skip the vote'],
      ['indirect', 'Another 12 percent', 'said', 'they had not made up their minds'],
      ['indirect', 'roughly two-thirds, 64 percent,', 'say', 'the school day starts too early'],
    ]);
  });

  it('a share after "with" before a participle', () => {
    expect(reported('Most riders shrugged off the fare rise, with about four in 10 saying the trains had become more reliable.')).toContainEqual([
      'indirect',
      'about four in 10',
      'saying',
      'the trains had become more reliable',
    ]);
  });

  it('what one share says ends where the next share opens', () => {
    expect(reported('On schools the county leans right: 51% say they are conservative, 30% call themselves liberal.')).toContainEqual(['indirect', '51%', 'say', 'they are conservative']);
    expect(reported('Asked about the bridge, 58 percent of commuters said yes while 35 percent of drivers disagreed.')).toContainEqual(['indirect', '58 percent of commuters', 'said', 'yes']);
    expect(reported('Asked about the mayor, 40 percent said she was doing well, compared with 31 percent who said the same of the council.')).toContainEqual([
      'indirect',
      '40 percent',
      'said',
      'she was doing well',
    ]);
  });

  it('after a share a pronoun and its predicate are a whole clause, and a short answer is one after a quoted question', () => {
    expect(reported("Voters in the north lean left: 47% say they're liberal.")).toEqual([['indirect', '47%', 'say', "they're liberal"]]);
    expect(reported('Asked whether the mayor “has earned a second term,” 61 percent of residents said yes.')).toContainEqual(['indirect', '61 percent of residents', 'said', 'yes']);
  });

  it('a share of what is no group of people, and a share as a noun before "support", are no source', () => {
    const money = reported('Half of the money raised in the county goes to schools, according to the budget office.');
    expect(money.map((r) => r[1])).not.toContain('Half of the money raised in the county');
    const won = reported('The senator has won only three primaries with more than 60% support: her home state and two neighbors.');
    expect(won.map((r) => r[2])).not.toContain('support');
    // A two-word clause after a source that is no share stays too short to report.
    expect(reported('The mayor says they are.')).toEqual([]);
  });

  it('voters going "to the polls" are no poll reporting a finding', () => {
    const rows = reported('Majorities of farmers in four counties heading to the polls Saturday say the water tax went too far.');
    expect(rows.map((r) => r[2])).not.toContain('in');
  });
});
