import { reported } from './article-rows';

const LEAD = 'The county board met on Monday.';

describe('reported speech: verb cues mined again at one annotated occurrence in two (lexicon/mined-cue-lemmas.json)', () => {
  it('reads the verb with its subject as the source and its complement as the content', () => {
    expect(reported(LEAD, 'The treasurer Ada Holt has long preached restraint on spending.')).toContainEqual(['indirect', 'Ada Holt', 'has long preached', 'restraint on spending']);
    expect(reported(LEAD, 'The new ordinance prohibits camping in the harbor park.')).toContainEqual(['indirect', 'The new ordinance', 'prohibits', 'camping in the harbor park']);
    expect(reported(LEAD, 'Holt intimated that the ferry would stop running in May.')).toContainEqual(['indirect', 'Holt', 'intimated', 'the ferry would stop running in May']);
    expect(reported(LEAD, 'Many residents resent that the town has raised the ferry fares.')).toContainEqual(['indirect', 'Many residents', 'resent', 'the town has raised the ferry fares']);
    expect(reported(LEAD, 'Critics have panned the harbor plan as too costly.')).toContainEqual(['indirect', 'Critics', 'have panned', 'the harbor plan as too costly']);
  });

  it('the same words as nouns, or in a passive of no judging, report nothing', () => {
    expect(reported(LEAD, 'The harbor boats were panned across the bay.')).toEqual([]);
    expect(reported(LEAD, 'The preacher left the hall early.')).toEqual([]);
    expect(reported(LEAD, 'The veto was upheld.')).toEqual([]);
    expect(reported(LEAD, 'The queries were answered.')).toEqual([]);
  });
});
