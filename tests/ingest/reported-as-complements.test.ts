import { reported } from './article-rows';

describe('reported speech: verbs read only with an "as" complement', () => {
  it('reads "framed", "positioned", "pitched" and "waves off" before an object and "as"', () => {
    expect(
      reported(
        'Mayor Lena Ortiz has framed the ferry levy as a modest request of harbor towns.',
        'Governor Ana Silva has positioned herself as the candidate of small ports.',
        'The harbor board waves off the delay as a “paperwork hiccup” and nothing more.',
        'A tourism office pitched the island as a quiet refuge for writers.',
      ),
    ).toEqual([
      ['indirect', 'Lena Ortiz', 'has framed', 'the ferry levy as a modest request of harbor towns'],
      ['indirect', 'Ana Silva', 'has positioned', 'herself as the candidate of small ports'],
      ['indirect', 'The harbor board', 'waves off', 'the delay as a “paperwork hiccup” and nothing more'],
      ['indirect', 'A tourism office', 'pitched', 'the island as a quiet refuge for writers'],
    ]);
  });

  it('reads none of them without "as", nor the nouns "positions" and "pitch"', () => {
    expect(
      reported(
        'Ruth Adams framed the old ferry map and hung it in the hall.',
        'The crew pitched a tent near the north pier.',
        'Two positions on the harbor board remain open as of Monday.',
      ),
    ).toEqual([]);
  });

  it('reads a label given with "as": "admires", "rated", "tagged", "depicted"', () => {
    expect(
      reported(
        'Senator Ray Cole openly admires the harbor master as a “strong leader” of the port.',
        'The fact-check panel rated the mayor’s claim as “mostly false” on Monday.',
        'A ratings agency tagged the ferry bonds as junk last spring.',
        'Governor Ana Silva depicted the levy as a tax on fishermen.',
      ).map((r) => [r[2], r[3]]),
    ).toEqual([
      ['openly admires', 'the harbor master as a “strong leader” of the port'],
      ['rated', 'the mayor’s claim as “mostly false” on Monday'],
      ['tagged', 'the ferry bonds as junk last spring'],
      ['depicted', 'the levy as a tax on fishermen'],
    ]);
  });

  it('reads none of those without "as"', () => {
    expect(
      reported('Senator Ray Cole admires the harbor master.', 'Voters rated the ferry highly in May.', 'The crew tagged the crates before noon.', 'The mural depicted a fishing boat.'),
    ).toEqual([]);
  });
});

