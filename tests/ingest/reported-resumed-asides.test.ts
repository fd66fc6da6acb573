import { reported } from './article-rows';

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
});
