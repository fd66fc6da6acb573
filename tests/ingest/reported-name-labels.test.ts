import { extractArticle } from '../../src/ingest/extract-article';
import { reportedNamed } from './article-rows';

const turns = (...paragraphs: string[]): (string | null)[][] => reportedNamed(...paragraphs).filter((r) => r[2] === ':');

const LEAD = 'Dana Whitfield, a county treasurer, and Tom Baker, a banker, joined the panel on the levy.';

describe('reported speech: a transcript line labelled with a name as written in running text', () => {
  it('"Name: words" opening a paragraph: the rest of the paragraph is what that person says', () => {
    expect(turns(LEAD, 'Dana Whitfield: I think the plan is fine on paper, but voters will hate the details.', 'Baker: Well, nobody thinks of a pension as a gamble.')).toEqual([
      ['indirect', 'Dana Whitfield', ':', 'I think the plan is fine on paper, but voters will hate the details'],
      ['indirect', 'Tom Baker', ':', 'Well, nobody thinks of a pension as a gamble'],
    ]);
  });

  it('a place, a headline in title case, a tag line or a subhead in capitals under a name is no turn', () => {
    expect(turns(LEAD, 'Ohio: Tim Smith, Jane Doe and Bill Roe signed the letter.')).toEqual([]);
    expect(turns(LEAD, 'Dana Whitfield: The County Budget Is Not Broke Yet.')).toEqual([]);
    expect(turns(LEAD, 'Tom Baker: Just hang on.')).toEqual([]);
    expect(turns(LEAD, 'Tom Baker: LOOK AHEAD The banker spent the week on the phone with donors.')).toEqual([]);
  });

  it('a label in capitals is left to the transcript-label rule, and a name not yet met is no label', () => {
    expect(turns(LEAD, 'WHITFIELD: I think the plan is fine on paper.').filter((r) => r[1] === 'Dana Whitfield').length).toBeLessThanOrEqual(1);
    expect(turns('The county board met on Monday.', 'Corbin: Here is the thing, everybody hates the banks.')).toEqual([]);
  });
});

describe('hostile input for name labels, just under the 1 MB limit', () => {
  it('thousands of labelled lines and one long label-like opening finish in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${LEAD}\n\n${'Dana Whitfield: I think the plan is fine on paper.\n\nBaker: Well, nobody thinks so.\n\n'.repeat(11_000)}`);
    extractArticle(`Headline of the story\n\n${LEAD}\n\n${'Dana Whitfield '.repeat(60_000)}: the levy will fail.`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
