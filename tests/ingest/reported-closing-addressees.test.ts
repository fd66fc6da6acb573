import { reported } from './article-rows';

describe('reported speech: the addressee of a cue closing its content', () => {
  it('a group of people, bare or after a determiner, may be the addressee', () => {
    expect(reported('The ferry fares are too high, Marta Quell told voters in Ohio.')).toEqual([['indirect', 'Marta Quell', 'told', 'The ferry fares are too high']]);
    expect(reported('The pier will be rebuilt, Dorian Welk told a small group of donors on Monday.')).toEqual([
      ['indirect', 'Dorian Welk', 'told', 'The pier will be rebuilt'],
    ]);
  });

  it('a court, a board or an outlet after a determiner may be the addressee', () => {
    expect(reported('The harbor fees were lawful, Marta Quell told the court in her filing.')).toEqual([['indirect', 'Marta Quell', 'told', 'The harbor fees were lawful']]);
    expect(reported('The ferry will sail again in June, Dorian Welk told the harbor board.')).toEqual([['indirect', 'Dorian Welk', 'told', 'The ferry will sail again in June']]);
  });

  it('a clause after the cue is no addressee: the cue reports it, not the words before', () => {
    expect(reported('Despite the storm, Marta Quell told voters the ferry would sail.')).toEqual([['indirect', 'Marta Quell', 'told', 'the ferry would sail']]);
  });
});
