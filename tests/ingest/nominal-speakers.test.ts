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

  it('a document that reads, says or states the words', () => {
    expect(direct('“The bypass will cost twice the estimate,” the memo reads.')).toEqual([['the memo', 'The bypass will cost twice the estimate,']]);
    expect(direct('“No dogs beyond this point,” reads the notice on the gate.')).toEqual([['the notice on the gate', 'No dogs beyond this point,']]);
    expect(direct('“The mayor kept the deficit from the council,” the book says.')).toEqual([['the book', 'The mayor kept the deficit from the council,']]);
    // Only a document reads out words: a person who reads is no such source.
    expect(direct('“The minutes are approved,” one volunteer reads.')).toEqual([[null, 'The minutes are approved,']]);
  });

  it('an organization or an anonymous speaker the description rules could not name keeps the phrase', () => {
    expect(direct('“Our members will not cross the line,” the union wrote.')).toEqual([['the union', 'Our members will not cross the line,']]);
    expect(direct('“Nobody in the room expected it,” the official said.')).toEqual([['the official', 'Nobody in the room expected it,']]);
    expect(direct('“Never sign a lease you have not read,” my father often said.')).toEqual([['my father', 'Never sign a lease you have not read,']]);
    expect(direct('“The budget is sound,” the senator said.')).toEqual([[null, 'The budget is sound,']]);
  });

  it('a group described by a participle, a quotation opening its own sentence, a lead phrase before the subject', () => {
    expect(direct('Students waving banners chanted “Fund our schools!” on the steps.')).toEqual([['Students', 'Fund our schools!']]);
    expect(direct('At the end of the hearing, a neighbor commented: “The lights will never be fixed.”')).toEqual([['a neighbor', 'The lights will never be fixed.']]);
    // A quotation going on in lower case with no comma is part of a clause, not words of their own.
    expect(direct('Students chanted “fund our schools” on the steps.')).toEqual([[null, 'fund our schools']]);
  });

  it('`it` speaks for the document or organization a sentence before names', () => {
    expect(direct('“The depot will close in June,” the memo reads.', '“Staff will be moved to the harbor site,” it adds.')).toEqual([
      ['the memo', 'The depot will close in June,'],
      ['the memo', 'Staff will be moved to the harbor site,'],
    ]);
    expect(direct('The Harbor Council opposed the toll on Monday.', '“Keep the bridge free for residents,” it said.')).toEqual([
      ['Harbor Council', 'Keep the bridge free for residents,'],
    ]);
    expect(direct('A notice from the landlord went up in the lobby.', 'It warned: “Rents will rise by ten percent.”')).toEqual([
      ['A notice', 'Rents will rise by ten percent.'],
    ]);
  });

  it('`it` never stands for a person, nor for a document two paragraphs back', () => {
    expect(direct('Marta Reyes spoke on Monday.', '“We will win,” it said.')).toEqual([[null, 'We will win,']]);
    expect(direct('The Harbor Council sent a letter at noon.', 'Residents met at six.', '“Keep the bridge free,” it said.')).toEqual([
      [null, 'Keep the bridge free,'],
    ]);
  });

  it('reads past an appositive set off by commas after the phrase', () => {
    expect(direct('“We will review it,” a spokesman for the port, who asked not to be named, said.')).toEqual([['a spokesman for the port', 'We will review it,']]);
    expect(direct('A ferry worker, who spoke on the condition of anonymity, said of the schedule, “Nobody keeps it.”')).toEqual([['A ferry worker', 'Nobody keeps it.']]);
  });

  it('the quotation after an inverted attribution, or joined to one an opening attribution introduces, goes on with it', () => {
    expect(direct('“The gap is wide,” added one Ohio Democrat. “Voters like her.”')).toEqual([
      ['one Ohio Democrat', 'The gap is wide,'],
      ['one Ohio Democrat', 'Voters like her.'],
    ]);
    expect(direct('The crowd chanted back, “Fix the roads,” and “Fire the board.”')).toEqual([
      ['The crowd', 'Fix the roads,'],
      ['The crowd', 'Fire the board.'],
    ]);
  });

  it('a quotation the verb names or takes as its object is no words of the subject', () => {
    // What the marchers chanted is the quotation after the verb, not the one before it.
    expect(direct('After the mayor spoke for an hour, “We are not leaving,” the marchers chanted “Not one more condo!”')[0]).toEqual([null, 'We are not leaving,']);
    expect(direct('Residents calling the mayor “A man who is never here” filled the hall.')).toEqual([[null, 'A man who is never here']]);
  });

  it('a quantifier standing alone for a group is the source as written', () => {
    expect(direct('The marchers filled the square.', 'Some chanted “Close the mine!”')).toEqual([['Some', 'Close the mine!']]);
    expect(direct('“We will stay until dawn,” several said.')).toEqual([['several', 'We will stay until dawn,']]);
    // A determiner alone before the verb is no quantifier subject.
    expect(direct('“We will stay until dawn,” the said.')).toEqual([[null, 'We will stay until dawn,']]);
  });

  it('an unresolved plural pronoun before the speech verb is the source as written', () => {
    expect(direct('The nurses walked off the ward at noon.', '“We cannot keep working double shifts,” they said.')).toEqual([['they', 'We cannot keep working double shifts,']]);
    expect(direct('“Nobody asked the riders,” we wrote in March.')).toEqual([['we', 'Nobody asked the riders,']]);
    // A singular pronoun is left to the pronoun rules, which find nobody here.
    expect(direct('“Nobody asked the riders,” he wrote in March.')).toEqual([[null, 'Nobody asked the riders,']]);
  });
});
