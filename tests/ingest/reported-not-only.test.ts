import { reported } from './article-rows';

describe('reported speech: "not just X, but Y" inside an object', () => {
  it('the comma before "but" pairs the halves of one object: the content runs past it', () => {
    expect(reported('Ruiz is now promising not just a new pier, but the whole waterfront.')).toEqual([
      ['indirect', 'Ruiz', 'is now promising', 'not just a new pier, but the whole waterfront'],
    ]);
  });

  it('a plain ", but" after an object still closes it', () => {
    expect(reported('Ruiz backed the plan, but Holt did not.')).toEqual([['indirect', 'Ruiz', 'backed', 'the plan']]);
    expect(reported('Ruiz backed not only the plan, its cost and its timing, but Holt did not.').map((r) => r[3])).toEqual(['not only the plan, its cost and its timing']);
  });
});
