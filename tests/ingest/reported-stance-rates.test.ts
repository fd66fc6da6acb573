import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

describe('reported speech: cue words and shapes annotated three times in five', () => {
  it('"sound" in any form reports nothing: a siren that sounded, the sounds of a crowd, a choir\'s note, "sounding"', () => {
    expect(reported('The siren sounded at noon.', 'The sounds of the crowd filled the hall.', 'Ada Holt is sounding tired.', 'Ada Holt sounded tired after the vote.')).toEqual([]);
  });

  it('"repeating", "railed at", "often rails about", "pegs" and "scoffed at" report what follows', () => {
    expect(
      reported(
        'Ada Holt keeps repeating the same line about taxes.',
        'Ada Holt railed at the council over the fares.',
        'Lee Marsh often rails about the budget.',
        'The county survey pegs the cost at $4 million.',
        'Council members scoffed at the idea of a new pier.',
      ),
    ).toEqual([
      ['indirect', 'Ada Holt', 'keeps repeating', 'the same line about taxes'],
      ['indirect', 'Ada Holt', 'railed at', 'the council over the fares'],
      ['indirect', 'Lee Marsh', 'often rails about', 'the budget'],
      ['indirect', 'The county survey', 'pegs', 'the cost at $4 million'],
      ['indirect', 'Council members', 'scoffed at', 'the idea of a new pier'],
    ]);
  });

  it('rails on a track, a tent pegged down and a lone "scoffed" report nothing', () => {
    expect(reported('The train rails about the city were rusty.', 'The tent was pegged to the ground.', 'Lee Marsh scoffed.')).toEqual([]);
  });

  it('"refusing to" reports the refusal of the subject it is set off from or follows', () => {
    expect(reported('Ada Holt, refusing to concede, demanded a recount.', 'Lee Marsh kept refusing to answer questions about the pier.')).toEqual([
      ['indirect', 'Ada Holt', 'refusing', 'to concede'],
      ['indirect', 'Ada Holt', 'demanded', 'a recount'],
      ['indirect', 'Lee Marsh', 'kept refusing', 'to answer questions about the pier'],
    ]);
    // After "for", a refusal given as a reason is the refusal of the one it is held against (PolNeAR annotates it so).
    expect(reported('The council fined Lee Marsh for refusing to pay.')).toEqual([['indirect', 'Lee Marsh', 'refusing', 'to pay']]);
  });

  it('"view" before an object and an "as" complement is a verb, after any plural subject', () => {
    expect(reported('Some farmers view the levy as a tax on rain.', 'Voters increasingly view the mayor as out of touch.')).toEqual([
      ['indirect', 'Some farmers', 'view', 'the levy as a tax on rain'],
      ['indirect', 'Voters', 'increasingly view', 'the mayor as out of touch'],
    ]);
  });

  it('"view" heading a noun phrase stays a noun, though "as" follows', () => {
    expect(reported('The grim view of the harbor comes as the storm nears.', 'Her view from the pier was as clear as ever.')).toEqual([]);
  });

  it('"passion for" after a possessor is its attitude; passion with no complement, or whose it is after "of", is none', () => {
    expect(reported("Ada Holt's passion for sailing won over the crowd.")).toEqual([['indirect', 'Ada Holt', 'passion for', 'sailing']]);
    expect(reported('The crowd sang with passion at the rally.', 'The passion of the crowd was loud.')).toEqual([]);
  });
});

describe('hostile input for "view … as", just under the 1 MB limit', () => {
  it('a paragraph of "view" forms each followed by many words and "as" finishes in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'Some farmers view the old mill by the river as a ruin. '.repeat(18_000)}`);
    extractArticle(`Headline of the story\n\n${'views the the the the the the the the as '.repeat(24_000)}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
