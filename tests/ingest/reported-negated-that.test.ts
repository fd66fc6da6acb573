import { reported } from './article-rows';

const LEAD = 'The county board met on Monday.';

/*
 * A negated cue reports a "that" clause: a cue of the stance list (lexicon/negatable-cues.json; "did not know that …",
 * "did not remember that …") and a cue of saying alike (attribution/reported-negated-that.ts; "did not say that …").
 */
describe('negated cues before a "that" clause', () => {
  it('reads the clause after a negated cue of knowing or remembering', () => {
    expect(reported('The council did not know that the pier had closed.')).toContainEqual(['indirect', 'The council', 'did not know', 'the pier had closed']);
    expect(reported('Mayor Dana Ibarra did not remember that the ferry had stopped.')).toContainEqual([
      'indirect',
      'Dana Ibarra',
      'did not remember',
      'the ferry had stopped',
    ]);
  });

  it('reads the clause after a negated cue of saying, with the subject as its source', () => {
    expect(reported(LEAD, 'Mayor Ines Vidal did not say that the ferry would stop running.')).toContainEqual(['indirect', 'Ines Vidal', 'did not say', 'the ferry would stop running']);
    expect(reported(LEAD, 'The auditors did not recommend that the treasurer face charges.')).toContainEqual(['indirect', 'The auditors', 'did not recommend', 'the treasurer face charges']);
    expect(reported(LEAD, 'Holt has never claimed that the harbor was safe.')).toContainEqual(['indirect', 'Holt', 'has never claimed', 'the harbor was safe']);
  });

  it('without "that", or with "that" as a pronoun ending the sentence, a negated cue of saying reports nothing', () => {
    expect(reported(LEAD, 'Mayor Ines Vidal did not say the ferry would stop running.')).toEqual([]);
    expect(reported(LEAD, 'Mayor Ines Vidal did not say that.')).toEqual([]);
    expect(reported('The mayor has never claimed the bridge was safe.')).toEqual([]);
  });
});
