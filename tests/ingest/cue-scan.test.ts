import { cueMatches, suffixExec, suffixMatcher, trimmedEndMatches, wordsBefore } from '../../src/ingest/attribution/cue-scan';
import { hasWords, someWord, words } from '../../src/ingest/text';
import { hasLetterRunIn, lastLetterRuns } from '../../src/ingest/attribution/word-presence';

const found = (text: string): [number, string][] => [...cueMatches(text)].map((m) => [m.index, m.text]);

describe('reporting cues found by word lookup', () => {
  it('finds whole-word cues in order, as written, whatever their case', () => {
    expect(found('The mayor said the road would fail and Warned that delays.')).toEqual([
      [10, 'said'],
      [39, 'Warned'],
    ]);
  });

  it('takes the longest phrase that starts at a word', () => {
    const text = 'Residents pushed back against the levy.';
    const [match] = found(text);
    expect(match[0]).toBe(10);
    expect(match[1].startsWith('pushed')).toBe(true);
    expect(match[1].length).toBeGreaterThan('pushed'.length);
  });

  it('never inside a hyphenated word, after an apostrophe, or before a letter or digit', () => {
    expect(found('A so-said deal, a said-to-be road, the ’said word and saidx or said2.')).toEqual([]);
  });

  it('allows an apostrophe after the cue', () => {
    expect(found('He said’ nothing more.')).toEqual([[3, 'said']]);
  });
});

describe('the words before a cue', () => {
  it('is the sentence before the cue when it is short', () => {
    const text = 'Officials have repeatedly said that';
    expect(wordsBefore(text, 0, text.indexOf('said'))).toBe('Officials have repeatedly ');
  });

  it('starts at a word and ends at the cue when the sentence is long', () => {
    const text = `${'word '.repeat(100)}has not said`;
    const near = wordsBefore(text, 0, text.indexOf('said'));
    expect(near.endsWith('has not ')).toBe(true);
    expect(near.length).toBeLessThanOrEqual(160);
    expect(near.startsWith('word ')).toBe(true);
  });
});

describe('a list word present in a text', () => {
  const ends = lastLetterRuns(['court papers', 'e-mail', 'officials']);

  it('looks for the last word of each phrase, without regard to case', () => {
    expect(hasLetterRunIn('Court Papers show', ends)).toBe(true);
    expect(hasLetterRunIn('an e-mail from the office', ends)).toBe(true);
    expect(hasLetterRunIn('OFFICIALS said', ends)).toBe(true);
    expect(hasLetterRunIn('The official said', ends)).toBe(false);
  });
});

