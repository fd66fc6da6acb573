import { reported } from './article-rows';

describe('reported speech: a pro-form standing for a clause put before', () => {
  it('"that" or "this" closing the sentence after a speech or cognition verb is the content', () => {
    expect(reported('The ferry will stop running in May. Dorian Welk said that.')).toEqual([['indirect', 'Dorian Welk', 'said', 'that']]);
    expect(reported('The levy is too low. Marta Quell has said this repeatedly.')).toEqual([['indirect', 'Marta Quell', 'has said', 'this']]);
    expect(reported('The harbor fees will rise. Most skippers believe that too.')).toEqual([['indirect', 'Most skippers', 'believe', 'that']]);
  });

  it('"as much" and "otherwise" may be followed by the rest of the clause', () => {
    expect(reported('The ferry lost money all year. Marta Quell acknowledged as much in an interview on Monday.')).toEqual([
      ['indirect', 'Marta Quell', 'acknowledged', 'as much'],
    ]);
    expect(reported('The ferry lost money. Dorian Welk thinks otherwise.')).toEqual([['indirect', 'Dorian Welk', 'thinks', 'otherwise']]);
  });

  it('"that" opening a clause of its own is a complementizer, not a pro-form', () => {
    expect(reported('Dorian Welk said that, if elected, he would cut the harbor fees.')).toEqual([
      ['indirect', 'Dorian Welk', 'said', 'if elected, he would cut the harbor fees'],
    ]);
    expect(reported('Marta Quell said that the ferry will sail on Saturday.')).toEqual([['indirect', 'Marta Quell', 'said', 'the ferry will sail on Saturday']]);
  });

  it('a demonstrative before a time word or a noun is no pro-form', () => {
    expect(reported('Dorian Welk said this week the ferry will sail on Saturday.')).toEqual([['indirect', 'Dorian Welk', 'said', 'the ferry will sail on Saturday']]);
    expect(reported('Marta Quell said this harbor needs a new pier.').map((row) => row[3])).toEqual(['this harbor needs a new pier']);
  });

  it('a pro-form after a verb that reports no speech or thought yields nothing', () => {
    expect(reported('The ferry lost money. Dorian Welk fixed that on Monday.', 'Marta Quell ate as much as she could.')).toEqual([]);
  });
});
