import { reported } from './article-rows';

describe('reported speech: long subjects of a clause cue', () => {
  it('a noun phrase with an infinitive or a prepositional phrase after its head', () => {
    expect(
      reported(
        'Farmers hoping to sell their land this year say the new levy came too late.',
        'The first woman to lead the harbor board says she will not seek a second term.',
      ),
    ).toEqual([
      ['indirect', 'Farmers hoping to sell their land this year', 'say', 'the new levy came too late'],
      ['indirect', 'The first woman to lead the harbor board', 'says', 'she will not seek a second term'],
    ]);
  });

  it('an aside between dashes inside the subject', () => {
    expect(reported('Teachers in two districts — Elm Park and Riverside — said the new schedule leaves no time for lunch.')).toEqual([
      ['indirect', 'Teachers in two districts', 'said', 'the new schedule leaves no time for lunch'],
    ]);
  });

  it('a relative clause with its own pronoun subject', () => {
    expect(reported('Many parents we spoke with at the fair said the school day starts too early.')).toEqual([
      ['indirect', 'Many parents we spoke with at the fair', 'said', 'the school day starts too early'],
    ]);
  });

  it('a relative clause ending in a participle', () => {
    expect(reported('The county officials whose permits were revoked say the real change came from the state.')).toEqual([
      ['indirect', 'The county officials whose permits were revoked', 'say', 'the real change came from the state'],
    ]);
  });

  it('a relative clause between dashes, with a quotation in it', () => {
    expect(reported('The harbor master - who once vowed to "drain the whole bay" - said on Monday that the dam should stay.')).toEqual([
      ['indirect', 'The harbor master', 'said', 'the dam should stay'],
    ]);
  });

  it('a prepositional aside closing the subject before the verb', () => {
    expect(reported('But some fishers who have worked the lake for decades, on boats or from the docks, said the water had grown colder.')).toEqual([
      ['indirect', 'some fishers who have worked the lake for decades', 'said', 'the water had grown colder'],
    ]);
  });

  it('an aside after an earlier comma closes a clause, not a subject', () => {
    const rows = reported('The firm worked for the port on dredging, fees and other matters tied to the docks, in both counties, said Ada Holt, a former partner.');
    expect(rows.map((r) => r[1])).not.toContain('fees and other matters tied to the docks');
  });

  it('no subject: an adverbial, a clause of its own, an open end', () => {
    expect(reported('In the long run said the old sign on the wall of the shop.')).toEqual([]);
    expect(reported('The plan the council will put to voters says the tax will rise by a tenth.')).toEqual([]);
    expect(reported('Neighbors of the old mill and say the river is too high.')).toEqual([]);
  });
});

describe('reported speech: a cue in a verb phrase coordinated with the first one', () => {
  it('the noun phrase opening the sentence is the subject', () => {
    expect(reported('The old judge served ten years on the bench and says the new rules will slow every trial.')).toEqual([
      ['indirect', 'The old judge', 'says', 'the new rules will slow every trial'],
    ]);
  });

  it('past an opening adverbial', () => {
    expect(reported('During the long hearing, Mayor Tom Reyes listened to the residents and said the council would act by June.')).toEqual([
      ['indirect', 'Tom Reyes', 'said', 'the council would act by June'],
    ]);
  });

  it('a pronoun opening the sentence', () => {
    expect(reported('They packed up the tents, walked to the square and said the protest would go on all week.')).toEqual([
      ['indirect', 'They', 'said', 'the protest would go on all week'],
    ]);
  });
});

