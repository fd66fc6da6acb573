import { extractArticle } from '../../src/ingest/extract-article';

/** Direct quotes of body paragraphs under a headline and a lead paragraph: [speaker, text]. */
function quotes(...paragraphs: string[]): [string | null, string][] {
  const x = extractArticle(['Headline of the story', 'The county board met on Monday to vote on the plan.', ...paragraphs].join('\n\n'));
  return x.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speakerName, q.text]);
}

describe('he and she through a sentence of their own', () => {
  it('names only after the sentence’s own he/she are objects; the chain goes on back to its subject', () => {
    expect(
      quotes(
        'District chairman Walter Pruitt declined to name the delegates on Tuesday.',
        'The district drew 40 applicants, whom he described as split between Paul Kessler and Ivo Brandt.',
        '“Both men have friends here,” he said.',
      ),
    ).toEqual([['Walter Pruitt', 'Both men have friends here,']]);
  });

  it('a name before the sentence’s he/she is still whom it may mean', () => {
    expect(quotes('Mayor Pete Calder spoke first. The budget, Calder said, was the one he had promised.', '“We kept our word,” he said.')).toEqual([
      ['Pete Calder', 'We kept our word,'],
    ]);
  });

  it('two apostrophes as quotation marks: the speaker after an inverted verb is the sentence’s subject', () => {
    expect(
      quotes(
        "''Nobody else is even trying,'' said Mr. Ivo Brandt, who also took aim at Senator Paul Kessler of Ohio and Gov. Ben Ostrow.",
        "''Kessler is not going after the man who is winning,'' he said.",
      ),
    ).toEqual([
      ['Ivo Brandt', 'Nobody else is even trying,'],
      ['Ivo Brandt', 'Kessler is not going after the man who is winning,'],
    ]);
  });
});
