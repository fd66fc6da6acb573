import { reported } from './article-rows';

describe('reported speech: where the content of "said" and "says" ends', () => {
  it('a quoted phrase closed by two apostrophes after a period ends the sentence and the content', () => {
    expect(reported("The harbor office says that the old ferry is no longer safe, having failed ''every recent inspection.'' The council says the hull is sound.")).toEqual([
      ['mixed', 'The harbor office', 'says', "the old ferry is no longer safe, having failed ''every recent inspection.''"],
      ['indirect', 'The council', 'says', 'the hull is sound'],
    ]);
  });
});

describe('reported speech: a sibling clause ends the content even after a nested cue', () => {
  it('"while others said" ends the content though a noun cue stands between', () => {
    const rows = reported('Several riders said the mayor had made a good case for the new ferry, while other riders said they had heard nothing new.');
    expect(rows).toContainEqual(['indirect', 'Several riders', 'said', 'the mayor had made a good case for the new ferry']);
    expect(rows).toContainEqual(['indirect', 'other riders', 'said', 'they had heard nothing new']);
  });
});
