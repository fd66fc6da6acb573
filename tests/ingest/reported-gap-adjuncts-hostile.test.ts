import { extractArticle } from '../../src/ingest/extract-article';
import { madeUpName, paragraphsNearLimit, withCpuMillis } from './hostile-inputs';

describe('hostile input with gapped objects before long runs of prepositional phrases, just under the 1 MB limit', () => {
  it('each cue reads a bounded window after it: time stays linear in the input', () => {
    // Every "which NAME opposed" is followed by a run of prepositional phrases longer than the window read after a cue
    // (about 1.3 s of CPU for this input); "something Ms. Ruiz denied at a hearing in Denver." closes within it.
    const run = Array.from({ length: 20 }, (_, k) => `in the ${k} at the hall to the ${k}`).join(' ');
    const paragraphs = paragraphsNearLimit((i) => `Mr. Hale backed the ${madeUpName(i)} plan, which Ms. ${madeUpName(i)} opposed ${run} for the ${i}, and something Ms. Ruiz denied at a hearing in Denver.`);
    const { result, cpuMillis } = withCpuMillis(() => extractArticle(`Harbor plan goes to a vote\n\n${paragraphs.join('\n\n')}\n`));
    expect(cpuMillis).toBeLessThan(15_000);
    expect(result.quotes.filter((q) => q.text === 'something')).toHaveLength(paragraphs.length);
    // A window cut before the clause ends is no clause's end: the run is no gapped object's adjunct.
    expect(result.quotes.some((q) => q.text === 'which')).toBe(false);
  });
});
