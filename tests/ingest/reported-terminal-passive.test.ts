import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

describe('reported speech: a passive of saying that ends its clause ("the merger was announced")', () => {
  it('the subject alone is what was said, with no source', () => {
    expect(reported('The county board met on Monday.', 'On Thursday, the closing of the old depot was announced.')).toContainEqual(['indirect', null, 'was announced', 'the closing of the old depot']);
    expect(reported('The county board met on Monday.', 'When the zoning appeal was argued in March, two members stayed home.')).toContainEqual(['indirect', null, 'was argued', 'the zoning appeal']);
    expect(reported('The county board met on Monday.', 'The terms of the lease have been stated many times.')).toContainEqual(['indirect', null, 'have been stated', 'The terms of the lease']);
    expect(reported('The county board met on Monday.', "The treasurer's role was first disclosed after an audit of the accounts.")).toContainEqual(['indirect', null, 'was first disclosed', "The treasurer's role"]);
  });

  it('a text signed or a bill introduced is what was made known', () => {
    expect(reported('The county board met on Monday.', 'The harbor compact was signed in 1994.')).toContainEqual(['indirect', null, 'was signed', 'The harbor compact']);
    expect(reported('The county board met on Monday.', 'Two ferry bills were introduced last year.')).toContainEqual(['indirect', null, 'were introduced', 'Two ferry bills']);
    expect(reported('The county board met on Monday.', 'The new ferry captain was introduced to the crowd.')).toEqual([]);
  });

  it('a negation, an agent, a clause after it, "there" or a participle of no saying is not read this way', () => {
    const subjects = (s: string): (string | null)[] => reported('The county board met on Monday.', s).map((r) => r[3]);
    expect(subjects('The price of the depot was disclosed.')).toContain('The price of the depot');
    expect(subjects('The price of the depot was not disclosed.')).not.toContain('The price of the depot');
    expect(subjects('The price of the depot was disclosed by the treasurer.')).not.toContain('The price of the depot was disclosed by the treasurer');
    expect(reported('The county board met on Monday.', 'The price of the depot was disclosed by the treasurer.')).not.toContainEqual(['indirect', null, 'was disclosed', 'The price of the depot']);
    expect(subjects('There was nothing reported.')).toEqual([]);
    expect(subjects('The old depot was demolished in March.')).toEqual([]);
    expect(subjects('"The plan was announced," the clerk said.').filter((t) => t === 'The plan')).toEqual([]);
  });
});

describe('hostile input for the terminal passive, just under the 1 MB limit', () => {
  it('a paragraph of passives with long subjects, and one of verb groups with no end, finishes in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'The plan of the board was announced on Monday, '.repeat(20_000)}and it ended.`);
    extractArticle(`Headline of the story\n\n${'was has been will be first also '.repeat(30_000)}announced.`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
