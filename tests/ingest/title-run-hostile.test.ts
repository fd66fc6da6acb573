import { extractArticle } from '../../src/ingest/extract-article';

describe('hostile input: a run of thousands of title words', () => {
  it('an organization inside a title is read from its first words, not from every prefix of the run', () => {
    // Every prefix of the run was tried as an organization, each read whole: 100 KB took some 9 s of CPU
    // (quadratic; 1 MB would take many minutes), and about 0.1 s read from the first 16 words.
    const text = `Harbor plan goes to a vote\n\n${'President '.repeat(10_000)}Maria Ortega said the levy would fail.\n`;
    const started = process.cpuUsage();
    const { entities } = extractArticle(text);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(2_000);
    expect(entities.people.map((p) => p.name)).toEqual(['Maria Ortega']);
  });

  it('still reads the organization a title names', () => {
    const { entities, quotes } = extractArticle('Harbor plan goes to a vote\n\nWhite House Press Secretary Jay Carney said the levy would fail.\n');
    expect(entities.organizations.map((o) => o.name).some((n) => n.startsWith('White House'))).toBe(true);
    expect(quotes[0]?.source).toEqual({ type: 'person', index: entities.people.findIndex((p) => p.name === 'Jay Carney') });
  });
});
