import { reported } from './article-rows';

describe('reported speech: a cue verb coordinated with a clause cue, and longer objects before a coordinated cue', () => {
  it('"says she respects … and praises …": the clause ends before "and", the second -s verb reports its object', () => {
    const rows = reported('Governor Ann Ruiz says she respects the mayor and praises his work on the schools.');
    expect(rows).toContainEqual(['indirect', 'Ann Ruiz', 'says', 'she respects the mayor']);
    expect(rows).toContainEqual(['indirect', 'Ann Ruiz', 'praises', 'his work on the schools']);
  });

  it('"said … but later denied …": two pasts', () => {
    const rows = reported('Rex Lund said the ferry would keep running but later denied any deal with the port.');
    expect(rows).toContainEqual(['indirect', 'Rex Lund', 'said', 'the ferry would keep running']);
    expect(rows).toContainEqual(['indirect', 'Rex Lund', 'later denied', 'any deal with the port']);
  });

  it('"and" joining nouns of the clause ("funds schools and roads") is no coordinated verb', () => {
    expect(reported('Ada Holt says the levy funds schools and roads in the county.')).toEqual([['indirect', 'Ada Holt', 'says', 'the levy funds schools and roads in the county']]);
  });

  it('a verb that is no cue ("and left the hall") leaves the clause whole', () => {
    expect(reported('Ada Holt said the levy was fair and left the hall.')).toEqual([['indirect', 'Ada Holt', 'said', 'the levy was fair and left the hall']]);
  });

  it('a cue inside the clause keeps the coordinated verb ("has said he will vote for her, but he hasn’t endorsed her or conceded")', () => {
    const rows = reported('Rex Lund has said he will vote for Ruiz, but he hasn’t endorsed her or conceded the race.');
    expect(rows).toContainEqual(['indirect', 'Rex Lund', 'has said', 'he will vote for Ruiz']);
    expect(rows.filter((r) => r[2] === 'has said')).toHaveLength(1);
  });

  it('an object of up to 25 words ends before a coordinated cue ("urged …, proposed that …")', () => {
    const rows = reported('Mayor Ruth Lane urged the council to join a regional coalition to build a new bridge over the river, proposed that more buses be added, and pushed for lower fares.');
    expect(rows).toContainEqual(['indirect', 'Ruth Lane', 'urged', 'the council to join a regional coalition to build a new bridge over the river']);
    expect(rows).toContainEqual(['indirect', 'Ruth Lane', 'proposed', 'more buses be added']);
  });
});
