import { reported } from './article-rows';

describe('reported speech: a relative clause whose own subject reports ends the content', () => {
  it('"said he and Vidal did not discuss …": a pronoun and "and" opening the content are one subject with the name, no sibling', () => {
    expect(reported('Mayor Tom Reyes said he and Ines Vidal did not discuss the harbor levy.')).toEqual([
      ['indirect', 'Tom Reyes', 'said', 'he and Ines Vidal did not discuss the harbor levy'],
      ['indirect', 'Ines Vidal', 'did not discuss', 'the harbor levy'],
    ]);
    expect(reported('Mayor Tom Reyes praised the plan and Ines Vidal criticized the levy.')).toEqual([
      ['indirect', 'Tom Reyes', 'praised', 'the plan'],
      ['indirect', 'Ines Vidal', 'criticized', 'the levy'],
    ]);
  });

  it('"criticized X, which he argued …" gives the object and the relative clause their own attributions', () => {
    const rows = reported('Senator Ada Holt criticized the new harbor budget, which she argued would starve the ferry fund.');
    expect(rows).toContainEqual(['indirect', 'Ada Holt', 'criticized', 'the new harbor budget']);
    expect(rows).toContainEqual(['indirect', 'Ada Holt', 'argued', 'would starve the ferry fund']);
  });

  it('"are focused on X, which they say …" ends the object before the relative clause', () => {
    const rows = reported('The harbor pilots are also focused on the cuts to night crews, which they say left the port unsafe.');
    expect(rows).toContainEqual(['indirect', 'The harbor pilots', 'are also focused on', 'the cuts to night crews']);
  });

  it('"said …, which an inspector said …" ends a clause after its cue', () => {
    const rows = reported('Mayor Lena Ortiz said she backs the final harbor plan, which the chief inspector said was the safest on offer.');
    expect(rows).toContainEqual(['indirect', 'Lena Ortiz', 'said', 'she backs the final harbor plan']);
  });

  it('"signed a letter that he said was …" ends the object before a relative clause with no comma', () => {
    const rows = reported('The captain signed a letter of apology that he said was written by the harbor board.');
    expect(rows).toContainEqual(['indirect', 'The captain', 'signed', 'a letter of apology']);
  });

  it('a reported clause keeps a relative clause with no comma ("said the plan that she wrote would pass")', () => {
    const rows = reported('Mayor Lena Ortiz said the ferry plan that she wrote last year would pass easily.');
    expect(rows).toContainEqual(['indirect', 'Lena Ortiz', 'said', 'the ferry plan that she wrote last year would pass easily']);
  });

  it('an object keeps a relative clause with no cue ("praised the pilots that she met")', () => {
    const rows = reported('Mayor Lena Ortiz praised the pilots that she met at the dock.');
    expect(rows).toContainEqual(['indirect', 'Lena Ortiz', 'praised', 'the pilots that she met at the dock']);
  });

  it('a relative clause with no cue of its own stays in the content', () => {
    const rows = reported('Mayor Lena Ortiz said she backs the final harbor plan, which includes two new ferries.');
    expect(rows).toContainEqual(['indirect', 'Lena Ortiz', 'said', 'she backs the final harbor plan, which includes two new ferries']);
  });

  it('a relative clause inside a content before its cue stays in it', () => {
    const rows = reported('The pilots, who asked the board to delay the vote, left the meeting early, a spokesman for the union said.');
    expect(rows).toContainEqual(['indirect', 'a spokesman for the union', 'said', 'The pilots, who asked the board to delay the vote, left the meeting early']);
  });
});

describe('reported speech: an opening subordinate clause ends before a main clause that quotes someone', () => {
  it('"When X was talking about Y, she made one thing plain: “…”" reports Y alone', () => {
    const rows = reported('When Mayor Lena Ortiz was talking about the ferry budget, she made one thing plain: “We will not close a single ferry line this year.”');
    expect(rows).toContainEqual(['indirect', 'Lena Ortiz', 'was talking about', 'the ferry budget']);
    expect(rows.some((r) => r[3].includes('one thing plain'))).toBe(false);
  });

  it('a quoted term of a word or two in the main clause is no statement and does not end the clause', () => {
    const rows = reported('When Mayor Lena Ortiz was talking about the ferry budget, the word “cuts” came up twice.');
    expect(rows).toContainEqual(['indirect', 'Lena Ortiz', 'was talking about', 'the ferry budget, the word “cuts” came up twice']);
  });
});

describe('reported speech: a colon opening a quotation that has its own attribution ends the content', () => {
  it('"saw X differently: “…,” she said" reports X alone and leaves the quotation to "said"', () => {
    const rows = reported('Judge Ada Holt saw the pilot’s words differently: “When he says he will sink the ferry, I take him at his word,” she said.');
    expect(rows).toContainEqual(['indirect', 'Ada Holt', 'saw', 'the pilot’s words differently']);
  });

  it('a quotation after a colon with no attribution after it stays the cue’s content', () => {
    const rows = reported('Mayor Lena Ortiz answered sharply: “We will not close a single ferry line this year.”');
    expect(rows).toContainEqual(['mixed', 'Lena Ortiz', 'answered', 'sharply: “We will not close a single ferry line this year.”']);
  });
});

describe('reported speech: a concession after a dash or "even as" with its own cue ends the content', () => {
  it('"claimed … - though he admitted that …" gives each cue its own clause', () => {
    const rows = reported('The pilot claimed he had docked on time - though he admitted that the crew had skipped two checks.');
    expect(rows).toContainEqual(['indirect', 'The pilot', 'claimed', 'he had docked on time']);
  });

  it('"has long said …, even as she has criticized …" ends the said clause before "even as"', () => {
    const rows = reported('Mayor Lena Ortiz has long said she will back the ferry plan, even as she has criticized the harbor board.');
    expect(rows).toContainEqual(['indirect', 'Lena Ortiz', 'has long said', 'she will back the ferry plan']);
    expect(rows).toContainEqual(['indirect', 'Lena Ortiz', 'has criticized', 'the harbor board']);
  });

  it('"even as" with no cue after it stays in the content', () => {
    const rows = reported('Mayor Lena Ortiz said the ferry would run on time, even as the storm grew.');
    expect(rows).toContainEqual(['indirect', 'Lena Ortiz', 'said', 'the ferry would run on time, even as the storm grew']);
  });
});

describe('reported speech: "but went on to say" coordinated with the cue ends its content', () => {
  it('"joked that A, but went on to say, “B”" reports A alone for "joked"', () => {
    const rows = reported('Mayor Lena Ortiz joked that the ferry was her second home, but went on to say, “The schedule has to change before the winter storms.”');
    expect(rows).toContainEqual(['indirect', 'Lena Ortiz', 'joked', 'the ferry was her second home']);
  });

  it('"went on to" before a verb of no speech stays in the content', () => {
    const rows = reported('Mayor Lena Ortiz said the old ferry was slow but went on to win every race that summer.');
    expect(rows).toContainEqual(['indirect', 'Lena Ortiz', 'said', 'the old ferry was slow but went on to win every race that summer']);
  });
});
