import { reportedNamed } from './article-rows';
import { extractArticle } from '../../src/ingest/extract-article';
import { paragraphsNearLimit } from './hostile-inputs';

/*
 * A he/she opening the main clause right after a subordinate clause that opens its sentence (`When Mr. Kessler
 * did take Mr. Brandt on, he …`) means the person named right after the subordinator.
 */

const LEAD = 'The county board met on Monday to vote on the plan.';
const sourceOf = (rows: ReturnType<typeof reportedNamed>, words: string): string | null | undefined => rows.find((r) => r[3].startsWith(words))?.[1];

describe('a he/she right after a subordinate clause means that clause’s subject', () => {
  it('`When Mr. Kessler did take Mr. Brandt on, he did it sideways, warning that …`', () => {
    const rows = reportedNamed(LEAD, 'Paul Kessler and Ivo Brandt met in Dayton.', 'When Mr. Kessler did take Mr. Brandt on, he did it sideways, warning that the plan would fail.');
    expect(sourceOf(rows, 'the plan would fail')).toBe('Paul Kessler');
  });

  it('`After Sen. Ann Lowe met Maria Ruiz, she said …`, with a title after the subordinator', () => {
    const rows = reportedNamed(LEAD, 'Ann Lowe and Maria Ruiz spoke on Monday.', 'After Sen. Ann Lowe met Maria Ruiz, she said the budget was safe.');
    expect(sourceOf(rows, 'the budget was safe')).toBe('Ann Lowe');
  });

  it('near miss: a possessive after the subordinator names no subject', () => {
    const rows = reportedNamed(LEAD, 'Paul Kessler and Ivo Brandt met in Dayton.', 'When Kessler’s aide called Mr. Brandt, he said the plan would fail.');
    expect(sourceOf(rows, 'the plan would fail')).not.toBe('Paul Kessler');
  });

  it('near miss: a second clause between them (`…, and Brandt left, he said`) leaves the look-back as it was', () => {
    const rows = reportedNamed(LEAD, 'Paul Kessler and Ivo Brandt met in Dayton.', 'When Kessler spoke first, and Mr. Brandt answered, he said the plan would fail.');
    expect(sourceOf(rows, 'the plan would fail')).not.toBe('Paul Kessler');
  });
});

describe('hostile input: subordinate clauses repeated to about 1 MB', () => {
  it('reads each sentence once for its pronoun', () => {
    const paragraphs = paragraphsNearLimit((i) => `When Mr. Kessler met Mr. Brandt number ${i}, he said the plan would fail.`);
    const x = extractArticle(`Harbor plan goes to a vote\n\nPaul Kessler and Ivo Brandt met.\n\n${paragraphs.join('\n\n')}\n`);
    expect(x.quotes.length).toBeGreaterThanOrEqual(paragraphs.length);
  });
});
