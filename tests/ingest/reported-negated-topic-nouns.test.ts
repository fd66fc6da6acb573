import { reported } from './article-rows';

const LEAD = 'Mayor Ines Vidal spoke to the county board on Monday.';

describe('reported speech: a topic noun as the object of a negated verb ("Vidal has not given details about …")', () => {
  it('gives the subject of the negated verb as the source, as for a verb not negated', () => {
    const rows = reported(LEAD, 'Vidal has not provided details about how the ferry would be paid for.');
    expect(rows).toContainEqual(['indirect', 'Ines Vidal', 'details about', 'how the ferry would be paid for']);
    expect(reported(LEAD, 'Vidal did not make many references to the ferry.')).toContainEqual(['indirect', 'Ines Vidal', 'references to', 'the ferry']);
    const plain = reported(LEAD, 'Vidal has provided details about how the ferry would be paid for.');
    expect(plain).toContainEqual(['indirect', 'Ines Vidal', 'details about', 'how the ferry would be paid for']);
  });

  it('still gives no source after a verb of receiving, and none to a noun with nothing before it', () => {
    const received = reported(LEAD, 'Vidal has not received complaints about the ferry schedule.');
    expect(received.some((r) => r[2] === 'complaints about' && r[1] === 'Ines Vidal')).toBe(false);
    const bare = reported(LEAD, 'Talk of a new ferry faded by the spring.');
    expect(bare.some((r) => r[2] === 'Talk of' && r[1] !== null)).toBe(false);
  });
});
