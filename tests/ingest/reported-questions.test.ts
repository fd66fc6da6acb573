import { reported } from './article-rows';

describe('reported speech: questions put to someone', () => {
  it('an opening "Asked" with a phrase of time or place before the question', () => {
    expect(reported('Asked during a radio debate why he trailed so badly among older voters, Senator Tom Reyes said he would gain ground.')).toEqual([
      ['indirect', null, 'Asked', 'why he trailed so badly among older voters'],
      ['indirect', 'Tom Reyes', 'said', 'he would gain ground'],
    ]);
    expect(reported('When asked at the harbor forum about the dredging contract, Mayor Lena Ortiz defended it.')[0]).toEqual(['indirect', null, 'asked', 'about the dredging contract']);
  });

  it('the question ends at a comma inside a closing quotation mark', () => {
    expect(reported('Asked why she had not endorsed the levy during an appearance on “Morning Desk,” Mayor Lena Ortiz said she needed more time.')[0]).toEqual([
      'indirect',
      null,
      'Asked',
      'why she had not endorsed the levy during an appearance on “Morning Desk',
    ]);
  });

  it('"when asked which …" in mid-sentence', () => {
    expect(reported('Mayor Lena Ortiz laughed when asked which candidate she would back in the fall.')).toEqual([['indirect', null, 'when asked', 'which candidate she would back in the fall']]);
  });

  it('"was asked by X whether …": the asker is the source, the question the content', () => {
    expect(reported('Mayor Tom Reyes was asked by host Ann Lee whether the levy would pass.')).toEqual([['indirect', 'Ann Lee', 'was asked', 'whether the levy would pass']]);
  });

  it('an opening phrase of place with no question after it reports nothing', () => {
    expect(reported('Asked at the last minute to fill in, Mayor Tom Reyes opened the fair.')).toEqual([]);
  });
});
