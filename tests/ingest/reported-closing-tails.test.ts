import { reported } from './article-rows';

describe('reported speech: a cue closing its content before a dash or a subordinate clause', () => {
  it('a remark set off by a dash after the cue leaves the content before it', () => {
    expect(reported('The ferry fares are too high, harbor officials believe — but the board may not agree.')).toEqual([
      ['indirect', 'harbor officials', 'believe', 'The ferry fares are too high'],
    ]);
    expect(reported('A new pier would draw more boats, Marta Quell argued - and the council listened.')).toEqual([
      ['indirect', 'Marta Quell', 'argued', 'A new pier would draw more boats'],
    ]);
  });

  it('a clause of time or reason right after the cue leaves the content before it', () => {
    expect(reported('The ferry will stop running in May, Dorian Welk said after meeting harbor officials on Thursday, because the fees are too high.')).toEqual([
      ['indirect', 'Dorian Welk', 'said', 'The ferry will stop running in May'],
    ]);
    expect(reported('The harbor fees must fall, Marta Quell said as the vote began.')).toEqual([['indirect', 'Marta Quell', 'said', 'The harbor fees must fall']]);
  });

  it('with a comma before the subordinator the cue is set off inside its content', () => {
    expect(reported('The ferry will stop running, Dorian Welk said, because the fees are too high.')).toEqual([
      ['indirect', 'Dorian Welk', 'said', 'The ferry will stop running because the fees are too high'],
    ]);
  });

  it('an opening adverbial is no content when a quotation follows the subordinate clause', () => {
    expect(reported('At the end of the day, Dorian Welk said as the boats came in, “We have won this fight.”').filter((row) => row[0] !== 'mixed').map((row) => row[3])).not.toContain('At the end of the day');
  });

  it('a dash after a cue with no comma before its subject still reads what follows', () => {
    const rows = reported('Dorian Welk said — twice — that the fees are too high.');
    expect(rows).toHaveLength(1);
    expect(rows[0][3]).toContain('the fees are too high');
  });
});
