import { quotes, reported } from './article-rows';

/** The source given to the reported attribution whose words start with `words`. */
function sourceOf(rows: ReturnType<typeof reported>, words: string): string | null | undefined {
  return rows.find(([, , , text]) => text.startsWith(words))?.[1];
}

describe('whom a description several people’s titles fit means', () => {
  it('“the senator” among several senators is the one the text is about', () => {
    const rows = reported(
      'Sen. Ana Ortiz and Sen. Paul Kessler met on Monday.',
      'Sen. Ivo Grant, who has clashed with Kessler for years, said he had spoken to him only once since March.',
      '“I wonder how the farmers in Ohio feel about that,” Grant said. The longtime senator said he would not campaign for Kessler.',
    );
    expect(sourceOf(rows, 'he would not campaign')).toBe('Ivo Grant');
  });
});

describe('a name before the ’s of has or is', () => {
  it('stays its sentence’s subject, whom the next he means', () => {
    expect(
      quotes(
        'In the debate, Ivo Grant lit into Paul Kessler for giving the same speech again and again.',
        'Grant’s been making the case for weeks that Kessler isn’t ready for the job.',
        '“You have not made a single hard decision,” he said.',
      ),
    ).toEqual([['Ivo Grant', 'You have not made a single hard decision,']]);
  });
});

describe('subjects set off by a lead phrase or an apposition', () => {
  it('a name in apposition after a connective is the subject', () => {
    expect(
      quotes(
        'Paul Kessler and Ivo Grant spoke at the county fair.',
        '“Of the three, I like Ortiz the best,” Kessler told reporters.',
        'And a third, Dan Whitfield, said that while he opposed Kessler, he was only backing Grant because he had the best chance of winning.',
        '“I prefer the old map,” he said.',
      ),
    ).toContainEqual(['Dan Whitfield', 'I prefer the old map,']);
  });

  it('a name inside a lead phrase of comparison is no rival to the subject after it', () => {
    const rows = reported('Ivo Grant campaigned in Dayton.', 'Like Grant, Paul Kessler holds views well outside his party. He believes, for example, that the state should sell its parks.');
    expect(sourceOf(rows, 'the state should sell')).toBe('Paul Kessler');
  });
});

describe('a he or she opening the clause of a verb a few words on', () => {
  it('is the verb’s subject', () => {
    const rows = reported('Gov. Ana Ortiz leads among older voters.', 'To prevail, she will have to continue to emphasize positions that younger voters embrace, such as free transit.');
    expect(sourceOf(rows, 'positions that younger voters')).toBe('Ana Ortiz');
  });

  it('not past a subject of its own', () => {
    const rows = reported('Gov. Ana Ortiz leads among older voters.', 'To prevail, she will have to show that they continue to emphasize positions younger voters embrace.');
    expect(rows.filter(([, source]) => source === 'Ana Ortiz').map(([, , cue]) => cue)).not.toContain('continue to emphasize');
  });
});
