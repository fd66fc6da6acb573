import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

describe('reported speech: "according to X" over a clause that has a cue of its own', () => {
  it('an opening "according to" holds the whole clause, and the nested cue stands too', () => {
    const rows = reported('According to the harbor board’s audit, the ferry captain asked the crew to skip the inspection.');
    expect(rows).toContainEqual(['indirect', 'the harbor board’s audit', 'According to', 'the ferry captain asked the crew to skip the inspection']);
    expect(rows).toContainEqual(['indirect', 'the ferry captain', 'asked', 'the crew to skip the inspection']);
  });

  it('a closing "according to" holds the clause before it, and the nested cue stands too', () => {
    const rows = reported('The ferry captain asked the crew to skip the inspection, according to two dock workers.');
    expect(rows).toContainEqual(['indirect', 'two dock workers', 'according to', 'The ferry captain asked the crew to skip the inspection']);
    expect(rows).toContainEqual(['indirect', 'The ferry captain', 'asked', 'the crew to skip the inspection']);
  });

  it('a cue reporting the words before "according to" leaves no attribution to it', () => {
    const rows = reported('That was according to plan, the captain said.');
    expect(rows.some((r) => r[2] === 'according to')).toBe(false);
    expect(rows).toContainEqual(['indirect', 'the captain', 'said', 'That was according to plan']);
  });
});

describe('reported speech: an appositive after the named source of "according to"', () => {
  it('is no part of the content', () => {
    expect(reported('Mayor Ines Vidal spoke on Monday.', 'According to Vidal, the harbor board’s ferry director, the board has targeted late ferries.')).toContainEqual([
      'indirect',
      'Ines Vidal',
      'According to',
      'the board has targeted late ferries',
    ]);
  });

  it('negatives: a clause after the comma, and a source that names no one, stay the content', () => {
    expect(reported('Mayor Ines Vidal spoke on Monday.', 'According to Vidal, the board has targeted late ferries, and the mayor agreed.').map((r) => r[3])).toContain(
      'the board has targeted late ferries, and the mayor agreed',
    );
    expect(reported('According to the audit, the board’s ferry director, the board has targeted late ferries.').map((r) => r[3])).not.toContain(
      'the board has targeted late ferries',
    );
  });
});

describe('hostile input for nested "according to" clauses, just under the 1 MB limit', () => {
  it('long runs of the shape finish in time', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\n${'According to the audit, the captain asked the crew to skip it. '.repeat(15_000)}`);
      extractArticle(`Headline of the story\n\nAccording to the audit, ${'the captain said the mate asked '.repeat(30_000)}the crew to skip it.`);
      extractArticle(`Headline of the story\n\nMayor Ines Vidal spoke.\n\n${'According to Vidal, the ferry director, the board has targeted ferries. '.repeat(13_000)}`);
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
