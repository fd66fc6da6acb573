import { reported } from './article-rows';

/*
 * A participle cue after "spend" and a time phrase is the verb of its clause (reported-spent-time.ts): the subject of
 * "spend" is the source.
 */
describe('participle cues after "spend" and a time phrase', () => {
  it('reads the subject of "spend" as the source', () => {
    expect(reported('Mayor Ana Ruiz has spent the past week attacking her rival’s record on housing.')).toEqual([
      ['indirect', 'Ana Ruiz', 'has spent the past week attacking', 'her rival’s record on housing'],
    ]);
  });

  it('reads a time phrase with a figure in it', () => {
    expect(reported('Councilor Holt spent much of her 30-minute speech defending the ferry contract.')).toEqual([
      ['indirect', 'Councilor Holt', 'spent much of her 30-minute speech defending', 'the ferry contract'],
    ]);
  });

  it('reads nothing after money spent or a verb that is no cue', () => {
    expect(reported('The dockworkers’ union spent $2 million attacking the ferry contract.')).toEqual([]);
    expect(reported('The county has spent years building the new ferry terminal.')).toEqual([]);
  });
});
