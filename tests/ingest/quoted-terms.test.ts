import { findQuotations } from '../../src/ingest/quotations';

/** The kind of each quotation in a paragraph. */
function kinds(paragraph: string): [string, string][] {
  return findQuotations([paragraph]).map((q) => [q.text, q.kind]);
}

describe('short quoted phrases that are no quotes', () => {
  it('a noun phrase after a determiner, with no speech in the sentence, is a term', () => {
    expect(kinds('The county opened a “climate resilience hub” near the river last spring.')[0][1]).toBe('term');
    expect(kinds('The library hired its “first digital navigator” in March to help older residents.')[0][1]).toBe('term');
  });

  it('a short quotation after a determiner with a speech verb nearby stays a quote', () => {
    expect(kinds('The plan is a “total disaster,” the mayor said on Tuesday.')[0][1]).toBe('quote');
  });

  it('a phrase quoted in a subhead or a linked headline in the body is no quote', () => {
    expect(kinds('Mayor Calls New Parking Rules ‘Reckless’ After Council Vote.')[0][1]).not.toBe('quote');
    expect(kinds('Mayor Tells Council Ferry Budget Is ‘Sound’.')[0][1]).toBe('term');
    expect(kinds('Ruiz says ferry budget ‘on track’ despite delays.')[0][1]).toBe('term');
  });

  it('single marks in body copy with an attribution stay quotes', () => {
    expect(kinds('‘We are on track,’ she said.')[0][1]).toBe('quote');
    expect(kinds('The minister said the budget was ‘on track’ and would be met.')[0][1]).toBe('quote');
  });
});
