import { reported } from './article-rows';

describe('reported speech: a gapped object with an "as" complement after its cue', () => {
  it('"…, which Ms. Ruiz describes as her second home": the complement is what she says of it', () => {
    const rows = reported('Ms. Ruiz won easily in Tampa, which Ms. Ruiz describes as her second home.');
    expect(rows).toContainEqual(['indirect', 'Ruiz', 'describes', 'as her second home']);
  });

  it('a complement closed by a comma inside the sentence', () => {
    const rows = reported('The council passed the harbor levy, which Mr. Hale denounced as a tax on fishermen, on Monday.');
    expect(rows).toContainEqual(['indirect', 'Hale', 'denounced', 'as a tax on fishermen']);
  });

  it('a subordinate "as" opening a clause is no complement ("which Mr. Hale opposed as he left office")', () => {
    const rows = reported('The council passed the harbor levy, which Mr. Hale opposed as he left office.');
    expect(rows.some((r) => r[3].startsWith('as he'))).toBe(false);
  });

  it('"as soon as …" is no complement either', () => {
    const rows = reported('The council passed the harbor levy, which Mr. Hale denounced as soon as it passed.');
    expect(rows.some((r) => r[3].startsWith('as soon'))).toBe(false);
  });
});
