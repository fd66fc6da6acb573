import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

const LEAD = 'The county board met on Monday.';

describe('reported speech: a passive whose agent stands a few words after the participle ("is viewed more positively by")', () => {
  it('reads the agent as the source and the subject as the content', () => {
    expect(reported(LEAD, 'Senator Ada Holt is viewed somewhat more positively by independents.')).toContainEqual(['indirect', 'independents', 'is viewed', 'Senator Ada Holt']);
    expect(reported(LEAD, 'The ferry plan was approved last year by the harbor board.')).toContainEqual(['indirect', 'the harbor board', 'was approved', 'The ferry plan']);
  });

  it('"by" before an -ing form, a negation, or a participle of no reporting reads no agent', () => {
    expect(reported(LEAD, 'The plan was criticized for years by cutting costs.').filter((r) => r[1] !== null)).toEqual([]);
    expect(reported(LEAD, 'The ferry plan was not approved last year by the harbor board.')).toEqual([]);
    expect(reported(LEAD, 'The old depot was demolished last year by the city.')).toEqual([]);
  });
});

describe('hostile input for passives with a distant agent, just under the 1 MB limit', () => {
  it('one long sentence, many sentences, and a verb group with no "by" take CPU time linear in size', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\n${'the plan was criticized last year by the mayor '.repeat(20_000)}and it ended.`);
      extractArticle(`Headline of the story\n\n${'The plan was criticized last year by the mayor of the town. '.repeat(16_000)}`);
      extractArticle(`Headline of the story\n\n${'was criticized one two three four five '.repeat(24_000)}by it.`);
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
