import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

/*
 * A passive cue with its agent after "by" (attribution/reported-passive.ts) reads any adverb in -ly and a negation
 * between the form of "be" and the participle, and one adverb or day between the participle and "by"; the reduced
 * passive (reported-reduced-passive.ts) leaves such a verb group to it.
 */
describe('passive cues with adverbs around the participle', () => {
  it('reads a negation and an adverb in -ly before the participle', () => {
    expect(reported('Those views are not widely shared by the ferry crews.')).toContainEqual(['indirect', 'the ferry crews', 'are not widely shared by', 'Those views']);
  });

  it('reads a day between the participle and "by"', () => {
    expect(reported('The harbor levy was supported Friday by Councilor Dana Ibarra.')).toContainEqual([
      'indirect',
      'Councilor Dana Ibarra',
      'was supported by',
      'The harbor levy',
    ]);
  });

  it('reads the passive once, not as a reduced relative holding the verb group', () => {
    expect(reported('The levy was soundly rejected by voters in the port towns.')).toEqual([
      ['indirect', 'voters in the port towns', 'was soundly rejected by', 'The levy'],
    ]);
  });

  it('reads no negated stance adjective as a stance of the agent', () => {
    expect(reported('The dock crews were not convinced by the new cranes.')).toEqual([]);
  });

  it('reads no participle that is no cue', () => {
    expect(reported('The pier was rebuilt Friday by the county.')).toEqual([]);
    expect(reported('The new pier was finished quickly by the crews.')).toEqual([]);
  });
});

describe('hostile input for passive cues, just under the 1 MB limit', () => {
  it('sentences of forms of "be", adverbs and participles before "by" finish in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${`The plan ${'was not quickly '.repeat(68)}criticized by the crews. `.repeat(880)}`);
    extractArticle(`Headline of the story\n\n${`The plan ${'was widely criticized Friday by '.repeat(35)}the crews. `.repeat(870)}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
