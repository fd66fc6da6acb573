import { quotesAfterLead as quotes } from './article-rows';

describe('a speaker named before a quote past an aside', () => {
  it('an appositive closed by an aside in dashes before the verb', () => {
    expect(
      quotes(
        'Walter Brandt, the president of Kestrel Films -- the studio that makes the series, which also streams abroad -- told me, “We make what people ask for.”',
        'Nadia Okafor — a nurse who has worked nights for a decade — said: “We are tired.”',
      ),
    ).toEqual([
      ['Walter Brandt', 'We make what people ask for.'],
      ['Nadia Okafor', 'We are tired.'],
    ]);
  });

  it('a name inside another subject’s appositive takes no dash aside', () => {
    expect(quotes('A spokesman for Mayor Ruth Calder -- who was away on Monday -- said, “No comment.”')).toEqual([[null, 'No comment.']]);
  });

  it('the verb of a relative clause on the addressee does not take the quotation', () => {
    expect(
      quotes('At a forum on Saturday, Gloria Ramsey, the head of the tenants union, pointedly told a student who argued that rent strikes never work that “giving up is not a plan.”'),
    ).toEqual([['Gloria Ramsey', 'giving up is not a plan.']]);
  });

  it('the addressee speaks the quotation that directly follows the relative clause’s own that', () => {
    expect(quotes('Gloria Ramsey told a student who argued that “rent strikes never work.”')).toEqual([[null, 'rent strikes never work.']]);
  });
});

describe('As X put it, and a short clause ending with the quotation', () => {
  it('the quotation completing the clause is the words of the one who put it so', () => {
    expect(
      quotes(
        'As Ms. Halvorsen put it in a letter to the board in June, the fund is “running on fumes and good intentions.”',
        'As Pedro Alves, a retired pilot, put it, the airport was “a disaster waiting to happen.”',
      ),
    ).toEqual([
      ['Halvorsen', 'running on fumes and good intentions.'],
      ['Pedro Alves', 'a disaster waiting to happen.'],
    ]);
  });

  it('a clause that is no attribution (`As X spoke,`) gives no speaker', () => {
    expect(quotes('As Pedro Alves spoke on Monday, the crowd grew “angrier by the minute and louder too.”')).toEqual([[null, 'angrier by the minute and louder too.']]);
  });
});

describe('a fragment quoted as what the object of a reporting verb is called', () => {
  it('`X characterized Y as "…"` is X’s words, past an appositive and a comma', () => {
    expect(
      quotes(
        'Mayor Ruth Calder spoke on Monday.',
        '“It went fine, and we will do more,” she said.',
        'However, she characterized Gov. Ann Lowe, D-Ore., as, “a little reckless there, spending in all directions.”',
      ),
    ).toEqual([
      ['Ruth Calder', 'It went fine, and we will do more,'],
      ['Ruth Calder', 'a little reckless there, spending in all directions.'],
    ]);
  });

  it('`as` opening a clause of its own after a verb that is no reporting cue gives no speaker', () => {
    expect(quotes('Ruth Calder met the new auditor as “a friend of the city” walked in.')).toEqual([[null, 'a friend of the city']]);
  });
});

describe('an adverb in -ly between a speaker and the verb', () => {
  it('any adverb in -ly, listed or not', () => {
    expect(
      quotes(
        'At the debate, the candidate Ann Lowe boldly suggested that Tom Reyes “does not want voters to know what he paid.”',
        'Pedro Alves sharply told reporters: “We are done here.”',
      ),
    ).toEqual([
      ['Ann Lowe', 'does not want voters to know what he paid.'],
      ['Pedro Alves', 'We are done here.'],
    ]);
  });
});

describe('a sentence quoted in dashes right after a name', () => {
  it('is the words of the person named before the dash', () => {
    expect(
      quotes('Several Republicans have said the same thing, including the former governor Walt Hanley -- “It is wrong for a nominee to hide his returns from voters” -- and the pollster Dana Reyes.'),
    ).toEqual([['Walt Hanley', 'It is wrong for a nominee to hide his returns from voters']]);
  });

  it('a description of the name in dashes gives no speaker', () => {
    expect(quotes('She thanked Walt Hanley -- “A true patriot and a friend” -- for his work.', 'The council honored Dana Reyes — “the best pollster the city has ever hired” — on Monday.')).toEqual([
      [null, 'A true patriot and a friend'],
      [null, 'the best pollster the city has ever hired'],
    ]);
  });
});

describe('a description by title and the rank its title word is under', () => {
  it('`the president` is not the vice president, and `the vice president` not the president', () => {
    expect(
      quotes(
        'President Ann Lowe and Vice President Tom Reyes toured the plant on Monday.',
        'It was, the president said, “a place where people built the country with their hands.”',
        '“We will be back next year,” the vice president said.',
      ),
    ).toEqual([
      ['Ann Lowe', 'a place where people built the country with their hands.'],
      ['Tom Reyes', 'We will be back next year,'],
    ]);
  });
});

describe('a pronoun chain through sentences that name no one', () => {
  it('sentences holding the same pronoun and no name do not use up the look-back', () => {
    expect(
      quotes(
        'Mayor Ruth Calder, a former judge, spoke to reporters at City Hall on Monday. She took questions for an hour.',
        'She said the budget was tight. She also said the city would hire more staff. She said parks come first. The hall was crowded.',
        '“We will manage,” she said.',
      ),
    ).toEqual([['Ruth Calder', 'We will manage,']]);
  });

  it('a name in a participial lead phrase is not whom the pronoun after it means', () => {
    expect(
      quotes(
        'Mayor Ruth Calder spoke to reporters at City Hall on Monday.',
        'Asked about the rival plan of Gov. Ann Lowe, she replied: “I have not read it.” “Really,” she added when a reporter laughed.',
      ),
    ).toEqual([
      ['Ruth Calder', 'I have not read it.'],
      ['Ruth Calder', 'Really,'],
    ]);
  });
});

describe('the quote after one the last quoted speaker took', () => {
  it('takes that speaker in the same paragraph', () => {
    expect(
      quotes(
        'Nurse Dana Okoro recorded the scene on her phone. “Stay down,” she says.',
        'Two officers knelt by the car. A siren wailed. Traffic stopped. A crowd gathered. Rain began to fall.',
        '“Hold on,” she said. “Please hold on. Help is coming.”',
      ),
    ).toEqual([
      ['Dana Okoro', 'Stay down,'],
      ['Dana Okoro', 'Hold on,'],
      ['Dana Okoro', 'Please hold on. Help is coming.'],
    ]);
  });
});
