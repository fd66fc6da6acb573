import { reported } from './article-rows';

describe('reported speech: object cues measured on news text', () => {
  it('"lists" with a subject reports what the subject states', () => {
    expect(
      reported(
        'The state registry lists the mill as a historic site.',
        'Halvorsen Research lists Ada Holt’s fortune at $2 billion.',
      ),
    ).toEqual([
      ['indirect', 'The state registry', 'lists', 'the mill as a historic site'],
      ['indirect', 'Halvorsen Research', 'lists', 'Ada Holt’s fortune at $2 billion'],
    ]);
  });

  it('a plural noun before a modal or an auxiliary is no cue', () => {
    expect(reported('The donor lists can grow long in an election year.')).toEqual([]);
    expect(reported('The registry lists have been updated since May.')).toEqual([]);
  });

  it('after a relative word the -s form may lack its object and still report', () => {
    expect(reported('Officials approved the levy, which Mayor Dana Reyes estimates will raise $2 million.')).toContainEqual(['indirect', 'Dana Reyes', 'estimates', 'will raise $2 million']);
  });

  it('declining a request put to the subject reports it; any other object or none does not', () => {
    expect(
      reported(
        'Dana Reyes declined an interview request from the Ledger.',
        'A council spokeswoman declined comment beyond the court filing.',
        'Ada Holt refused a question about whether she would run again.',
      ),
    ).toEqual([
      ['indirect', 'Dana Reyes', 'declined', 'an interview request from the Ledger'],
      ['indirect', 'A council spokeswoman', 'declined', 'comment beyond the court filing'],
      ['indirect', 'Ada Holt', 'refused', 'a question about whether she would run again'],
    ]);
    expect(reported('Ada Holt declined the nomination on Friday.')).toEqual([]);
    expect(reported('Ferry ticket sales declined sharply in May.')).toEqual([]);
  });

  it('raising money is no stance; raising a concern is', () => {
    expect(reported('The Hale campaign raised more than $26 million last month.')).toEqual([]);
    expect(reported('Ada Holt has raised $3 million for the ferry fund since May.')).toEqual([]);
    expect(reported('Ada Holt raised doubts over the ferry budget.')).toContainEqual(['indirect', 'Ada Holt', 'raised', 'doubts over the ferry budget']);
  });

  it('reads every sentence of almost a megabyte of superlatives and plural nouns, one attribution each', () => {
    const rows = reported('Ada Holt was one of the very first members of the county council to endorse Dana Reyes. The donor lists can grow. '.repeat(8_500));
    expect(rows).toHaveLength(8_500);
    expect(rows.at(-1)).toEqual(['indirect', 'Ada Holt', 'endorse', 'Dana Reyes']);
  });
});

