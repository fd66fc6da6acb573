import { extractArticle } from '../../src/ingest/extract-article';
import { holdsShareWord } from '../../src/ingest/attribution/reported-shares';
import { reported } from './article-rows';

describe('reported speech: a share of those polled as the source', () => {
  it('a share of a long group, with places, prepositions and participles in it', () => {
    expect(
      reported(
        'About three in 10 Nevada Democratic caucus voters say the economy is their biggest worry.',
        'Majorities of farmers in four counties heading to the polls Saturday say the water tax went too far.',
        'Fewer than half of the nurses surveyed in a new union poll released Friday support the new shift rules.',
      ),
    ).toEqual([
      ['indirect', 'About three in 10 Nevada Democratic caucus voters', 'say', 'the economy is their biggest worry'],
      ['indirect', 'Majorities of farmers in four counties heading to the polls Saturday', 'say', 'the water tax went too far'],
      ['indirect', 'Fewer than half of the nurses surveyed in a new union poll released Friday', 'support', 'the new shift rules'],
    ]);
  });

  it('a share spelled out, one after another share, and one given again in figures', () => {
    expect(
      reported(
        'Thirty-two percent said they would skip the vote.',
        'Another 12 percent said they had not made up their minds.',
        'Among parents of young children, roughly two-thirds, 64 percent, say the school day starts too early.',
      ),
    ).toEqual([
      ['indirect', 'Thirty-two percent', 'said', 'they would skip the vote'],
      ['indirect', 'Another 12 percent', 'said', 'they had not made up their minds'],
      ['indirect', 'roughly two-thirds, 64 percent,', 'say', 'the school day starts too early'],
    ]);
  });

  it('a share after "with" before a participle', () => {
    expect(reported('Most riders shrugged off the fare rise, with about four in 10 saying the trains had become more reliable.')).toContainEqual([
      'indirect',
      'about four in 10',
      'saying',
      'the trains had become more reliable',
    ]);
  });

  it('what one share says ends where the next share opens', () => {
    expect(reported('On schools the county leans right: 51% say they are conservative, 30% call themselves liberal.')).toContainEqual(['indirect', '51%', 'say', 'they are conservative']);
    expect(reported('Asked about the bridge, 58 percent of commuters said yes while 35 percent of drivers disagreed.')).toContainEqual(['indirect', '58 percent of commuters', 'said', 'yes']);
    expect(reported('Asked about the mayor, 40 percent said she was doing well, compared with 31 percent who said the same of the council.')).toContainEqual([
      'indirect',
      '40 percent',
      'said',
      'she was doing well',
    ]);
  });

  it('a share after a spaced hyphen opens its clause; "the same number" is a share too', () => {
    expect(reported('The mayor is seen as far stronger on housing than her rival - 58 percent of renters said she would handle rents better.')).toContainEqual([
      'indirect',
      '58 percent of renters',
      'said',
      'she would handle rents better',
    ]);
    expect(reported('Nearly half said they want a later school start and about the same number would rather keep the bell at eight.')).toContainEqual([
      'indirect',
      'Nearly half',
      'said',
      'they want a later school start',
    ]);
  });

  it('a bare count after a percentage, and "who" after a share in figures', () => {
    expect(reported('While 71 percent of teachers backed the new calendar, 38 said the same of the longer day.')).toContainEqual([
      'indirect',
      '38',
      'said',
      'the same of the longer day',
    ]);
    // With no percentage before it, a bare number is no share.
    expect(reported('In the spring of 2019, 38 said the same of the longer day.').map((r) => r[1])).not.toContain('38');
    expect(reported('Most parents disliked the change, including 21% who say the buses now run too early.')).toContainEqual([
      'indirect',
      null,
      'say',
      'the buses now run too early',
    ]);
  });

  it('what a share holds ends before the figures the poll adds after a comma', () => {
    const rows = reported(
      'Sixty-one percent of renters now believe rents will keep rising, a nine-point increase from the spring.',
      'About 44 percent of drivers back the toll, up three points from March.',
      'Some 52 percent of nurses view the director favorably, according to a union survey.',
    );
    expect(rows).toContainEqual(['indirect', 'Sixty-one percent of renters', 'now believe', 'rents will keep rising']);
    expect(rows).toContainEqual(['indirect', 'About 44 percent of drivers', 'back', 'the toll']);
    expect(rows).toContainEqual(['indirect', 'Some 52 percent of nurses', 'view', 'the director favorably']);
    // After a source that is no share, the clause runs on.
    expect(reported('The mayor believes rents will keep rising, up to the limit the law allows.')).toContainEqual([
      'indirect',
      'The mayor',
      'believes',
      'rents will keep rising, up to the limit the law allows',
    ]);
  });

  it('after a share a pronoun and its predicate are a whole clause, and a short answer is one after a quoted question', () => {
    expect(reported("Voters in the north lean left: 47% say they're liberal.")).toEqual([['indirect', '47%', 'say', "they're liberal"]]);
    expect(reported('Asked whether the mayor “has earned a second term,” 61 percent of residents said yes.')).toContainEqual(['indirect', '61 percent of residents', 'said', 'yes']);
  });

  it('a share of what is no group of people, and a share as a noun before "support", are no source', () => {
    const money = reported('Half of the money raised in the county goes to schools, according to the budget office.');
    expect(money.map((r) => r[1])).not.toContain('Half of the money raised in the county');
    const won = reported('The senator has won only three primaries with more than 60% support: her home state and two neighbors.');
    expect(won.map((r) => r[2])).not.toContain('support');
    // A two-word clause after a source that is no share stays too short to report.
    expect(reported('The mayor says they are.')).toEqual([]);
  });

  it('voters going "to the polls" are no poll reporting a finding', () => {
    const rows = reported('Majorities of farmers in four counties heading to the polls Saturday say the water tax went too far.');
    expect(rows.map((r) => r[2])).not.toContain('in');
  });
});

