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

describe('reported speech: verbs with a particle mined at one annotated occurrence in two ("spoke out against", "weighed in on")', () => {
  it('reads the phrase as the cue, its subject as the source', () => {
    expect(reported(LEAD, 'Senator Ada Holt spoke out against the port deal on Monday.')).toContainEqual(['indirect', 'Ada Holt', 'spoke out against', 'the port deal on Monday']);
    expect(reported(LEAD, 'Mayor Ines Vidal also weighed in on the ferry schedule.')).toContainEqual(['indirect', 'Ines Vidal', 'also weighed in on', 'the ferry schedule']);
    expect(reported(LEAD, 'Ruiz shot back that the audit had been rigged.')).toContainEqual(['indirect', 'Ruiz', 'shot back', 'the audit had been rigged']);
    expect(reported(LEAD, 'Holt lit into the council for delaying the vote.')).toContainEqual(['indirect', 'Holt', 'lit into', 'the council for delaying the vote']);
    expect(reported(LEAD, 'Mayor Ines Vidal abruptly pivoted to the ferry fares.')).toContainEqual(['indirect', 'Ines Vidal', 'abruptly pivoted to', 'the ferry fares']);
  });

  it('"shot back" without "that", and "weighed in" of a weight, report nothing', () => {
    expect(reported(LEAD, 'Fuel prices shot back up in March.')).toEqual([]);
    expect(reported(LEAD, 'The treasurer weighed in at the scale.')).toEqual([]);
    expect(reported(LEAD, 'The pivot to the harbor was costly.')).toEqual([]);
  });
});
