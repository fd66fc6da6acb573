import { reported } from './article-rows';

const according = (s: string): (string | null)[][] => reported(s).filter((r) => r[2] === 'according to');

describe('reported speech: "according to" set off by a parenthesis or dashes', () => {
  it('inside a parenthesis: the content is what the parenthesis holds', () => {
    expect(according('Rural counties like Ashby (93 percent of voters there were white, according to exit polls), Dunmore and Wells could trend toward Reyes.')).toEqual([
      ['indirect', 'exit polls', 'according to', '93 percent of voters there were white'],
    ]);
  });

  it('a parenthesis or a spaced dash after the source ends the source', () => {
    expect(according('In Wells, Reyes won 54 percent of union households Tuesday night, according to exit polls (a wide margin).')).toEqual([
      ['indirect', 'exit polls', 'according to', 'In Wells, Reyes won 54 percent of union households Tuesday night'],
    ]);
    expect(according('Some 59 percent of voters view her unfavorably, according to a county poll last week - nearly the same as Reyes.')).toEqual([
      ['indirect', 'a county poll last week', 'according to', 'Some 59 percent of voters view her unfavorably'],
    ]);
  });

  it('between dashes after a word that leaves its clause open it reports what follows; otherwise what precedes', () => {
    expect(according('Ortiz blamed the harbor board while — according to emails released in the inquiry — knowing the board had no role.')).toEqual([
      ['indirect', 'emails released in the inquiry', 'according to', 'knowing the board had no role'],
    ]);
    expect(according('Its handling of the levy was careless – according to the county auditor – and many believe the board should resign.')[0][3]).toBe(
      'Its handling of the levy was careless',
    );
  });
});
