import { reported } from './article-rows';

describe('stance adjectives with no copula before them', () => {
  it('after the noun phrase they describe, the content ending before the main verb', () => {
    expect(reported('Many lawmakers nervous about the new levy stayed away from the hearing.')).toEqual([
      ['indirect', 'Many lawmakers', 'nervous about', 'the new levy'],
    ]);
    expect(reported('Mayor Tom Reyes, angry at the harbor board, walked out of the meeting.')).toEqual([
      ['indirect', 'Tom Reyes', 'angry at', 'the harbor board'],
    ]);
  });

  it('set off after the clause, with its subject', () => {
    expect(reported('Mayor Tom Reyes spent the week in Salem, confident that the ferry would run all winter.')).toEqual([
      ['indirect', 'Tom Reyes', 'confident', 'the ferry would run all winter'],
    ]);
  });

  it('after "came away" as after a copula', () => {
    expect(reported('Each time she toured the plant, Ada Holt came away convinced that the mill could be saved.')).toEqual([
      ['indirect', 'Ada Holt', 'came away convinced', 'the mill could be saved'],
    ]);
  });

  it('not as a complement, a modifier before its noun, nor coordinated with another predicate', () => {
    expect(reported('The harbor board will make sure that the ferry runs on time.')).toEqual([]);
    expect(reported('The confident senator toured the new mill on Monday.')).toEqual([]);
    expect(reported('The long delay left the ferry crews tired and angry at the harbor board.')).toEqual([]);
    // Read only before "that", right after it: no stance in "sure" before a noun.
    expect(reported('Dairy farmers sure of a good harvest planted early this year.')).toEqual([]);
  });
});

describe('stance adjectives after a copula that report a clause without "that"', () => {
  it('a subject and a finite verb right after the adjective', () => {
    expect(reported('Councilwoman Dana Pike was sure Reyes would win the runoff.')).toEqual([['indirect', 'Dana Pike', 'was sure', 'Reyes would win the runoff']]);
    expect(reported('The dock workers are convinced the new cranes will cost them jobs.')).toEqual([
      ['indirect', 'The dock workers', 'are convinced', 'the new cranes will cost them jobs'],
    ]);
  });

  it('a pronoun with a contracted auxiliary, an adverb before the verb, "upset"', () => {
    expect(reported('The harbor pilots aren’t sure they’ve fixed the fault.')).toEqual([['indirect', 'The harbor pilots', 'aren’t sure', 'they’ve fixed the fault']]);
    expect(reported('Several dairy farmers were upset the mayor openly had mocked them.')).toEqual([
      ['indirect', 'Several dairy farmers', 'were upset', 'the mayor openly had mocked them'],
    ]);
  });

  it('no clause after the adjective, or an impersonal "it" before the copula', () => {
    expect(reported('The dock workers are convinced of the danger.')).toEqual([]);
    expect(reported('The ferry is sure to be late again.')).toEqual([]);
    expect(reported('It is certain the ferry will be late again.')).toEqual([]);
  });
});
