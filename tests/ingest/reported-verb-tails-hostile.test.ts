import { extractArticle } from '../../src/ingest/extract-article';

describe('hostile input for set-off phrases, verb lists, "having", "than" and "first reported by", just under the 1 MB limit', () => {
  it('long runs of each shape, in one sentence and in many, finish in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\nThe Ledger reported on Monday ${'in the town of '.repeat(65_000)}, he will go.`);
    extractArticle(`Headline of the story\n\n${'The Ledger reported on Monday, if it rains, the fair will close. '.repeat(15_000)}`);
    extractArticle(`Headline of the story\n\nThe Agency concealed ${'records and '.repeat(80_000)}, admitted it withheld letters.`);
    extractArticle(`Headline of the story\n\n${'Holt, having said that it was over, - having said '.repeat(19_000)}`);
    extractArticle(`Headline of the story\n\n${'more than the Big Old Mill says than the mill says the '.repeat(17_000)}`);
    extractArticle(`Headline of the story\n\n${'— a fact first reported by The Ledger Of The Town '.repeat(19_000)}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
