import { reported } from './article-rows';

const LEAD = 'Mayor Ines Vidal spoke to the harbor board on Monday.';

describe('reported speech: a topic noun in -s right after the name opening its clause ("Vidal charges that …")', () => {
  it('reads the word as the verb of the name, its source', () => {
    const rows = reported(LEAD, 'Vidal charges that the board hid the cost of the new pier.');
    expect(rows).toContainEqual(['indirect', 'Ines Vidal', 'charges that', 'the board hid the cost of the new pier']);
  });

  it('gives no source to the noun after other words or with no name before it', () => {
    const rows = reported(LEAD, 'New charges that the board hid the cost of the pier surfaced.');
    expect(rows.some((r) => r[2] === 'charges that' && r[1] !== null)).toBe(false);
  });
});
