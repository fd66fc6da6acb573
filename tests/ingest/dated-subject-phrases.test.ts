import { extractArticle } from '../../src/ingest/extract-article';
import { endsWithDatedParticiple, hasClauseDay } from '../../src/ingest/attribution/dated-subject-phrases';
import { NOT_MODIFIERS } from '../../src/ingest/attribution/reported-phrase-kinds';
import { words } from '../../src/ingest/text';
import { reported } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

describe('reported speech: a time phrase that dates the noun phrase of a subject', () => {
  it('a possessive time phrase opens a noun phrase source', () => {
    expect(reported('Monday night’s results showed how weak the harbor board is.')).toContainEqual([
      'indirect',
      'Monday night’s results',
      'showed',
      'how weak the harbor board is',
    ]);
  });

  it('a day or a time phrase after a participle of the noun is part of the source', () => {
    expect(reported('A court filing released Thursday says that the harbor board hid the audit.')).toContainEqual([
      'indirect',
      'A court filing released Thursday',
      'says',
      'the harbor board hid the audit',
    ]);
    expect(reported('A poll conducted last week found that the harbor board is weak.')).toContainEqual([
      'indirect',
      'A poll conducted last week',
      'found',
      'the harbor board is weak',
    ]);
  });

  it('a time phrase of the clause is still no part of the subject', () => {
    expect(reported('Officials last week said that the fares would rise.')).toContainEqual(['indirect', 'Officials', 'said', 'the fares would rise']);
    expect(reported('The harbor board Monday said that the fares would rise.')).toContainEqual(['indirect', 'The harbor board', 'said', 'the fares would rise']);
  });

  it('reads the words of a phrase', () => {
    expect(hasClauseDay(words('Monday night’s results'))).toBe(false);
    expect(hasClauseDay(words('A court document filed Thursday'))).toBe(false);
    expect(hasClauseDay(words('The board Thursday'))).toBe(true);
    expect(hasClauseDay(words('Officials announced Thursday'))).toBe(true);
    expect(endsWithDatedParticiple('A new poll conducted', NOT_MODIFIERS)).toBe(true);
    expect(endsWithDatedParticiple('The mayor said the poll conducted', NOT_MODIFIERS)).toBe(false);
    expect(endsWithDatedParticiple('Officials conducted', NOT_MODIFIERS)).toBe(false);
  });
});

describe('hostile input for dated subject phrases, just under the 1 MB limit', () => {
  it('long runs of the shape finish in time', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\n${'A court filing released Thursday says the board hid it. '.repeat(17_000)}`);
      extractArticle(`Headline of the story\n\nA ${'poll conducted Monday night’s '.repeat(30_000)}results showed it.`);
      hasClauseDay(words('Monday filed Thursday '.repeat(40_000)));
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
