import { reported } from './article-rows';

describe('reported speech: a plural noun, "that" and a base-form speech verb', () => {
  it('reads the noun phrase as the source of the relative clause', () => {
    expect(reported('The levy is opposed by many merchant groups that argue the fee is unfair.')).toContainEqual([
      'indirect',
      'many merchant groups',
      'argue',
      'the fee is unfair',
    ]);
    expect(reported('The plan drew fire from the local shops that warn the tax could drive away shoppers.')).toContainEqual([
      'indirect',
      'the local shops',
      'warn',
      'the tax could drive away shoppers',
    ]);
  });

  it('does not read a singular noun, or a base form that may be a noun after "that"', () => {
    expect(reported('The levy is opposed by a merchant group that argue the fee is unfair.').filter((r) => r[2] === 'argue')).toEqual([]);
    expect(reported('Officials said that report was wrong.').filter((r) => r[2] === 'report')).toEqual([]);
  });
});
