import { reported } from './article-rows';
import { passiveLabelCues } from '../../src/ingest/attribution/reported-passive-labels';

describe('reported speech: a quoted label given in the passive', () => {
  it('reads the label after "designated as", "dubbed the", "known as", "billed as", with no source', () => {
    expect(
      reported(
        'All the ferry files in the new batch were designated as “Restricted,” the lowest tier.',
        'The new harbor fund will informally be dubbed the “Pier Watch Fund” and will pay for repairs.',
        'Many of the old piers are derisively known as “rust buckets.”',
      )
        .filter((r) => ['designated', 'dubbed', 'known'].includes(r[2] ?? ''))
        .map((r) => [r[1], r[2], r[3]]),
    ).toEqual([
      [null, 'designated', 'as “Restricted,”'],
      [null, 'dubbed', 'the “Pier Watch Fund”'],
      [null, 'known', 'as “rust buckets.”'],
    ]);
    expect(reported('At a rally billed as “Hard Hats for Harbors,” the crowd cheered.').map((r) => [r[2], r[3]])).toContainEqual(['billed', 'as “Hard Hats for Harbors,”']);
  });

  it('no label without a quotation right after the participle, nor an active naming verb', () => {
    const labelled = (s: string): string[] => reported(s).filter((r) => ['designated', 'dubbed', 'known', 'billed', 'called'].includes(r[2] ?? '')).map((r) => r[3]);
    expect(labelled('The old pier is known as a quiet place to fish.')).toEqual([]);
    expect(labelled('The files were designated for review in May.')).toEqual([]);
  });

  it('stays linear on long hostile input', () => {
    const text = 'was quietly called “'.repeat(50000);
    const started = Date.now();
    passiveLabelCues(text, { start: 0, end: text.length }, () => true);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
