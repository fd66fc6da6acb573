import { reported } from './article-rows';

describe('reported speech: adverbs in -ly and of frequency among the auxiliaries before a verb cue', () => {
  it('an adverb in -ly after the auxiliary: the subject before the auxiliary is the source', () => {
    expect(
      reported(
        'The harbor master has vigorously denied the smuggling claims.',
        'The river council had bluntly warned that the dam would not hold.',
      ),
    ).toEqual([
      ['indirect', 'The harbor master', 'has vigorously denied', 'the smuggling claims'],
      ['indirect', 'The river council', 'had bluntly warned', 'the dam would not hold'],
    ]);
  });

  it('"always", "yet", "in the past" among the auxiliaries', () => {
    expect(
      reported(
        'Mayor Ines Vidal has always maintained that the pool was safe.',
        'The nurses union has in the past said the hospital was understaffed.',
        'The teachers have twice complained about the new timetable.',
      ),
    ).toEqual([
      ['indirect', 'Ines Vidal', 'has always maintained', 'the pool was safe'],
      ['indirect', 'The nurses union', 'has in the past said', 'the hospital was understaffed'],
      ['indirect', 'The teachers', 'have twice complained about', 'the new timetable'],
    ]);
  });

  it('a hedge leaves the verb a guess: nothing is extracted', () => {
    expect(reported('The clerk would probably recognize that the ballots were late.')).toEqual([]);
    expect(reported('The ferry company had hardly expected that the fares would fall.')).toEqual([]);
  });
});
