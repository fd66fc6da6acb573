import { reported } from './article-rows';

describe('reported speech: a relative clause with a gapped object inside an object cue’s content', () => {
  it('"proposed raising taxes …, which Ms. Ruiz supports": the object ends before the relative clause, which reports on its own', () => {
    const rows = reported('Mr. Hale proposed raising taxes on investment income, which Ms. Ruiz supports.');
    expect(rows).toContainEqual(['indirect', 'Hale', 'proposed', 'raising taxes on investment income']);
    expect(rows).toContainEqual(['indirect', 'Ruiz', 'supports', 'which']);
  });

  it('adverbs in the verb group ("which the union strongly opposed")', () => {
    const rows = reported('The board backed a ban on night shifts, which the union strongly opposed.');
    expect(rows).toContainEqual(['indirect', 'the union', 'strongly opposed', 'which']);
  });

  it('inside a clause cue’s content the relative clause stays part of what is said', () => {
    const rows = reported('Reyes said the ferry, which the council praised, would stop running.');
    expect(rows).toContainEqual(['indirect', 'Reyes', 'said', 'the ferry, which the council praised, would stop running']);
    expect(rows.some((r) => r[2] === 'praised')).toBe(false);
  });

  it('a verb after the cue: the relative word opens the reported clause ("which she said was fair")', () => {
    const rows = reported('Mr. Hale backed the new budget, which Ms. Ruiz said was fair.');
    expect(rows.some((r) => r[3] === 'which')).toBe(false);
  });
});
