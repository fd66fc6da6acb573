import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

const LEAD = 'The county board met on Monday to vote on the plan.';

describe('reported speech: a participle right after the noun phrase opening its clause ("A retired couple also claiming …")', () => {
  it('gives the noun phrase as the source, an adverb at most between them', () => {
    const rows = reported(LEAD, 'A retired couple also claiming ties to the ferry union spoke at the hearing.');
    expect(rows.some((r) => r[2] === 'also claiming' && r[1] === 'A retired couple')).toBe(true);
    const openly = reported(LEAD, 'Two harbor pilots openly claiming ties to the union walked out.');
    expect(openly.some((r) => r[2] === 'openly claiming' && r[1] === 'Two harbor pilots')).toBe(true);
  });

  it('gives no such source where a verb, a preposition or a comma stands before the participle', () => {
    const verb = reported(LEAD, 'The harbor master released a statement on Friday condemning the attack on the pier.');
    expect(verb.some((r) => r[2] === 'condemning' && r[1] === 'a statement on Friday')).toBe(false);
    const comma = reported(LEAD, 'In the valley towns, many said they were relieved.');
    expect(comma.some((r) => r[1] === 'In the valley towns')).toBe(false);
  });
});

describe('hostile input for a participle after the opening noun phrase, just under the 1 MB limit', () => {
  it('long runs of the shape finish in time', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\n${'A retired couple also claiming ties to the union '.repeat(20_000)}spoke.`);
    });
    expect(cpuMillis).toBeLessThan(20_000);
  });
});
