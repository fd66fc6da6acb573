import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

const LEAD = 'The county board met on Monday.';

describe('reported speech: a participle of feeling before "by" ("was delighted by the result")', () => {
  it('reads the subject as the source and what follows "by" as the content', () => {
    expect(reported(LEAD, 'Mayor Ines Vidal was delighted by the result of the vote.')).toEqual([['indirect', 'Ines Vidal', 'was delighted by', 'the result of the vote']]);
    expect(reported(LEAD, 'Many riders were taken aback by how fast the fares rose.')).toEqual([['indirect', 'Many riders', 'were taken aback by', 'how fast the fares rose']]);
    expect(reported(LEAD, 'Some donors are put off by her long speeches, aides say.')).toContainEqual(['indirect', 'Some donors', 'are put off by', 'her long speeches']);
  });

  it('"by" before an -ing form, or a participle not listed, reads no feeling', () => {
    expect(reported(LEAD, 'Mayor Ines Vidal was delighted by winning the vote.')).toEqual([]);
    expect(reported(LEAD, 'The old depot was demolished by the city.')).toEqual([]);
  });
});

describe('hostile input for participles of feeling, just under the 1 MB limit', () => {
  it('one long sentence and many sentences take CPU time linear in size', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\n${'the riders were very much taken aback by the fares '.repeat(19_000)}and it ended.`);
      extractArticle(`Headline of the story\n\n${'Many riders were delighted by the new fares of the town. '.repeat(17_000)}`);
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
