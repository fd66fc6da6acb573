import { reportedNamed as reported } from './article-rows';

describe('reported speech: where a nominal cue’s complement ends', () => {
  it('a comma grouping digits or listing nouns ends no noun phrase', () => {
    expect(reported("Berlin's pledge to add almost 7,000 sailors to its navy was welcomed.")).toEqual([['indirect', 'Berlin', 'pledge to', 'to add almost 7,000 sailors to its navy']]);
    expect(reported("The mayor dismissed the union's accusations of fraud, bribery and theft.")).toContainEqual(['indirect', 'the union', 'accusations of', 'fraud, bribery and theft']);
  });

  it('a comma before a clause’s verb sets off an aside of its subject', () => {
    expect(reported('Regulators opened an inquiry into complaints that the mill, and by extension its owner, had dumped cheap steel on the market.')).toEqual([
      ['indirect', null, 'complaints that', 'the mill, and by extension its owner, had dumped cheap steel on the market'],
    ]);
  });

  it('near misses: a clause with its verb, a relative clause and a new clause after "and" still end the complement', () => {
    expect(reported('There were complaints that the mill had dumped cheap steel, and regulators opened an inquiry.')).toEqual([['indirect', null, 'complaints', 'the mill had dumped cheap steel']]);
    expect(reported("The council's support for the levy, which passed in May, was narrow.")).toEqual([['indirect', 'council', 'support for', 'the levy']]);
    expect(reported("The mayor dismissed the union's accusations of fraud, and the union then dropped them.")).toContainEqual(['indirect', 'the union', 'accusations of', 'fraud']);
  });
});

describe('reported speech: a clause content is not cut down to its subject', () => {
  it('a comma right after a question word or a subject sets off an aside inside the clause', () => {
    expect(reported('Ms. Vidal described how, growing up, she worked on the docks every summer.')).toEqual([['indirect', 'Vidal', 'described', 'how, growing up, she worked on the docks every summer']]);
    expect(reported('Lawmakers may now ask whether candidates like Ms. Vidal, who claimed the port was safe, are fit to lead.')).toEqual([
      ['indirect', 'Lawmakers', 'may now ask', 'whether candidates like Ms. Vidal, who claimed the port was safe, are fit to lead'],
      ['indirect', 'Vidal', 'claimed', 'the port was safe'],
    ]);
  });

  it('near misses: an object and a lone question word before a new clause are cut as before', () => {
    expect(reported('Ms. Vidal praised the harbor master, citing his record on safety.')).toEqual([
      ['indirect', 'Vidal', 'praised', 'the harbor master'],
      ['indirect', 'Vidal', 'citing', 'his record on safety'],
    ]);
    expect(reported('Ms. Vidal did not explain why, but her aides said the trip was canceled.')).toEqual([
      ['indirect', 'Vidal', 'did not explain', 'why'],
      ['indirect', 'her aides', 'said', 'the trip was canceled'],
    ]);
  });
});

describe('reported speech: a content goes on after a semicolon', () => {
  it('the clause after a semicolon that follows a closing cue is the same speaker’s next point', () => {
    expect(reported('The delays were no accident, Ana Ruiz noted; the board had planned them for months.')).toContainEqual([
      'indirect',
      'Ana Ruiz',
      'noted',
      'The delays were no accident the board had planned them for months',
    ]);
  });

  it('near misses: a tag of a few words, or a clause a time phrase opens, after the semicolon is left out', () => {
    expect(reported('The delays were no accident, Ana Ruiz noted; the board agreed.')).toEqual([['indirect', 'Ana Ruiz', 'noted', 'The delays were no accident']]);
    expect(reported('The delays were no accident, Ana Ruiz noted; in 2019, the board had planned a new dock.')).toContainEqual(['indirect', 'Ana Ruiz', 'noted', 'The delays were no accident']);
  });
});

describe('reported speech: what a passive cue’s subject is reported for or as', () => {
  it('"for" or "as" after the agent joins the subject in the content', () => {
    expect(reported('Tom Holt was criticized by his rivals for skipping the budget vote.')).toEqual([['indirect', 'his rivals', 'was criticized by', 'Tom Holt for skipping the budget vote']]);
    expect(reported('Holt was attacked by the mayor as a spendthrift.')).toEqual([['indirect', 'the mayor', 'was attacked by', 'Holt as a spendthrift']]);
  });

  it('near misses: a relative clause after the agent, and "such … as" inside the agent, add nothing', () => {
    expect(reported('Tom Holt was criticized by his rivals, who want the seat.')).toContainEqual(['indirect', 'his rivals', 'was criticized by', 'Tom Holt']);
    expect(reported('The ferry was praised by such groups as the harbor guild.')).toEqual([['indirect', 'such groups as the harbor guild', 'was praised by', 'The ferry']]);
  });
});
