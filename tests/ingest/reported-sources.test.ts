import { extractArticle } from '../../src/ingest/extract-article';

type Row = [kind: string, source: string | null, cue: string | null, text: string];

/** Reported attributions (INDIRECT and MIXED) of body paragraphs under a headline. */
function reported(...paragraphs: string[]): Row[] {
  const x = extractArticle(['Headline of the story', ...paragraphs].join('\n\n'));
  return x.quotes.filter((q) => q.kind !== 'direct').map((q) => [q.kind, q.speakerName, q.cue, q.text]);
}

describe('sources of reported speech', () => {
  it('the name an appositive describes, not an organization or a person named inside it', () => {
    expect(reported('Ada Holt, a senior fellow at the Hale Institute for Policy Studies, warned that the river levels would keep rising.')).toEqual([
      ['indirect', 'Ada Holt', 'warned', 'the river levels would keep rising'],
    ]);
    expect(reported('Rosa Quint, whose brother, the ferry captain Tomas Quint, drowned in 2009, argued that the harbor needed new lights.')).toEqual([
      ['indirect', 'Rosa Quint', 'argued', 'the harbor needed new lights'],
    ]);
  });

  it('party members in the plural are people, not the party', () => {
    const rows = reported(
      'The Democratic Party held its convention in the spring.',
      'Several Democrats warned that the tax plan would hurt renters.',
      'Republicans are pushing back, arguing that the plan would lower rents.',
    );
    expect(rows.map((r) => r[1])).toEqual(['Several Democrats', 'Republicans']);
  });

  it('a participle after a sentence that opens with a quotation shares the quotation’s speaker', () => {
    const rows = reported('Mayor Lena Ortiz spoke at the pier on Friday.', '“We have waited long enough,” Ortiz said, adding that the ferry would run again by June.');
    expect(rows).toEqual([['indirect', 'Lena Ortiz', 'adding', 'the ferry would run again by June']]);
  });

  it('two people joined by "and" at a sentence opening speak together', () => {
    const rows = reported(
      'Mayor Lena Ortiz and Councilman Tomas Reyes toured the flooded pier on Friday.',
      'Ortiz and Reyes agreed that the ferry would need a new dock.',
      'Both Ortiz and Reyes warned that repairs would take a year.',
    );
    expect(rows.map((r) => r[1])).toEqual(['Ortiz and Reyes', 'Both Ortiz and Reyes']);
  });
});
