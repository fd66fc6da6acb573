import { reported } from './article-rows';

describe('reported speech: an aside right after the cue', () => {
  it('an aside set off by commas before the reported clause is no part of it', () => {
    expect(
      reported(
        'Dorian Welk says, rain or shine, the ferry will sail on Saturday.',
        'Marta Quell believes, for instance, that the harbor fees are too high.',
      ),
    ).toEqual([
      ['indirect', 'Dorian Welk', 'says', 'the ferry will sail on Saturday'],
      ['indirect', 'Marta Quell', 'believes', 'the harbor fees are too high'],
    ]);
  });

  it('no aside when the cue is itself set off inside its content', () => {
    expect(reported('The ferry, Dorian Welk said, will sail on Saturday.')).toEqual([['indirect', 'Dorian Welk', 'said', 'The ferry will sail on Saturday']]);
  });
});

describe('reported speech: a relative clause in parentheses or between dashes', () => {
  it('the relative pronoun after a parenthesis or a dash stands for the name before it', () => {
    const rows = reported(
      'Dorian Welk (who has argued that the harbor should close) voted against the budget.',
      'The council met, and Marta Quell — who has said the pier is unsafe — left early.',
    );
    const said = rows.filter(([, , cue]) => cue === 'has argued' || cue === 'has said');
    expect(said.map(([, source, cue]) => [source, cue])).toEqual([
      ['Dorian Welk', 'has argued'],
      ['Marta Quell', 'has said'],
    ]);
    expect(said[0][3]).toMatch(/^the harbor should close/);
    expect(said[1][3]).toMatch(/^the pier is unsafe/);
  });

  it('no source when the parenthesis opens the sentence', () => {
    expect(reported('(Who said the pier was unsafe is not known.)')).toEqual([]);
  });
});

describe('reported speech: a short answer standing for a clause', () => {
  it('yes, no and the same after a clause cue', () => {
    expect(reported('Asked whether the pier should close, Dorian Welk said no.').filter(([, , cue]) => cue === 'said')).toEqual([['indirect', 'Dorian Welk', 'said', 'no']]);
    expect(reported('Most residents said yes.', 'Last spring, 40 percent of them said the same.')).toEqual([
      ['indirect', 'Most residents', 'said', 'yes'],
      ['indirect', '40 percent of them', 'said', 'the same'],
    ]);
  });

  it('not when the word opens a longer clause', () => {
    expect(reported('Dorian Welk said no one would come to the pier.')).toEqual([['indirect', 'Dorian Welk', 'said', 'no one would come to the pier']]);
  });
});
