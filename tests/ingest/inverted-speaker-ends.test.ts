import { reportedNamed } from './article-rows';
import { extractArticle } from '../../src/ingest/extract-article';
import { paragraphsNearLimit } from './hostile-inputs';

/*
 * A name right after a speech verb is an inverted speaker (`…, said Tom Brandt.`) only when the attribution
 * ends there: the sentence's end, a comma, or an adjunct (`of Acme`, `in an interview`, `who …`). `Ed Lowe, a
 * party elder, praised Tom Brandt for what he has built`: Brandt is praised, and the next he/she is Lowe's.
 */

const LEAD = 'The county board met on Monday to vote on the plan.';
const sourceOf = (rows: ReturnType<typeof reportedNamed>, words: string): string | null | undefined => rows.find((r) => r[3].startsWith(words))?.[1];

describe('a speech verb after a subject and its appositive takes the name after it as its object', () => {
  it('`…, a party elder, praised Tom Brandt for …, but he said`: he is the subject, not the one praised', () => {
    const rows = reportedNamed(LEAD, 'Former governor Ed Lowe, a party elder, praised Tom Brandt for what he has built, calling it a feat - but he said the time had come to step aside.');
    expect(sourceOf(rows, 'the time had come')).toBe('Ed Lowe');
  });

  it('the same in the sentence before a he/she', () => {
    const rows = reportedNamed(LEAD, 'Paul Kessler, who leads the board, mocked Tom Brandt for his speech because he lost.', 'And he said the vote was rigged.');
    expect(sourceOf(rows, 'the vote was rigged')).toBe('Paul Kessler');
  });

  it('a name after a gerund (`said having Tom Brandt at the top …`) is its object, no inverted speaker', () => {
    const rows = reportedNamed(LEAD, 'Paul Kessler, chairman of the board, said having Tom Brandt at the top of the ticket puts the party at risk.', 'He derided the plan to cut the budget.');
    expect(sourceOf(rows, 'the plan to cut')).toBe('Paul Kessler');
  });

  it('near miss: an inverted speaker with an adjunct (`argued Tom Brandt of Acme`) is whom the next he means', () => {
    const rows = reportedNamed(LEAD, 'The deal will fail, argued Tom Brandt of Acme, and Paul Kessler agreed.', 'He said the board would vote.');
    expect(sourceOf(rows, 'the board would vote')).toBe('Tom Brandt');
  });

  it('near miss: an inverted speaker ending the sentence', () => {
    const rows = reportedNamed(LEAD, 'Paul Kessler was not at the meeting, and the deal will fail, said Tom Brandt.', 'He said the board would vote.');
    expect(sourceOf(rows, 'the board would vote')).toBe('Tom Brandt');
  });
});

describe('hostile input: names after speech verbs, repeated to about 1 MB', () => {
  it('reads a bounded slice after each name', () => {
    const paragraphs = paragraphsNearLimit((i) => `Ed Lowe, a party elder number ${i}, praised Tom Brandt for what he has built. He said the time had come.`);
    const x = extractArticle(`Harbor plan goes to a vote\n\n${paragraphs.join('\n\n')}\n`);
    expect(x.quotes.length).toBeGreaterThanOrEqual(paragraphs.length);
  });
});
