import { reported } from './article-rows';

describe('reported speech: cue words measured on annotated news', () => {
  it('"boast of", "boast about" and "brag about" report what the subject boasts of', () => {
    expect(
      reported(
        'Mayor Dana Reyes boasted of the new ferry schedule at the dock.',
        'Ada Holt often boasts about her record on schools.',
        'Coach Lee Marsh bragged about the win over Denton.',
      ),
    ).toEqual([
      ['indirect', 'Dana Reyes', 'boasted of', 'the new ferry schedule at the dock'],
      ['indirect', 'Ada Holt', 'often boasts about', 'her record on schools'],
      ['indirect', 'Lee Marsh', 'bragged about', 'the win over Denton'],
    ]);
  });

  it('"ticked off" reports the list its subject recites, not an annoyed subject', () => {
    expect(reported('Ada Holt ticked off a list of roads the county had repaved.')).toEqual([
      ['indirect', 'Ada Holt', 'ticked off', 'a list of roads the county had repaved'],
    ]);
    expect(reported('Commuters are ticked off about the fare rise.')).toEqual([]);
  });

  it('"split on", "divided over" and "angered by" after a copula report a stance', () => {
    expect(
      reported(
        'Council members were split on whether to raise the levy.',
        'The fishermen are divided over the new quota.',
        'Teachers were angered by the cuts to school budgets.',
      ),
    ).toEqual([
      ['indirect', 'Council members', 'were split on', 'whether to raise the levy'],
      ['indirect', 'The fishermen', 'are divided over', 'the new quota'],
      ['indirect', 'Teachers', 'were angered by', 'the cuts to school budgets'],
    ]);
  });

  it('a split on a day, a division into parts and an active "angered" report nothing', () => {
    expect(reported('The log was split on Tuesday by the storm.')).toEqual([]);
    expect(reported('The county was divided into three districts.')).toEqual([]);
    expect(reported('The cuts angered teachers across the county.')).toEqual([]);
  });

  it('"consensus on" and "anxiety about" are nominal cues', () => {
    expect(reported('Economists have reached a consensus on the cause of the slump.')).toEqual([['indirect', 'Economists', 'consensus on', 'the cause of the slump']]);
    expect(reported('Anxiety about the drought has spread among farmers.')).toEqual([['indirect', null, 'Anxiety about', 'the drought']]);
    // "of" after these nouns names whose consensus it is, not what it is about.
    expect(reported('The consensus of the panel was released on Friday.')).toEqual([]);
  });

  it('"billed" reports only with an "as" complement, never an invoice nor "as" opening a conjunction', () => {
    expect(reported('Mayor Lena Ortiz billed the ferry levy as a fix for the harbor.')).toEqual([
      ['indirect', 'Lena Ortiz', 'billed', 'the ferry levy as a fix for the harbor'],
    ]);
    expect(
      reported(
        'The contractor billed the county $40,000 for the pier repairs.',
        'The county billed residents as soon as the work ended.',
        'Ruth Adams framed the ferry map as well as the old charts.',
        'Both bills passed the council on Monday.',
      ),
    ).toEqual([]);
  });
});
