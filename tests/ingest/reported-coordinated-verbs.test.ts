import { reported } from './article-rows';

describe('reported speech: a cue verb coordinated with an object cue gets its own attribution', () => {
  it('"had opposed … and once again did not like …": the object ends before "and", the second verb reports the rest', () => {
    const rows = reported('Ada Holt had opposed a similar levy in 2012 and once again did not like the terms of the new one.');
    expect(rows).toContainEqual(['indirect', 'Ada Holt', 'had opposed', 'a similar levy in 2012']);
    expect(rows).toContainEqual(['indirect', 'Ada Holt', 'once again did not like', 'the terms of the new one']);
  });

  it('"and in the past backed", "but twice criticized": the verb-group adverbs stand between the conjunction and the verb too', () => {
    const rows = reported('Ada Holt opposed the ferry levy and in the past backed a toll on the bridge.', 'Rex Lund praised the harbor plan but twice criticized its cost.');
    expect(rows).toContainEqual(['indirect', 'Ada Holt', 'opposed', 'the ferry levy']);
    expect(rows).toContainEqual(['indirect', 'Ada Holt', 'in the past backed', 'a toll on the bridge']);
    expect(rows).toContainEqual(['indirect', 'Rex Lund', 'praised', 'the harbor plan']);
    expect(rows).toContainEqual(['indirect', 'Rex Lund', 'twice criticized', 'its cost']);
  });

  it('an adverb not listed and not in -ly ("and soon") leaves the object as it was', () => {
    expect(reported('Holt praised the crew and soon the whole fleet.')).toEqual([['indirect', 'Holt', 'praised', 'the crew and soon the whole fleet']]);
  });

  it('"hasn’t endorsed … or conceded …": "or" joins the two verbs too', () => {
    const rows = reported('The senator hasn’t endorsed the mayor or conceded the race for the nomination.');
    expect(rows).toContainEqual(['indirect', 'The senator', 'hasn’t endorsed', 'the mayor']);
    expect(rows).toContainEqual(['indirect', 'The senator', 'conceded', 'the race for the nomination']);
  });

  it('", yet refuses …" after an -s cue: the second verb\'s infinitive is its own content', () => {
    const rows = reported('Holt demands accountability from the board, yet refuses to release her own ledgers.');
    expect(rows).toContainEqual(['indirect', 'Holt', 'demands', 'accountability from the board']);
    expect(rows).toContainEqual(['indirect', 'Holt', 'refuses', 'to release her own ledgers']);
  });

  it('"not yet announced" holds no conjunction', () => {
    const rows = reported('The theater praised the cast it has not yet announced.');
    expect(rows.filter((r) => r[2] === 'announced')).toEqual([]);
  });

  it('"mocked the board, criticized its fees": a comma alone between two pasts of object cues', () => {
    const rows = reported('Holt mocked the harbor board, criticized its fees and left early.');
    expect(rows).toContainEqual(['indirect', 'Holt', 'mocked', 'the harbor board']);
    expect(rows).toContainEqual(['indirect', 'Holt', 'criticized', 'its fees and left early']);
  });

  it('", compared to …" after a comma is no second verb', () => {
    expect(reported('Holt praised the new ferry, compared to the old one.')).toEqual([['indirect', 'Holt', 'praised', 'the new ferry, compared to the old one']]);
  });

  it('a verb that reports nothing ("and left the hall") leaves the object as it was', () => {
    const rows = reported('Holt praised the crew and left the hall early.');
    expect(rows).toEqual([['indirect', 'Holt', 'praised', 'the crew and left the hall early']]);
  });

  it('"and" inside the object\'s noun phrase ("the harbor and quayside workers") is no coordinated verb', () => {
    const rows = reported('The council praised the harbor and quayside workers for their long hours.');
    expect(rows).toEqual([['indirect', 'The council', 'praised', 'the harbor and quayside workers for their long hours']]);
  });

  it('"and accused" inside a quotation stays in the content', () => {
    const rows = reported('Ada Holt praised the pilot for a “quick look at the hull and accused nobody of neglect” before noon.');
    expect(rows.filter((r) => r[2] === 'accused')).toEqual([]);
  });
});

describe('reported speech: a participle with its own subject after "…, with" ends the content before it', () => {
  it('"shrugged off the closure, with two in five saying …" gives each its own words', () => {
    const rows = reported('Many residents shrugged off the closure, with two in five saying it would not change their plans.');
    expect(rows).toContainEqual(['indirect', 'Many residents', 'shrugged off', 'the closure']);
    expect(rows).toContainEqual(['indirect', 'two in five', 'saying', 'it would not change their plans']);
  });

  it('"…, with its new ferry routes" holding no cue stays in the content', () => {
    expect(reported('The mayor praised the plan, with its new ferry routes and lower fares.')).toEqual([
      ['indirect', 'The mayor', 'praised', 'the plan, with its new ferry routes and lower fares'],
    ]);
  });
});

describe('reported speech: a pronoun after "when" or "whereas" opens its own clause', () => {
  it('"was talking about the ferry when he told reporters …" ends the object before "when"', () => {
    const rows = reported('Holt was talking about the ferry when he told reporters that the fares would rise.');
    expect(rows).toContainEqual(['indirect', 'Holt', 'was talking about', 'the ferry']);
    expect(rows.map((r) => r[3])).toContain('the fares would rise');
  });

  it('"when" with no cue after it stays in the content', () => {
    expect(reported('Holt was talking about the ferry when the lights went out.')).toEqual([['indirect', 'Holt', 'was talking about', 'the ferry when the lights went out']]);
  });
});

describe('reported speech: a relative clause set off by commas around its own attribution ends the object', () => {
  it('"…, which, her advisers believe, would …" ends the object before ", which"', () => {
    const rows = reported('Holt is counting on the fervor of her supporters, which, her advisers believe, would lead to a win.');
    expect(rows).toContainEqual(['indirect', 'Holt', 'is counting on', 'the fervor of her supporters']);
  });

  it('"…, which, in the end, would …" with no cue inside stays in the object', () => {
    expect(reported('Holt is counting on the fervor of her supporters, which, in the end, would lead to a win.')).toEqual([
      ['indirect', 'Holt', 'is counting on', 'the fervor of her supporters, which, in the end, would lead to a win'],
    ]);
  });
});

describe('reported speech: a list of gerunds stays in the object', () => {
  it('"supported closing the pier, raising the fees and hiring guards" keeps the whole list', () => {
    expect(reported('The board supported closing the old pier, raising the mooring fees and hiring two more guards.')).toEqual([
      ['indirect', 'The board', 'supported', 'closing the old pier, raising the mooring fees and hiring two more guards'],
    ]);
  });

  it('"accused him of hiding, delaying, and withholding …" keeps the whole list', () => {
    const rows = reported('Residents have accused the mayor of hiding, delaying, and withholding facts about the spill.');
    expect(rows).toContainEqual(['indirect', 'Residents', 'have accused', 'the mayor of hiding, delaying, and withholding facts about the spill']);
  });

  it('"endorsed the levy, citing …" after a noun object still ends at the participle', () => {
    const rows = reported('Holt endorsed the levy, citing the state figures and the deficit.');
    expect(rows).toContainEqual(['indirect', 'Holt', 'endorsed', 'the levy']);
  });
});
