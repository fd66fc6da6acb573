import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

const LEAD = 'The county board met on Monday to vote on the plan.';

describe('reported speech: a clause cue where no subject can be read ("choose to not believe …")', () => {
  it('reports the content all the same, with no source', () => {
    expect(reported(LEAD, 'Ferry riders choose to not believe the new schedule.')).toContainEqual(['indirect', null, 'not believe', 'the new schedule']);
  });

  it('leaves a capitalized cue opening the sentence, a cue after a determiner, "and" or "that", and one set off after a quotation', () => {
    expect(reported(LEAD, 'Think the pier is safe? Ask the pilots who work it.')).toEqual([]);
    expect(reported(LEAD, 'The new fee adds to the doubts that have dogged the port.').some((r) => r[2] === 'doubts')).toBe(false);
    expect(reported(LEAD, 'The state bank runs two plants and said it has set up a new fund.')).toEqual([]);
    expect(reported(LEAD, "''We are done with the pier,'' said Holt, the harbor master.").some((r) => r[2] === 'said' && r[3] === 'Holt, the harbor master')).toBe(false);
  });
});

describe('hostile input for clause cues with no subject read, just under the 1 MB limit', () => {
  it('long runs of verb phrases before a cue, in one sentence and in many, finish in time', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\nRiders ${'choose to '.repeat(95_000)}not believe the new schedule.`);
      extractArticle(`Headline of the story\n\n${'Ferry riders choose to not believe the new schedule. '.repeat(17_500)}`);
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
