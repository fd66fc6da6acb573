import { quotesAfterLead as quotes } from './article-rows';

describe('he and she after a sentence naming several people', () => {
  it('the person the sentence has speaking, not a name that opens it as a modifier', () => {
    expect(quotes('Maria Vance leads the race.', 'The Vance approach is paid for by big donors, said Katie Lund, an analyst at Corbin Partners.', '“Others have to be leaner,” she said.')).toEqual([
      ['Katie Lund', 'Others have to be leaner,'],
    ]);
  });

  it('a possessive opening the sentence is not its subject', () => {
    expect(quotes('Paul Grant leads the race.', 'Grant’s grasp of policy is worrying, Ivo Brandt argued.', '“You have to be able to adapt,” he said.')).toEqual([['Ivo Brandt', 'You have to be able to adapt,']]);
  });

  it('a name heading another person’s title is not the subject', () => {
    expect(quotes('Maria Vance leads the race.', 'Vance spokeswoman Jenna Pollard criticized the ad on Friday.', '“Nice try, not true,” she said.')).toEqual([['Jenna Pollard', 'Nice try, not true,']]);
  });

  it('a quotation opening with a description ("The people …") does not hide the subject before it', () => {
    expect(quotes('Paul Grant won the vote.', 'The post went out. Grant was delighted by the fuss. “The people who were offended were the people we meant to offend,” he said.')).toEqual([
      ['Paul Grant', 'The people who were offended were the people we meant to offend,'],
    ]);
  });

  it('no speaker when two people of the pronoun’s gender are subjects', () => {
    expect(quotes('Paul Kessler and Ivo Brandt met on Friday. Kessler spoke first and Brandt answered.', '“It went well,” he said.')).toEqual([[null, 'It went well,']]);
  });
});

describe('he and she after a sentence whose opening subject is one of several', () => {
  it('the person opening the previous paragraph’s sentence, not a subject of a clause inside it', () => {
    expect(
      quotes(
        'Gov. Ben Ostrow and Mayor Pete Calder met on Monday.',
        'Ostrow said the council had failed, even though the effort ended with Calder claiming the budget as his own.',
        '“We cannot wait another year,” he said.',
      ),
    ).toEqual([['Ben Ostrow', 'We cannot wait another year,']]);
  });

  it('no speaker when the later subject opens a coordinated clause', () => {
    expect(quotes('Gov. Ben Ostrow and Mayor Pete Calder met on Monday.', 'Ostrow spoke for an hour, but Calder answered the questions.', '“It went well,” he said.')).toEqual([[null, 'It went well,']]);
  });

  it('the name opening an earlier sentence before its verb, past a lead phrase, when the others are objects', () => {
    expect(
      quotes(
        'Gov. Ben Ostrow and Mayor Pete Calder met on Monday.',
        'Just a few weeks ago, Florida developer Sam Ruehl expressed dismay at the thought of Calder as the nominee. “I kept telling myself it would not happen,” he told reporters.',
      ),
    ).toEqual([['Sam Ruehl', 'I kept telling myself it would not happen,']]);
  });

  it('a possessor after a speech verb (`praised Calder’s budget`) is no inverted speaker', () => {
    expect(
      quotes(
        'Mayor Pete Calder and Gov. Ben Ostrow met on Monday.',
        'Ostrow, who will retire next year after serving in Salem, praised Calder’s budget in an interview published Saturday. He is the longest-serving governor.',
        '“I think the balance sheet looks good,” he told the Gazette.',
      ),
    ).toEqual([['Ben Ostrow', 'I think the balance sheet looks good,']]);
  });

  it('a name modifying the noun after an inverted verb (`said the Calder campaign would`) is no speaker', () => {
    expect(
      quotes(
        'Mayor Pete Calder is running again.',
        'Dan Ruehl, Calder’s deputy field director, said the Calder campaign would “knock on every door” early.',
        '“This allowed us to know the score,” he said.',
      ),
    ).toEqual([
      ['Dan Ruehl', 'knock on every door'],
      ['Dan Ruehl', 'This allowed us to know the score,'],
    ]);
  });
});
