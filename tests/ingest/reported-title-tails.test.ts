import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

describe('reported speech: a cue closing its sentence with the written work it names by title', () => {
  it('"…, X said in her 2012 book, "Title."" reports the clause before the cue', () => {
    expect(reported('The county board met on Monday.', "The mill closing in 1959 ended hopes of a return, Ada Pruitt said in her 2012 book, ''A Town Apart.''")).toContainEqual([
      'indirect',
      'Ada Pruitt',
      'said',
      'The mill closing in 1959 ended hopes of a return',
    ]);
    expect(reported('The county board met on Monday.', 'The mill closed in 1959 and the town never recovered, Ada Pruitt wrote in her memoir, "A Town Apart."')).toContainEqual([
      'indirect',
      'Ada Pruitt',
      'wrote',
      'The mill closed in 1959 and the town never recovered',
    ]);
  });

  it('a quotation after a noun of no written work is the speaker\'s words, not a title', () => {
    const rows = reported('The county board met on Monday.', 'The mill closed in 1959 and the town never recovered, Ada Pruitt said in an interview, "We never recovered."');
    expect(rows).not.toContainEqual(['indirect', 'Ada Pruitt', 'said', 'The mill closed in 1959 and the town never recovered']);
    expect(reported('The county board met on Monday.', 'The mill closed in 1959 and the town never recovered, Ada Pruitt wrote in her memoir, "A Town Apart."').length).toBeGreaterThan(0);
  });
});

describe('hostile input for title tails, just under the 1 MB limit', () => {
  it('a paragraph of cues before work nouns and unclosed titles finishes in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'The mill closed, Pruitt said in her book, "A Town '.repeat(19_500)}Apart."`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
