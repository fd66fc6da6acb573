import { quotesAfterLead as quotes, reportedNamed } from './article-rows';
import { extractArticle } from '../../src/ingest/extract-article';
import { paragraphsNearLimit } from './hostile-inputs';

const speakerOf = (rows: [string | null, string][], words: string): string | null | undefined => rows.find(([, text]) => text.startsWith(words))?.[0];
const sourceOf = (rows: ReturnType<typeof reportedNamed>, words: string): string | null | undefined => rows.find((r) => r[3].startsWith(words))?.[1];

const LEAD = 'The county board met on Monday to vote on the plan.';

describe('he/she closing its own reported content (`…, he added.`)', () => {
  it('after a speaker in the sentences before, the pronoun goes on with that speaker, not a name inside the content', () => {
    const rows = reportedNamed(
      LEAD,
      '“We need a budget that adds up,” Paul Kessler said. “The old one never did.”',
      'Mayor Ivo Brandt, who has spent the reserve, is no longer the man for the job, he added.',
    );
    expect(sourceOf(rows, 'Mayor Ivo Brandt')).toBe('Paul Kessler');
  });

  it('the speaker of the sentence right before, with the content naming another man as its subject', () => {
    const rows = reportedNamed(LEAD, 'Paul Kessler said the vote was close.', 'Any deal struck by Mayor Ivo Brandt will fall apart within a year, he said on Tuesday.');
    expect(sourceOf(rows, 'Any deal struck')).toBe('Paul Kessler');
  });

  it('content holding a quoted phrase is still the content', () => {
    const rows = reportedNamed(LEAD, 'Paul Kessler said the campaign had failed to “speak to people.”', 'The “Build Together” slogan shared by Mayor Ivo Brandt feels bloodless, he said.');
    expect(sourceOf(rows, 'The “Build Together”')).toBe('Paul Kessler');
  });

  it('near miss: with no speaker before, the content’s own subject may be the speaker, and stays so', () => {
    const rows = reportedNamed(
      LEAD,
      'Paul Kessler said the vote was close.',
      'The two candidates sparred over the cost of the port.',
      'Ivo Brandt has backed the port bill in the council and would push for it in the state house, he said.',
    );
    expect(sourceOf(rows, 'Ivo Brandt has backed')).not.toBe('Paul Kessler');
  });

  it('near miss: a name in a subordinate clause opening the sentence is not inside the content', () => {
    const rows = reportedNamed(LEAD, '“It is a good place,” Ann Lowe said.', 'Though Ms. Maria Ruiz grew up in the district, rents there have doubled, she said.');
    expect(sourceOf(rows, 'rents there')).not.toBe('Ann Lowe');
  });

  it('near miss: `he said that …` has content of its own after it, and is read as before', () => {
    const rows = reportedNamed(LEAD, 'Paul Kessler said the vote was close.', 'Ivo Brandt, the mayor, was not at the meeting, and he said that the plan would pass anyway.');
    expect(sourceOf(rows, 'the plan would pass')).not.toBe('Paul Kessler');
  });
});

describe('he/she: a possessor (`Brandt’s continued appeal`) is no subject of its sentence', () => {
  it('the subject, not the possessor before a participle, is whom the next he means', () => {
    const rows = quotes(
      'Paul Kessler was on the radio on Monday.',
      'When the host turned to the race, Kessler offered his thoughts on Mayor Ivo Brandt’s continued appeal among older voters.',
      '“I think it is funny,” he said.',
    );
    expect(speakerOf(rows, 'I think it is funny')).toBe('Paul Kessler');
  });

  it('near miss: `Brandt’s been saying` is `has`, and Brandt the subject', () => {
    const rows = quotes('Mayor Ivo Brandt’s been saying the same thing for years.', '“It is a disgrace,” he said.');
    expect(speakerOf(rows, 'It is a disgrace')).toBe('Ivo Brandt');
  });
});

describe('hostile input: content closed by a pronoun, repeated to about 1 MB', () => {
  it('reads each pronoun within a bounded reach and still resolves the ordinary ones', () => {
    const paragraphs = paragraphsNearLimit((i) => `Paul Kessler said the vote was close. Mayor Ivo Brandt will lose the seat number ${i}, he said. Any deal will fail, he added, and rents, he said, rose.`);
    const x = extractArticle(`Harbor plan goes to a vote\n\n${paragraphs.join('\n\n')}\n`);
    expect(x.quotes.length).toBeGreaterThan(paragraphs.length);
    // One run-on sentence of such clauses: the reach before each pronoun is capped.
    const runOn = extractArticle(`Harbor plan goes to a vote\n\nPaul Kessler said the vote was close. ${'Mayor Brandt will lose, he said, and '.repeat(25_000)}that is all.\n`);
    expect(Array.isArray(runOn.quotes)).toBe(true);
  });
});
