import { reported } from './article-rows';

/** [kind, source, cue, content] of the rows whose cue holds `word`. */
const withCue = (word: string, ...paragraphs: string[]): [string, string | null, string | null, string][] =>
  reported(...paragraphs)
    .filter((r) => r[2]?.includes(word))
    .map((r) => [r[0], r[1], r[2], r[3]]);

describe('reported speech: a stance noun after a possessor, before what the stance is toward', () => {
  it('a name’s possessive: the name is the source, the preposition’s object the content', () => {
    expect(withCue('positions', 'Voters in the valley know Mara Quist’s positions on water rights.')).toEqual([
      ['indirect', 'Mara Quist', 'positions on', 'water rights'],
    ]);
    expect(withCue('hostility', 'Ivo Brandt’s open hostility toward the harbor board cost him the vote.')).toEqual([
      ['indirect', 'Ivo Brandt', 'hostility toward', 'the harbor board'],
    ]);
  });

  it('a possessive pronoun after a verb stands for its subject; "that" opens a clause', () => {
    expect(withCue('emphasis', 'Mara Quist repeated her emphasis that the ferry fares would not rise.')).toEqual([
      ['indirect', 'Mara Quist', 'emphasis that', 'the ferry fares would not rise'],
    ]);
    expect(withCue('obsession', 'Ivo Brandt never hid his obsession with the tide tables.')).toEqual([
      ['indirect', 'Ivo Brandt', 'obsession with', 'the tide tables'],
    ]);
  });

  it('a noun of finding or reasoning before "that": the clause is the content', () => {
    expect(withCue('conclusion', 'The board accepted Ivo Brandt’s conclusion that the ferry was overloaded.')).toEqual([
      ['indirect', 'Ivo Brandt', 'conclusion that', 'the ferry was overloaded'],
    ]);
  });

  it('near misses: no possessor, a sentence opener as the possessor, another preposition', () => {
    expect(withCue('positions', 'The positions on the river were held by two clubs.')).toEqual([]);
    expect(withCue('rhetoric', 'Rhetoric in the campaign has cooled.')).toEqual([]);
    expect(withCue('testimony', 'Ivo Brandt’s testimony lasted three hours.')).toEqual([]);
  });
});
