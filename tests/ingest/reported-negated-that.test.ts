import { reported } from './article-rows';

/*
 * A negated cue of the stance list (lexicon/negatable-cues.json) reports a "that" clause too ("did not know that …",
 * "did not remember that …"; attribution/reported-verb-checks.ts); other negated cues deny no clause.
 */
describe('negated stance cues before a "that" clause', () => {
  it('reads the clause after a negated cue of knowing or remembering', () => {
    expect(reported('The council did not know that the pier had closed.')).toContainEqual(['indirect', 'The council', 'did not know', 'the pier had closed']);
    expect(reported('Mayor Dana Ibarra did not remember that the ferry had stopped.')).toContainEqual([
      'indirect',
      'Dana Ibarra',
      'did not remember',
      'the ferry had stopped',
    ]);
  });

  it('reads no clause after a negated cue of saying', () => {
    expect(reported('The mayor did not say that the levy would pass.')).toEqual([]);
    expect(reported('The mayor has never claimed that the bridge was safe.')).toEqual([]);
  });
});
