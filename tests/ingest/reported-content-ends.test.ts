import { reported } from './article-rows';

describe('reported speech: where the content of "said" and "says" ends', () => {
  it('a quoted phrase closed by two apostrophes after a period ends the sentence and the content', () => {
    expect(reported("The harbor office says that the old ferry is no longer safe, having failed ''every recent inspection.'' The council says the hull is sound.")).toEqual([
      ['mixed', 'The harbor office', 'says', "the old ferry is no longer safe, having failed ''every recent inspection.''"],
      ['indirect', 'The council', 'says', 'the hull is sound'],
    ]);
  });
});

describe('reported speech: a sibling clause ends the content even after a nested cue', () => {
  it('"while others said" ends the content though a noun cue stands between', () => {
    const rows = reported('Several riders said the mayor had made a good case for the new ferry, while other riders said they had heard nothing new.');
    expect(rows).toContainEqual(['indirect', 'Several riders', 'said', 'the mayor had made a good case for the new ferry']);
    expect(rows).toContainEqual(['indirect', 'other riders', 'said', 'they had heard nothing new']);
  });
});

describe('reported speech: a speech verb coordinated with the cue ends its content', () => {
  it('"said … and said, “…”" gives the first clause alone to the first cue', () => {
    const rows = reported('The mayor said the decision was made by the harbor board and said, “Who would you rather trust with the ferries?”');
    expect(rows).toContainEqual(['indirect', 'The mayor', 'said', 'the decision was made by the harbor board']);
  });

  it('"noted … and quoted …" ends the noted clause before "and quoted"', () => {
    const rows = reported('Ada Holt noted that Sunday would have been the founder’s ninetieth birthday and quoted his motto: “Keep the lights on.”');
    expect(rows).toContainEqual(['indirect', 'Ada Holt', 'noted', 'Sunday would have been the founder’s ninetieth birthday']);
  });

  it('"and said" inside a quotation stays in the content', () => {
    const rows = reported('Ada Holt said the pilot “came in and said the ferry was late” before noon.');
    expect(rows).toContainEqual(['mixed', 'Ada Holt', 'said', 'the pilot “came in and said the ferry was late” before noon']);
  });
});

describe('reported speech: a passive "as" clause naming its source after "by"', () => {
  it('"As reported by X, …" reports what follows its comma', () => {
    expect(reported('As reported by the Ledger, the harbor office found over 200 faulty valves on the old ferry.')).toEqual([
      ['indirect', 'the Ledger', 'As reported by', 'the harbor office found over 200 faulty valves on the old ferry'],
    ]);
  });

  it('"…, as first reported by X on Monday" reports what precedes it, and the time is no part of the source', () => {
    expect(reported('The ferry line will close for a week, as first reported by the Ledger on Monday.')).toEqual([
      ['indirect', 'the Ledger', 'as first reported by', 'The ferry line will close for a week'],
    ]);
  });
});

describe('reported speech: a concessive clause with its own cue ends the content', () => {
  it('"claimed …, although she refused to …" gives each cue its own clause', () => {
    const rows = reported('Ada Holt claimed that paying no harbor fees was smart, although she again refused to release her ledgers before the vote.');
    expect(rows).toContainEqual(['indirect', 'Ada Holt', 'claimed', 'paying no harbor fees was smart']);
  });
});
