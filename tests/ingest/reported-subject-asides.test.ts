import { reported } from './article-rows';

describe('reported speech: an aside set off inside the subject of the reported clause', () => {
  it('runs the content over a relative clause to the end of the reported clause, and keeps the nested attribution', () => {
    const rows = reported('Mayor Ana Ruiz said the council, which had criticized the levy, would vote on Monday.');
    expect(rows).toContainEqual(['indirect', 'Ana Ruiz', 'said', 'the council, which had criticized the levy, would vote on Monday']);
    expect(rows).toContainEqual(['indirect', 'the council', 'had criticized', 'the levy']);
  });

  it('reads "who", a relative clause with its own subject, and an appositive the same way', () => {
    expect(reported('Coach Tom Hale said the player, who had criticized the drills, would start.')).toContainEqual([
      'indirect',
      'Tom Hale',
      'said',
      'the player, who had criticized the drills, would start',
    ]);
    expect(reported('Mayor Ana Ruiz said the plan, which she argued was costly, would fail.')).toContainEqual([
      'indirect',
      'Ana Ruiz',
      'said',
      'the plan, which she argued was costly, would fail',
    ]);
    expect(reported('Mayor Ana Ruiz said the council, a body that has criticized the levy, would vote on Monday.')).toContainEqual([
      'indirect',
      'Ana Ruiz',
      'said',
      'the council, a body that has criticized the levy, would vote on Monday',
    ]);
  });

  it('reads an aside set off by dashes the same way, and not one a dash closes at the end', () => {
    expect(reported('Mayor Ana Ruiz said the council — which had criticized the levy — would vote on Monday.')).toContainEqual([
      'indirect',
      'Ana Ruiz',
      'said',
      'the council — which had criticized the levy — would vote on Monday',
    ]);
    expect(reported('Mayor Ana Ruiz said the council had approved the levy — which the governor denied.')).toContainEqual([
      'indirect',
      'Ana Ruiz',
      'said',
      'the council had approved the levy',
    ]);
  });

  it('reads "told reporters that" and "according to" the same way', () => {
    expect(reported('Mayor Ana Ruiz told reporters that the council, which had criticized the levy, would vote on Monday.')).toContainEqual([
      'indirect',
      'Ana Ruiz',
      'told',
      'the council, which had criticized the levy, would vote on Monday',
    ]);
    expect(reported('According to Mayor Ana Ruiz, the council, which had criticized the levy, would vote on Monday.')).toContainEqual([
      'indirect',
      'Ana Ruiz',
      'According to',
      'the council, which had criticized the levy, would vote on Monday',
    ]);
  });

  it('still ends the content before a relative clause after the clause has its verb', () => {
    const rows = reported('Mayor Ana Ruiz said the council had approved the levy, which the governor denied.');
    expect(rows).toContainEqual(['indirect', 'Ana Ruiz', 'said', 'the council had approved the levy']);
    expect(rows.some((r) => r[2] === 'said' && r[3].includes('denied'))).toBe(false);
  });

  it('ends an object before its relative clause, and a clause before a sibling set off with no verb after it', () => {
    expect(reported('Mayor Ana Ruiz praised the council, which had criticized the levy, and left.')).toContainEqual(['indirect', 'Ana Ruiz', 'praised', 'the council']);
    // A clause set off with its auxiliary is no aside, though a verb follows it.
    const rows = reported("According to Ana Ruiz, the mayor's aide, the campaign has criticized the levy, stressed the costs and left.");
    expect(rows.some((r) => r[2] === 'According to' && r[3].startsWith("the mayor's aide"))).toBe(false);
    // The appositive on the named source is passed over (according-appositives.ts): the clause after it is the content.
    expect(rows).toContainEqual(['indirect', 'Ana Ruiz', 'According to', 'the campaign has criticized the levy, stressed the costs and left']);
    // A relative clause closing the sentence: nothing goes on after it.
    expect(reported('Mayor Ana Ruiz said the council, which had criticized the levy.').some((r) => r[2] === 'said' && r[3].includes('levy'))).toBe(false);
  });
});
