import { extractArticle } from '../../src/ingest/extract-article';
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

describe('straight single quotation marks', () => {
  const article = (...paragraphs: string[]) => extractArticle(['Surgeries to close', ...paragraphs].join('\n\n'));

  it('are an article’s quotation marks when it has no double marks: quotes with speakers, apostrophes kept', () => {
    const x = article(
      "'We cannot keep every surgery open,' Dr Sarah Jones told the BBC. 'That is the honest truth.'",
      "The health secretary said the closures were 'regrettable'. Rock 'n' roll fans and voters' groups were not asked in the '90s.",
    );
    const direct = x.quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.text)).toEqual(['We cannot keep every surgery open,', 'That is the honest truth.', 'regrettable']);
    expect(direct.slice(0, 2).map((q) => q.speakerName)).toEqual(['Sarah Jones', 'Sarah Jones']);
    // One character for one: the paragraph keeps its length and words.
    expect(x.paragraphs[1]).toBe('The health secretary said the closures were ‘regrettable’. Rock ’n’ roll fans and voters’ groups were not asked in the ’90s.');
  });

  it('stay as written where the article uses double marks', () => {
    const x = article('"We said \'no\' to the plan," Dr Sarah Jones told the BBC.', "It's the voters' choice, she added.");
    expect(x.paragraphs).toEqual(['"We said \'no\' to the plan," Dr Sarah Jones told the BBC.', "It's the voters' choice, she added."]);
    expect(x.quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(["We said 'no' to the plan,"]);
    // Two apostrophes written for a double mark are double marks.
    const archive = article("''We said 'no' to the plan,'' Dr Sarah Jones told the BBC.", "It's the voters' choice.");
    expect(archive.paragraphs[1]).toBe("It's the voters' choice.");
    expect(archive.quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(["We said 'no' to the plan,"]);
  });
});
