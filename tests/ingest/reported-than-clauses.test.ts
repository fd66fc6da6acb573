import { reported } from './article-rows';

describe('reported speech: "more … than X says …" contact clauses', () => {
  it('the noun phrase after "than" is the source, the clause after the verb the content', () => {
    const rows = reported('The mill buys corn.', 'That is far more corn than the refining industry says the market can absorb without harm.');
    expect(rows).toContainEqual(['indirect', 'the refining industry', 'says', 'the market can absorb without harm']);
    expect(reported('The budget came out.', 'The deficit is larger than the budget office projected it would be.')).toContainEqual(['indirect', 'the budget office', 'projected', 'it would be']);
  });

  it('a pronoun hedge, a bare noun or a verb with no clause after it is not read this way', () => {
    expect(reported('The race ended.', 'It went better than I think any of us expected.').some((r) => r[2] === 'think')).toBe(false);
    expect(reported('The mill buys corn.', 'It sold more than the industry reported.').some((r) => r[2] === 'reported')).toBe(false);
  });
});
