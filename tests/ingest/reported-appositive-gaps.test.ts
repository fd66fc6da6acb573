import { reported } from './article-rows';

describe('reported speech: a noun phrase set off to sum up the clause before, and a stance on it', () => {
  it('"…, a charge that officials denied": the noun phrase is the content, the subject of its relative clause the source', () => {
    const rows = reported('Mayor Ines Vidal spoke on Monday.', 'Vidal complained that the audit had been rigged, a charge that county officials flatly denied.');
    expect(rows).toContainEqual(['indirect', 'county officials', 'flatly denied', 'a charge']);
    // The clause before keeps its own attribution, ended at the comma.
    expect(rows).toContainEqual(['indirect', 'Ines Vidal', 'complained', 'the audit had been rigged']);
  });

  it('no relative word, a time phrase after the cue: "…, an offer the board rejected at a meeting last week"', () => {
    const rows = reported('Governor Tom Reyes spoke on Monday.', 'Reyes sought suggestions from the harbor board, an offer the board rejected at a meeting last week.');
    expect(rows).toContainEqual(['indirect', 'the board', 'rejected', 'an offer']);
    expect(rows).toContainEqual(['indirect', 'Tom Reyes', 'sought', 'suggestions from the harbor board']);
  });

  it('after a dash, and a bare plural after a comma', () => {
    expect(reported('Mayor Ines Vidal spoke on Monday.', 'Vidal said the levy was never meant to last - a point that Tom Reyes has disputed.')).toContainEqual(['indirect', 'Tom Reyes', 'has disputed', 'a point']);
    expect(reported('Mayor Ines Vidal spoke on Monday.', 'Vidal once called herself a fiscal hawk, views that she has since disavowed.').some((r) => r[2] === 'has since disavowed' && r[3] === 'views')).toBe(true);
  });

  it('a bare noun after the noun phrase is the source of the sentence, not a relative clause: "…, a new poll shows."', () => {
    const rows = reported('Voters went to the polls.', 'The levy is losing support, a new poll shows.');
    expect(rows).toContainEqual(['indirect', 'a new poll', 'shows', 'The levy is losing support']);
    expect(rows.some((r) => r[3] === 'a new')).toBe(false);
  });

  it('a time or a person set off is no summing noun phrase: "…, a day she called historic", "…, a man she admired"', () => {
    expect(reported('Mayor Ines Vidal spoke on Monday.', 'Vidal opened the bridge on Monday, a day she praised in her speech.').some((r) => r[3] === 'a day')).toBe(false);
    expect(reported('Mayor Ines Vidal spoke on Monday.', 'Vidal hired Tom Reyes, a man she had long praised.').some((r) => r[3] === 'a man')).toBe(false);
  });

  it('a verb or an object after the cue: the relative clause goes on and reports no noun phrase', () => {
    const rows = reported('Mayor Ines Vidal spoke on Monday.', 'Vidal backed the plan, a move that Tom Reyes criticized as reckless spending.');
    expect(rows.some((r) => r[3] === 'a move')).toBe(false);
  });
});
