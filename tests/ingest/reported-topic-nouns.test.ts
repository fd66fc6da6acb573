import { reported } from './article-rows';

/** [kind, source, cue, content] of the rows whose cue holds `word`. */
const withCue = (word: string, ...paragraphs: string[]): [string, string | null, string | null, string][] =>
  reported(...paragraphs)
    .filter((r) => r[2]?.includes(word))
    .map((r) => [r[0], r[1], r[2], r[3]]);

describe('reported speech: a noun of talk, report or stance with no possessor, before what is said or held', () => {
  it('"talk of", "reports that", "news of": no source in the phrase, the content what the word after opens', () => {
    expect(withCue('talk', 'The mill reopened amid talk of a merger with the cannery.')).toEqual([
      ['indirect', null, 'talk of', 'a merger with the cannery'],
    ]);
    expect(withCue('reports', 'Shares of the cannery fell after reports that the plant would close in June.')).toEqual([
      ['indirect', null, 'reports that', 'the plant would close in June'],
    ]);
    expect(withCue('News', 'News of the ferry strike has spread along the coast.')).toEqual([['indirect', null, 'News of', 'the ferry strike']]);
  });

  it('nouns of information and belief: "details about", "evidence that"', () => {
    expect(withCue('details', 'Mara Quist gave few details about the dredging contract.')).toEqual([
      ['indirect', 'Mara Quist', 'details about', 'the dredging contract'],
    ]);
    expect(withCue('evidence', 'There is no evidence that the ferry was overloaded.')).toEqual([['indirect', null, 'evidence that', 'the ferry was overloaded']]);
  });

  it('"reluctance to" takes its infinitive’s verb phrase, "rhetoric about" its topic', () => {
    expect(withCue('reluctance', 'The plan stalled because of a general reluctance to raise the ferry fares.')).toEqual([
      ['indirect', null, 'reluctance to', 'raise the ferry fares'],
    ]);
    expect(withCue('rhetoric', 'The rhetoric about the harbor audit has cooled.')).toEqual([['indirect', null, 'rhetoric about', 'the harbor audit']]);
  });

  it('"a reference to" takes a noun phrase, never an infinitive', () => {
    expect(withCue('reference', 'The mayor closed the meeting with a reference to the flood of 1998.')).toEqual([
      ['indirect', null, 'reference to', 'the flood of 1998'],
    ]);
  });

  it('the object of a verb: the verb’s subject is the source, unless the verb is negated', () => {
    expect(withCue('references', 'Mara Quist has made veiled references to the harbor audit.')).toEqual([
      ['indirect', 'Mara Quist', 'references to', 'the harbor audit'],
    ]);
    expect(withCue('talk', 'Ivo Brandt did not welcome talk of a merger.')).toEqual([['indirect', null, 'talk of', 'a merger']]);
  });

  it('near misses: the word as a verb, after a possessive, before a word it is not read with', () => {
    // The verb's reading only, with its subject: no second, sourceless one.
    expect(withCue('talk', 'They talk about the weather every morning.')).toEqual([['indirect', 'They', 'talk about', 'the weather every morning']]);
    expect(withCue('news', 'The news on the radio was short.')).toEqual([]);
    expect(withCue('stories', 'She wrote stories that sold well.')).toEqual([]);
  });
});
