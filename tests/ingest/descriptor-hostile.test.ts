import { extractArticle } from '../../src/ingest/extract-article';

describe('hostile input for descriptions read back to a named entity, just under the 1 MB limit', () => {
  it('a description in each of 39,000 paragraphs costs the entities named, not every paragraph before it', () => {
    // Each `The commission said` resolves `the commission` against the entities named before it; read by walking every
    // paragraph before, this input took some 25 s of CPU (quadratic), and about 2 s read off first mentions.
    const text = `Harbor plan goes to a vote\n\nMaria Ortega of the Harbor Commission spoke first.\n\n${'The commission said no.\n\n'.repeat(39_000)}`;
    const started = Date.now();
    const { quotes, entities } = extractArticle(text);
    expect(Date.now() - started).toBeLessThan(15_000);
    const commission = entities.organizations.findIndex((o) => o.name === 'Harbor Commission');
    expect(commission).toBeGreaterThanOrEqual(0);
    expect(quotes).toHaveLength(39_000);
    expect(quotes.every((q) => q.source?.type === 'organization' && q.source.index === commission)).toBe(true);
  });

  it('a description still reads only entities named before it', () => {
    const { quotes, entities } = extractArticle(
      'Harbor plan goes to a vote\n\nThe commission said the levy would fail.\n\nMaria Ortega of the Harbor Commission spoke next. The commission said it would wait.\n',
    );
    const commission = entities.organizations.findIndex((o) => o.name === 'Harbor Commission');
    const first = quotes.find((q) => q.text.startsWith('the levy'));
    const second = quotes.find((q) => q.text.startsWith('it would wait'));
    expect(first?.source ?? null).toBeNull();
    expect(second?.source).toEqual({ type: 'organization', index: commission });
  });
});
