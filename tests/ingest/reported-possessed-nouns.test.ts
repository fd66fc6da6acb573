import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

/** [source, cue, content] of the rows whose cue holds `word`. */
const withCue = (word: string, ...paragraphs: string[]): [string | null, string | null, string][] =>
  reported(...paragraphs)
    .filter((r) => r[2]?.includes(word))
    .map((r) => [r[1], r[2], r[3]]);

describe('reported speech: a nominal cue after a lower-case possessor, before "that" or a stance noun’s preposition', () => {
  it('a lower-case noun phrase’s statement before a "that" clause: the phrase is the source', () => {
    expect(withCue('statement', 'Dockworkers doubted the port authority’s statement that the cranes were safe.')).toEqual([
      ['the port authority', 'statement that', 'the cranes were safe'],
    ]);
  });

  it('a plural’s possessive before a stance noun and its topic', () => {
    expect(withCue('worries', 'The council heard that growers’ worries about the irrigation fees had grown.')).toEqual([
      ['growers', 'worries about', 'the irrigation fees'],
    ]);
  });

  it('near misses: "that" opening a relative clause, a stance noun before another preposition than its own', () => {
    expect(withCue('plan', 'Nobody read the ferry board’s plan that was filed in May.')).toEqual([]);
    expect(withCue('hopes', 'Nobody shared the growers’ hopes that the fees would fall.')).toEqual([]);
  });
});

describe('reported speech: a day of the week between a nominal cue and its complement', () => {
  it('"X’s warning Tuesday that …" and "on Friday" are read as "last week" is', () => {
    expect(withCue('warning', 'Residents recalled Mayor Lena Ortiz’s warning Tuesday that the reservoir was low.')).toEqual([
      ['Lena Ortiz', 'warning Tuesday that', 'the reservoir was low'],
    ]);
    expect(withCue('statement', 'Dockworkers doubted the port authority’s statement on Friday that the cranes were safe.')).toEqual([
      ['the port authority', 'statement on Friday that', 'the cranes were safe'],
    ]);
  });

  it('near miss: a place phrase there is no time phrase', () => {
    expect(withCue('warning', 'Residents recalled the ferry board’s warning in town that the pier was closed.')).toEqual([]);
  });
});

describe('reported speech: a noun, then its source set off by commas, then a "that" clause', () => {
  it('"a demand, by X, that …": the object of "by" is the source', () => {
    expect(withCue('demand', 'One sticking point is a demand, by Mayor Lena Ortiz, that the ferry dock close at night.')).toEqual([
      ['Lena Ortiz', 'demand, by', 'the ferry dock close at night'],
    ]);
  });

  it('near miss: a comma after the object with none before "by" closes nothing', () => {
    expect(withCue('demand', 'One sticking point is a demand by the harbor master, that the ferry dock close at night.')).toEqual([]);
  });
});

describe('hostile input for possessed nouns, about 1 MB', () => {
  it('repeated possessives, nouns and days with no complement finish in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'the board’s the growers’ statement Tuesday on Friday worries '.repeat(15_000)}that it sank.`);
    extractArticle(`Headline of the story\n\n${'the port authority’s statement that '.repeat(25_000)}it sank.`);
    extractArticle(`Headline of the story\n\n${'a demand, by the harbor master, '.repeat(30_000)}that it sank.`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
