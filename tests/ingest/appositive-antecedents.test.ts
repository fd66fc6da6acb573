import { extractArticle } from '../../src/ingest/extract-article';
import { reportedNamed } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

describe('reported speech: "who" after an appositive description of a named person', () => {
  it('stands for the person the description follows', () => {
    const rows = reportedNamed('Ines Vidal, the harbor board chair who wrote the audit, said that the levy would pass.');
    expect(rows.find((r) => r[2] === 'wrote')?.[1]).toBe('Ines Vidal');
    expect(rows).toContainEqual(['indirect', 'Ines Vidal', 'said', 'the levy would pass']);
    expect(reportedNamed('Marta Quell, a longtime ferry pilot who supported the levy, spoke on Monday.').find((r) => r[2] === 'supported')?.[1]).toBe('Marta Quell');
  });

  it('negatives: "which" after a description, and a description that follows no name', () => {
    const rows = reportedNamed('Ines Vidal, the head of the Harbor Workers Union, which endorsed Reyes, spoke on Monday.');
    expect(rows.some((r) => r[1] === 'Ines Vidal' && r[2] === 'endorsed')).toBe(false);
    expect(reportedNamed('The mayor met the pilots, the workers who wrote the audit.').some((r) => r[1] === 'Ines Vidal')).toBe(false);
  });
});

describe('hostile input for appositive antecedents, just under the 1 MB limit', () => {
  it('long runs of the shape finish in time', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\n${'Ines Vidal, the harbor board chair who wrote the audit, spoke. '.repeat(15_000)}`);
      extractArticle(`Headline of the story\n\nInes Vidal, ${'the chair, '.repeat(80_000)}the chair who wrote the audit, spoke.`);
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
