import { reportedNamed } from './article-rows';

describe('reported speech: an adverb before a participle after "by", a time phrase before an open question', () => {
  it('reads "by flatly declaring …" with the clause subject as the source', () => {
    expect(reportedNamed('Mayor Lena Ortiz ended the debate by flatly declaring she would not run again.')).toContainEqual([
      'indirect',
      'Lena Ortiz',
      'flatly declaring',
      'she would not run again',
    ]);
  });

  it('reads the question a negated cue leaves open after a time phrase', () => {
    expect(reportedNamed('Senator Ana Silva would not say on Tuesday whether the party would back the levy.')).toContainEqual([
      'indirect',
      'Ana Silva',
      'would not say',
      'whether the party would back the levy',
    ]);
  });

  it('reads nothing from a participle that reports nothing, nor from a negated cue before "that"', () => {
    expect(reportedNamed('Mayor Lena Ortiz ended the debate by calmly walking out.')).toEqual([]);
    expect(reportedNamed('Senator Ana Silva did not say on Monday that she would run.').filter((r) => r[2] === 'did not say')).toEqual([]);
  });
});
