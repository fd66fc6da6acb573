import { reported } from './article-rows';

describe('reported speech: where the content of "said" and "says" ends', () => {
  it('a quoted phrase closed by two apostrophes after a period ends the sentence and the content', () => {
    expect(reported("The harbor office says that the old ferry is no longer safe, having failed ''every recent inspection.'' The council says the hull is sound.")).toEqual([
      ['mixed', 'The harbor office', 'says', "the old ferry is no longer safe, having failed ''every recent inspection.''"],
      ['indirect', 'The council', 'says', 'the hull is sound'],
    ]);
  });
});
