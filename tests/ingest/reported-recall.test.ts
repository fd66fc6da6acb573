import { reported } from './article-rows';

describe('reported speech: agentless passives of judgement', () => {
  it('declared or projected the winner, considered a threat, lambasted for', () => {
    expect(
      reported(
        'Shortly after the polls closed, Mayor Ada Reyes was declared the winner in the northern district.',
        'The new bridge is widely considered a model for other river towns.',
        'The harbor board was eventually lambasted for the slow repairs.',
        'The old quarter is now known as the safest part of town.',
      ),
    ).toEqual([
      ['indirect', null, 'was declared', 'Mayor Ada Reyes was declared the winner in the northern district'],
      ['indirect', null, 'is widely considered', 'The new bridge is widely considered a model for other river towns'],
      ['indirect', null, 'was eventually lambasted', 'The harbor board was eventually lambasted for the slow repairs'],
      ['indirect', null, 'is now known', 'The old quarter is now known as the safest part of town'],
    ]);
  });

  it('known for, named, charged with; a pronoun subject opens the content', () => {
    expect(
      reported(
        'The ferry captain is best known for rescuing two swimmers in the storm.',
        'She was named the new harbor master on Monday.',
        'A dock worker was charged with theft after the inquiry.',
      ),
    ).toEqual([
      ['indirect', null, 'is best known', 'The ferry captain is best known for rescuing two swimmers in the storm'],
      ['indirect', null, 'was named', 'She was named the new harbor master on Monday'],
      ['indirect', null, 'was charged', 'A dock worker was charged with theft after the inquiry'],
    ]);
  });

  it('an aside in commas before the verb: the subject before it opens the content; "which" stands for its noun', () => {
    expect(
      reported(
        'The dockworkers union, the oldest in the port, is widely regarded as the strongest on the coast.',
        'Holt, a ferry pilot for thirty years, is best known for the night crossing.',
        'The pilots met the harbor board, which is seen as close to the mayor.',
      ),
    ).toEqual([
      ['indirect', null, 'is widely regarded', 'The dockworkers union, the oldest in the port, is widely regarded as the strongest on the coast'],
      ['indirect', null, 'is best known', 'Holt, a ferry pilot for thirty years, is best known for the night crossing'],
      ['indirect', null, 'is seen', 'which is seen as close to the mayor'],
    ]);
  });

  it('no claim when the passive is negated or its subject is "neither" or "none"', () => {
    expect(reported('The ferry captain has never been charged with any crime.', 'Neither clerk was charged with theft.')).toEqual([]);
  });

  it('not a participle followed by a word that reports nothing', () => {
    expect(reported('The meeting was declared over at noon.', 'Two players were called up from the reserve team.')).toEqual([]);
  });
});

describe('reported speech: cues after "rushed to", "hastened to"', () => {
  it('the cue is read with its subject', () => {
    expect(reported('Councilwoman Ines Vidal hastened to add that the budget had been cut twice.', 'Harbor officials rushed to defend the new fees.')).toEqual([
      ['indirect', 'Ines Vidal', 'hastened to add', 'the budget had been cut twice'],
      ['indirect', 'Harbor officials', 'rushed to defend', 'the new fees'],
    ]);
  });
});

describe('reported speech: where contents end', () => {
  it('a spaced hyphen before a participle ends the clause before it', () => {
    expect(reported('Mayor Tom Reyes says the levy will pass easily - noting that the council will vote on Friday.')).toEqual([
      ['indirect', 'Tom Reyes', 'says', 'the levy will pass easily'],
      ['indirect', 'Tom Reyes', 'noting', 'the council will vote on Friday'],
    ]);
  });

  it('a closing attribution inside parentheses', () => {
    expect(reported('The ferry will run all winter. (The old pier, it turns out, is safe for another decade, Ines Vidal said.)')).toEqual([
      ['indirect', 'Ines Vidal', 'said', '(The old pier, it turns out, is safe for another decade'],
    ]);
  });
});

describe('reported speech: stances named by a noun after a copula', () => {
  it('"is a supporter of", "has been a critic of", "is a Reyes backer"', () => {
    expect(
      reported(
        'Ines Vidal, 52, is a fervent supporter of the harbor levy.',
        'Councilman Tom Ortiz has long been a vocal critic of the new bridge and voted against it.',
        'Ada Ruiz is a Reyes backer from the east side.',
      ),
    ).toEqual([
      ['indirect', 'Ines Vidal', 'a fervent supporter of', 'the harbor levy'],
      ['indirect', 'Tom Ortiz', 'a vocal critic of', 'the new bridge'],
      ['indirect', 'Tom Ortiz', 'voted against', 'it'],
      ['indirect', 'Ada Ruiz', 'a Reyes backer', 'Reyes'],
    ]);
  });

  it('not negated, not in apposition, not after a clause word', () => {
    expect(
      reported(
        'Mayor Reyes is not a supporter of the plan.',
        'Tom Ortiz, a longtime critic of the levy, spoke first at the hearing.',
        'The trouble is that critics of the plan are loud.',
        'The vote was a blow for supporters of the levy.',
      ),
    ).toEqual([]);
  });
});

