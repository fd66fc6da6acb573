import { reported } from './article-rows';

describe('reported stances: verb frames of voting, siding and dissent', () => {
  it('"voted in favor of" reports what the voters backed; a vote or votes in favor of something, as nouns, do not', () => {
    expect(
      reported(
        'The harbor board voted in favor of the new ferry schedule.',
        'Councilwoman Ada Holt will vote in favor of the levy on Monday.',
      ),
    ).toEqual([
      ['indirect', 'The harbor board', 'voted in favor of', 'the new ferry schedule'],
      ['indirect', 'Ada Holt', 'will vote in favor of', 'the levy on Monday'],
    ]);
    expect(
      reported('The vote in favor of the levy was close.', 'The votes in favor of the harbor plan were counted twice.'),
    ).toEqual([]);
  });

  it('"turned against" and "lined up behind" report a side taken; a turn or a line that takes no side does not', () => {
    expect(
      reported(
        'Senator Ada Holt turned against the pipeline after the spill.',
        'Mayor Tom Reyes has lined up behind the ferry levy.',
      ),
    ).toEqual([
      ['indirect', 'Ada Holt', 'turned against', 'the pipeline after the spill'],
      ['indirect', 'Tom Reyes', 'has lined up behind', 'the ferry levy'],
    ]);
    expect(
      reported(
        'The road turns left against the river bank.',
        'A long line formed behind the stage.',
        'The bus turned around at the depot.',
      ),
    ).toEqual([]);
  });

  it('"disagree on", "disagree over" and "disagree about" report what is in dispute, not a clause of "disagree"', () => {
    expect(
      reported(
        'Ada Holt and Tom Reyes disagree on the size of the levy.',
        'Council members disagreed over how to fund the ferry.',
        'The two mayors disagree about the bridge tolls.',
      ),
    ).toEqual([
      ['indirect', 'Ada Holt and Tom Reyes', 'disagree on', 'the size of the levy'],
      ['indirect', 'Council members', 'disagreed over', 'how to fund the ferry'],
      ['indirect', 'The two mayors', 'disagree about', 'the bridge tolls'],
    ]);
    expect(reported('Ada Holt and Tom Reyes disagree, on the whole, with the board.')).toEqual([]);
  });

  it('"contemplating", "called upon", "talked up" and "empathizes with" report what the subject weighs, asks, promotes or shares', () => {
    expect(
      reported(
        'Governor Ada Holt is contemplating a run for the Senate.',
        'Mayor Tom Reyes called upon the board to delay the vote.',
        'Ada Holt talked up the ferry plan at the dock.',
        'Tom Reyes empathizes with the striking nurses.',
      ),
    ).toEqual([
      ['indirect', 'Ada Holt', 'is contemplating', 'a run for the Senate'],
      ['indirect', 'Tom Reyes', 'called upon', 'the board to delay the vote'],
      ['indirect', 'Ada Holt', 'talked up', 'the ferry plan at the dock'],
      ['indirect', 'Tom Reyes', 'empathizes with', 'the striking nurses'],
    ]);
    // The noun "talk" before "up", and "upon" apart from "called", report nothing.
    expect(reported('The talk up north was about the ferry.', 'Ada Holt called at noon upon her return.')).toEqual([]);
  });
});
