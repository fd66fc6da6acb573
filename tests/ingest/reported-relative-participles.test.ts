import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

/** The rows as [cue, content]: what these tests check is where the content ends. */
function contents(sentence: string): [string | null, string][] {
  return reported(sentence).map((r) => [r[2], r[3]]);
}

describe("reported speech: a passive inside a subject's reduced relative clause is no main verb", () => {
  it('a participle after "be", "been" or "being" stays in the content; the content ends before the main verb', () => {
    expect(contents('A petition calling on him to be barred from the country has drawn 500,000 signatures.')).toContainEqual(['calling on', 'him to be barred from the country']);
    expect(contents('Voters urging the council to be replaced by a board turned out early.')).toContainEqual(['urging', 'the council to be replaced by a board']);
    expect(contents('Residents angry about being ignored by the council gathered outside the hall.').map((r) => r[1])).toContain('being ignored by the council');
  });

  it('negatives: a participle with no "be" before it is the main verb, as before', () => {
    expect(contents('Voters backing the levy turned out early.')).toEqual([['backing', 'the levy']]);
    expect(contents('Residents opposing the plan gathered outside the hall.')).toEqual([['opposing', 'the plan']]);
    expect(contents('A petition calling for a new vote reached the council on Monday.')).toContainEqual(['calling for', 'a new vote']);
  });
});

describe('hostile input for passives in reduced relative clauses, just under the 1 MB limit', () => {
  it('one sentence of passives after "be" before a main verb, and many such sentences, finish in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\nVoters urging the council ${'to be replaced by a board and '.repeat(30_000)}turned out early.`);
    extractArticle(`Headline of the story\n\n${'A petition calling on him to be barred from the country has drawn support. '.repeat(12_000)}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
