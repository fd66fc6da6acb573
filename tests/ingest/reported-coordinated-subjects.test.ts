import { reported } from './article-rows';

describe('reported speech: the subject a coordinated verb phrase shares, past an irregular first verb', () => {
  it('a noun phrase before "met", "spoke", "won": the source of the cue after "and"', () => {
    expect(
      reported(
        'The mayor met residents and promised that the pool would reopen.',
        'The old harbor master spoke at the rally and warned that the levy would fail.',
        'The union won the vote and said the strike would end on Friday.',
      ),
    ).toEqual([
      ['indirect', 'The mayor', 'promised', 'the pool would reopen'],
      ['indirect', 'The old harbor master', 'warned', 'the levy would fail'],
      ['indirect', 'The union', 'said', 'the strike would end on Friday'],
    ]);
  });

  it('after "but", with a comma before it', () => {
    expect(reported('The county clerk sat through the hearing, but insisted that the count was correct.')).toEqual([
      ['indirect', 'The county clerk', 'insisted', 'the count was correct'],
    ]);
  });

  it('a clause with its own subject after "and" keeps that subject', () => {
    expect(reported('Officials met Tuesday and the board said the plan was dead.', 'The ferry crew stood by and the captain said the crossing was safe.')).toEqual([
      ['indirect', 'the board', 'said', 'the plan was dead'],
      ['indirect', 'the captain', 'said', 'the crossing was safe'],
    ]);
  });

  it('a list of subjects opening the sentence is still one source', () => {
    expect(reported('Farmers, grocers and bakers said the new levy came too late.')).toEqual([['indirect', 'Farmers, grocers and bakers', 'said', 'the new levy came too late']]);
  });

  it('no verb after "met" that reports anything: nothing is extracted', () => {
    expect(reported('The mayor met residents and walked along the river.')).toEqual([]);
  });
});