describe('reported speech: a quantifier alone as the subject', () => {
  it('"others" after a comma or a spaced hyphen is the source, not a name before it', () => {
    expect(reported('While some neighbors say Mr. Vance drives too fast, others say he is the most careful driver on the street.')).toEqual([
      ['indirect', 'some neighbors', 'say', 'Mr. Vance drives too fast'],
      ['indirect', 'others', 'say', 'he is the most careful driver on the street'],
    ]);
    expect(reported('Some parents say the fee is fair - others say it is far too high.')).toEqual([
      ['indirect', 'Some parents', 'say', 'the fee is fair'],
      ['indirect', 'others', 'say', 'it is far too high'],
    ]);
  });
});

describe('reported speech: a negative or partitive quantifier as the subject', () => {
  it('"no one", "not everyone", "at least some of", "nearly all of" open the source phrase', () => {
    expect(
      reported(
        'No one knows how long the bridge will stay closed.',
        'Not everyone at the town meeting agreed that the fee was fair.',
        'At least some of the nurses on the night shift took issue with the new schedule.',
        'Nearly all of the mayors in the valley have endorsed the water plan.',
      ),
    ).toEqual([
      ['indirect', 'No one', 'knows', 'how long the bridge will stay closed'],
      ['indirect', 'Not everyone at the town meeting', 'agreed', 'the fee was fair'],
      ['indirect', 'At least some of the nurses on the night shift', 'took issue with', 'the new schedule'],
      ['indirect', 'Nearly all of the mayors in the valley', 'have endorsed', 'the water plan'],
    ]);
  });

  it('a quantifier before a passive, or one inside a clause, reports nothing of its own', () => {
    expect(reported('Not all of the funds were spent on the new roads last year.')).toEqual([]);
    expect(reported('The clinic says no one was hurt in the fire on Sunday.')).toEqual([['indirect', 'The clinic', 'says', 'no one was hurt in the fire on Sunday']]);
  });
});

