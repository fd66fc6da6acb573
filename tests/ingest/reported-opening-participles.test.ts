import { reported } from './article-rows';

describe('reported speech: a participle clause opening the sentence has the main clause subject', () => {
  it('"Noting that …, Holt said …": both attributions are the main subject\'s', () => {
    expect(reported('Noting that the port had been closed for months, Ada Holt said the town needed help.')).toEqual([
      ['indirect', 'Ada Holt', 'Noting', 'the port had been closed for months'],
      ['indirect', 'Ada Holt', 'said', 'the town needed help'],
    ]);
    expect(reported('But declaring that he alone could fix the port, Tom Reyes promised a new ferry.')).toContainEqual([
      'indirect',
      'Tom Reyes',
      'declaring',
      'he alone could fix the port',
    ]);
  });

  it('an object cue opening the sentence reports nothing ("Citing …", "Speaking to reporters, …")', () => {
    expect(reported('Citing the closure, Ada Holt left the meeting early.')).toEqual([]);
    expect(reported('Speaking to reporters, Ada Holt said the town needed help.')).toEqual([['indirect', 'Ada Holt', 'said', 'the town needed help']]);
  });
});
