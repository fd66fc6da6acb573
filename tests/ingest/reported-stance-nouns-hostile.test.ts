import { extractArticle } from '../../src/ingest/extract-article';
import { madeUpName, paragraphsNearLimit, withCpuMillis } from './hostile-inputs';

describe('hostile input for the possessed stance nouns, the topic nouns and the stance phrases, just under the 1 MB limit', () => {
  it('long sentences each holding dozens of possessed and topic nouns are read in time linear in their size', () => {
    // No period in a paragraph: each is one sentence of 12 runs of the shapes, each reader stopping at its fourth reading.
    const run = (i: number): string => `${madeUpName(i)}'s hostility toward the board and his obsession with tides amid talk of a merger and news of the strike and drew attention to the docks in support of the levy`;
    const paragraphs = paragraphsNearLimit((i) => Array.from({ length: 12 }, (_, k) => run(i * 12 + k)).join(' and '));
    const { cpuMillis } = withCpuMillis(() => extractArticle(`Harbor plan goes to a vote\n\n${paragraphs.join('\n\n')}\n`));
    expect(cpuMillis).toBeLessThan(15_000);
  });

  it('thousands of paragraphs of the shapes are each read', () => {
    const paragraphs = paragraphsNearLimit((i) => `${madeUpName(i)}'s hostility toward the board, and talk of a merger, grew.`);
    const { result, cpuMillis } = withCpuMillis(() => extractArticle(`Harbor plan goes to a vote\n\n${paragraphs.join('\n\n')}\n`));
    expect(cpuMillis).toBeLessThan(15_000);
    expect(result.quotes.filter((q) => q.text === 'the board' && q.cue === 'hostility toward').length).toBeGreaterThan(paragraphs.length / 2);
  });
});
