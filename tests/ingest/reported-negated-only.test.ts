import { reported } from './article-rows';

/*
 * Cues read only when negated (lexicon/negated-only-cues.json): "did not respond to a request for comment" reports
 * the subject's silence on what it was asked; "responded to the flood" reports nothing.
 */
describe('cues read only when negated', () => {
  it('reads "did not respond to" with the request as its content', () => {
    expect(reported('A spokesman for the harbor board did not respond to requests for comment.')).toEqual([
      ['indirect', 'A spokesman for the harbor board', 'did not respond to', 'requests for comment'],
    ]);
  });

  it('reads an adverb between the negation and the cue', () => {
    expect(reported('Mayor Lena Ortiz did not immediately respond to questions about the ferry contract.')).toEqual([
      ['indirect', 'Lena Ortiz', 'did not immediately respond to', 'questions about the ferry contract'],
    ]);
  });

  it('reads "reply to" negated', () => {
    expect(reported('The Dunmore campaign has not replied to a letter from the dockworkers.')).toEqual([
      ['indirect', 'The Dunmore campaign', 'has not replied to', 'a letter from the dockworkers'],
    ]);
  });

  it('reads nothing when the cue is not negated', () => {
    expect(reported('The county responded to the flood with sandbags and pumps.')).toEqual([]);
    expect(reported('Volunteers replied to every letter within a week.')).toEqual([]);
  });
});
