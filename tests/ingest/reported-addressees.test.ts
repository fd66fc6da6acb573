import { reported } from './article-rows';

describe('reported speech: two addressees joined by "and" before the clause a cue reports', () => {
  it('"told X and Y that …": both addressees are skipped and the clause is the content', () => {
    expect(reported('Ruiz told voters and reporters that the levy would fail.')).toEqual([['indirect', 'Ruiz', 'told', 'the levy would fail']]);
    expect(reported('Ruiz sided with Holt, telling voters and their neighbors that the levy would fail.').map((r) => [r[2], r[3]])).toContainEqual(['telling', 'the levy would fail']);
  });

  it('no addressees: a clause of its own before "and that", a cue that takes no addressee', () => {
    expect(reported('Ruiz told reporters Holt lied and that the levy would fail.').map((r) => r[3])).toEqual(['Holt lied and that the levy would fail']);
    expect(reported('Ruiz explained the plan and the budget that the council wrote.').map((r) => r[3])).not.toContain('the council wrote');
  });
});
