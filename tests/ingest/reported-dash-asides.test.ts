import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

describe('reported speech: an aside set off by dashes between the subject and its verb', () => {
  it('the subject before the aside is the source, its phrase without the aside', () => {
    expect(
      reported(
        'Some local economists - including two members of the county board - warn that the new tax could slow hiring.',
        'Union leaders — what is left of the old guard — are backing the new contract.',
      ),
    ).toEqual([
      ['indirect', 'Some local economists', 'warn', 'the new tax could slow hiring'],
      ['indirect', 'Union leaders', 'are backing', 'the new contract'],
    ]);
  });

  it('an adverbial aside is no part of the subject, and one inside a predicate gives no source', () => {
    const remark = reported('Mr. Vance - in a remark aimed at the mayor - said the council had wasted a year.');
    expect(remark).toContainEqual(['indirect', 'Mr. Vance', 'said', 'the council had wasted a year']);
    expect(remark.map((r) => r[1])).not.toContain('Mr. Vance - in a remark aimed at the mayor -');
    expect(reported('The pastor gives sermons on the harbor - particularly on the fishing rules - then backs them up in the local paper.')).toEqual([]);
  });
});

describe('reported speech: a dash aside quoting a term', () => {
  it('a quotation wholly inside the aside leaves the subject before it; one running past the aside does not', () => {
    expect(reported('A spokesman for the bakery chain - a family firm sold as "the corner shop of the valley" - noted that the stores will stay open.')).toContainEqual([
      'indirect',
      'A spokesman for the bakery chain',
      'noted',
      'the stores will stay open',
    ]);
    const open = reported('The old guard - what the mayor once called "the real board - said the vote was rigged.').map((r) => r[1]);
    expect(open).not.toContain('The old guard');
  });
});

describe('hostile input for dash asides, just under the 1 MB limit', () => {
  it('a paragraph of spaced hyphens before one verb, and of asides before many verbs, finishes in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'Some economists - including a few - '.repeat(27_000)}warn that it fails.`);
    extractArticle(`Headline of the story\n\n${'Leaders - two of them - said the tax is bad. '.repeat(22_000)}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
