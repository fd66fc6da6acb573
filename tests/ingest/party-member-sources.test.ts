import { extractArticle } from '../../src/ingest/extract-article';
import { reported, reportedNamed } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

describe('reported speech: members of a party credited as written, not as the party', () => {
  it('gives the plural as written where a cue reads it as the party', () => {
    expect(reported('The plan did something Republicans wanted: it cut the levy.')).toContainEqual(['indirect', 'Republicans', 'wanted', 'something']);
    expect(reported('The timing of the vote led Democrats to say that the mayor was weak.')).toContainEqual(['indirect', 'Democrats', 'say', 'the mayor was weak']);
  });

  it('keeps the quantifier before the plural', () => {
    expect(reported('The levy has the backing of many Democrats, including the mayor.')).toContainEqual(['indirect', 'many Democrats', 'has the backing of', 'The levy']);
  });

  it('keeps the party where the sentence names the party itself', () => {
    expect(reportedNamed('The Democratic Party said that the mayor was weak.')).toContainEqual(['indirect', 'Democratic Party', 'said', 'the mayor was weak']);
    expect(reportedNamed('The Republican Party wants the levy cut, and Republicans say the mayor is weak.')).toContainEqual([
      'indirect',
      'Republican Party',
      'wants',
      'the levy cut',
    ]);
  });
});

describe('hostile input for party members as sources, just under the 1 MB limit', () => {
  it('long runs of the shape finish in time', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\n${'The timing of the vote led Democrats to say that the mayor was weak. '.repeat(13_000)}`);
      extractArticle(`Headline of the story\n\n${'Democrats and Republicans said Democrats wanted what Republicans wanted. '.repeat(13_000)}`);
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
