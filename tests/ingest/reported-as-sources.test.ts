import { extractArticle } from '../../src/ingest/extract-article';
import { reported, reportedNamed } from './article-rows';

describe('reported speech: an "as" clause whose source is a longer noun phrase', () => {
  it('reads a study or survey with "another" or a modifier after its head as the source, and the clause after the comma', () => {
    expect(reported('As another county survey noted, the average age of renters was 31.')).toContainEqual([
      'indirect',
      'another county survey',
      'noted',
      'the average age of renters was 31',
    ]);
    expect(reported('As a 2019 study by the state water board found, most wells in the valley had dropped.')).toContainEqual([
      'indirect',
      'a 2019 study by the state water board',
      'found',
      'most wells in the valley had dropped',
    ]);
    expect(reported('As a harbor survey from 2014 noted, the average age of the fleet was 40.')).toContainEqual([
      'indirect',
      'a harbor survey from 2014',
      'noted',
      'the average age of the fleet was 40',
    ]);
  });

  it('reads an "as" clause resuming its sentence after ", and" or ", but"', () => {
    expect(reportedNamed('The levy passed in 2010, and as Ana Silva noted at the time, it raised $4 million in its first year.')).toContainEqual([
      'indirect',
      'Ana Silva',
      'noted',
      'it raised $4 million in its first year',
    ]);
    expect(reported('Officials may still be fined, but as the audit office reported, no one has paid so far.')).toContainEqual([
      'indirect',
      'the audit office',
      'reported',
      'no one has paid so far',
    ]);
  });

  it('leaves "as" clauses that report nothing, or whose comma closes another clause', () => {
    const rows = reported('As the storm continued, the river rose over its banks.');
    expect(rows.filter((r) => r[2] === 'continued')).toEqual([]);
    expect(reported('As the mayor said he would, the council voted on Monday.').filter((r) => r[3] === 'the council voted on Monday')).toEqual([]);
    expect(reported('The plan, as long as the mayor agreed, would go ahead.').filter((r) => r[2] === 'agreed')).toEqual([]);
  });
});

describe('hostile input for "as" clauses, just under the 1 MB limit', () => {
  it('a paragraph of "as" and long noun phrases before one verb, and of many "as" clauses, finishes in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\nAs the ${'harbor survey from the county '.repeat(32_000)}noted, the fleet is old.`);
    extractArticle(`Headline of the story\n\n${'And as another survey noted, the fleet is old, and '.repeat(19_000)}it sank.`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
