import { tokenize } from '../../src/ingest/text';

/** The word pattern the tokens are read by: runs of letters, digits and mis-encoded letters, joined by single marks, a period after. */
const WORD = /(?:[\u00C2\u00C3][\u0080-\u00BF]|[\p{L}\p{N}])+(?:[.'’\-&](?:[\u00C2\u00C3][\u0080-\u00BF]|[\p{L}\p{N}])+)*\.?/gu;

describe('word tokens', () => {
  test.each([
    'Sen. Ada Holt (D-Calif.) said the U.S. plan, at 3.5%, was “rock&roll.”',
    'FranÃ§ois Hollande and Ã\u0083Â§a, Â alone, Ã¿, ª and º.',
    '𝐀lpha 𝐁eta — 😀 emoji, x-, -y, a..b, it’s, Holt’s and O’Neill’s.',
    'Lone \uD800 high and \uDC00 low surrogates; İstanbul, ΣΟΦΙΑ, Ωmega.',
    '',
    '...',
  ])('are where the word pattern matches, trailing periods kept only on abbreviations: %j', (text) => {
    const tokens = tokenize(text);
    const matches = [...text.matchAll(WORD)];
    expect(tokens.map((t) => t.start)).toEqual(matches.map((m) => m.index));
    expect(tokens.map((t, i) => t.text === matches[i][0] || `${t.text}.` === matches[i][0])).toEqual(matches.map(() => true));
  });

  it('keeps the period of an abbreviation or initial and drops a sentence end', () => {
    expect(tokenize('Gov. J. Holt said so.').map((t) => t.text)).toEqual(['Gov.', 'J.', 'Holt', 'said', 'so']);
  });
});
