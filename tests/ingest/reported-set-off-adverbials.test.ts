import { reported } from './article-rows';

describe('reported speech: a speech verb, a set-off time phrase, then a clause without "that"', () => {
  it('"The Ledger reported on Monday, based on …, if …, the nominee will …": the content keeps its opening conditions', () => {
    const rows = reported('The Harbor Ledger covers the county.', 'The Harbor Ledger reported on Monday, based on the latest count, if Ines Vidal wins the county, the council will need a runoff.');
    expect(rows).toContainEqual(['indirect', 'The Harbor Ledger', 'reported', 'based on the latest count, if Ines Vidal wins the county, the council will need a runoff']);
  });

  it('"He explained after losing …, he would have to …": a pronoun subject and a participle phrase', () => {
    const rows = reported('Governor Tom Reyes spoke on Monday.', 'Reyes explained after losing the primary in his home state on May 3, he would have to win most of the remaining delegates.');
    expect(rows).toContainEqual(['indirect', 'Tom Reyes', 'explained', 'he would have to win most of the remaining delegates']);
  });

  it('a place after the comma, an opening "As …" clause or a participle after the comma is no reported clause', () => {
    const place = reported('Governor Tom Reyes spoke on Monday.', 'Reyes said at a rally in Dover, Delaware, last week.');
    expect(place.some((r) => r[2] === 'said')).toBe(false);
    const asClause = reported('The board met.', 'As the board has explained before, the only step left is a vote.');
    expect(asClause.some((r) => r[2] === 'explained' && r[3].startsWith('the only step'))).toBe(false);
    const participle = reported('Governor Tom Reyes spoke on Monday.', 'Reyes spoke on Monday in Dover, saying the plan was sound.');
    expect(participle.some((r) => r[2] === 'spoke')).toBe(false);
  });
});
