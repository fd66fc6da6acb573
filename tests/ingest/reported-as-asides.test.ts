import { reported } from './article-rows';

describe('reported speech: an "as" clause set off inside its sentence', () => {
  it('after a lone connective with a comma, or with "the" before the source', () => {
    expect(reported('And, as The Harbor Times reported, Mayor Lena Ortiz is the top recipient of port donations.')[0]).toEqual([
      'indirect',
      'Harbor Times',
      'reported',
      'Mayor Lena Ortiz is the top recipient of port donations',
    ]);
    expect(reported('As the Harbor Business Journal noted, Ortiz raised more than $1 million from the port.')[0]).toEqual([
      'indirect',
      'Harbor Business Journal',
      'noted',
      'Ortiz raised more than $1 million from the port',
    ]);
  });

  it('after a short opening phrase or "that": the clause after the aside, past a place of publication', () => {
    expect(reported('In the old port town, as Ana Silva reported in her book, the harbor pilots had lavish houses.')[0]).toEqual([
      'indirect',
      'Ana Silva',
      'reported',
      'the harbor pilots had lavish houses',
    ]);
    expect(reported('Mayor Tom Reyes kept his post, given that, as the Harbor Times reported on Saturday, he has become an adviser to the governor.')[0]).toEqual([
      'indirect',
      'Harbor Times',
      'reported',
      'he has become an adviser to the governor',
    ]);
  });

  it('not after a whole clause, nor with a first- or second-person source, nor before "and"', () => {
    expect(reported('If the new wage lifts spending across the county, as some economists hope, the council could raise it again.')).toEqual([]);
    expect(reported('The same way, as you rightly pointed out, Ana, the council rushed to judgment.')).toEqual([]);
    expect(reported('The levy failed, as Ana Silva predicted, and the council met again.')).toEqual([]);
  });
});
