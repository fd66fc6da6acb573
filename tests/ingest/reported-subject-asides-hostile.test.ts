import { extractArticle } from '../../src/ingest/extract-article';
import { madeUpName, paragraphsNearLimit, withCpuMillis } from './hostile-inputs';

describe('hostile input with asides set off inside long subjects of reported clauses, just under the 1 MB limit', () => {
  it('each aside is read in a bounded window around its comma: time stays linear in the input', () => {
    // Every sentence holds a relative clause with a cue of its own inside a subject of many words, then a long clause.
    const run = Array.from({ length: 30 }, (_, k) => `the ${k} harbor`).join(' and ');
    const paragraphs = paragraphsNearLimit(
      (i) => `Mayor ${madeUpName(i)} said the council, which had criticized the levy, would vote on ${run}. Ms. Ruiz said ${run}, which had criticized the levy, would vote.`,
    );
    const { result, cpuMillis } = withCpuMillis(() => extractArticle(`Harbor plan goes to a vote\n\n${paragraphs.join('\n\n')}\n`));
    expect(cpuMillis).toBeLessThan(15_000);
    expect(result.quotes.filter((q) => q.cue === 'said' && q.text.startsWith('the council, which had criticized the levy, would vote'))).toHaveLength(paragraphs.length);
  });
});
