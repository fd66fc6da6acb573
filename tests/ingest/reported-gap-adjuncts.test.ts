import { reported } from './article-rows';

describe('reported speech: a gapped object before its subject, a prepositional phrase after the cue', () => {
  it('"…, which Ms. Ruiz proposed under a new plan": the relative word is what she proposed, not the phrase', () => {
    const rows = reported('The bill would cut the fuel levy to 5 percent, which Ms. Ruiz proposed under a new plan.');
    expect(rows).toContainEqual(['indirect', 'Ruiz', 'proposed', 'which']);
    expect(rows.some((r) => r[3] === 'under a new plan')).toBe(false);
  });

  it('two adjuncts after the cue ("denied in an interview on Friday")', () => {
    const rows = reported('Mr. Hale backed the new harbor tax, which Ms. Ruiz opposed at a hearing in Denver.');
    expect(rows).toContainEqual(['indirect', 'Ruiz', 'opposed', 'which']);
  });

  it('"to" before the one spoken to ("something Ms. Ruiz denied to reporters on Friday")', () => {
    const rows = reported('Mr. Hale wanted a seat on the board, something Ms. Ruiz denied to reporters on Friday.');
    expect(rows).toContainEqual(['indirect', 'Ruiz', 'denied', 'something']);
    expect(rows.some((r) => r[3].startsWith('to reporters'))).toBe(false);
  });

  it('a verb after the adjunct: the relative word opens a reported clause, no gapped object', () => {
    const rows = reported('Mr. Hale backed the new budget, which Ms. Ruiz said in May was fair.');
    expect(rows.some((r) => r[2] === 'said' && r[3] === 'which')).toBe(false);
  });

  it('"to" opens no adjunct: "which she wanted to build" is no gapped object of "wanted"', () => {
    const rows = reported('The council dropped the ferry dock, which Ms. Ruiz wanted to build near the pier.');
    expect(rows.some((r) => r[2] === 'wanted' && r[3] === 'which')).toBe(false);
  });
});
