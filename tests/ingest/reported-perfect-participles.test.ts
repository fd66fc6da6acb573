import { reported } from './article-rows';

describe('reported speech: "having said/suggested …" set off by commas or dashes', () => {
  it('"Reyes, having argued for years that …, voted …": the subject is the source, the content ends at the comma', () => {
    const rows = reported('Governor Tom Reyes spoke on Monday.', 'Reyes, having argued for years that the levy was unfair, voted for it on Monday.');
    expect(rows).toContainEqual(['indirect', 'Tom Reyes', 'having argued', 'the levy was unfair']);
    expect(rows.some((r) => r[3].includes('voted for it'))).toBe(false);
  });

  it('set off by dashes after a clause: the sentence opening subject is the source', () => {
    const rows = reported('Governor Tom Reyes spoke on Monday.', 'Reyes opened the debate praising the mayor -- having suggested in a speech last week that she is unfit -- but doubted her plan.');
    expect(rows).toContainEqual(['indirect', 'Tom Reyes', 'having suggested', 'she is unfit']);
  });

  it('"having" with no speech verb, or not set off, is not read this way', () => {
    expect(reported('Governor Tom Reyes spoke on Monday.', 'Reyes, having lost the vote, left the hall.').some((r) => r[2]?.startsWith('having'))).toBe(false);
    expect(reported('Governor Tom Reyes spoke on Monday.', 'Reyes regrets having said the levy was fair.').some((r) => r[2]?.startsWith('having'))).toBe(false);
  });
});
