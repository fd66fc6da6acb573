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
    '“The poll,” she said — “was seen…” as ‘known’ of late.',
    'Café owners’ survey – criticized… as known.',
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

  it('finds a listed word with a letter outside ASCII, and an ASCII word next to such letters', () => {
    const accented = lastLetterRuns(['café', 'naïve']);
    expect(holdsRunIn('The CAFÉ owners spoke.', accented)).toBe(true);
    expect(holdsRunIn('A naïve plan, owners said.', accented)).toBe(true);
    expect(holdsRunIn('The cafe owners spoke.', accented)).toBe(false);
    expect(holdsRunIn('Ça va, the poll’s authors said.', nouns)).toBe(true);
    expect(holdsRunIn('Ça va, the polls’ authors said.', nouns)).toBe(false);
  });
});

