import { reported } from './article-rows';

describe('reported speech: a cue whose object is the relative word before its subject', () => {
  it('"…, which she has denied": the relative word is the content, the subject between the source', () => {
    expect(reported('The county board met on Monday.', 'Mayor Ines Vidal was accused of hiding the audit, which she has denied.')).toContainEqual(['indirect', 'Ines Vidal', 'has denied', 'which']);
    expect(reported('The county board met on Monday.', 'The council passed the harbor levy, which the fishermen had opposed.')).toContainEqual(['indirect', 'the fishermen', 'had opposed', 'which']);
  });

  it('"everything he said" closing its clause', () => {
    expect(reported('Senator Tom Reyes spoke on Monday.', 'The deal does not mean he takes back everything he said.')).toContainEqual(['indirect', 'Tom Reyes', 'said', 'everything']);
  });

  it('a verb after the cue: the relative word opens the reported clause, no gapped object', () => {
    const rows = reported('Mayor Ines Vidal spoke on Monday.', 'The audit, which she said was complete, will be published.');
    expect(rows.some((r) => r[3] === 'which')).toBe(false);
  });

  it('after a preposition the relative clause reports what follows its cue', () => {
    const rows = reported('Mayor Ines Vidal spoke on Monday.', 'She aired a new ad in which she declares, "The levy will pass."');
    expect(rows.some((r) => r[3] === 'which')).toBe(false);
  });

  it('"which" as a determiner is no relative word: "which poll you believe"', () => {
    expect(reported('Depending on which poll you believe, the race is tied.').some((r) => r[3] === 'which')).toBe(false);
  });
});
