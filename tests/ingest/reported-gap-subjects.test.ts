import { reported } from './article-rows';

describe('reported speech: a cue in a relative clause whose gap is the subject of what it reports', () => {
  it('"a result that officials said defied expectations": the subject between is the source, the verb group after the content', () => {
    expect(reported('The levy passed, a result that harbor officials said defied expectations.')).toContainEqual(['indirect', 'harbor officials', 'said', 'defied expectations']);
    expect(reported('Mayor Ines Vidal spoke on Monday.', 'The levy passed, a result that she said defied expectations.')).toContainEqual(['indirect', 'Ines Vidal', 'said', 'defied expectations']);
  });

  it('"something her aides argue is possible" after a dash, inside the content of the attribution before it', () => {
    const rows = reported('Mayor Ines Vidal acknowledged that the vote will be hard to win - something her aides argue is possible after the count.');
    expect(rows).toContainEqual(['indirect', 'her aides', 'argue', 'is possible after the count']);
    expect(rows.some((r) => r[2] === 'acknowledged')).toBe(true);
  });

  it('"who many voters feel need …": the object before the relative clause ends before it', () => {
    expect(reported('The mayor praised Ana Ruiz and Tom Reyes, who many voters feel need a strong showing on Tuesday.')).toEqual([
      ['indirect', 'The mayor', 'praised', 'Ana Ruiz and Tom Reyes'],
      ['indirect', 'many voters', 'feel', 'need a strong showing on Tuesday'],
    ]);
  });

  it('no verb right after the cue, or a free "what" opening the sentence: nothing of this shape', () => {
    expect(reported('What the mayor said was false.')).toEqual([]);
    expect(reported('The clerk filed the motion that the judge said in March.')).toEqual([]);
    expect(reported('The levy passed, a result that harbor officials praised loudly.').some((r) => r[2] === 'said')).toBe(false);
  });

  it('reads the shape whatever the case of its words, after a dash or a curly quotation mark', () => {
    expect(reported('The levy passed – something harbor officials SAID would surprise no one.')).toContainEqual(['indirect', 'harbor officials', 'SAID', 'would surprise no one']);
    expect(reported('The levy passed, a result THAT harbor officials believe reflected the storm.')).toContainEqual(['indirect', 'harbor officials', 'believe', 'reflected the storm']);
  });

  it('a relative word and a listed verb far apart, or a listed verb with no verb after it: nothing of this shape', () => {
    expect(reported('The clerk who filed the motion left early, and the judge said nothing more.').some((r) => r[2] === 'said' && r[1] === 'filed the motion')).toBe(false);
    expect(reported('The council approved the ferry that harbor officials said Tuesday.').some((r) => r[2] === 'said')).toBe(false);
  });
});
