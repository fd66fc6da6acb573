import { reported } from './article-rows';
import { extractArticle } from '../../src/ingest/extract-article';
import { nounPhraseBefore } from '../../src/ingest/attribution/reported-relative-source';

describe('reported speech: a cue inside a relative clause', () => {
  it('the source is the noun phrase the relative pronoun stands for', () => {
    expect(reported('The mayor met the harbor pilots who have opposed the new toll for years.')).toEqual([
      ['indirect', 'the harbor pilots', 'have opposed', 'the new toll for years'],
    ]);
    expect(reported('The school board heard from the 2,500 parents in the district, who praised the new bus routes.')).toEqual([
      ['indirect', 'the 2,500 parents in the district', 'praised', 'the new bus routes'],
    ]);
  });

  it('"those" before the relative word is the source, though a bare determiner is none', () => {
    expect(reported('Among those who opposed the toll, most live on the east shore.')).toEqual([['indirect', 'those', 'opposed', 'the toll']]);
    expect(reported('The reports show that the toll is too high.').map((r) => r[1])).not.toContain('those');
  });

  it('a named antecedent past a place after the name', () => {
    expect(reported('One holdout remained: Councilwoman Dana Whitfield of Marlow, who had opposed a similar levy in 2019.')).toEqual([
      ['indirect', 'Dana Whitfield', 'had opposed', 'a similar levy in 2019'],
    ]);
  });

  it('each relative clause of a list is an attribution of its own', () => {
    expect(reported('The festival drew farmers who wanted lower feed prices, bakers who praised the new mill, and grocers who criticized the levy.')).toEqual([
      ['indirect', 'farmers', 'wanted', 'lower feed prices'],
      ['indirect', 'bakers', 'praised', 'the new mill'],
      ['indirect', 'grocers', 'criticized', 'the levy'],
    ]);
  });

  it('a relative clause set off by dashes ends at the closing dash', () => {
    const rows = reported('On Friday, Ortega — who had endorsed Linden for mayor — said the race was over.');
    expect(rows).toContainEqual(['indirect', 'Ortega', 'had endorsed', 'Linden for mayor']);
    expect(rows.map((r) => r[3])).not.toContain('Linden for mayor — said the race was over');
  });

  it('a contracted "had" or "have" after the relative word', () => {
    expect(reported('Councilwoman Dana Whitfield, who’d previously endorsed the levy, left early.')).toEqual([
      ['indirect', 'Dana Whitfield', '’d previously endorsed', 'the levy'],
    ]);
    expect(reported("The bakers, who've opposed the toll, met on Friday.")).toEqual([['indirect', 'The bakers', "'ve opposed", 'the toll']]);
    expect(reported('They’d rather wait for the spring vote.')).toEqual([]);
  });

  it('an object in a relative clause of the sentence opening ends at its comma', () => {
    expect(reported('Like other ferry owners who foresee a gain in summer traffic, Holt added two boats.')).toEqual([
      ['indirect', 'other ferry owners', 'foresee', 'a gain in summer traffic'],
    ]);
  });

  it('no source from a pronoun, a determiner or a preposition before the relative word', () => {
    expect(nounPhraseBefore('the ferry was sold to those ')).toBe('those');
    expect(nounPhraseBefore('it was a gift for ')).toBeNull();
    expect(nounPhraseBefore('nobody cared about them ')).toBeNull();
    expect(nounPhraseBefore('Clinton won two-thirds of the voters ')).toBe('two-thirds of the voters');
    expect(nounPhraseBefore('her rise was built on angry rural voters ')).toBe('angry rural voters');
    expect(nounPhraseBefore('leverage to Moscow and Portuguese-speaking farmers in the valley ')).toBe('Portuguese-speaking farmers in the valley');
  });

  it('a relative clause whose verb reports nothing stays out', () => {
    expect(reported('The council hosted a lunch for the volunteers, who repaired the fence on Saturday.')).toEqual([]);
    expect(reported('Workers who repaired the fence on Saturday went home early.')).toEqual([]);
  });
});

describe('hostile input for the relative-clause rules, just under the 1 MB limit', () => {
  const fill = (unit: string): string => unit.repeat(Math.floor(990_000 / Buffer.byteLength(unit, 'utf8')));
  it.each([
    ['a run-on list of relative clauses', fill('farmers who wanted lower prices, bakers who praised the mill, ')],
    ['dashes and long numbers before relative words', fill('the 10,000,000 people — who backed the 2,500,000 toll — ')],
  ])('%s finish in time', (_name, body) => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${body}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
