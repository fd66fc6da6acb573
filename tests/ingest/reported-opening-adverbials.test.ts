import { reported } from './article-rows';

describe('reported speech: a sentence adverb before the subject of a coordinated cue', () => {
  it('reads the subject after "Ultimately, " or "Still, " for a verb phrase after "and"', () => {
    expect(reported('Ultimately, Mayor Tom Reyes changed course and decided to keep the ferry running.')).toEqual([['indirect', 'Tom Reyes', 'decided', 'to keep the ferry running']]);
    expect(reported('Still, the county board met twice and urged residents to conserve water.')).toEqual([['indirect', 'the county board', 'urged', 'residents to conserve water']]);
    expect(reported('Ultimately, the lawyers looked through the files and found that one file was missing.')).toEqual([['indirect', 'the lawyers', 'found', 'one file was missing']]);
  });

  it('no adverb in a name in -ly, and no cue in the verb phrases', () => {
    expect(reported('Italy, Spain and France met in May and urged the union to cut tariffs.')).toEqual([]);
    expect(reported('Ultimately, the old ferry sank and drifted toward the harbor.')).toEqual([]);
  });
});

describe('reported speech: a participle after "besides", "while", "in addition to" opening the sentence', () => {
  it('gives the participle the main clause subject, after a connective too', () => {
    expect(reported('Besides attacking the harbor board, Mayor Tom Reyes mocked the levy.')).toEqual([
      ['indirect', 'Tom Reyes', 'attacking', 'the harbor board'],
      ['indirect', 'Tom Reyes', 'mocked', 'the levy'],
    ]);
    expect(reported('But while denouncing the levy, Mayor Tom Reyes praised the board.')).toEqual([
      ['indirect', 'Tom Reyes', 'denouncing', 'the levy'],
      ['indirect', 'Tom Reyes', 'praised', 'the board'],
    ]);
    expect(reported('Now, after arguing that the count was flawed, the Reyes campaign changed course.')).toEqual([['indirect', 'the Reyes campaign', 'arguing', 'the count was flawed']]);
  });

  it('no attribution when the participle is no cue or the main clause has no speaker', () => {
    expect(reported('Besides running the ferry, Tom Reyes coached the school team.')).toEqual([]);
    expect(reported('Besides attacking the harbor board, the ferry sank.')).toEqual([]);
  });
});

describe('reported speech: a time or focus phrase among the auxiliaries', () => {
  it('reads "in particular", "in fact", "long" inside the verb group', () => {
    expect(reported('Critics of the plan have in particular noted that the levy is unfair.')).toEqual([['indirect', 'Critics of the plan', 'have in particular noted', 'the levy is unfair']]);
    expect(reported('Mayor Tom Reyes has long argued that the levy is unfair.')).toEqual([['indirect', 'Tom Reyes', 'has long argued', 'the levy is unfair']]);
  });

  it('no cue when the verb reports nothing', () => {
    expect(reported('The old ferry has in fact sunk near the harbor.')).toEqual([]);
  });
});