describe('reported speech: a view a share of those polled holds', () => {
  it('verbs and states that report a view only after a share', () => {
    expect(
      reported(
        'Fewer than 20 percent of renters approve of the council’s housing plan.',
        'Thirty-eight percent would choose the incumbent mayor.',
        'About 12 percent of parents in the survey were undecided about the school levy.',
        'Back in March, 61 percent of nurses held a favorable opinion of the new director.',
        'Only 9 percent of young voters cast ballots for the independent in 2020.',
      ),
    ).toEqual([
      ['indirect', 'Fewer than 20 percent of renters', 'approve of', 'the council’s housing plan'],
      ['indirect', 'Thirty-eight percent', 'would choose', 'the incumbent mayor'],
      ['indirect', 'About 12 percent of parents in the survey', 'were undecided', 'about the school levy'],
      ['indirect', '61 percent of nurses', 'held a favorable opinion of', 'the new director'],
      ['indirect', 'Only 9 percent of young voters', 'cast ballots for', 'the independent in 2020'],
    ]);
  });

  it('a state ends with its clause; a next share after "and" has its own', () => {
    expect(reported('Among commuters, 44% would be satisfied with a later bus and 30% would back a fare rise, according to the transit board.')).toEqual(
      expect.arrayContaining([
        ['indirect', '44%', 'would be satisfied', 'with a later bus'],
        ['indirect', '30%', 'would back', 'a fare rise'],
      ]),
    );
  });

  it('no view without a share, after "may", of a share of no people, or inside what a poll reports', () => {
    expect(reported('The residents approve of the new road.')).toEqual([]);
    expect(reported('Around 15 percent of voters may still be undecided in the council race.')).toEqual([]);
    expect(reported('Half of the budget is undecided until the spring.')).toEqual([]);
    expect(reported('Just 22 percent of farmers have a favorable view of the levy in a new county poll.')).toEqual([
      ['indirect', 'a new county poll', 'in', 'Just 22 percent of farmers have a favorable view of the levy'],
    ]);
    // A choice made is an act, not a view a poll reports.
    expect(reported('In the 2020 primary, 52 percent of voters chose the senator.').map((r) => r[2])).not.toContain('chose');
  });
});

describe('hostile input for the share rules, just under the 1 MB limit', () => {
  const fill = (unit: string): string => unit.repeat(Math.floor(990_000 / unit.length));
  it('sentences of shares with long groups: every share read, in time', () => {
    const unit = 'About four in 10 of the voters in all five states going to the polls Tuesday say yes, 30% approve of it and 12 percent were undecided about it. ';
    const started = Date.now();
    const x = extractArticle(`Headline of the story\n\n${fill(unit)}`);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(x.quotes.filter((q) => q.kind !== 'direct').length).toBe(3 * Math.floor(990_000 / unit.length));
  });

  it('sentences of share words far from their verb finish in time', () => {
    const unit = `${'majorities of half of 40 percent of three in 10 of the voters, '.repeat(15)}say so. `;
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${fill(unit)}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

describe('the words every share holds, read before the share patterns', () => {
  const SHARE_WORD_RE = /\d|percent|half|major|plural|minorit|third|quarter|fourth|fifth|\bof\s|\bno(?:ne|t)?\s/iu;
  test.each([
    'Most voters in the county say',
    'Sixty PERCENT of them',
    'Nearly half the members',
    'A clear Majority',
    'None\u00a0agreed',
    'Not everyone at the rally',
    'the proof of\tthe plan',
    'noted that the roof',
    'the ſof plan',
    'nothing was said',
    'İnot sure',
    'ﬁfth place',
    'in 2020 the board',
    '',
  ])('answers as the pattern does: %j', (head) => {
    expect(holdsShareWord(head)).toBe(SHARE_WORD_RE.test(head));
  });
});
