import { wordTrie } from '../../src/ingest/word-trie';
import { SOURCE_NOUNS, SPEECH_VERBS, alternation } from '../../src/ingest/lexicon';

const flat = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** Every match of `source` wrapped in `shape`, with its index and groups. */
const matches = (source: string, shape: (alt: string) => string, flags: string, text: string): unknown[] =>
  [...text.matchAll(new RegExp(shape(source), `${flags}g`))].map((m) => [m.index, ...m]);

describe('word lists as factored alternations', () => {
  it('factors shared beginnings and keeps a word that is the beginning of another optional', () => {
    expect(wordTrie(['spokeswoman', 'spokesman', 'spokes'])).toBe('spokes(?:woman|man)?');
    expect(wordTrie(['said', 'says', 'say'])).toBe('sa(?:id|y(?:s)?)');
    expect(new RegExp(`^(?:${wordTrie(['pointed out', 'pointed', 'points'])})$`).test('pointed out')).toBe(true);
  });

  it('leaves lists holding pattern syntax or capitals to the flat alternation', () => {
    expect(wordTrie(['t-shirts?', 'banner'])).toBeNull();
    expect(wordTrie(['Monday', 'today'])).toBeNull();
    expect(wordTrie([])).toBeNull();
    expect(alternation(['Monday', 'today'])).toBe('Monday|today');
  });

  it('matches what the flat alternation matches, at the same places, however the pattern around it backtracks', () => {
    const text =
      'Officials said Monday that the spokeswoman, who SAID little, told reporters the Spokesman’s office had said nothing; ' +
      'a spokesperson said-so and the officials’ aides insisted, adding that spokesmen say they were told.';
    const shapes: ((alt: string) => string)[] = [
      (alt) => `\\b(?:${alt})\\b`,
      (alt) => `(?:${alt})s?\\s+(\\w+)`,
      (alt) => `((?:\\w+\\s+){0,2}?)(?:${alt})(?=[\\s,.;’])`,
      (alt) => `(?<![\\w-])(?:${alt})(?!-)`,
    ];
    for (const words of [[...SPEECH_VERBS], [...SOURCE_NOUNS], ['said', 'said nothing', 'say', 'says', 'spokes', 'spokesman', 'spokesmen']]) {
      const factored = wordTrie(words);
      expect(factored).not.toBeNull();
      for (const shape of shapes) {
        for (const flags of ['', 'i', 'iu']) expect(matches(factored!, shape, flags, text)).toEqual(matches(flat(words), shape, flags, text));
      }
    }
  });

  it('does not match a word the list does not hold', () => {
    const re = new RegExp(`^(?:${wordTrie(['spokesman', 'spokeswoman', 'said'])})$`);
    expect(re.test('spokes')).toBe(false);
    expect(re.test('spokeswomen')).toBe(false);
    expect(re.test('sai')).toBe(false);
  });
});
