import { reported } from './article-rows';

describe('reported speech: a story, tale or joke told', () => {
  it('reads the story as the content, to the end of its clause', () => {
    expect(reported('The new ad tells the story of a farmer who lost his land, and it ends with a plea.')).toContainEqual([
      'indirect',
      'The new ad',
      'tells',
      'the story of a farmer who lost his land',
    ]);
    expect(reported('The exit polls told a tale of two towns, with the coast far angrier.')).toContainEqual(['indirect', 'The exit polls', 'told', 'a tale of two towns']);
  });

  it('still reads the addressee and clause after "told"', () => {
    const rows = reported('The harbor master told reporters the story was false.');
    expect(rows).toContainEqual(['indirect', 'The harbor master', 'told', 'the story was false']);
    expect(rows.filter((r) => r[3].startsWith('reporters'))).toEqual([]);
  });
});
