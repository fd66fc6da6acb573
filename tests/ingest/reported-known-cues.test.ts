import { reported } from './article-rows';

describe('reported speech: stance adjectives of mood and candour', () => {
  it('reads a stance adjective after a copula, with adverbs and negation', () => {
    expect(reported('Senator Paula Grant is upbeat about the harbor deal.')).toEqual([['indirect', 'Paula Grant', 'is upbeat about', 'the harbor deal']]);
    expect(reported('Mayor Tom Reyes has been cagey about his future.')).toEqual([['indirect', 'Tom Reyes', 'has been cagey about', 'his future']]);
    expect(reported('Governor Ana Silva is deeply mistrustful of the port authority.')).toEqual([['indirect', 'Ana Silva', 'is deeply mistrustful of', 'the port authority']]);
  });

  it('no stance without a copula or with a loyalty that is a voting habit', () => {
    expect(reported('The upbeat mood about the harbor deal faded by noon.')).toEqual([]);
    expect(reported('The northern county has long been loyal to the ruling party.')).toEqual([]);
  });
});
