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

describe('he/she after a description named in apposition', () => {
  it('"The other man, his cousin Tom Reed, 40, cited …" then "…," he said: Tom Reed', () => {
    expect(quotes('Two men from Ohio stood at the back of the hall.', 'The other man, his cousin Tom Reed, 40, cited the cost of fuel as a worry. "He is talking too much," he said.')).toEqual([
      ['Tom Reed', 'He is talking too much,'],
    ]);
  });

  it('"A potential running mate, Ann Lowe is …" then "…," she said: Ann Lowe', () => {
    expect(quotes('A potential running mate, Gov. Ann Lowe is the daughter of two teachers.', '"We were lucky to grow up here," she said.')).toEqual([['Ann Lowe', 'We were lucky to grow up here,']]);
  });

  it('an unnamed description with no name in apposition still gives no speaker (negative)', () => {
    expect(quotes('Gov. Ann Lowe spoke first.', 'One woman in the crowd stood up. "We were lucky to be here," she said.')).toEqual([[null, 'We were lucky to be here,']]);
  });
});

describe('he/she after a name closing an appositive', () => {
  it('"One delegate, party chairwoman Ann Lee, pledged her vote to Ruth Hale …" then "…," she said: Ann Lee', () => {
    expect(
      quotes('One delegate, Ohio Democratic Party chairwoman Nancy Orr, pledged her vote to Ruth Hale on Monday in an effort to end the race.', '“We need to bring this to a close,” she said.'),
    ).toEqual([['Nancy Orr', 'We need to bring this to a close,']]);
  });
});

describe('a relative clause after coordinated names', () => {
  it('"… rivals, Govs. Jeb Hale and Tom Cross, who say …" then "He dismissed …": not the last of the coordinated names', () => {
    const rows = reported(
      'Sen. Mark Ruben refrained from attacking his rivals, particularly Govs. Jeb Hale and Tom Cross, who say the senator lacks experience.',
      'He dismissed criticism of his debate performance, saying that it was his best night.',
    );
    const saying = rows.find((r) => r[3].startsWith('it was his best night'));
    expect(saying?.[1]).not.toBe('Tom Cross');
  });

  it('one name before ", who said" still speaks (negative)', () => {
    expect(quotes('The plan was attacked by Sen. Ann Lee of Ohio, the panel’s top Democrat, who said it was rushed.', '"It is a disgrace," she said.')).toEqual([['Ann Lee', 'It is a disgrace,']]);
  });
});

describe('speech verbs before a quotation', () => {
  it('"X added about Y:" is X’s, not Y’s', () => {
    expect(quotes('Ann Lee spoke with Dr. Ben Carr on Sunday.', 'Ann Lee added about Carr: “He feels sorry for the man.”')).toEqual([['Ann Lee', 'He feels sorry for the man.']]);
  });

  it('"said Y:" (inverted) is still Y’s (negative)', () => {
    expect(quotes('The hearing ended late.', 'Then said Dr. Ben Carr: “He feels sorry for the man.”')).toEqual([['Ben Carr', 'He feels sorry for the man.']]);
  });

  it('"Gov. X (R-Ohio), said," with a stray comma after the parenthetical is X’s', () => {
    expect(quotes('After winning the primary, Gov. John Kasey (R-Ohio), said, “We are getting ready to rent a covered wagon.”')).toEqual([
      ['John Kasey', 'We are getting ready to rent a covered wagon.'],
    ]);
  });
});

describe('a description after an inverted speech verb', () => {
  it('"…," said the Democratic nominee: the nominee named before', () => {
    expect(quotes('On Thursday Hillary Clanton gave her acceptance speech in Philadelphia.', '“A man you can bait with a tweet is not a man we can trust,” said the Democratic nominee.')).toEqual([
      ['Hillary Clanton', 'A man you can bait with a tweet is not a man we can trust,'],
    ]);
  });

  it('"…," said the New York businessman, who …: the businessman named before', () => {
    expect(quotes('Donald Trimp spoke in Concord on Monday.', '"We cannot have a guy who stands in the middle of the floor," said the New York businessman, who campaigned all day.')).toEqual([
      ['Donald Trimp', 'We cannot have a guy who stands in the middle of the floor,'],
    ]);
  });

  it('a description no one named before fits gives no speaker (negative)', () => {
    expect(quotes('The county board met late.', '"We cannot wait," said the woman, who lives nearby.')).toEqual([[null, 'We cannot wait,']]);
  });
});

describe('a later quote of the paragraph past a subordinate clause', () => {
  it('"…," X told the paper, after Y stated an interest in …. "…": both quotes are X’s', () => {
    expect(
      quotes('“They are not terminable at will,” spokesman Ron Lieber told the paper in July, after Mayor Bill Blasco stated an interest in ending the deal. “These contracts are binding.”'),
    ).toEqual([
      ['Ron Lieber', 'They are not terminable at will,'],
      ['Ron Lieber', 'These contracts are binding.'],
    ]);
  });

  it('a main-clause subject between the quotes is still a rival (negative)', () => {
    const rows = quotes('“They are not terminable at will,” spokesman Ron Lieber told the paper in July. Mayor Bill Blasco then stated an interest in ending the deal. “These contracts are binding.”');
    expect(rows[1][0]).not.toBe('Ron Lieber');
  });
});

describe('a description after a sentence whose subject is a he/she', () => {
  it('"he did say he found X charming" then "…," the tycoon told: not X, the one the he/she means', () => {
    expect(
      quotes(
        'Casino owner Sheldon Adler said on Friday he met the candidate Donald Trimp this week.',
        'While the donor did not disclose his backing, he did say he found Trimp to be “very charming.”',
        '“It was very nice,” the gambling tycoon told reporters in a rare interview.',
      ).find((r) => r[1] === 'It was very nice,')?.[0],
    ).toBe('Sheldon Adler');
  });

  it('a name of the other gender after a she is still whom the description means (negative)', () => {
    expect(
      quotes(
        'Helen Carter gave an interview to two hosts, Joe Harland and Mia Brook.',
        'She has since said that she went because it would be fun, something Harland could understand.',
        '“I actually said she was right,” the host said.',
      ).find((r) => r[1] === 'I actually said she was right,')?.[0],
    ).toBe('Joe Harland');
  });
});

describe('he/she and two coordinated verbs before a quotation', () => {
  it('"When X, the manager, was asked …, he laughed and said, …" is X’s', () => {
    expect(quotes('When Robin Marsh, the campaign manager, was asked whether the senator would hold a news conference, he laughed and said, “We will see.”')).toEqual([
      ['Robin Marsh', 'We will see.'],
    ]);
  });

  it('"he and his wife said" is no single speaker’s (negative)', () => {
    expect(quotes('Tom Reed and Ann Reed run the bakery.', 'When the shop reopened, he and his wife said, “We are grateful.”')[0][0]).toBeNull();
  });
});
