import { reported } from './article-rows';

describe('verb groups: a modal with "be" or "well" before a cue', () => {
  it('a progressive after a modal is the verb of its clause', () => {
    expect(reported('The dock union will be pushing for a strike vote.')).toEqual([['indirect', 'The dock union', 'will be pushing for', 'a strike vote']]);
    expect(reported('Mayor Tom Reyes will be arguing that the ferry tax is fair.')).toEqual([['indirect', 'Tom Reyes', 'will be arguing', 'the ferry tax is fair']]);
  });

  it('"may well" and "could well" before a cue', () => {
    expect(reported('The harbor pilots may well endorse Senator Paula Grant.')).toEqual([['indirect', 'The harbor pilots', 'may well endorse', 'Senator Paula Grant']]);
  });

  it('no cue after a modal and "be" as a copula', () => {
    expect(reported('The dock union will be working late on the new crane.')).toEqual([]);
    expect(reported('The ferry may well be late again.')).toEqual([]);
  });
});
