import { reported, reportedNamed } from './article-rows';

describe('reported speech: an inverted cue and its source set off inside the content, which resumes after them', () => {
  it('"X, said S, would …": the content is both sides of the aside, the source the set-off name', () => {
    expect(reported('The contrast with Reyes, said Doyle and others, would be clear to every voter in the county.')).toEqual([
      ['indirect', 'Doyle and others', 'said', 'The contrast with Reyes would be clear to every voter in the county'],
    ]);
    expect(reported('The harbor festival, wrote film director Osman Laban, never recovered from the loss of its funding.')).toEqual([
      ['indirect', 'Osman Laban', 'wrote', 'The harbor festival never recovered from the loss of its funding'],
    ]);
    expect(reported("The ferry levy, said Ana Ruiz, doesn't cover the repairs.").map((r) => [r[1], r[3]])).toEqual([
      ['Ana Ruiz', "The ferry levy doesn't cover the repairs"],
    ]);
  });

  it('no resumption: a description of the source after its comma, a relative clause, a sentence that ends there', () => {
    expect(reported('The plan is doomed, said Ana Ruiz, president of the dockworkers union.').map((r) => r[3])).toEqual(['The plan is doomed']);
    expect(reported('The plan is doomed, said Ana Ruiz, who chairs the dockworkers union.').map((r) => r[3])).toEqual(['The plan is doomed']);
    expect(reported('The plan is doomed, said Ana Ruiz.').map((r) => r[3])).toEqual(['The plan is doomed']);
  });

  it('"X, said S, a description of S, would …": the content resumes after the description', () => {
    expect(reportedNamed('Any “honest” reading of the ferry contract, said Ana Ruiz, a lawyer at the harbor office, would show that the county pays too much.')).toContainEqual([
      'mixed',
      'Ana Ruiz',
      'said',
      'Any “honest” reading of the ferry contract would show that the county pays too much',
    ]);
    expect(reportedNamed('And the mayor, said Osman Laban, who worked for him for years, never forgets a slight.')).toEqual([
      ['indirect', 'Osman Laban', 'said', 'And the mayor never forgets a slight'],
    ]);
  });

  it('no resumption after a description when a past form there may describe the source too', () => {
    expect(reported('The ferry plan is doomed, said Ana Ruiz, a lawyer at the harbor office, based in Tacoma.').map((r) => r[3])).toEqual(['The ferry plan is doomed']);
  });
});

