import { sourcePhrase } from '../../src/ingest/attribution/nominal-speakers';
import { quotes as direct } from './article-rows';

describe('noun phrases as speakers of direct quotes', () => {
  it('a document, a group or an unnamed person after the quotation', () => {
    expect(direct('“The bridge will reopen in May,” the statement said.')).toEqual([['the statement', 'The bridge will reopen in May,']]);
    expect(direct('“Nobody told us anything,” one resident wrote on the town forum.')).toEqual([['one resident', 'Nobody told us anything,']]);
    expect(direct('“Open the gates,” protesters chanted outside the depot.')).toEqual([['protesters', 'Open the gates,']]);
  });

  it('inverted and before the quotation', () => {
    expect(direct('“We are reviewing the contract,” said a spokeswoman for the port authority.')).toEqual([['a spokeswoman for the port authority', 'We are reviewing the contract,']]);
    expect(direct('One user wrote: “The ferry has not run on time in years.”')).toEqual([['One user', 'The ferry has not run on time in years.']]);
  });

  it('the quotation right after such an attribution goes on with the same words', () => {
    expect(direct('“We will appeal,” the statement said Tuesday. “The ruling ignores the law.”')).toEqual([
      ['the statement', 'We will appeal,'],
      ['the statement', 'The ruling ignores the law.'],
    ]);
    expect(direct('“We will appeal,” the statement said. Ana Vidal disagreed. “The ruling is sound.”')[1][0]).not.toBe('the statement');
  });

  it('the owner a noun phrase names: an organization, or a person for a document of theirs', () => {
    const rows = direct('The Harbor Council met on Monday.', '“Fees will rise,” a Harbor Council memo said.');
    expect(rows).toEqual([['Harbor Council', 'Fees will rise,']]);
    expect(direct('“We will review it,” said a spokesman for the Harbor Council.')).toEqual([['Harbor Council', 'We will review it,']]);
  });

  it('a person’s spokesman or campaign speaks for them but is not them: the phrase as written', () => {
    expect(direct('Mayor Lena Ortiz toured the pier.', '“No comment,” said a spokesman for Mayor Lena Ortiz.')).toEqual([
      ['a spokesman for Mayor Lena Ortiz', 'No comment,'],
    ]);
  });

  it('leaves a definite description of one person or of an organization to the description rules', () => {
    expect(sourcePhrase('the senator')).toBeNull();
    expect(sourcePhrase('the company')).toBeNull();
    expect(sourcePhrase('the statement')).toBe('the statement');
    expect(sourcePhrase('a senior administration official')).toBe('a senior administration official');
    expect(sourcePhrase('Rubio’s campaign')).toBe('Rubio’s campaign');
    expect(sourcePhrase('would help voters')).toBeNull();
    expect(sourcePhrase('officer')).toBeNull();
  });
});
