import { extractArticle } from '../../src/ingest/extract-article';
import { reportedNamed } from './article-rows';

/** A lead paragraph: a short first line ending with a colon would be read as the page's header. */
const LEAD = 'The county board met on Monday to vote on the levy.';

/** The rows whose content is a whole paragraph of those given (the paragraph a colon introduces). */
const blocks = (...paragraphs: string[]): (string | null)[][] => reportedNamed(LEAD, ...paragraphs).filter((r) => paragraphs.includes(`${r[3]}.`) || paragraphs.includes(r[3]!));

describe('reported speech: a paragraph that a colon ending the paragraph before introduces', () => {
  it('"X said:" / "X reports:" then an unquoted paragraph: the whole paragraph is what X said', () => {
    expect(blocks('In a speech last May, Maria Ortega said:', 'Let nobody be fooled. This plan is a disaster for the county, and it must be stopped.')).toEqual([
      ['indirect', 'Maria Ortega', 'said', 'Let nobody be fooled. This plan is a disaster for the county, and it must be stopped'],
    ]);
    expect(blocks('The Harbor Gazette reports:', 'At least three audits had been rewritten before the board saw them, in what staff believed was an attempt to hide the losses.')).toEqual([
      ['indirect', 'Harbor Gazette', 'reports', 'At least three audits had been rewritten before the board saw them, in what staff believed was an attempt to hide the losses'],
    ]);
  });

  it('a verb opening the clause or "According to" names the source after it; a few words may follow the verb', () => {
    expect(blocks('Stated Tom Baker:', 'The levy was never meant to last this long, and the county knows it.')).toEqual([
      ['indirect', 'Tom Baker', 'Stated', 'The levy was never meant to last this long, and the county knows it'],
    ]);
    expect(blocks('According to Ana Ruiz, writing for the Valley Courier:', 'The county spent twice what it budgeted on the bridge, and nobody on the board asked why.')).toEqual([
      ['indirect', 'Ana Ruiz', 'According to', 'The county spent twice what it budgeted on the bridge, and nobody on the board asked why'],
    ]);
    expect(blocks('The Tax Foundation also points out some other figures:', 'The county levy is the third highest in the state, though half the towns have cut theirs.')).toEqual([
      ['indirect', 'Tax Foundation', 'points out', 'The county levy is the third highest in the state, though half the towns have cut theirs'],
    ]);
  });

  it('a clause that has said its piece, a quotation, a tag or another colon after it are left alone', () => {
    // The clause reports its own content: what follows illustrates it.
    expect(blocks('Maria Ortega pointed out that the harbor was ignored:', 'The board then turned to the budget and voted on the levy.')).toEqual([]);
    // A quotation after the colon is a direct quote, read by the quotation rules.
    expect(blocks('Maria Ortega said:', '"Let nobody be fooled about this plan."')).toEqual([]);
    // No speech verb: a list or a heading follows.
    expect(blocks('Here are the towns that voted on Tuesday:', 'Ashby, Dunmore and Wells all backed the levy by wide margins.')).toEqual([]);
    // Too many words between the verb and the colon: the verb has an object of its own.
    expect(blocks('Maria Ortega wrote a long letter to the board about the harbor last year:', 'The board then turned to the budget and voted on the levy.')).toEqual([]);
  });
});

describe('hostile input for colon-introduced paragraphs, just under the 1 MB limit', () => {
  it('thousands of introducing paragraphs, and one long introducing clause, finish in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'Maria Ortega of the harbor board said:\n\nThe levy will fail and the port will close.\n\n'.repeat(11_000)}`);
    extractArticle(`Headline of the story\n\nMaria Ortega ${'said and wrote and noted '.repeat(38_000)}:\n\nThe levy will fail.`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
