import { reported } from './article-rows';

/** The rows as [cue, content]: what these tests check is where the content ends. */
function contents(sentence: string): [string | null, string][] {
  return reported(sentence).map((r) => [r[2], r[3]]);
}

describe('reported speech: a cue in a relative clause whose noun phrase is an object reports its whole clause', () => {
  it('after the main clause\'s verb, a reduced relative runs on past the clause\'s own verb', () => {
    expect(contents('The auditors obtained bank records showing she was paid $40,000 by the contractor.')).toContainEqual(['showing', 'she was paid $40,000 by the contractor']);
    expect(contents('The union sent out a flyer stressing the gains its members have won since the strike.')).toContainEqual(['stressing', 'the gains its members have won since the strike']);
  });

  it('a relative clause opened by "that" after the main clause\'s verb or in a phrase after it', () => {
    expect(contents('The board published a memo that suggested the ferry was never safe to sail.')).toContainEqual(['suggested', 'the ferry was never safe to sail']);
    expect(contents('The county raised $2 million last year, with a list of donors that shows the base has grown beyond the valley.')).toContainEqual(['shows', 'the base has grown beyond the valley']);
  });

  it('in a prepositional phrase opening the sentence, the content ends at the phrase\'s comma', () => {
    expect(contents('In a memo announcing his expanded role, Reyes outlined the new budget.')).toContainEqual(['announcing', 'his expanded role']);
  });

  it('negatives: the subject\'s relative clause still ends before the main clause\'s verb', () => {
    expect(contents('Voters backing the levy turned out early.')).toEqual([['backing', 'the levy']]);
    expect(contents('A group that backed the levy has changed its mind.')).toEqual([['backed', 'the levy']]);
    expect(contents('A poll showing Reyes ahead was released on Tuesday.')).toEqual([['showing', 'Reyes ahead']]);
    expect(contents('Residents opposing the plan gathered outside the hall.')).toEqual([['opposing', 'the plan']]);
  });

  it('linear on a long run of the shape', () => {
    const rows = contents('The auditors obtained bank records showing she was paid $40,000 by the contractor. '.repeat(4_000));
    expect(rows.filter(([cue]) => cue === 'showing')).toHaveLength(4_000);
  });
});
