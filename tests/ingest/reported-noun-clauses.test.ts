import { reported } from './article-rows';

/** [source, cue, content] of the rows whose cue holds `word`. */
const withCue = (word: string, ...paragraphs: string[]): [string | null, string | null, string][] =>
  reported(...paragraphs)
    .filter((r) => r[2]?.includes(word))
    .map((r) => [r[1], r[2], r[3]]);

describe('reported speech: a noun cue as a copula’s subject', () => {
  it('a name’s or a pronoun’s noun, then "is that" or "has long been that": the possessor is the source', () => {
    expect(withCue('answer', 'Mayor Lena Ortiz took questions for an hour. Ortiz’s answer was that the bridge will open in May.')).toEqual([
      ['Lena Ortiz', 'answer was', 'the bridge will open in May'],
    ]);
    expect(withCue('message', 'Councilman Tom Reyes spoke for an hour. His message has long been that the port must grow.')).toEqual([
      ['Tom Reyes', 'message has long been', 'the port must grow'],
    ]);
    expect(reported('Their fear is that the mill will close before spring.')).toEqual([['indirect', 'Their', 'fear is', 'the mill will close before spring']]);
  });

  it('after a determiner the noun reports with no source in the phrase', () => {
    expect(reported('One view is that the levy will pass easily.')).toEqual([['indirect', null, 'view is', 'the levy will pass easily']]);
  });

  it('a possessive after a preposition is no copula’s subject: "the problem with her argument is that …"', () => {
    expect(withCue('argument', 'The problem with her argument is that it ignores costs.')).toEqual([]);
  });
});

describe('reported speech: a noun a verb voices', () => {
  it('"made the argument that", "has been pressing the case that", "aired concerns that": the verb’s subject is the source', () => {
    expect(withCue('argument', 'Senator Paula Grant made the argument that rents are too high.')).toEqual([['Paula Grant', 'made the argument', 'rents are too high']]);
    expect(withCue('case', 'The dockworkers union has been pressing the case that the harbor needs a second crane.')).toEqual([
      ['The dockworkers union', 'pressing the case', 'the harbor needs a second crane'],
    ]);
    expect(withCue('concerns', 'Local officials aired concerns that the bridge could fail in a flood.')).toEqual([['Local officials', 'aired concerns', 'the bridge could fail in a flood']]);
  });

  it('a voicing verb read as a cue of its own reports the noun once: "raised concern that"', () => {
    expect(reported('Local officials raised concern that the bridge could fail in a flood.')).toEqual([
      ['indirect', 'Local officials', 'raised', 'concern that the bridge could fail in a flood'],
    ]);
  });

  it('a negated verb voices only a "that" clause (reported-negated-that.ts)', () => {
    expect(reported('The mayor did not make the case that taxes should rise.')).toEqual([['indirect', 'The mayor', 'did not make the case', 'taxes should rise']]);
  });
});

describe('reported speech: a noun with no determiner before "that"', () => {
  it('"despite complaints that", "allegations that": the clause is the content, no source in the phrase', () => {
    expect(reported('Despite complaints that the fees are too high, the board kept them.')).toEqual([['indirect', null, 'complaints', 'the fees are too high']]);
    expect(withCue('allegations', 'The inquiry looked into allegations that the clerk shredded ballots.')).toEqual([
      [null, 'allegations', 'the clerk shredded ballots'],
    ]);
  });

  it('a capitalized modifier says whose: "Republican criticism that"', () => {
    expect(withCue('criticism', 'The senator brushed off Republican criticism that his plan is costly.')).toContainEqual(['Republican', 'criticism', 'his plan is costly']);
  });

  it('no attribution of its own: a relative "that", a preposition a verb takes, a subject opening the sentence, "kind of"', () => {
    expect(withCue('complaints', 'The clerk dismissed complaints that were filed late.').map((r) => r[1])).not.toContain('complaints');
    expect(withCue('allegations', 'Ana Silva responded to allegations that she misused the fund.')).toEqual([]);
    expect(withCue('Complaints', 'Complaints that the buses run late reached the board.')).toEqual([]);
    expect(withCue('speculation', 'That ended the kind of idle speculation that the race had generated.')).toEqual([]);
  });
});

describe('reported speech: a noun after a lower-case possessive', () => {
  it('"the builder’s assurances that", "budget hawks’ warnings that": the possessor is the source', () => {
    expect(withCue('assurances', 'The permit rested on the builder’s assurances that the site was clean.')).toEqual([['the builder', 'assurances', 'the site was clean']]);
    expect(withCue('warnings', "Rents stayed flat, belying budget hawks' warnings that they would soar.")).toEqual([['budget hawks', 'warnings', 'they would soar']]);
  });

  it('a relative "that" after the noun opens no clause of its own: "the builder’s assurances that were filed"', () => {
    expect(withCue('assurances', 'The inspector read the builder’s assurances that were filed in March.')).toEqual([]);
  });
});

describe('a megabyte of noun-clause cues', () => {
  it('reads every sentence of almost a megabyte of them, two attributions each', () => {
    const rows = reported('Their view is that the port will grow, despite complaints that the fees rose. '.repeat(12_500));
    expect(rows).toHaveLength(2 * 12_500);
    expect(rows.at(-1)).toEqual(['indirect', null, 'complaints', 'the fees rose']);
  });
});