describe('reported speech: "so" for a clause', () => {
  it('"said so" reports the clause "so" stands for', () => {
    expect(reported('Mayor Reyes said so in a letter to the council on Friday.', 'Ada Ruiz has said so before, and she will again.')).toEqual([
      ['indirect', 'Reyes', 'said', 'so'],
      ['indirect', 'Ada Ruiz', 'has said', 'so'],
    ]);
  });

  it('not "so" opening a longer phrase', () => {
    expect(reported('Harbor officials said so much had changed that the rules were rewritten.').map((r) => r[3])).not.toContain('so');
  });
});

describe('reported speech: perfect participles, swipes and "as" complements', () => {
  it('has spoken about, has taken aim at, took swipes at, came out against', () => {
    expect(
      reported(
        'Mayor Lena Ortiz has spoken about the need for a second ferry dock.',
        'Councilman Tomas Reyes has taken aim at the new parking fees.',
        'Judge Ana Vidal took swipes at the harbor board on Monday.',
        'Senator Paula Grant came out against the toll increase.',
      ),
    ).toEqual([
      ['indirect', 'Lena Ortiz', 'has spoken about', 'the need for a second ferry dock'],
      ['indirect', 'Tomas Reyes', 'has taken aim at', 'the new parking fees'],
      ['indirect', 'Ana Vidal', 'took swipes at', 'the harbor board on Monday'],
      ['indirect', 'Paula Grant', 'came out against', 'the toll increase'],
    ]);
  });

  it('cast someone as something reports a portrayal; cast a ballot does not', () => {
    expect(reported('Mayor Lena Ortiz has cast her challenger as a friend of the developers.')).toEqual([
      ['indirect', 'Lena Ortiz', 'has cast', 'her challenger as a friend of the developers'],
    ]);
    expect(reported('Mayor Lena Ortiz cast a ballot at the library before noon.')).toEqual([]);
  });
});

describe('reported speech: statements, a comment, a remark as nominal cues', () => {
  it('made several statements about, a comment on: the maker is the source', () => {
    expect(reported('Senator Paula Grant has made several conflicting statements about the toll increase.')).toEqual([
      ['indirect', 'Paula Grant', 'statements about', 'the toll increase'],
    ]);
    expect(reported('Mayor Lena Ortiz made a brief comment on the ferry fares.')).toEqual([['indirect', 'Lena Ortiz', 'comment on', 'the ferry fares']]);
  });
});

describe('reported speech: an adverb inside a cue phrase', () => {
  it('spoke briefly about, complained bitterly about: the cue as written, the content after it', () => {
    expect(reported('Mayor Lena Ortiz spoke briefly about the ferry fares.', 'Councilman Tomas Reyes complained bitterly about the parking fees.')).toEqual([
      ['indirect', 'Lena Ortiz', 'spoke briefly about', 'the ferry fares'],
      ['indirect', 'Tomas Reyes', 'complained bitterly about', 'the parking fees'],
    ]);
  });
});

describe('reported speech: voted to, voted down', () => {
  it('a vote to do something or against a bill is its voters’ stance; the noun "vote" is no cue', () => {
    expect(reported('The harbor board voted to delay the toll increase.', 'Senator Paula Grant voted down the ferry bill.')).toEqual([
      ['indirect', 'The harbor board', 'voted', 'to delay the toll increase'],
      ['indirect', 'Paula Grant', 'voted down', 'the ferry bill'],
    ]);
    expect(reported('The vote to delay the toll increase failed by two votes.')).toEqual([]);
  });
});

describe('reported speech: a poll as the subject of its finding', () => {
  it('has shown, has … leading, puts … at, gave … a lead: the standing is the content, the poll its source', () => {
    expect(
      reported(
        'Recent county polls have shown Mayor Ada Reyes trailing her rival.',
        'The harbor survey puts the ferry line’s approval at 41 percent.',
        'A Courier poll gave Reyes a narrow lead in the north.',
      ),
    ).toEqual([
      ['indirect', 'Recent county polls', 'have shown', 'Mayor Ada Reyes trailing her rival'],
      ['indirect', 'The harbor survey', 'puts', 'the ferry line’s approval at 41 percent'],
      ['indirect', 'A Courier poll', 'gave', 'Reyes a narrow lead in the north'],
    ]);
  });

  it('no standing after the verb: no finding', () => {
    expect(reported('The poll has a margin of error of four points.', 'The new survey had few surprises for the council.')).toEqual([]);
  });
});
