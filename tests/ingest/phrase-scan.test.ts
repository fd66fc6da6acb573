import { SPEECH_VERB_ALT, SPEECH_VERBS } from '../../src/ingest/lexicon';
import { phraseMatches, phraseTable } from '../../src/ingest/attribution/phrase-scan';
import { SPEECH_VERB_TABLE, speechVerbs } from '../../src/ingest/attribution/patterns';

const found = (text: string, phrases: string[]): [number, string][] => [...phraseMatches(text, phraseTable(phrases))].map((m) => [m.index, m.text]);

/** What the word scan replaces: the alternation as a global regex, longest first. */
const byRegex = (text: string): [number, string][] =>
  [...text.matchAll(new RegExp(`(?<![\\w-])(?:${SPEECH_VERB_ALT})\\b(?!-)`, 'gi'))].map((m) => [m.index, m[0]]);

describe('listed phrases found as whole words', () => {
  it('finds them in order, as written, in either case', () => {
    expect(found('The mayor Said the plan would fail, and aides agreed.', ['said', 'agreed'])).toEqual([
      [10, 'Said'],
      [46, 'agreed'],
    ]);
  });

  it('takes the longest phrase at a word, and a shorter one when the longer does not end a word', () => {
    expect(found('She pointed out the cost.', ['pointed', 'pointed out'])).toEqual([[4, 'pointed out']]);
    expect(found('She pointed outward.', ['pointed', 'pointed out'])).toEqual([[4, 'pointed']]);
  });

  it('not inside a hyphenated word, nor after or before a letter, digit or underscore', () => {
    expect(found('A so-said deal, a said-to-be plan, unsaid, said2, _said and 2said.', ['said'])).toEqual([]);
  });

  it('folds only ASCII letters: a Kelvin sign is no k', () => {
    expect(found('He \u212Anew it.', ['knew'])).toEqual([]);
    expect(found('He KNEW it.', ['knew'])).toEqual([[3, 'KNEW']]);
  });

  it('refuses a phrase that is not lower-case ASCII words', () => {
    expect(() => phraseTable(['Said'])).toThrow();
    expect(() => phraseTable(['said '])).toThrow();
  });

  it('matches the speech-verb regex it stands for on sentences of every shape', () => {
    const sentences = [
      'Officials said Tuesday, adding that the e-mailed statement “was clear,” she told reporters.',
      'The so-called plan, which critics SAID was flawed, was pointed out as weak; he pointed outward.',
      'Ms. Reyes (D-Calif.) argued—and insisted—that the levy, as she explained-ish, said: “no.”',
      'United States Said Tuesday; saids, said’s, “said”, (said) and said.',
    ];
    for (const s of sentences) expect(found(s, [...SPEECH_VERBS])).toEqual(byRegex(s));
    expect([...phraseMatches(sentences[0], SPEECH_VERB_TABLE)].length).toBeGreaterThan(2);
  });

  it('keeps a capitalized verb after a capitalized word out of speech verbs (the end of a name)', () => {
    expect([...speechVerbs('The United States Warned them. The mayor Warned no one.')].map((m) => m.index)).toEqual([41]);
  });
});
