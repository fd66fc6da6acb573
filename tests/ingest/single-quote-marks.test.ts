import { findQuotations } from '../../src/ingest/quotations';

/** The spans of a paragraph's quotations, as written inside their marks. */
function spans(text: string): string[] {
  return findQuotations([text]).map((q) => q.text);
}

describe('curly single quotation marks', () => {
  it('pair ‘ with the next ’ that is no apostrophe, and none past a double mark', () => {
    expect(spans('She said the plan was ‘reckless’ and the mayor’s aides agreed.')).toEqual(['reckless']);
    expect(spans('‘We won’t stop,’ she said. ‘Not now.’')).toEqual(['We won’t stop,', 'Not now.']);
    expect(spans('A ‘stray mark, then “a quote” and the voters’ view.')).toEqual(['a quote']);
  });

  it('read a paragraph of unclosed ‘ marks in one pass (a megabyte of them)', () => {
    expect(spans(' ‘a'.repeat(330_000))).toEqual([]);
    expect(spans(' ‘a’ b'.repeat(150_000))).toHaveLength(150_000);
  });
});