describe('reported speech: participles and relative clauses', () => {
  it('a participle set off by a dash shares the subject of its clause', () => {
    expect(reported('Senator Paula Grant changed her vote on the spot – saying she had been rooting for the other bill all along.')).toEqual([
      ['indirect', 'Paula Grant', 'saying', 'she had been rooting for the other bill all along'],
    ]);
  });

  it('an absolute participle after "with" has its own subject', () => {
    expect(reported('The levy failed, with many residents saying the tax was too high.')).toEqual([['indirect', 'many residents', 'saying', 'the tax was too high']]);
    expect(reported('The fog lifted, with the sun shining on the bay all afternoon.')).toEqual([]);
  });

  it('"that" after a noun and before a cue opens a relative clause, which ends before the main verb', () => {
    expect(reported('A farm group that backed the levy has changed its mind.', 'Two unions that have endorsed Mayor Tom Reyes will march on Sunday.')).toEqual([
      ['indirect', 'A farm group', 'backed', 'the levy'],
      ['indirect', 'Two unions', 'have endorsed', 'Mayor Tom Reyes'],
    ]);
  });

  it('"that" before a base form may be a determiner before a noun: no relative clause', () => {
    expect(reported('She lost that support among the farmers of the valley in the spring.')).toEqual([]);
  });
});

describe('reported speech: a cue after its content, the source after the cue', () => {
  it('a named source whose description runs to the end of the sentence', () => {
    expect(reported('The bridge will cost twice as much as planned, said Ada Holt, a fellow at the Hale Institute, which studies public works.')).toEqual([
      ['indirect', 'Ada Holt', 'said', 'The bridge will cost twice as much as planned'],
    ]);
  });

  it('a noun phrase no entity reads, with a relative clause or without', () => {
    expect(reported('The levy was never going to pass, said several analysts who follow the council.', 'The vote came too early, said Holt and others.')).toEqual([
      ['indirect', 'several analysts', 'said', 'The levy was never going to pass'],
      ['indirect', 'Holt and others', 'said', 'The vote came too early'],
    ]);
  });

  it('not a clause coordinated after the source, nor "said to be"', () => {
    expect(reported('The tax was too high, said the mayor, and the council voted no.', 'The road is closed, said to be the worst in years.')).toEqual([]);
  });
});

describe('reported speech: an "as" clause', () => {
  it('opening the sentence: the content follows its comma', () => {
    expect(
      reported('As Mayor Tom Reyes pointed out, the bridge has not been inspected since 2009.', 'But as the report noted, the average wait at the clinic grew to three hours.'),
    ).toEqual([
      ['indirect', 'Tom Reyes', 'pointed out', 'the bridge has not been inspected since 2009'],
      ['indirect', 'the report', 'noted', 'the average wait at the clinic grew to three hours'],
    ]);
  });

  it('closing the sentence: the content is what precedes it', () => {
    expect(reported('The levy has failed twice before, as Ada Holt wrote in the Valley Courier.')).toEqual([['indirect', 'Ada Holt', 'wrote', 'The levy has failed twice before']]);
  });

  it('an "as" clause of time reports nothing', () => {
    expect(reported('As the rain fell, the crowd waited in silence for the results.')).toEqual([]);
  });
});

describe('reported speech: the passive with no agent', () => {
  it('a judgement on the subject: the clause from its subject on, no source', () => {
    expect(reported('Mayor Tom Reyes has been criticized for the delays at the new bridge.', 'The new tax is widely seen as a blow to small farms.')).toEqual([
      ['indirect', null, 'has been criticized', 'Mayor Tom Reyes has been criticized for the delays at the new bridge'],
      ['indirect', null, 'is widely seen', 'The new tax is widely seen as a blow to small farms'],
    ]);
  });

  it('"it was reported that": the clause after "that"', () => {
    expect(reported('It was widely reported that the council paid twice the asking price.')).toEqual([['indirect', null, 'was widely reported', 'the council paid twice the asking price']]);
  });

  it('not a participle that reports nothing here, nor one followed by another word', () => {
    expect(reported('The report was seen in every office of the town hall.', 'The old mill was described in the guide book.')).toEqual([]);
  });
});

