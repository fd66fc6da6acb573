import { expandPattern, expandPhraseLemmas } from '../../src/ingest/attribution/phrase-cue-patterns';
import { CUES } from '../../src/ingest/attribution/reported-cues';

describe('phrasal cue patterns: spelt out from lexicon/phrase-cue-lemmas.json', () => {
  it('a pattern stands for each combination of its slots, the first slot varying slowest', () => {
    expect(expandPattern('fire {modifier} {noun} at', { modifier: ['warning', 'parting'], noun: ['shots', 'salvos'] })).toEqual([
      'fire warning shots at',
      'fire warning salvos at',
      'fire parting shots at',
      'fire parting salvos at',
    ]);
  });

  it('{a} is "an" before a vowel letter and "a" otherwise', () => {
    expect(expandPattern('strike {a} {tone} tone on', { tone: ['upbeat', 'grim', 'optimistic'] })).toEqual([
      'strike an upbeat tone on',
      'strike a grim tone on',
      'strike an optimistic tone on',
    ]);
  });

  it('a slot without words, an unused slot or a lemma listed twice is an error', () => {
    expect(() => expandPattern('take {a} {modifier} swipe at', {})).toThrow(/no words for \{modifier\}/);
    expect(() => expandPattern('take a swipe at', { noun: ['swipe'] })).toThrow(/does not use \{noun\}/);
    expect(() =>
      expandPhraseLemmas<{ frame: string }>({ 'take a fresh swipe at': { frame: 'object' }, 'take a {modifier} swipe at': { frame: 'object', slots: { modifier: ['fresh'] } } }),
    ).toThrow(/listed twice/);
  });

  it('the entries keep their place and their fields; a pattern gives its fields to each lemma', () => {
    const lemmas = expandPhraseLemmas<{ frame: string; past?: string }>({
      _comment: 'words',
      'write about': { frame: 'object', past: 'wrote' },
      'take {modifier} jabs at': { frame: 'object', past: 'took', slots: { modifier: ['repeated', 'fresh'] } },
      'gush about': { frame: 'object' },
    });
    expect(lemmas).toEqual({
      _comment: 'words',
      'write about': { frame: 'object', past: 'wrote' },
      'take repeated jabs at': { frame: 'object', past: 'took' },
      'take fresh jabs at': { frame: 'object', past: 'took' },
      'gush about': { frame: 'object' },
    });
    expect(Object.keys(lemmas)).toEqual(['_comment', 'write about', 'take repeated jabs at', 'take fresh jabs at', 'gush about']);
  });

  it('the lexicon\'s patterns give cues for their combinations, inflected, and nothing outside them', () => {
    for (const form of [
      'take a veiled swipe at',
      'took a thinly veiled jab at',
      'taking a not-so-subtle shot at',
      'takes several swipes at',
      'taken repeated jabs at',
      'sound a cautious note about',
      'sounded an upbeat note on',
      'sounds an ominous note about',
      'sounding a warning note on',
    ])
      expect([form, CUES.get(form)?.frame]).toEqual([form, 'object']);
    for (const form of [
      // a singular noun without its article, a plural noun with one, "a" before a vowel, a preposition not listed, a word not listed
      'take veiled swipe at',
      'take a several swipes at',
      'sound a upbeat note on',
      'sound a cautious note with',
      'took a friendly swipe at',
      'sound {a} {modifier} note {preposition}',
      'take {modifier} {noun} at',
    ])
      expect([form, CUES.has(form)]).toEqual([form, false]);
  });
});
