import { reported } from './article-rows';

/** [kind, source, cue, content] of the rows whose cue holds `word`. */
const withCue = (word: string, ...paragraphs: string[]): [string, string | null, string | null, string][] =>
  reported(...paragraphs)
    .filter((r) => r[2]?.includes(word))
    .map((r) => [r[0], r[1], r[2], r[3]]);

describe('reported speech: a stance named by a phrase, "in support of", "in favor of", "drew attention to"', () => {
  it('the subject of the verb before "in support of" is the source, the noun phrase after it the content', () => {
    expect(withCue('support', 'Mara Quist has come out in support of the harbor levy.')).toEqual([['indirect', 'Mara Quist', 'in support of', 'the harbor levy']]);
    expect(withCue('favor', 'Ivo Brandt stood firmly in favor of the ferry budget.')).toEqual([['indirect', 'Ivo Brandt', 'in favor of', 'the ferry budget']]);
  });

  it('a verb that points attention: its subject is the source, what the attention is on the content', () => {
    expect(withCue('attention', 'Mara Quist drew attention to the missing audit.')).toEqual([['indirect', 'Mara Quist', 'drew attention to', 'the missing audit']]);
    expect(withCue('attention', 'Ivo Brandt turned his attention to the ferry budget.')).toEqual([
      ['indirect', 'Ivo Brandt', 'turned his attention to', 'the ferry budget'],
    ]);
  });

  it('near misses: "attention" with no such verb, another preposition, an infinitive after "to"', () => {
    expect(withCue('attention', 'The attention of the board was elsewhere.')).toEqual([]);
    expect(withCue('attention', 'Mara Quist got attention at the fair.')).toEqual([]);
    expect(withCue('attention', 'Ivo Brandt paid attention to win the race.')).toEqual([]);
  });
});
