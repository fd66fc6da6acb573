import { reported } from './article-rows';

describe('reported speech: an aside set off by commas between an auxiliary and its cue', () => {
  it('the aside is part of the verb group; the subject before the auxiliary is the source', () => {
    expect(
      reported(
        'The water board has, however, denied that the reservoir was ever unsafe.',
        'Harbor pilots have, for years, warned that the channel is too shallow for the new ferries.',
        'Tenants at the tower had, in fact, praised the landlord for the new boilers.',
      ),
    ).toEqual([
      ['indirect', 'The water board', 'has, however, denied', 'the reservoir was ever unsafe'],
      ['indirect', 'Harbor pilots', 'have, for years, warned', 'the channel is too shallow for the new ferries'],
      ['indirect', 'Tenants at the tower', 'had, in fact, praised', 'the landlord for the new boilers'],
    ]);
  });

  it('an appositive after a subject, or an aside before a verb that reports nothing, is no such verb group', () => {
    expect(reported('Mira Olsen, a baker from the harbor, said the rents had doubled.')).toEqual([['indirect', 'Mira Olsen', 'said', 'the rents had doubled']]);
    expect(reported('The co-op has, since the spring, built three new greenhouses.')).toEqual([]);
    expect(reported('The water board, Tuesday, denied that the reservoir was unsafe.').map((r) => r[2])).not.toContain('Tuesday, denied');
    // A capitalized "May" or "Will" is a month or a name, not an auxiliary before an aside.
    const cues = reported('Since May, the board has changed course, praising the new routes.').map((r) => r[2]);
    expect(cues).toContain('praising');
    expect(cues.filter((c) => c?.startsWith('May'))).toEqual([]);
  });
});

describe('reported speech: a long subject headed by a document, before a cue that reports a clause', () => {
  it('a study, report or research with a postmodifier, "to be" and a participle too, is the source as written', () => {
    expect(
      reported(
        'A study to be released this month by two transit economists suggests that the fare cut filled the buses.',
        'But research to be presented next week by the county health office finds that the clinics are now faster.',
      ),
    ).toEqual([
      ['indirect', 'A study to be released this month by two transit economists', 'suggests', 'the fare cut filled the buses'],
      ['indirect', 'research to be presented next week by the county health office', 'finds', 'the clinics are now faster'],
    ]);
  });

  it('a document before an object cue, or a thing that is no document, is no such source', () => {
    expect(reported('The bill to be debated next week by the council bans the sale of fireworks.')).toEqual([]);
    expect(reported('The storms to be expected this winter in the valley show that the levees are too low.').map((r) => r[1])).not.toContain('The storms to be expected this winter in the valley');
  });
});