describe('reported speech: a cue after "trying to", "struggling to", "tends to"', () => {
  it('reports, as after "continued to"', () => {
    expect(reported('Mayor Tom Reyes is trying to show that the bridge is safe.', 'Farm groups tend to favor the older levy.')).toEqual([
      ['indirect', 'Tom Reyes', 'is trying to show', 'the bridge is safe'],
      ['indirect', 'Farm groups', 'tend to favor', 'the older levy'],
    ]);
  });

  it('after "more likely to", "less likely to": what a group of those asked tends to say', () => {
    expect(reported('Renters are more likely to say the new levy is unfair.', 'Farmers were less likely to say the levy helped them.')).toEqual([
      ['indirect', 'Renters', 'are more likely to say', 'the new levy is unfair'],
      ['indirect', 'Farmers', 'were less likely to say', 'the levy helped them'],
    ]);
    expect(reported('Renters are more likely to swim in the lake.')).toEqual([]);
  });

  it('"wants to say" still reports only the wish', () => {
    expect(reported('Mayor Tom Reyes wants to say that the bridge is safe.')).toEqual([['indirect', 'Tom Reyes', 'wants', 'to say that the bridge is safe']]);
  });
});

describe('reported speech: participles in the progressive and opening the sentence', () => {
  it('after a contracted auxiliary', () => {
    expect(reported('Mayor Tom Reyes spoke first. He’s also praising the council for the new levy.')).toEqual([['indirect', 'Tom Reyes', '’s also praising', 'the council for the new levy']]);
    expect(reported('He’s running for the council again this year.')).toEqual([]);
  });

  it('after a preposition opening the sentence: the subject follows the participle clause, which ends at its comma', () => {
    expect(reported('After blasting the council for the delays, Mayor Tom Reyes left the hall.', 'After saying he was nervous, the young farmer walked out.')).toEqual([
      ['indirect', 'Tom Reyes', 'blasting', 'the council for the delays'],
      ['indirect', 'the young farmer', 'saying', 'he was nervous'],
    ]);
  });
});

describe('reported speech: a participle after a comma, its subject past an opening adverbial', () => {
  it('an adverbial opening the sentence, adverbs before the participle', () => {
    expect(
      reported('For months, Governor Ana Silva has stayed out of the race, arguing she did not want to tip the scales.', 'Mayor Tom Reyes had a strong night at the debate, forcefully denouncing the new levy.'),
    ).toEqual([
      ['indirect', 'Ana Silva', 'arguing', 'she did not want to tip the scales'],
      ['indirect', 'Ana Silva', 'did not want', 'to tip the scales'],
      ['indirect', 'Tom Reyes', 'forcefully denouncing', 'the new levy'],
    ]);
  });
});

describe('reported speech: a participle after "and"', () => {
  it('shares the subject of its clause', () => {
    expect(reported('Senator Paula Grant is making a stop at the high school, walking past the long line and answering questions about her campaign.')).toEqual([
      ['indirect', 'Paula Grant', 'answering', 'questions about her campaign'],
    ]);
  });
});

describe('reported speech: a cue in a relative clause inside another attribution’s subject', () => {
  it('the relative clause’s content ends before the main verb; both attributions stand', () => {
    expect(
      reported(
        'Even farmers who have praised the new levy warned on Friday that the harvest could suffer.',
        'A nurse who has accused the clinic of negligence said Monday that she would sue.',
      ),
    ).toEqual([
      ['indirect', 'Even farmers', 'have praised', 'the new levy'],
      ['indirect', 'Even farmers', 'warned', 'the harvest could suffer'],
      ['indirect', 'A nurse', 'has accused', 'the clinic of negligence'],
      ['indirect', 'A nurse', 'said', 'she would sue'],
    ]);
  });

  it('in an appositive after a name, the name is the source of both', () => {
    expect(reported('Marta Quell, a county clerk who has long opposed the merger, argued that the vote came too early.')).toEqual([
      ['indirect', 'Marta Quell', 'has long opposed', 'the merger'],
      ['indirect', 'Marta Quell', 'argued', 'the vote came too early'],
    ]);
  });

  it('a nested clause with its own subject is left whole', () => {
    expect(reported('Governor Ana Silva said that the farmers argued the levy came too late.')).toEqual([
      ['indirect', 'Ana Silva', 'said', 'the farmers argued the levy came too late'],
      ['indirect', 'the farmers', 'argued', 'the levy came too late'],
    ]);
  });
});
