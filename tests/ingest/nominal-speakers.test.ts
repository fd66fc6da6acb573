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

  it('leaves a definite description of one person to the description rules, not an unnamed one nor an organization', () => {
    expect(sourcePhrase('the senator')).toBeNull();
    expect(sourcePhrase('the official')).toBe('the official');
    expect(sourcePhrase('the company')).toBe('the company');
    expect(sourcePhrase('the statement')).toBe('the statement');
    expect(sourcePhrase('a senior administration official')).toBe('a senior administration official');
    expect(sourcePhrase('Rubio’s campaign')).toBe('Rubio’s campaign');
    expect(sourcePhrase('would help voters')).toBeNull();
    expect(sourcePhrase('officer')).toBeNull();
  });

  it('an organization or unnamed person the description rules could not name is the source as written', () => {
    expect(direct('“We will not settle this case,” the company said in a statement.')).toEqual([['the company', 'We will not settle this case,']]);
    expect(direct('“Nobody at the port saw the memo,” the official said.')).toEqual([['the official', 'Nobody at the port saw the memo,']]);
    expect(direct('“The depot stays shut,” the group said.')).toEqual([['the group', 'The depot stays shut,']]);
    // Named before: the description rules name it.
    const named = direct('The Harbor Freight Company closed two depots on Friday.', '“We regret the closures,” the company said.');
    expect(named[0][0]).toBe('Harbor Freight Company');
    // One person of office or calling whom nobody named fits: no speaker.
    expect(direct('“The depot stays shut,” the senator said.')).toEqual([[null, 'The depot stays shut,']]);
  });

  it('"read" attributes a quotation to a document only', () => {
    expect(direct('“The council shall meet twice a year,” the letter read.')).toEqual([['the letter', 'The council shall meet twice a year,']]);
    expect(direct('The email read: “Meet me at the dock before the ferry leaves, and bring the papers.”')).toEqual([
      ['The email', 'Meet me at the dock before the ferry leaves, and bring the papers.'],
    ]);
    expect(direct('“The council shall meet twice a year,” the spokesman read.')).toEqual([[null, 'The council shall meet twice a year,']]);
  });
});
