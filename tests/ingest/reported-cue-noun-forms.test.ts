import { reported } from './article-rows';

// Forms of a cue lemma that are mostly nouns or stand after a quantifier, read as verbs only where a verb must stand.
describe('reported speech: the base form of a cue that is mostly a noun', () => {
  it('is a verb after a subject pronoun, a modal or "do"', () => {
    expect(reported('Governor Ana Silva and her staff met on Friday. They plan to release the budget next week.', 'Mayor Tom Reyes would question whether the tolls help anyone.')).toEqual([
      ['indirect', 'They', 'plan', 'to release the budget next week'],
      ['indirect', 'Tom Reyes', 'would question', 'whether the tolls help anyone'],
    ]);
  });

  it('is no cue after a determiner, nor before a relative "that"', () => {
    expect(reported('The plan would fail, and the report was late.', 'The county has a plan that calls for two new bridges.')).toEqual([['indirect', 'a plan', 'calls for', 'two new bridges']]);
  });
});

describe('reported speech: an aside between the cue and its clause', () => {
  it('is passed over before "that" or a question word', () => {
    expect(reported('Governor Ana Silva now says, however, that the tolls will stay.', 'Mayor Tom Reyes wondered, as many residents do, why the bridge was closed.')).toEqual([
      ['indirect', 'Ana Silva', 'now says', 'the tolls will stay'],
      ['indirect', 'Tom Reyes', 'wondered', 'why the bridge was closed'],
    ]);
  });

  it('is no aside when it holds a verb group: the cue was set off inside its content', () => {
    expect(reported('Whatever the mayor has won, aides said, could be undone by events, whether a strike or a storm.').map((r) => r[3])).not.toContain('whether a strike or a storm');
  });
});

describe('reported speech: the -s form of a cue that is mostly a plural noun', () => {
  it('is a verb after "she" or a name and an adverb', () => {
    expect(reported('Senator Paula Grant spoke on Monday. She questions whether the tolls help anyone.', 'Mayor Tom Reyes often attacks the county budget.')).toEqual([
      ['indirect', 'Paula Grant', 'questions', 'whether the tolls help anyone'],
      ['indirect', 'Tom Reyes', 'often attacks', 'the county budget'],
    ]);
  });

  it('is a noun after a determiner or another noun', () => {
    expect(reported('The county views were mixed.', 'Town hall questions ran long that night.')).toEqual([]);
  });
});

describe('reported speech: a quantifier that takes no singular noun before a noun lemma', () => {
  it('makes its base form a verb, and "call" reports what it calls someone', () => {
    expect(reported('Many view the levy as a tax on renters.', 'Others call it a bargain.', 'Some plan to rebuild the pier was discussed.')).toEqual([
      ['indirect', 'Many', 'view', 'the levy as a tax on renters'],
      ['indirect', 'Others', 'call', 'it a bargain'],
    ]);
  });
});
