import { reported } from './article-rows';

const LEAD = 'Mayor Ines Vidal and the harbor board met on Monday.';

describe('reported speech: a raising verb whose subject is a person ("Vidal seemed to …")', () => {
  it('gives the person the subject names or refers to as the source', () => {
    const rows = reported(LEAD, 'Vidal seemed to rule out a new ferry for the east bank.');
    expect(rows.some((r) => r[2] === 'seemed' && r[1] === 'Ines Vidal')).toBe(true);
  });

  it('keeps no source for a subject that is no one, nor for "it seems"', () => {
    const plan = reported(LEAD, 'The ferry plan seemed to stall over the winter.');
    expect(plan.some((r) => r[2] === 'seemed' && r[1] !== null)).toBe(false);
    const it = reported(LEAD, 'It seems that the ferry will not run in May.');
    expect(it.some((r) => r[2] === 'seems' && r[1] !== null)).toBe(false);
  });
});
