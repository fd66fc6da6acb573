import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

const LEAD = 'Mayor Ada Holt spoke to the council on Monday.';

/** The rows after a lead naming the mayor, as [source, cue, content]. */
function rows(sentence: string): [string | null, string | null, string][] {
  return reported(LEAD, sentence).map((r) => [r[1], r[2], r[3]]);
}

describe('reported speech: a source noun "close to" or "familiar with" someone named', () => {
  it('the noun phrase is the source, not the one it is close to, wherever the cue stands', () => {
    expect(rows('The harbor will close, people close to Ms. Holt say.')).toContainEqual(['people close to Ms. Holt', 'say', 'The harbor will close']);
    expect(rows('People close to Ms. Holt say the harbor will close.')).toContainEqual(['People close to Ms. Holt', 'say', 'the harbor will close']);
    expect(rows('The harbor will close, people close to the mayor said.')).toContainEqual(['people close to the mayor', 'said', 'The harbor will close']);
    expect(rows('At times last year, people close to Ms. Holt said, the mere mention of the levy could make her fume.')).toContainEqual([
      'people close to Ms. Holt',
      'said',
      'At times last year the mere mention of the levy could make her fume',
    ]);
  });

  it('negatives: a name with no such noun before it stays the source; a verb phrase "close to" is no source phrase', () => {
    expect(rows('Ms. Holt said the harbor will close.')).toContainEqual(['Ada Holt', 'said', 'the harbor will close']);
    expect(rows('The ferry came close to Ms. Holt and said nothing.').map((r) => r[0])).not.toContain('The ferry came close to Ms. Holt');
  });
});

describe('reported speech: a source noun "for" someone named (whom it works or speaks for)', () => {
  it('the noun phrase is the source, not the one it works for', () => {
    expect(rows('Attorneys for Ms. Holt appeared to oppose the effort, saying that the records were lost.')).toContainEqual([
      'Attorneys for Ms. Holt',
      'appeared to oppose',
      'the effort',
    ]);
    expect(rows('Lawyers for Ms. Holt said that the records were lost.')).toContainEqual(['Lawyers for Ms. Holt', 'said', 'the records were lost']);
  });

  it('negatives: "for" after a verb is no postmodifier of the subject', () => {
    expect(rows('Ms. Holt voted for the levy and said that the records were lost.').map((r) => r[0])).not.toContain('Ms. Holt voted for the levy');
  });
});

describe('hostile input for sources close to someone, just under the 1 MB limit', () => {
  it('many sentences of the shape finish in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${LEAD}\n\n${'The harbor will close, people close to Ms. Holt say. '.repeat(18_000)}`);
    extractArticle(`Headline of the story\n\n${LEAD}\n\n${'people close to '.repeat(60_000)}Ms. Holt say the harbor will close.`);
    extractArticle(`Headline of the story\n\n${LEAD}\n\n${'Lawyers for Ms. Holt said the harbor will close. '.repeat(18_000)}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
