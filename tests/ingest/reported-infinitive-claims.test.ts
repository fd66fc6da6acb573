import { reported } from './article-rows';

describe('reported speech: "claim" and "profess" with an infinitive', () => {
  it('reads the infinitive as what is claimed', () => {
    expect(reported('The ferry operator claims to have cut fares by half.')).toContainEqual(['indirect', 'The ferry operator', 'claims', 'to have cut fares by half']);
    expect(reported('Several council members claimed to be undecided.')).toContainEqual(['indirect', 'Several council members', 'claimed', 'to be undecided']);
  });

  it('does not read a noun phrase after "to", nor "said to be"', () => {
    expect(reported('The tribe has a claim to the land.').filter((r) => r[2] === 'claim')).toEqual([]);
    expect(reported('The mill was said to be haunted.').filter((r) => r[2] === 'said')).toEqual([]);
  });
});
