import { reported } from './article-rows';

describe('reported speech: "That\'s according to X." after the sentence it stands for', () => {
  it('the demonstrative is the content, the phrase after "according to" the source', () => {
    expect(reported('Ferry fares rose by a third last year. That\'s according to a new survey by the harbor board.')).toContainEqual([
      'indirect',
      'a new survey by the harbor board',
      'according to',
      'That',
    ]);
  });

  it('"according to plan" with more of the sentence after it is no such shape', () => {
    expect(reported('That was according to plan, the captain said.').some((r) => r[2] === 'according to')).toBe(false);
  });
});
