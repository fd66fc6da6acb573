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

describe('reported speech: a participle cue after a catenative verb is the verb of its clause', () => {
  it('"has taken to urging", "began calling for", "kept saying": the subject before the catenative is the source', () => {
    expect(
      reported(
        'The harbor master has taken to urging ferry crews to slow down.',
        'The fishermen immediately began calling for the levy to be scrapped.',
        'The river council kept saying that the dam would hold.',
      ),
    ).toEqual([
      ['indirect', 'The harbor master', 'has taken to urging', 'ferry crews to slow down'],
      ['indirect', 'The fishermen', 'immediately began calling for', 'the levy to be scrapped'],
      ['indirect', 'The river council', 'kept saying', 'the dam would hold'],
    ]);
  });

  it('a comma after the verb sets the participle off: no catenative reading', () => {
    expect(reported('The talks began, with neither side saying much.').some((r) => r[2]?.includes('began'))).toBe(false);
  });
});
