import { reported } from './article-rows';

describe('stance adjectives: the words between the subject and the adjective', () => {
  it('a negated copula before a stance adjective still reports the stance', () => {
    expect(reported('The dock workers were not fond of the new shift rules.')).toEqual([['indirect', 'The dock workers', 'were not fond of', 'the new shift rules']]);
    expect(reported('Councilwoman Dana Pike wasn’t optimistic about the budget talks.')).toEqual([
      ['indirect', 'Dana Pike', 'wasn’t optimistic about', 'the budget talks'],
    ]);
    expect(reported('Her lawyers are not convinced that the appeal will fail.')).toEqual([['indirect', 'Her lawyers', 'are not convinced', 'the appeal will fail']]);
  });

  it('a negation before a verb cue still reports nothing, nor a negated adjective read only before "that" without it', () => {
    expect(reported('The dock workers did not say the shift rules were unfair.')).toEqual([]);
    expect(reported('The dock workers were not sure.')).toEqual([]);
    expect(reported('The dock workers were not convinced by the new cranes.')).toEqual([]);
  });

  it('an open question after "sure" or "certain" is the content; an infinitive is not', () => {
    expect(reported('The harbor pilots aren’t sure how the new locks will work.')).toEqual([['indirect', 'The harbor pilots', 'aren’t sure', 'how the new locks will work']]);
    expect(reported('Mayor Tom Reyes is far less certain whether the ferry will run.')).toEqual([
      ['indirect', 'Tom Reyes', 'is far less certain', 'whether the ferry will run'],
    ]);
    expect(reported('The ferry is sure to be late again.')).toEqual([]);
    expect(reported('The harbor pilots are not sure of the tides.')).toEqual([]);
  });

  it('degree words before more stance adjectives: appreciative, leery, uncertain', () => {
    expect(reported('The harbor pilots are particularly appreciative of the new radar.')).toEqual([
      ['indirect', 'The harbor pilots', 'are particularly appreciative of', 'the new radar'],
    ]);
    expect(reported('The dairy farmers were far more leery about the new levy.')).toEqual([['indirect', 'The dairy farmers', 'were far more leery about', 'the new levy']]);
    expect(reported('Some council members are uncertain whether the ferry will run.')).toEqual([
      ['indirect', 'Some council members', 'are uncertain', 'whether the ferry will run'],
    ]);
    expect(reported('The weather is uncertain this week.')).toEqual([]);
    expect(reported('A leery of cats stood there.')).toEqual([]);
  });
});
