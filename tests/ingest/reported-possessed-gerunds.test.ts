import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

const LEAD = 'Mayor Ines Vidal and the harbor board met on Monday.';

describe('reported speech: a gerund after a possessed noun and its preposition ("Vidal’s record on promoting …")', () => {
  it('gives the possessor as the source', () => {
    const rows = reported(LEAD, 'Vidal’s record on promoting the ferry has been mixed.');
    expect(rows).toContainEqual(['indirect', 'Ines Vidal', 'promoting', 'the ferry has been mixed']);
  });

  it('leaves the sentence subject where no possessor stands before the preposition', () => {
    const rows = reported(LEAD, 'The harbor master has a long history of criticizing new piers on the east bank.');
    expect(rows).toContainEqual(['indirect', 'The harbor master', 'criticizing', 'new piers on the east bank']);
  });
});

describe('hostile input for a gerund after a possessed noun, just under the 1 MB limit', () => {
  it('long runs of the shape finish in time', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\nVidal’s ${'record on promoting the record of '.repeat(25_000)}the ferry.`);
      extractArticle(`Headline of the story\n\n${'Vidal’s long record on promoting the ferry was mixed. '.repeat(15_000)}`);
    });
    expect(cpuMillis).toBeLessThan(30_000);
  });
});
