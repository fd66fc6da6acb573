import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

const LEAD = 'The county board met on Monday.';

describe('reported speech: a passive with an agent whose subject stands before an aside ("X, seated on the stage, was criticized by Y")', () => {
  it('reads the noun phrase before the aside as the content, the agent as the source', () => {
    expect(reported(LEAD, 'Mayor Ines Vidal, seated on the stage, has been repeatedly criticized by the harbor pilots for closing the pier.')).toContainEqual([
      'indirect',
      'the harbor pilots',
      'has been repeatedly criticized by',
      'Mayor Ines Vidal for closing the pier',
    ]);
    expect(reported(LEAD, "The new fares, posted on Monday, were denounced by the riders' union.")).toContainEqual(['indirect', "the riders' union", 'were denounced by', 'The new fares']);
  });

  it('an opening phrase before the comma is no subject; an aside with no passive reports nothing', () => {
    expect(reported(LEAD, 'In the spring, the plan was praised by the council.')).toEqual([['indirect', 'the council', 'was praised by', 'the plan']]);
    expect(reported(LEAD, 'The plan, in my view, is fine.')).toEqual([]);
  });
});

describe('hostile input for passives after asides, just under the 1 MB limit', () => {
  it('one sentence of opening phrases and passives, and many sentences with asides, take CPU time linear in size', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\n${'in the town the plan was criticized by the mayor, '.repeat(19_000)}and it ended.`);
      extractArticle(`Headline of the story\n\n${'The plan, in the town, was criticized by the mayor. '.repeat(18_000)}`);
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
