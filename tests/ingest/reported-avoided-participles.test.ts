import { reported } from './article-rows';

/*
 * "avoid" and "resist" before a participle cue are catenative verbs (lexicon/verb-group-adverbs.json): the participle is
 * the verb of its clause and the subject before them its source.
 */
describe('participle cues after "avoid" and "resist"', () => {
  it('reads the subject before "avoided" as the source, past an adverb', () => {
    expect(reported('Councilor Dana Ibarra has avoided directly criticizing the harbor board.')).toContainEqual([
      'indirect',
      'Councilor Dana Ibarra',
      'has avoided directly criticizing',
      'the harbor board',
    ]);
  });

  it('reads "resisted" before a participle cue', () => {
    expect(reported('Mayor Tobias Wren resisted blaming the ferry union for the strike.')).toContainEqual([
      'indirect',
      'Tobias Wren',
      'resisted blaming',
      'the ferry union for the strike',
    ]);
  });

  it('reads nothing when the participle is no cue', () => {
    expect(reported('The harbor board avoided raising the fares this year.')).toEqual([]);
  });
});
