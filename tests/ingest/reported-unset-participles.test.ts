import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

const LEAD = 'The county board met on Monday to vote on the plan.';

describe('reported speech: a gerund right after a preposition ("criticized Reyes for saying …")', () => {
  it('reports what follows the gerund, its source the sentence subject or the attribution it stands in', () => {
    const rows = reported(LEAD, 'The harbor master has a long history of criticizing new piers on the east bank.');
    expect(rows).toContainEqual(['indirect', 'The harbor master', 'criticizing', 'new piers on the east bank']);
    expect(reported(LEAD, 'The mayor was faulted for promising a new pier.')).toContainEqual(['indirect', 'The mayor', 'promising', 'a new pier']);
    const quoted = reported(LEAD, 'The Ledger quoted a port official as saying the ferry would stop in May.');
    expect(quoted.some((r) => r[2] === 'saying' && r[3] === 'the ferry would stop in May' && r[1] === 'The Ledger')).toBe(true);
  });

  it('leaves a gerund that modifies a noun, and a preposition with no gerund after it', () => {
    expect(reported(LEAD, 'The town is weeks away from a series of nominating contests in the valley.').some((r) => r[2] === 'nominating')).toBe(false);
    expect(reported(LEAD, 'The harbor master has a long history of piers on the east bank.')).toEqual([]);
    expect(reported(LEAD, 'Senator Paula Grant stopped short of calling for a recount.').some((r) => r[2] === 'calling for')).toBe(false);
  });
});

describe('reported speech: a participle after a verb phrase with no comma ("spent the week touting …")', () => {
  it('reports what follows the participle, its source the sentence subject', () => {
    const rows = reported(LEAD, 'Mayor Ines Vidal spent much of the week touting the new ferry schedule.');
    expect(rows).toContainEqual(['indirect', 'Ines Vidal', 'spent much of the week touting', 'the new ferry schedule']);
    expect(reported(LEAD, 'Holt released a statement on Friday condemning the attack on the pier.')).toContainEqual(['indirect', 'Holt', 'condemning', 'the attack on the pier']);
  });

  it('leaves a participle after a determiner or one that modifies the noun after it', () => {
    expect(reported(LEAD, 'The mayor spoke to a cheering crowd at the pier on Friday.').some((r) => r[2] === 'cheering')).toBe(false);
    expect(reported(LEAD, 'The two councillors held opposing views on the pier.').some((r) => r[2] === 'opposing')).toBe(false);
    expect(reported(LEAD, 'The ferry made a convincing return to the harbor after the storm.').some((r) => r[2] === 'convincing')).toBe(false);
  });
});

describe('hostile input for participles after a preposition or a verb phrase, just under the 1 MB limit', () => {
  it('long runs of each shape, in one sentence and in many, finish in time', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\nThe Ledger ${'criticized the board for saying '.repeat(30_000)}it was over.`);
      extractArticle(`Headline of the story\n\n${'The mayor spent the week touting the plan. '.repeat(22_000)}`);
      extractArticle(`Headline of the story\n\nThe mayor ${'spent the week touting '.repeat(42_000)}the plan.`);
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
