import { reported } from './article-rows';

describe('reported speech: the one spoken to as a passive subject, the speaker after "by", then "that"', () => {
  it('reads the "that" clause after the agent as what was said', () => {
    expect(reported('The city was told by state engineers that the bridge was unsafe.')).toContainEqual([
      'indirect',
      'state engineers',
      'was told by',
      'the bridge was unsafe',
    ]);
    expect(reported('The agency was criticized after being warned by the harbor pilots that the channel was silting up.')).toContainEqual([
      'indirect',
      'the harbor pilots',
      'being warned by',
      'the channel was silting up',
    ]);
  });

  it('keeps the subject as the content of other passives, and reads no clause from a "that" of time', () => {
    expect(reported('The plan was rejected by most voters.')).toContainEqual(['indirect', 'most voters', 'was rejected by', 'The plan']);
    expect(reported('The plan was backed by the council that year.').filter((r) => r[3] === 'year')).toEqual([]);
  });
});
