import { quotesAfterLead as quotes, reported } from './article-rows';

describe('the subject after an adverbial opening that names someone else', () => {
  it('"Asked whether X …, Y shook her head and said, …" is Y’s', () => {
    expect(quotes('Asked on Tuesday whether Peter Hale would join the board, Mrs. Ada Brandt shook her head and said, "Not this year."')).toEqual([['Ada Brandt', 'Not this year.']]);
  });

  it('"When X …, Y laughed and said, …" is Y’s', () => {
    expect(quotes('When Mayor Tom Rusk finished his speech, Councilwoman Nora Delgado laughed and said, "We will see about that."')).toEqual([
      ['Nora Delgado', 'We will see about that.'],
    ]);
  });

  it('an opening that is no adverbial phrase (`Like X,`) still keeps its sentence without a subject (negative)', () => {
    expect(quotes('Like Peter Hale, Ann Lee shook her head and said, "No."')).toEqual([[null, 'No.']]);
  });
});

describe('a quote attributed by he/she takes no later quote’s speaker', () => {
  it('"…," he said. X later called it "…": the first quote is not X’s when the he/she is unresolved', () => {
    const rows = quotes('Paul Kessler and Ivo Brandt met on Friday. Kessler spoke first and Brandt answered.', '"It went well," he said. Mike Dorsey later called the meeting "a waste of time."');
    expect(rows[0]).toEqual([null, 'It went well,']);
    expect(rows[1]).toEqual(['Mike Dorsey', 'a waste of time.']);
  });

  it('a quote with no attribution of its own still takes the later quote’s speaker', () => {
    expect(quotes('“It is over.” Then, “We lost,” Ann Lee said.')).toEqual([
      ['Ann Lee', 'It is over.'],
      ['Ann Lee', 'We lost,'],
    ]);
  });
});

describe('a preposition opening the sentence is no title before a name', () => {
  it('"Like X, Y shook her head and said" does not give X the quotation', () => {
    expect(quotes('Like Peter Hale, Ann Lee shook her head and said, "No."')[0][0]).not.toBe('Peter Hale');
  });

  it('"Unlike X, Y said …": the reported content is Y’s, not X’s', () => {
    const rows = reported('Unlike Peter Hale, Ann Lee said that the budget would pass next week.');
    expect(rows.map((r) => r[1])).not.toContain('Peter Hale');
  });

  it('title words before a name still make a speaker (negative)', () => {
    expect(quotes('"We will win," said Deputy Mayor Peter Hale.')).toEqual([['Peter Hale', 'We will win,']]);
  });
});
