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
});
