import { nounPhraseSource } from '../../src/ingest/attribution/source-text-shape';
import { reported } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

describe('a reported source as written is a noun phrase or none', () => {
  it('"whose lawyers" is no source by itself: it reads as the name right before it, else the attribution stays with none', () => {
    expect(reported('The ruling was a blow to the harbor board, whose lawyers argued that the contracts were confidential.')).toEqual([
      ['indirect', null, 'argued', 'the contracts were confidential'],
    ]);
    expect(reported('The ruling was a blow to Mayor Ann Reyes, whose lawyers argued that the contracts were confidential.')).toEqual([
      ['indirect', "Ann Reyes's lawyers", 'argued', 'the contracts were confidential'],
    ]);
  });

  it('a list item\'s marker is no part of the source', () => {
    expect(nounPhraseSource('- The mayor')).toBe('The mayor');
    expect(nounPhraseSource('• Officials')).toBe('Officials');
    expect(reported('- The harbor board said the ferry would run again in May.')).toEqual([['indirect', 'The harbor board', 'said', 'the ferry would run again in May']]);
    // A hyphen inside a phrase stays.
    expect(nounPhraseSource('pro-ethanol groups')).toBe('pro-ethanol groups');
  });

  it('a leading "or" before an acronym is dropped', () => {
    expect(reported('The Harbor Workers Alliance, or HWA, which has endorsed Reyes, said the vote should be delayed.')[0]).toEqual([
      'indirect',
      'HWA',
      'has endorsed',
      'Reyes',
    ]);
  });

  it('near misses: real sources with a prepositional phrase or an opening adverbial stay', () => {
    expect(reported('Officials of the city said the bridge would reopen in March.')).toEqual([['indirect', 'Officials of the city', 'said', 'the bridge would reopen in March']]);
    expect(reported('Members of the county board said the plan would cost too much.')).toEqual([['indirect', 'Members of the county board', 'said', 'the plan would cost too much']]);
    expect(reported('In a statement, county officials said the levy would pass.')).toEqual([['indirect', 'county officials', 'said', 'the levy would pass']]);
    expect(reported('About half of the voters said they would back the levy.')[0]).toEqual(['indirect', 'About half of the voters', 'said', 'they would back the levy']);
  });

  it('fragments: a leading coordinator or preposition goes, a clause opener or a cut phrase is none', () => {
    expect(nounPhraseSource('or HWA')).toBe('HWA');
    expect(nounPhraseSource('And every county poll')).toBe('every county poll');
    expect(nounPhraseSource('and')).toBeNull();
    expect(nounPhraseSource('Nor')).toBeNull();
    expect(nounPhraseSource('of dock workers')).toBe('dock workers');
    expect(nounPhraseSource('At the same time, Reyes and her aides')).toBe('Reyes and her aides');
    expect(nounPhraseSource('from the')).toBeNull();
    expect(nounPhraseSource('whose lawyers')).toBeNull();
    expect(nounPhraseSource('whose')).toBeNull();
    expect(nounPhraseSource('who in two rulings')).toBeNull();
    expect(nounPhraseSource('whether the board')).toBeNull();
    expect(nounPhraseSource('whom many farmers')).toBe('many farmers');
    expect(nounPhraseSource('a set of letters from her latest')).toBeNull();
    expect(nounPhraseSource('some of their')).toBe('some');
    expect(nounPhraseSource('lawyers for the')).toBe('lawyers');
    expect(nounPhraseSource('a weekly newsletter and')).toBeNull();
    expect(nounPhraseSource('his recent')).toBeNull();
    expect(nounPhraseSource('New')).toBeNull();
    expect(nounPhraseSource("That's")).toBeNull();
  });

  it('near misses: noun phrases are kept as written', () => {
    for (const s of ['officials', 'a federal judge', 'Officials of the city', 'about a third of the voters', 'at least half of the members', 'as many as 40 percent of voters', 'those', 'most', 'his', 'its', 'like-minded voters', 'voters who', 'Andrew and Ortiz', 'Oregon officials', 'Whitehall sources', 'the crowd behind her']) {
      expect(nounPhraseSource(s)).toBe(s);
    }
    expect(nounPhraseSource(null)).toBeNull();
  });

  it('reads a long phrase in time linear in its length', () => {
    const long = `${'of the dock workers '.repeat(50_000)}${' '.repeat(100_000)}of`;
    const { result, cpuMillis } = withCpuMillis(() => nounPhraseSource(long));
    expect(result).toBe('the dock workers '.concat('of the dock workers '.repeat(49_999).trimEnd()));
    expect(cpuMillis).toBeLessThan(2_000);
  });
});
