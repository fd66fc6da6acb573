import { reported } from './article-rows';

describe('reported speech: "…, a fact first reported by X"', () => {
  it('the summing noun phrase is the content, the phrase after "by" the source', () => {
    const rows = reported('Mayor Ines Vidal spoke on Monday.', 'Vidal has not paid the levy since 2019 — a fact first reported by the Harbor Ledger on Friday.');
    expect(rows).toContainEqual(['indirect', 'the Harbor Ledger', 'first reported by', 'a fact']);
    expect(reported('Mayor Ines Vidal spoke on Monday.', 'Vidal never held office, a detail first disclosed by the Harbor Ledger.')).toContainEqual(['indirect', 'the Harbor Ledger', 'first disclosed by', 'a detail']);
  });

  it('without "first", or with a noun that sums up nothing, it is not read this way', () => {
    expect(reported('Mayor Ines Vidal spoke on Monday.', 'Vidal never held office, a detail reported by the Harbor Ledger.').some((r) => r[3] === 'a detail')).toBe(false);
    expect(reported('Mayor Ines Vidal spoke on Monday.', 'Vidal met Tom Reyes, a man first reported by the Harbor Ledger.').some((r) => r[3] === 'a man')).toBe(false);
  });
});
