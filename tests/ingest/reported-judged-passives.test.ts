import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';
import { paragraphsNearLimit, withCpuMillis } from './hostile-inputs';

const LEAD = 'The county board met on Monday.';

describe('reported speech: a passive of judging with no agent ("the plan was ultimately approved last spring")', () => {
  it('the subject alone is what was judged, with no source, whatever follows the participle', () => {
    expect(reported(LEAD, 'The old ferry schedule is widely considered unreliable.')).toContainEqual(['indirect', null, 'is widely considered', 'The old ferry schedule']);
    expect(reported(LEAD, 'The zoning plan was ultimately approved last spring.')).toContainEqual(['indirect', null, 'was ultimately approved', 'The zoning plan']);
    expect(reported(LEAD, 'Mayor Ines Vidal was booed at the fair on Saturday.')).toContainEqual(['indirect', null, 'was booed', 'Mayor Ines Vidal']);
    expect(reported(LEAD, 'Interviews with the harbor staff were requested in writing.')).toContainEqual(['indirect', null, 'were requested', 'Interviews with the harbor staff']);
  });

  it('an agent, a negation, "it" or "there" as the subject, or a participle of no judging is not read this way', () => {
    expect(reported(LEAD, 'The zoning plan was approved by the council.')).toEqual([['indirect', 'the council', 'was approved by', 'The zoning plan']]);
    expect(reported(LEAD, 'The zoning plan was not approved.')).toEqual([]);
    expect(reported(LEAD, 'It is considered rude to leave early.')).toEqual([]);
    expect(reported(LEAD, 'There were questions that were never asked.')).toEqual([]);
    expect(reported(LEAD, 'The old depot was demolished last spring.')).toEqual([]);
  });
});

describe('hostile input for the passive of judging, just under the 1 MB limit', () => {
  it('paragraphs of passives with long subjects, and a verb group with no end, take CPU time linear in size', () => {
    const many = paragraphsNearLimit((i) => `The plan of the board number ${i} was ultimately approved last spring, and the fare was considered high.`);
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(['Headline of the story', ...many].join('\n\n'));
      extractArticle(`Headline of the story\n\n${'was has been will be first also '.repeat(30_000)}approved.`);
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
