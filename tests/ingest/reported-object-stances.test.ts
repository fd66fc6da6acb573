import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

/*
 * "like" and "love" report a stance with an object where they are surely verbs (lexicon/object-stance-verbs.json,
 * attribution/reported-object-stances.ts): the -s and -ed forms, and the base form after a modal, "do" or a subject
 * pronoun. Before an infinitive they reported already.
 */
describe('verbs of liking with an object', () => {
  it('reads the base form after a negated "do"', () => {
    expect(reported("Many ferry riders don't like the new timetable.")).toContainEqual(['indirect', 'Many ferry riders', "don't like", 'the new timetable']);
  });

  it('reads the base form after a modal', () => {
    expect(reported('Residents would love a second pier.')).toContainEqual(['indirect', 'Residents', 'would love', 'a second pier']);
  });

  it('reads the -s and -ed forms after a subject', () => {
    expect(reported('The mayor likes the idea of a night ferry.')).toContainEqual(['indirect', 'The mayor', 'likes', 'the idea of a night ferry']);
    expect(reported('Councilor Dana Ibarra loved the harbor plan from the start.')).toContainEqual([
      'indirect',
      'Councilor Dana Ibarra',
      'loved',
      'the harbor plan from the start',
    ]);
  });

  it('reads no preposition, comparison or "loved ones"', () => {
    expect(reported('The new terminal looks like a warehouse.')).toEqual([]);
    expect(reported('Councilors like Dana Ibarra voted against the plan.').map((row) => row[2])).not.toContain('like');
    expect(reported('The families mourned their loved ones at the pier.')).toEqual([]);
  });
});

describe('hostile input for verbs of liking, just under the 1 MB limit', () => {
  it('a paragraph of repeated "do not like" and "loved" finishes in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'they do not really like '.repeat(40_000)}it.`);
    extractArticle(`Headline of the story\n\nThe mayor ${'loved the pier and '.repeat(50_000)}left.`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
