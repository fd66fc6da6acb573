import { AsciiWordFilter, HASH_START, hashStep } from '../../src/ingest/attribution/ascii-word-filter';
import { hasLetterRunIn, lastLetterRuns } from '../../src/ingest/attribution/word-presence';
import { cueMatches } from '../../src/ingest/attribution/cue-scan';
import { isCapitalized } from '../../src/ingest/text';

const hashOf = (word: string): number => [...word].reduce((h, c) => hashStep(h, c.charCodeAt(0)), HASH_START);

describe('the ASCII word filter before a word lookup', () => {
  it('lets through every listed word, in any case', () => {
    const filter = new AsciiWordFilter(['said', 'told', "didn't", 'spokes-man']);
    for (const word of ['said', 'SAID', 'Said', 'told', "Didn't", 'Spokes-Man']) expect(filter.mayHold(hashOf(word))).toBe(true);
  });

  it('turns down words the list does not hold', () => {
    const filter = new AsciiWordFilter(['said', 'told']);
    expect(['the', 'mayor', 'council', 'sai', 'saids'].filter((w) => filter.mayHold(hashOf(w)))).toEqual([]);
  });
});

describe('scans that read words through the filter', () => {
  const runs = lastLetterRuns(['officials', 'court papers', 'ministry']);

  it('finds a listed word as a run of letters, in any case and next to non-ASCII letters', () => {
    expect(hasLetterRunIn('Senior OFFICIALS at the ministry’s office said', runs)).toBe(true);
    expect(hasLetterRunIn('The court’s papers were filed', runs)).toBe(true);
    expect(hasLetterRunIn('Die Behörde und das Ministry', runs)).toBe(true);
  });

  it('finds no word the list lacks, nor a listed word inside a longer run', () => {
    expect(hasLetterRunIn('The officialdom of the mayor’s office', runs)).toBe(false);
    expect(hasLetterRunIn('Ministryé officialsß', runs)).toBe(false);
  });

  it('finds cues as written and skips words that only start like one', () => {
    expect([...cueMatches('Officials SAID on Monday that the sayings were told.')].map((m) => m.text)).toEqual(['SAID', 'told']);
  });

  it('reads capitals of ASCII and other letters', () => {
    expect(['Ada', 'Émile', 'ada', 'émile', '1990s', ''].map(isCapitalized)).toEqual([true, true, false, false, false, false]);
  });
});
