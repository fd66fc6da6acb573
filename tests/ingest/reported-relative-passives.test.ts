import { reported } from './article-rows';

describe('reported speech: a passive with an agent whose subject is ", which" or ", who"', () => {
  it('the relative word is what the agent made known, the agent the source', () => {
    expect(reported('The county board met on Monday.', 'The clerk kept a second ledger, which was first reported by the Harbor Ledger.')).toContainEqual(['indirect', 'the Harbor Ledger', 'was first reported by', 'which']);
    expect(reported('The county board met on Monday.', 'The board heard from Ines Vidal, who was nominated by the governor.')).toContainEqual(['indirect', 'the governor', 'was nominated by', 'who']);
  });

  it('a participle of owning or backing, or a relative word with no comma before it, is not read this way', () => {
    expect(reported('The county board met on Monday.', 'The port kept a second ledger, which was first reported by the Harbor Ledger.').map((r) => r[3])).toContain('which');
    expect(reported('The county board met on Monday.', 'The port kept a second ledger, which is owned by the Harbor Group.').map((r) => r[3])).not.toContain('which');
    expect(reported('The county board met on Monday.', 'The board heard from Ines Vidal, who was backed by the union.').map((r) => r[3])).not.toContain('who');
    expect(reported('The county board met on Monday.', 'The port kept the ledger which was reported by the clerk.').map((r) => r[3])).not.toContain('which');
  });
});
