import { reportedNamed } from './article-rows';

describe('reported speech: what stands between a cue and its "that" clause', () => {
  it('skips "to" and the one spoken to', () => {
    expect(reportedNamed('Mayor Lena Ortiz admitted to reporters that the levy had failed.')).toContainEqual(['indirect', 'Lena Ortiz', 'admitted', 'the levy had failed']);
    expect(reportedNamed('Mayor Lena Ortiz explained to the harbor board on Monday that the fees would rise.')).toContainEqual([
      'indirect',
      'Lena Ortiz',
      'explained',
      'the fees would rise',
    ]);
  });

  it('does not take a relative "that" after "to" for the clause', () => {
    const rows = reportedNamed('The new fee adds to the doubts that have dogged the port.');
    expect(rows.filter((r) => r[3] === 'have dogged the port')).toEqual([]);
    expect(reportedNamed('The harbor pilots responded to the rule that bars night sailing.').filter((r) => r[3] === 'bars night sailing')).toEqual([]);
  });

  it('does not take a reporting noun after "to" for the one spoken to', () => {
    const rows = reportedNamed('Mayor Lena Ortiz asked that the board reply in writing to the plan that Silva has been pushing for months.');
    expect(rows.filter((r) => r[2] === 'writing')).toEqual([]);
    expect(reportedNamed('Mayor Lena Ortiz wrote to the board that the fees would rise.')).toContainEqual(['indirect', 'Lena Ortiz', 'wrote', 'the fees would rise']);
  });

  it('skips a relative aside on where the cue spoke, after an appositive subject', () => {
    expect(reportedNamed('Ana Silva, a rival the mayor fired, said on KQED, where she is now an analyst, that Ortiz should resign.')).toContainEqual([
      'indirect',
      'Ana Silva',
      'said',
      'Ortiz should resign',
    ]);
  });
});
