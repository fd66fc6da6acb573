import { reported } from './article-rows';

describe('reported speech: an aside right after the cue', () => {
  it('an aside set off by commas before the reported clause is no part of it', () => {
    expect(
      reported(
        'Dorian Welk says, rain or shine, the ferry will sail on Saturday.',
        'Marta Quell believes, for instance, that the harbor fees are too high.',
      ),
    ).toEqual([
      ['indirect', 'Dorian Welk', 'says', 'the ferry will sail on Saturday'],
      ['indirect', 'Marta Quell', 'believes', 'the harbor fees are too high'],
    ]);
  });

  it('no aside when the cue is itself set off inside its content', () => {
    expect(reported('The ferry, Dorian Welk said, will sail on Saturday.')).toEqual([['indirect', 'Dorian Welk', 'said', 'The ferry will sail on Saturday']]);
  });
});
