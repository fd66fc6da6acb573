import { quotesAfterLead as quotes } from './article-rows';

describe('a colon introducing a quotation', () => {
  it('the subject past an appositive, with any verb before the colon', () => {
    expect(quotes('Dr. Anna Paulsen runs the night shift.', 'Paulsen, the doctor at the clinic, is more blunt: “People are dying in the waiting room.”')).toEqual([
      ['Anna Paulsen', 'People are dying in the waiting room.'],
    ]);
    expect(quotes('Gov. Ivo Brandt gestured to the crowd, then leaned in and boomed: “We will win in November.”')).toEqual([['Ivo Brandt', 'We will win in November.']]);
  });

  it('not a person named after the verb, as its object', () => {
    expect(quotes('Senate leader Tomas Reyes delivered a blunt message to Paul Kessler: “Get in line.”')).toEqual([['Tomas Reyes', 'Get in line.']]);
  });

  it('“As X put it:” and a bare name as a label', () => {
    expect(
      quotes('Or, as Maria Sollis, a former secretary of the treasury, put it: “The money was never there.”', 'Rep. Paul Kessler (R-Ohio): “We will not fund this.”'),
    ).toEqual([
      ['Maria Sollis', 'The money was never there.'],
      ['Paul Kessler', 'We will not fund this.'],
    ]);
  });

  it('a whole-paragraph quotation after a paragraph ending in such a colon', () => {
    expect(quotes('Mayor Ada Kerr, who signed the budget, interjected to say:', '“Nobody here will lose a job.”')).toEqual([['Ada Kerr', 'Nobody here will lose a job.']]);
  });

  it('no speaker when the clause names nobody', () => {
    expect(quotes('The sign on the door had one message: “Closed until further notice.”')).toEqual([[null, 'Closed until further notice.']]);
  });
});

describe('a capitalized past speech verb before a surname', () => {
  it('is no part of the name: `Continued Flint:`, `Added Flint,`', () => {
    expect(
      quotes('Roger Flint spoke on the radio on Monday.', 'Continued Flint: "So I think it is a very real problem."', 'Added Flint, "We will see."'),
    ).toEqual([
      ['Roger Flint', 'So I think it is a very real problem.'],
      ['Roger Flint', 'We will see.'],
    ]);
  });
});

describe('`As X put it,` with more after the name', () => {
  it('an auxiliary, a time, and a quoted title in the appositive', () => {
    expect(
      quotes(
        'As the longtime columnist Dora Mallory had written just a few years earlier, "We could not have a river town without the ferry."',
        'As Viktor Aames, professor of law at Halden and author of "The Unwritten Charter," put it, "The council should remember that."',
      ),
    ).toEqual([
      ['Dora Mallory', 'We could not have a river town without the ferry.'],
      ['Viktor Aames', 'The council should remember that.'],
    ]);
  });

  it('not a clause of its own after the name', () => {
    expect(quotes('As Dora Mallory left the hall and the crowd thinned, "We will be back," a voice called.')[0]).toEqual([null, 'We will be back,']);
  });
});
