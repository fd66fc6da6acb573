import { extractArticle } from '../../src/ingest/extract-article';
import { madeUpName, paragraphsNearLimit, withCpuMillis } from './hostile-inputs';

const GIVEN = ['James', 'Mary', 'Robert', 'Linda', 'David', 'Susan'];

describe('hostile input naming thousands of distinct people, just under the 1 MB limit', () => {
  it('a name is matched against the people sharing a word with it, not every person named before', () => {
    // Read by comparing each name with every person named before it, this input took some 25 s of CPU (quadratic), and
    // about 4 s with the people indexed by their names' words. CPU time, not the wall clock: a busy machine stretches the latter.
    const paragraphs = paragraphsNearLimit((i) => `${GIVEN[i % GIVEN.length]} ${madeUpName(i)} said the plan would fail.`);
    const text = `Harbor plan goes to a vote\n\n${paragraphs.join('\n\n')}\n`;
    const { result: { quotes, entities }, cpuMillis } = withCpuMillis(() => extractArticle(text));
    expect(cpuMillis).toBeLessThan(12_000);
    expect(entities.people).toHaveLength(paragraphs.length);
    expect(quotes).toHaveLength(paragraphs.length);
    expect(quotes.every((q, i) => q.source?.type === 'person' && entities.people[q.source.index].name === `${GIVEN[i % GIVEN.length]} ${madeUpName(i)}`)).toBe(true);
  });

  it('a pronoun opening a sentence is not compared with every person named before as a possible surname', () => {
    // `He said` after each new name: `He` was looked for as the surname of every person named in full, some 25 s of CPU.
    const paragraphs = paragraphsNearLimit((i) => `${GIVEN[i % GIVEN.length]} ${madeUpName(i)} spoke. ${i % 2 ? 'She' : 'He'} said it was late.`);
    const { result: { quotes, entities }, cpuMillis } = withCpuMillis(() => extractArticle(`Harbor plan goes to a vote\n\n${paragraphs.join('\n\n')}\n`));
    expect(cpuMillis).toBeLessThan(12_000);
    expect(entities.people).toHaveLength(paragraphs.length);
    expect(quotes).toHaveLength(paragraphs.length);
    expect(quotes.every((q, i) => q.source?.type === 'person' && entities.people[q.source.index].name === `${GIVEN[i % GIVEN.length]} ${madeUpName(i)}`)).toBe(true);
  });

  it('a surname, a given name, a fuller name and the end of a longer name still find the one person', () => {
    const { quotes, entities } = extractArticle(
      'Harbor plan goes to a vote\n\nMaria Ortega and Andrés Manuel López Obrador spoke first.\n\nOrtega said the levy would fail.\n\nLópez Obrador said it would pass.\n\nMaria Elena Ortega said she would wait.\n',
    );
    const ortega = entities.people.findIndex((p) => p.name === 'Maria Elena Ortega');
    const amlo = entities.people.findIndex((p) => p.name === 'Andrés Manuel López Obrador');
    expect(ortega).toBeGreaterThanOrEqual(0);
    expect(amlo).toBeGreaterThanOrEqual(0);
    expect(entities.people).toHaveLength(2);
    expect(quotes.find((q) => q.text.startsWith('the levy'))?.source).toEqual({ type: 'person', index: ortega });
    expect(quotes.find((q) => q.text.startsWith('it would pass'))?.source).toEqual({ type: 'person', index: amlo });
    expect(quotes.find((q) => q.text.startsWith('she would wait'))?.source).toEqual({ type: 'person', index: ortega });
  });
});
