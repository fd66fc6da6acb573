import { holdsRunIn } from '../../src/ingest/attribution/sentence-runs';
import { hasLetterRunIn, lastLetterRuns } from '../../src/ingest/attribution/word-presence';

describe("a sentence's runs of letters, read once for several word lists", () => {
  const nouns = lastLetterRuns(['poll', 'survey', 'court papers']);
  const verbs = lastLetterRuns(['seen', 'known', 'criticized']);
  const after = /\s+(?:of|as)\s/iuy;

  test.each([
    'The new Marist poll of likely voters shows her ahead.',
    'She was widely SEEN as the favorite, court papers show.',
    'Die Umfrage (the survey) was known as a bellwether.',
    'İstanbul’s pollsters were criticized; the polls of record were not.',
    'Nothing listed here at all.',
    '',
    'ΣΟΦΙΑ survey, poll-of-polls and seen.',
  ])('answers as hasLetterRunIn does, for each list in turn: %j', (text) => {
    for (const [list, followedBy] of [
      [nouns, undefined],
      [verbs, undefined],
      [nouns, after],
      [verbs, after],
    ] as const) {
      expect(holdsRunIn(text, list, followedBy)).toBe(hasLetterRunIn(text, list, followedBy));
    }
  });

  it('answers for each sentence when sentences are read in turn', () => {
    const texts = ['A poll shows it.', 'Nothing here.', 'The survey of voters.', 'A poll shows it.'];
    expect(texts.map((t) => holdsRunIn(t, nouns))).toEqual([true, false, true, true]);
    expect(texts.map((t) => holdsRunIn(t, nouns, after))).toEqual([false, false, true, false]);
  });
});