describe('suffixMatcher', () => {
  const pattern = /(?:\b(?:has|had|also|since|went on to|not|n['’]t)\s+)+$/iu;
  const bounded = suffixMatcher(pattern, /[\p{L}\s'’]/u);
  const plain = suffixMatcher(pattern, null);

  test.each([
    'The mayor has also ',
    'The mayor, who has since ',
    'Officials went on to ',
    'She had not ',
    'The council voted 7-2 and has ',
    'Bystanders were stunned; the chief also ',
    'A caféalso ',
    'The mayor said ',
    '',
    'hasalso ',
    "It's n't ",
  ])('finds what the pattern finds at its leftmost start: %j', (near) => {
    const expected = pattern.exec(near)?.[0] ?? null;
    expect(bounded(near)).toBe(expected);
    expect(plain(near)).toBe(expected);
  });

  test.each(['Senate Majority Leader ', 'said the mayor, city council member ', 'the 2024 race ', 'Renée Holt ', '𝐀lpha beta ', 'U.S. Rep. '])(
    'gives the same match, index and all, as the pattern run on the whole text: %j',
    (before) => {
      const titleRun = /(?:\p{L}[\p{L}.’'-]*\s+){1,3}$/u;
      const expected = titleRun.exec(before);
      const got = suffixExec(titleRun, /[\p{L}.’'\s\uD800-\uDFFF-]/u)(before);
      expect(got?.index).toBe(expected?.index);
      expect(got?.[0]).toBe(expected?.[0]);
    },
  );

  test('reads the characters before a start for \\b, as the pattern does in the whole text', () => {
    expect(bounded('The board had ')).toBe('had ');
    expect(bounded('The boardhad ')).toBeNull();
  });
});

describe('cue words read character by character', () => {
  it('reads words with accents, digits, apostrophes and hyphens whole, as the cue boundaries see them', () => {
    expect(found('Renée said it; the so-said line, 2said, said’s and SAID—')).toEqual([
      [6, 'said'],
      [40, 'said'],
      [51, 'SAID'],
    ]);
  });
});

describe('checks on the end of the text before a cue', () => {
  it('reads the end past trailing white space, and can require that space', () => {
    expect(trimmedEndMatches('the plan was  ', /(?:is|was)$/iu, 5, true)).toBe(true);
    expect(trimmedEndMatches('the plan was', /(?:is|was)$/iu, 5, true)).toBe(false);
    expect(trimmedEndMatches('but she', /(?:he|she)$/iu, 4, false)).toBe(true);
    expect(trimmedEndMatches('but shed ', /(?:he|she)$/iu, 4, false)).toBe(false);
  });

  it('answers for each text when several texts are read in turn', () => {
    const runs = lastLetterRuns(['officials', 'critics']);
    const texts = ['Officials said', 'The mayor said', 'Critics argued', 'The mayor said', 'Officials said'];
    expect(texts.map((t) => hasLetterRunIn(t, runs))).toEqual([true, false, true, false, true]);
    expect(texts.map((t) => hasLetterRunIn(t, runs, /\s+said/iuy))).toEqual([true, false, false, false, true]);
  });

  it('finds a listed word only where the given pattern follows it', () => {
    const runs = lastLetterRuns(['call', 'support']);
    const prep = /\s+(?:for|of)\s/iuy;
    expect(hasLetterRunIn('Her call for a recount', runs, prep)).toBe(true);
    expect(hasLetterRunIn('A call went out for help', runs, prep)).toBe(false);
    expect(hasLetterRunIn('A call went out for help', runs)).toBe(true);
  });
});

describe('words counted and tested only as far as needed', () => {
  test.each(['', 'one', 'It was over.', 'so', 'don’t stop — 2 more words', '... ,,, !'])('agrees with words(): %j', (text) => {
    for (const n of [0, 1, 2, 3, 4]) expect(hasWords(text, n)).toBe(words(text).length >= n);
    expect(someWord(text, (w) => w.length > 3)).toBe(words(text).some((w) => w.length > 3));
  });

  it('reads the remaining words after a test that reads words itself', () => {
    const seen: string[] = [];
    expect(
      someWord('alpha beta gamma', (w) => {
        seen.push(w);
        return hasWords('one two three four', 2) && w === 'gamma';
      }),
    ).toBe(true);
    expect(seen).toEqual(['alpha', 'beta', 'gamma']);
  });
});

describe('suffix patterns skipped on a text whose last word none of their words ends', () => {
  const pattern = /(?:\b(?:has|had|also|since|went on to|not|n['’]t)\s+)+$/iu;
  const lastWords = lastLetterRuns(['has', 'had', 'also', 'since', 'went on to', 'not', "n't"]);
  const gated = suffixMatcher(pattern, /[\p{L}\s'’]/u, (run) => lastWords.has(run.toLowerCase()));

  test.each([
    'The mayor has also ',
    'Officials went on to ',
    'She had not ',
    'The mayor said ',
    'The mayor has',
    'The mayor has, ',
    'The mayor, ',
    '',
    '   ',
    'hasalso ',
    'The mayor ALSO ',
    // Outside ASCII: ſ and K fold to s and k under the `i` and `u` flags; the pattern decides.
    'The mayor haſ ',
    'The mayor ſince ',
    'The mayor has\u00A0',
    'Renée also ',
    'A caféalso ',
  ])('finds what the pattern finds: %j', (near) => {
    expect(gated(near)).toBe(pattern.exec(near)?.[0] ?? null);
  });
});

describe('cue phrases compared character by character', () => {
  it('finds phrases of several words and phrases with an adverb inside, in any case', () => {
    expect(found('Holt TOOK ISSUE WITH it and Spoke briefly about the levy.')).toEqual([
      [5, 'TOOK ISSUE WITH'],
      [28, 'Spoke briefly about'],
    ]);
  });

  it('finds an adverb inside a phrase after any white space, and no phrase after other characters', () => {
    expect(found('Holt spoke\tbriefly about it; Ruiz spoke\u00A0briefly about it.')).toEqual([
      [5, 'spoke\tbriefly about'],
      [34, 'spoke\u00A0briefly about'],
    ]);
    expect(found('Holt took issue-with it and spoke-briefly about it.')).toEqual([]);
    // A phrase is written with spaces between its words: across a line break only its later word is a cue.
    expect(found('Holt took\nissue with it.')).toEqual([[10, 'issue']]);
  });

  it('reads a letter outside ASCII as lower-casing reads it (the Kelvin sign as k; a long s stays itself)', () => {
    expect(found('She as\u212Aed why. He ſaid no.')).toEqual([[4, 'as\u212Aed']]);
  });
});

describe('list words in a text with letters outside ASCII', () => {
  const runs = lastLetterRuns(['officials']);

  it('reads such a text in lower case as a whole, as it reads any other', () => {
    expect(hasLetterRunIn('Die OFFIZIELLEN und officials', runs)).toBe(true);
    expect(hasLetterRunIn('officialsé', runs)).toBe(false);
    // "İ" is "i" and a combining dot in lower case: the run after the dot is a word of its own.
    expect(hasLetterRunIn('\u0130officials', runs)).toBe(true);
    expect(hasLetterRunIn('Officials’ statement', runs)).toBe(true);
  });
});
