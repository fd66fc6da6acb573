import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

/*
 * Some newspapers print quotation marks as two apostrophes (''like this''). An aside between a named subject and its
 * verb may hold such a quotation with its comma inside the marks; the subject still speaks for the verb after it.
 */
describe("reported speech: a subject's aside holding a ''quotation,'' before the verb", () => {
  it("an appositive or relative clause ending in a ''quotation,'' leaves the name as the verb's source", () => {
    expect(reported("Ada Holt, a host of ''The Morning Table,'' refused to back the levy on ferry tickets.")).toContainEqual([
      'indirect',
      'Ada Holt',
      'refused',
      'to back the levy on ferry tickets',
    ]);
    expect(reported("Ben Ruiz, a strategist for a pro-Holt ''super PAC,'' argued that the harbor would close by winter.")).toContainEqual([
      'indirect',
      'Ben Ruiz',
      'argued',
      'the harbor would close by winter',
    ]);
    expect(reported("Mr. O'Brien, who has called the fees ''a disgrace,'' said the council would vote again.")).toContainEqual([
      'indirect',
      "O'Brien",
      'said',
      'the council would vote again',
    ]);
  });

  it('the same with double quotation marks (unchanged), and no source when the aside is a clause of its own', () => {
    expect(reported('Ada Holt, a host of "The Morning Table," refused to back the levy on ferry tickets.')).toContainEqual([
      'indirect',
      'Ada Holt',
      'refused',
      'to back the levy on ferry tickets',
    ]);
    // The quotation is the whole sentence's object, no aside: nothing reported stands between the name and a verb.
    expect(reported("Ada Holt called the levy ''a disgrace,'' and the council voted it down.").map((r) => r[2])).not.toContain('voted');
  });
});

describe("hostile input for ''quotation'' asides, just under the 1 MB limit", () => {
  it('a paragraph of names and asides in two apostrophes before one verb finishes in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${"Ada Holt, a host of ''The Morning Table,'' ".repeat(22_000)}said the tax is bad.`);
    extractArticle(`Headline of the story\n\n${"Ada Holt, ''a '' ''b, ".repeat(44_000)}said the tax is bad.`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
