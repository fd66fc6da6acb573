import { extractArticle } from '../../src/ingest/extract-article';
import { madeUpName, paragraphsNearLimit, withCpuMillis } from './hostile-inputs';

describe('hostile input with descriptions after thousands of distinct entities, just under the 1 MB limit', () => {
  it('a description reads the entities its head and title fit, not every entity named before it', () => {
    // Each `The senator` / `the ministry` was tested against every person or organization named before it: some
    // 40 s of CPU for this input (quadratic); the entities a description fits are now listed once an article.
    const paragraphs = paragraphsNearLimit((i) => `Sen. Mary ${madeUpName(i)} and the Ministry of ${madeUpName(i)} met. The senator said no. The ministry said yes.`);
    const { result: { quotes, entities }, cpuMillis } = withCpuMillis(() => extractArticle(`Harbor plan goes to a vote\n\n${paragraphs.join('\n\n')}\n`));
    expect(cpuMillis).toBeLessThan(15_000);
    expect(entities.people.length).toBe(paragraphs.length);
    expect(entities.organizations.length).toBe(paragraphs.length);
    // Each senator is the one the text is about, as the look-back finds; past the first, two ministries fit and none is taken.
    const senators = quotes.filter((q) => q.text === 'no');
    expect(senators).toHaveLength(paragraphs.length);
    expect(senators.every((q) => q.source?.type === 'person' && q.source.index === q.paragraph)).toBe(true);
    expect(quotes.filter((q) => q.text === 'yes' && q.source !== null).map((q) => q.paragraph)).toEqual([0]);
  });

  it('a description still resolves to the one entity it fits, and not past a second', () => {
    const { quotes, entities } = extractArticle(
      'Harbor plan goes to a vote\n\nSen. Mary Kalo and the Ministry of Fisheries met. The senator said the levy would fail. The ministry said it would wait.\n\n' +
        'Sen. John Lomi and the Ministry of Ports met. The senator said the port would close. The ministry said it would not.\n',
    );
    const kalo = entities.people.findIndex((p) => p.name === 'Mary Kalo');
    const fisheries = entities.organizations.findIndex((o) => o.name === 'Ministry of Fisheries');
    expect(quotes.find((q) => q.text.startsWith('the levy'))?.source).toEqual({ type: 'person', index: kalo });
    expect(quotes.find((q) => q.text.startsWith('it would wait'))?.source).toEqual({ type: 'organization', index: fisheries });
    // Of two senators, the one the text is about, as a look-back finds it; of two ministries, none.
    expect(quotes.find((q) => q.text.startsWith('the port'))?.source).toEqual({ type: 'person', index: entities.people.findIndex((p) => p.name === 'John Lomi') });
    expect(quotes.find((q) => q.text.startsWith('it would not'))?.source ?? null).toBeNull();
  });
});
