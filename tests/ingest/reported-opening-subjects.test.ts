import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

describe('reported speech: subjects past what opens the sentence', () => {
  it('"Eight years after backing …, X …": after a measure of time, an opening participle has the main clause subject', () => {
    expect(reported('Eight years after backing the levy, Mayor Ada Holt turned against it.')).toContainEqual(['indirect', 'Ada Holt', 'backing', 'the levy']);
    expect(reported('Two days before praising the ferry crews, Tom Reyes toured the docks.')).toEqual([['indirect', 'Tom Reyes', 'praising', 'the ferry crews']]);
  });

  it('"Then she …, pledging …": a set-off participle shares the subject after an opening "Then"', () => {
    expect(reported('Ada Holt spoke first at the hearing.', 'Then she broke with the board, pledging that the harbor would reopen in May.')).toEqual([
      ['indirect', 'Ada Holt', 'pledging', 'the harbor would reopen in May'],
    ]);
    expect(reported('Then the harbor closed, leaving the crews idle.')).toEqual([]);
  });

  it('"In a speech … -- which … -- X claimed … and argued …": an opening adverbial closed by a relative clause in dashes', () => {
    expect(reported('In a speech from the harbor -- which hosts a regatta on Saturday -- Ada Holt claimed victory and argued she is a stronger candidate than Tom Reyes.')).toEqual([
      ['indirect', 'Ada Holt', 'argued', 'she is a stronger candidate than Tom Reyes'],
    ]);
    expect(reported('In a speech from the harbor -- which hosts a regatta on Saturday -- the crowd cheered and argued.')).toEqual([]);
  });

  it('"X has touted …—“…”—and promised …": a verb after a closing dash and "and" shares the subject', () => {
    expect(reported('Ada Holt has touted the ferry’s record—“the longest run in our history”—and promised to put the board in charge of the fares.')).toContainEqual([
      'indirect',
      'Ada Holt',
      'promised',
      'to put the board in charge of the fares',
    ]);
  });
});

describe('hostile input for opening subjects, just under the 1 MB limit', () => {
  it('repeated time measures, dash asides and dashed conjunctions finish in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'Eight years after backing the levy '.repeat(28_000)}, Ada Holt left.`);
    extractArticle(`Headline of the story\n\nIn a speech ${'-- which hosts a regatta '.repeat(39_000)}-- Ada Holt claimed victory and argued it is over.`);
    extractArticle(`Headline of the story\n\n${'Ada Holt praised the record—and promised to stay. '.repeat(19_000)}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
