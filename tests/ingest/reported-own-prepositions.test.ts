import { reported } from './article-rows';

describe('reported speech: stance nouns read only before their own preposition ("hope of", "confidence in")', () => {
  it('"in the hope of …", "confidence in …": what is hoped for or trusted is the content', () => {
    expect(reported('The pier deal is a blow to Reyes, whom the crews had backed in the hope of winning a shorter week.').map((r) => [r[2], r[3]])).toContainEqual([
      'hope of',
      'winning a shorter week',
    ]);
    expect(reported('The vote was meant to restore public confidence in the harbor board.').map((r) => [r[2], r[3]])).toContainEqual([
      'confidence in',
      'the harbor board',
    ]);
    expect(reported("Reyes's confidence in the ferry plan was not shared by the council.").map((r) => [r[1], r[2], r[3]])).toContainEqual([
      'Reyes',
      'confidence in',
      'the ferry plan',
    ]);
  });

  it('no stance: the same nouns before another preposition, "hopes of" as a plain noun phrase, "in" after other nouns', () => {
    expect(reported('There is little hope for the old pier.').map((r) => r[2])).not.toContain('hope for');
    expect(reported('The confidence of the crews was shaken by the storm.')).toEqual([]);
    expect(reported('The union kept its hopes of a raise quiet.').map((r) => r[2])).not.toContain('hopes of');
    expect(reported("Reyes's plan in the spring was to close the pier.").map((r) => r[2])).not.toContain('plan in');
  });
});
