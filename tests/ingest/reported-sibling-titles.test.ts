import { reported } from './article-rows';

describe('reported speech: a sibling attribution whose source has a title ends the content before it', () => {
  it('"…, and Ms. Vidal said …": the first content ends at the comma, the second is its own', () => {
    const rows = reported('The island has been warning that it is running out of cash, and Ms. Ines Vidal said the emergency steps were not enough.');
    expect(rows).toContainEqual(['indirect', 'The island', 'has been warning', 'it is running out of cash']);
    expect(rows).toContainEqual(['indirect', 'Ines Vidal', 'said', 'the emergency steps were not enough']);
  });

  it('"…, while former Gov. Tom Reyes argued …" and "…, but Senator Ada Holt insisted …"', () => {
    const a = reported('Mayor Ines Vidal said the ferry plan is sound, while former Gov. Tom Reyes argued that it would fail.');
    expect(a).toContainEqual(['indirect', 'Ines Vidal', 'said', 'the ferry plan is sound']);
    expect(a).toContainEqual(['indirect', 'Tom Reyes', 'argued', 'it would fail']);
    const b = reported('Tom Reyes said the levy would pass, but Senator Ada Holt insisted that it was dead.');
    expect(b).toContainEqual(['indirect', 'Tom Reyes', 'said', 'the levy would pass']);
  });

  it('a title alone, no second attribution after it, leaves the content whole', () => {
    const rows = reported('Tom Reyes said the levy would pass, and Senator Ada Holt would lead the new panel.');
    expect(rows).toContainEqual(['indirect', 'Tom Reyes', 'said', 'the levy would pass, and Senator Ada Holt would lead the new panel']);
  });
});
