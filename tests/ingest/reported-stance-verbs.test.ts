import { reported } from './article-rows';

describe('reported speech: a wish before an infinitive', () => {
  it('reads "would like to", "’d like to" and "loves to" with their subject', () => {
    expect(
      reported(
        'Mayor Lena Ortiz would like to see the harbor reopened by June.',
        'Governor Ana Silva loves to cite the old ferry schedule.',
        'Harbor pilots said they’d like to keep the north pier open.',
      ),
    ).toEqual([
      ['indirect', 'Lena Ortiz', 'would like', 'to see the harbor reopened by June'],
      ['indirect', 'Ana Silva', 'loves', 'to cite the old ferry schedule'],
      ['indirect', 'Harbor pilots', 'said', 'they’d like to keep the north pier open'],
      ['indirect', 'they', '’d like', 'to keep the north pier open'],
    ]);
  });

  it('takes a contracted auxiliary and "do" out of the subject', () => {
    expect(reported('I’d support the levy if it were smaller, Ruth Adams wrote.', 'Most voters do support the new levy.')).toEqual([
      ['indirect', 'Ruth Adams', 'wrote', 'I’d support the levy if it were smaller'],
      ['indirect', 'I', '’d support', 'the levy if it were smaller'],
      ['indirect', 'Most voters', 'do support', 'the new levy'],
    ]);
  });

  it('reads no wish in "like" before a noun phrase, nor after a copula', () => {
    expect(reported('Most residents like the new library on Elm Street.', 'Ruth Adams knows what it’s like to wait three hours for a ferry.')).toEqual([
      ['indirect', 'Ruth Adams', 'knows', 'what it’s like to wait three hours for a ferry'],
    ]);
  });
});

describe('reported speech: verbs of conviction and dislike', () => {
  it('reads "believe in" before its object', () => {
    expect(reported('Council member Ruth Adams still believes in public ferries.')).toEqual([['indirect', 'Ruth Adams', 'still believes in', 'public ferries']]);
  });

  it('reads "hate", "dislike" and "trust", negated too', () => {
    expect(
      reported(
        'Senator Paula Grant hates the port tax.',
        'Many dock workers dislike the new night shifts.',
        'Most voters do not trust the port authority.',
      ),
    ).toEqual([
      ['indirect', 'Paula Grant', 'hates', 'the port tax'],
      ['indirect', 'Many dock workers', 'dislike', 'the new night shifts'],
      ['indirect', 'Most voters', 'do not trust', 'the port authority'],
    ]);
  });

  it('keeps "hate" and "trust" nouns after a determiner', () => {
    expect(reported('The trust fund for the harbor was closed in May.', 'A hate crime unit opened downtown.')).toEqual([]);
  });

  it('reads "worried about" as a verb without a copula', () => {
    expect(reported('Harbor officials have long worried about the old seawall.')).toEqual([
      ['indirect', 'Harbor officials', 'have long worried about', 'the old seawall'],
    ]);
  });
});

describe('reported speech: a stance in a reduced passive with its agent', () => {
  it('reads the noun phrase before the participle as the content and the agent as the source', () => {
    expect(
      reported(
        'The ferry levy, opposed by most port officials, never came to a vote.',
        'The council ended a practice criticized by several tenant groups.',
      ),
    ).toEqual([
      ['indirect', 'most port officials', 'opposed by', 'The ferry levy'],
      ['indirect', 'several tenant groups', 'criticized by', 'a practice'],
    ]);
  });

  it('reads no stance in a participle that names money or arms, nor in a full passive twice', () => {
    expect(reported('Rebel groups backed by the old regime held the port.', 'The ferry levy was opposed by most harbor pilots.')).toEqual([
      ['indirect', 'most harbor pilots', 'was opposed by', 'The ferry levy'],
    ]);
  });
});
