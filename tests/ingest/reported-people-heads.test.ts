import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

describe('reported speech: a plural for people heads the participle after it', () => {
  it('"featuring Hispanics telling …", "many Americans backing …": the plural, with its determiner, is the source', () => {
    expect(reported('The campaign released an ad featuring Hispanics telling their family stories.')).toContainEqual(['indirect', 'Hispanics', 'telling', 'their family stories']);
    expect(reported('Surveys show many Americans backing the levy.')).toContainEqual(['indirect', 'many Americans', 'backing', 'the levy']);
  });

  it('a capitalized plural that is no demonym heads nothing ("Gates telling …", "Jones telling …")', () => {
    expect(reported('The campaign released a video of Bill Gates telling his story.')).toEqual([['indirect', 'The campaign', 'released', 'a video of Bill Gates telling his story']]);
    expect(reported('The ad shows Jones telling his story.')).toEqual([['indirect', 'The ad', 'shows', 'Jones telling his story']]);
  });
});

describe('hostile input for plurals for people before a participle, just under the 1 MB limit', () => {
  it('a paragraph of such phrases finishes in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'Surveys show many Americans backing the levy. '.repeat(21_000)}`);
    extractArticle(`Headline of the story\n\n${'many Americans Hispanics Germans '.repeat(30_000)}telling it.`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
