import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

/*
 * Cues the lexicons hold, in clause shapes the subject readers used to refuse: a chain of set-off adverbials before a
 * coordinated verb's subject, a name before an -s form that is mostly a plural noun, a quantified "of whom" relative,
 * and an object relative opened by "who".
 */
describe('a coordinated cue after a chain of opening adverbials', () => {
  it('reads the subject past two set-off adverbials', () => {
    expect(reported('Mayor Ana Ruiz spoke first. On Monday, after weeks of silence, Ruiz toured the harbor and urged residents to back the ferry levy.')).toEqual([
      ['indirect', 'Ana Ruiz', 'urged', 'residents to back the ferry levy'],
    ]);
  });

  it('reads the subject past "But just before" a clause', () => {
    expect(reported('Mayor Ana Ruiz spoke first. But just before the council voted, Ruiz stood with the pilots and endorsed the levy.')).toEqual([
      ['indirect', 'Ana Ruiz', 'endorsed', 'the levy'],
    ]);
  });

  it('reads nothing when the coordinated verb is no cue', () => {
    expect(reported('Mayor Ana Ruiz spoke first. On Monday, after weeks of silence, Ruiz toured the harbor and left for Dayton.')).toEqual([]);
  });
});

describe('an -s cue that is mostly a plural noun, after a name opening its clause', () => {
  it('reads the -s form as a verb before its object', () => {
    expect(reported('Councilor Ana Holt spoke. Holt credits the dockworkers for the ferry deal.')).toEqual([
      ['indirect', 'Holt', 'credits', 'the dockworkers for the ferry deal'],
    ]);
    expect(reported('The pilots praise the levy, but Holt disputes that.')).toEqual([
      ['indirect', 'The pilots', 'praise', 'the levy'],
      ['indirect', 'Holt', 'disputes', 'that'],
    ]);
  });

  it('keeps the -s form a noun after a determiner or a party word, or with no object after it', () => {
    expect(reported('The Holt credits were spent on the harbor.')).toEqual([]);
    expect(reported('Republican challenges to the levy failed in May.')).toEqual([]);
    expect(reported('Holt challenges remain on the docket.')).toEqual([]);
  });
});

describe('a quantified "of whom" relative before a cue', () => {
  it('takes the antecedent as the source and ends the content at the closing comma', () => {
    expect(reported('Councilors Ana Ruiz and Tom Holt, both of whom opposed the ferry levy, spoke on Monday.')).toEqual([
      ['indirect', 'Tom Holt', 'opposed', 'the ferry levy'],
    ]);
  });

  it('reads no relative in "of which" after a number that is no quantifier', () => {
    expect(reported('The council passed twelve bills, eight of which opened new ferry routes.')).toEqual([]);
  });
});

describe('an object relative opened by "who"', () => {
  it('reports the relative word with the subject between as the source', () => {
    expect(reported('Ruiz is a candidate who many harbor pilots strongly oppose.')).toEqual([
      ['indirect', 'many harbor pilots', 'strongly oppose', 'who'],
    ]);
    // A prepositional phrase after the cue is an adjunct: "who" is still what they oppose.
    expect(reported('Ruiz is a candidate who many harbor pilots oppose on the levy vote.')).toEqual([['indirect', 'many harbor pilots', 'oppose', 'who']]);
  });

  it('reads no gap when "who" is the subject of its clause or the cue takes its own object', () => {
    expect(reported('Ruiz is a candidate who spoke to many harbor pilots.')).toEqual([]);
    expect(reported('Ruiz is a candidate who many harbor pilots oppose the levy for.')).toEqual([]);
  });
});

describe('hostile input for these shapes, just under the 1 MB limit', () => {
  const fill = (unit: string): string => unit.repeat(Math.floor(990_000 / Buffer.byteLength(unit, 'utf8')));
  it.each([
    ['opening adverbials without end', fill('On Monday, after the vote, during the storm, in Ohio, ')],
    ['names before plural nouns', fill('and Holt credits, but Ruiz questions, ')],
    ['quantified relatives and object gaps', fill('pilots, both of whom, a candidate who most dockworkers who many ')],
  ])('%s finish in time', (_name, body) => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${body}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
