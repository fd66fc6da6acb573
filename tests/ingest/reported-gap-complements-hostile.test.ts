import { extractArticle } from '../../src/ingest/extract-article';
import { madeUpName, paragraphsNearLimit, withCpuMillis } from './hostile-inputs';

describe('hostile input with gapped objects before long "as" phrases, just under the 1 MB limit', () => {
  it('each cue reads a bounded window after it: time stays linear in the input', () => {
    // Every "which NAME described as" is followed by more words than the window read after a cue; "which Ms. Ruiz
    // described as a tax." closes within it.
    const words = Array.from({ length: 60 }, (_, k) => `word${k}`).join(' ');
    const paragraphs = paragraphsNearLimit((i) => `Mr. Hale backed the ${madeUpName(i)} levy, which Ms. ${madeUpName(i)} described as ${words}. He backed the port levy, which Ms. Ruiz described as a tax.`);
    const { result, cpuMillis } = withCpuMillis(() => extractArticle(`Harbor plan goes to a vote\n\n${paragraphs.join('\n\n')}\n`));
    expect(cpuMillis).toBeLessThan(15_000);
    expect(result.quotes.filter((q) => q.text === 'as a tax')).toHaveLength(paragraphs.length);
    expect(result.quotes.some((q) => q.text.startsWith('as word0'))).toBe(false);
  });
});
