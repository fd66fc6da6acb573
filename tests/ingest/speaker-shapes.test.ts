import { extractArticle } from '../../src/ingest/extract-article';
import { quotesAfterLead as quotes } from './article-rows';

describe('the subject of a participle or coordinated verb after lead phrases', () => {
  it('skips lead phrases that name nobody to find the subject', () => {
    expect(
      quotes(
        'On Thursday, after staying neutral for months, Sen. Dana Whitlock endorsed the mayor, saying, “She has earned it.”',
        'During the evening debate, Rep. Omar Feld made a call to end the subsidy, calling it “corporate welfare.”',
        'When asked whom she backed, Lydia Sorensen smiled and said, “Not him.”',
      ),
    ).toEqual([
      ['Dana Whitlock', 'She has earned it.'],
      ['Omar Feld', 'corporate welfare.'],
      ['Lydia Sorensen', 'Not him.'],
    ]);
  });

  it('a pronoun after a lead phrase resolves as a subject', () => {
    expect(quotes('Pastor Lionel Harte stood at the pulpit.', 'Eight years ago, he backed the levy and said, “It is the right thing.”')).toEqual([['Lionel Harte', 'It is the right thing.']]);
  });

  it('a lead phrase naming a person is not skipped', () => {
    expect(quotes('Mayor Ruth Calder and Gov. Ben Ostrow met on Monday.', 'After meeting Calder, aides to the governor left, saying, “We will be back.”')).toEqual([[null, 'We will be back.']]);
  });

  it('a name followed by a verb and another name is the subject, not part of a title', () => {
    expect(
      quotes('Gov. Ben Ostrow and Mayor Ruth Calder met on Monday.', 'In a speech, Ostrow attacked Calder for her budget, saying, “She is reckless.”', '“It is done,” wrote Ann Lee for Acme Polls.'),
    ).toEqual([
      ['Ben Ostrow', 'She is reckless.'],
      ['Ann Lee', 'It is done,'],
    ]);
  });

  it('"went after" is no title: the name before it is the subject', () => {
    expect(quotes('Gov. Ben Ostrow and Mayor Ruth Calder met on Monday.', 'Speaking at a town hall in Salem, Oregon, Ostrow went after Calder, calling her “a total stiff.”')).toEqual([
      ['Ben Ostrow', 'a total stiff.'],
    ]);
  });
});

describe('speakers written as labels', () => {
  it('a sign-off after a quotation names its speaker; the next unsigned quotation stays unattributed', () => {
    expect(
      quotes(
        '“The levy will pay for the roads. I will vote for it.” ― Marta Quell',
        '“We cannot afford another tax this year.” — Owen Pike, 47, a plumber.',
        '“Nobody asked the farmers what they think.”',
        '- Lindqvist.',
      ),
    ).toEqual([
      ['Marta Quell', 'The levy will pay for the roads. I will vote for it.'],
      ['Owen Pike', 'We cannot afford another tax this year.'],
      [null, 'Nobody asked the farmers what they think.'],
    ]);
  });

  it('a sign-off in the next paragraph', () => {
    expect(quotes('Mayor Ruth Calder spoke first and Gov. Ben Ostrow answered.', '“Every road in this county needs work.”', '- Ruth Calder.')).toEqual([['Ruth Calder', 'Every road in this county needs work.']]);
  });

  it('signed quotations run into one paragraph each take their own signature', () => {
    expect(
      quotes(
        'Readers wrote in after the vote.',
        '“The levy will pay for the roads.” ― Marta Quell “We cannot afford another tax this year.” — Owen Pike, 47, a plumber. “Nobody asked the farmers.” ― Ida Lund',
        'The council will meet again. “It is done,” ― the clerk’s note read.',
      ),
    ).toEqual([
      ['Marta Quell', 'The levy will pay for the roads.'],
      ['Owen Pike', 'We cannot afford another tax this year.'],
      ['Ida Lund', 'Nobody asked the farmers.'],
      [null, 'It is done,'],
    ]);
  });

  it('a name that goes on into a clause is no sign-off', () => {
    expect(quotes('Mayor Ruth Calder spoke on Monday.', '“The roads come first.” — Calder and the board agreed on that much.')).toEqual([[null, 'The roads come first.']]);
  });

  it('transcript labels name the speaker of each turn; a label naming no one gives no speaker', () => {
    expect(
      quotes(
        'Gov. Ben Ostrow spoke to Mayor Ruth Calder on the radio on Sunday. Partial transcript:',
        '"CALDER: Let me start with the budget. Why cut the roads?',
        '"OSTROW: Because we have no money left for them.',
        '"HOST: We have to leave it there.',
      ),
    ).toEqual([
      ['Ruth Calder', 'CALDER: Let me start with the budget. Why cut the roads?'],
      ['Ben Ostrow', 'OSTROW: Because we have no money left for them.'],
      [null, 'HOST: We have to leave it there.'],
    ]);
  });
});

describe('pronouns and the names around them', () => {
  it('a title-case headline verb splits two names: the person after it is found on its own', () => {
    const x = extractArticle(
      [
        'Ben Ostrow Calls Ruth Calder ‘A Disgrace’ Over Road Comments.',
        'Gov. Ben Ostrow described Mayor Ruth Calder as a “disgrace” on Monday.',
        'On a radio show, Calder criticized the county clerk, Dana Pruitt, for the delay.',
        '“It is unbearable,” she said.',
      ].join('\n\n'),
    );
    expect(x.entities.people.map((p) => p.name)).toEqual(['Ben Ostrow', 'Ruth Calder', 'Dana Pruitt']);
    expect(x.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speakerName, q.text])).toEqual([
      ['Ben Ostrow', 'disgrace'],
      ['Ruth Calder', 'It is unbearable,'],
    ]);
  });

  it('he/she after a sentence whose subject is a surname never given in full refers to that person', () => {
    expect(quotes('Mayor Ruth Calder spoke on Monday.', 'Wendlandt believes that the Calder campaign took the vote for granted.', '“They have a big problem,” she said.')).toEqual([['Wendlandt', 'They have a big problem,']]);
  });

  it('he/she still resolves when the sentence names its person', () => {
    expect(quotes('Mayor Ruth Calder spoke on Monday.', 'Calder believes that the vote was taken for granted.', '“They have a big problem,” she said.')).toEqual([['Ruth Calder', 'They have a big problem,']]);
  });
});

describe('quotation marks written as two apostrophes', () => {
  it('a quotation ending in an inner quotation (three apostrophes) keeps the attribution after it', () => {
    expect(quotes("Sen. Chuck Grassley met the union on Monday.", "''Voters will not be satisfied with 'We will win,''' said Sen. Chuck Grassley of Iowa.")).toEqual([
      ['Chuck Grassley', "Voters will not be satisfied with 'We will win,"],
    ]);
  });
});

describe('gender for he/she', () => {
  it('an honorific decides a person’s gender over words about someone else in the appositive', () => {
    expect(
      quotes(
        'Tiwa Whitlock, a senior adviser and pollster for Mr. Ostrow and his running mate, will run the campaign.',
        'In a brief interview, Ms. Whitlock rejected the idea that the change was a shake-up.',
        '“It is an expansion at a busy time,” she said.',
      ),
    ).toEqual([['Tiwa Whitlock', 'It is an expansion at a busy time,']]);
  });

  it('a name that only heads the subject’s title leaves the subject as the one he/she means', () => {
    expect(
      quotes('Gov. Ben Ostrow spoke on Monday.', 'Ostrow spokesman Tom Reyes would not say when the board will vote.', '“I have no announcements yet,” he said.'),
    ).toEqual([['Tom Reyes', 'I have no announcements yet,']]);
  });
});

describe('a transcript label before the quotation marks', () => {
  it('LABEL: "…" names the speaker', () => {
    expect(quotes('Gov. Ben Ostrow spoke on the radio on Sunday.', 'OSTROW: “We have no money left for the roads.”')).toEqual([['Ben Ostrow', 'We have no money left for the roads.']]);
  });
});

describe('a comma introduction', () => {
  it('"According to X," and "As X put it," before a whole quotation name its speaker; another comma does not', () => {
    expect(
      quotes(
        'Sen. Chuck Grassley and Mayor Ruth Calder met on Monday.',
        'According to Grassley, “The bill will pass this week.”',
        'As Calder put it, “Nobody asked the farmers.”',
        'After the meeting with Grassley, “It was fine” was all anyone would say.',
      ),
    ).toEqual([
      ['Chuck Grassley', 'The bill will pass this week.'],
      ['Ruth Calder', 'Nobody asked the farmers.'],
      [null, 'It was fine'],
    ]);
  });
});

describe('a quoted fragment inside a reported clause', () => {
  it('takes the clause’s source when the direct rules give it none', () => {
    expect(
      quotes(
        'Gov. Dana Whitlock decried the “reckless spending of a council that never says no,” and left the hall.',
        'Sen. Omar Feld denounced Whitlock’s budget as “a plan built on sand.”',
      ),
    ).toEqual([
      ['Dana Whitlock', 'reckless spending of a council that never says no,'],
      ['Omar Feld', 'a plan built on sand.'],
    ]);
  });

  it('not when another person, or another speech verb, stands between the clause’s start and the quotation', () => {
    expect(
      quotes(
        'Gov. Ben Ostrow and Mayor Ruth Calder met on Monday.',
        'Ostrow asked Calder what she expected from the vote, and Calder replied, “A long night.”',
        'Ostrow criticized the plan, and the crowd shouted “Shame!”',
      ).map(([speaker, text]) => [speaker === 'Ben Ostrow' ? 'wrong' : 'ok', text]),
    ).toEqual([
      ['ok', 'A long night.'],
      ['ok', 'Shame!'],
    ]);
  });
});

describe('a named speaker with an affiliation or a long appositive before the verb', () => {
  it('reads past "of the Org" and a fourth appositive part to the speech verb', () => {
    expect(
      quotes(
        '“The levy is a mistake,” Dana Whitlock of the Riverside Taxpayers Alliance said.',
        '“Both plans scare me,” Owen Pike, 30, of Salem, Ore., who was among those polled, said in an interview.',
        '“It will pass,” Ida Lund at Corbin Partners wrote on Tuesday.',
      ),
    ).toEqual([
      ['Dana Whitlock', 'The levy is a mistake,'],
      ['Owen Pike', 'Both plans scare me,'],
      ['Ida Lund', 'It will pass,'],
    ]);
  });

  it('not when the name is the object of someone else’s speech verb (the unnamed speaker is kept as written)', () => {
    expect(quotes('“The levy is a mistake,” a neighbor told Dana Whitlock of the Riverside Taxpayers Alliance on Monday.')).toEqual([['a neighbor', 'The levy is a mistake,']]);
  });
});

describe('whom a speaker addresses is not the speaker', () => {
  it('the name after "told" or "telling" is the addressee: the subject speaks', () => {
    expect(
      quotes(
        'Mayor Ruth Calder told the Riverside Gazette: “The roads come first.”',
        'Back in May, Gov. Ben Ostrow praised the plan, telling Acme News: “I wish we had done it sooner.”',
        'Dana Whitlock on Monday said: “We will sue.”',
        '“It will pass,” Owen Pike later Thursday told reporters.',
      ),
    ).toEqual([
      ['Ruth Calder', 'The roads come first.'],
      ['Ben Ostrow', 'I wish we had done it sooner.'],
      ['Dana Whitlock', 'We will sue.'],
      ['Owen Pike', 'It will pass,'],
    ]);
  });

  it('with no subject the grammar shows, no speaker rather than the addressee', () => {
    expect(quotes('As one worker told the Riverside Gazette, “We felt betrayed.”')).toEqual([[null, 'We felt betrayed.']]);
  });
});

describe('a name after the speech verb that is the subject of the quoted clause', () => {
  it('the speaker is the subject before the verb when the quotation goes on in lower case', () => {
    expect(
      quotes(
        'Gov. Ben Ostrow said Mayor Ruth Calder “has never read the budget.”',
        'In an interview, Dana Whitlock, a former council member, said Ostrow "was personally involved in every cut."',
      ),
    ).toEqual([
      ['Ben Ostrow', 'has never read the budget.'],
      ['Dana Whitlock', 'was personally involved in every cut.'],
    ]);
  });

  it('an inverted attribution before a quotation still names its speaker', () => {
    expect(quotes('Gov. Ben Ostrow spoke first. Then said Mayor Ruth Calder: “We will not wait.”', 'Gov. Ben Ostrow said Dana Whitlock “We will sue.”')).toEqual([
      ['Ruth Calder', 'We will not wait.'],
      ['Dana Whitlock', 'We will sue.'],
    ]);
  });
});

describe('an adverb of manner between a speaker and the speech verb', () => {
  it('reads past `jokingly` and `reportedly`, but a noun in -ly is no adverb', () => {
    expect(
      quotes(
        'Gov. Ben Ostrow jokingly said, “I am becoming mainstream.”',
        '“We will not wait,” Mayor Ruth Calder reportedly told aides.',
        '“We grieve,” the Whitlock family said.',
      ),
    ).toEqual([
      ['Ben Ostrow', 'I am becoming mainstream.'],
      ['Ruth Calder', 'We will not wait,'],
      [null, 'We grieve,'],
    ]);
  });
});

describe('short quotations and titles with periods', () => {
  it('a two-word quotation attributed to `Mr. X said` is a quote, and the next one keeps the speaker', () => {
    expect(quotes('Vera Lindqvist, a bond trader, watched the vote.', '“Pretty grim,” Ms. Lindqvist said. “Nobody expected the board to fold so quickly.”')).toEqual([
      ['Vera Lindqvist', 'Pretty grim,'],
      ['Vera Lindqvist', 'Nobody expected the board to fold so quickly.'],
    ]);
  });

  it('a two-word scare quote with no speech verb in its sentence stays a term', () => {
    expect(quotes('Dr. Ivo Brandt voted no. The levy was a “cash grab.” Mr. Brandt left early.')).toEqual([]);
  });
});

describe('a quotation opened with a closing mark', () => {
  it('pairs `”…”` as one quotation and reads its sign-off and attribution', () => {
    expect(
      quotes(
        '”The levy hurts the farmers. It has to go.” ― Marta Quell “We cannot pay more.” ― Owen Pike',
        'Teresa Valdez spoke next. ”We will fight this in court,” she said.',
      ),
    ).toEqual([
      ['Marta Quell', 'The levy hurts the farmers. It has to go.'],
      ['Owen Pike', 'We cannot pay more.'],
      ['Teresa Valdez', 'We will fight this in court,'],
    ]);
  });

  it('a stray closing mark followed by an opening one opens nothing', () => {
    expect(quotes('The notice read ”closed and “We are sorry for the trouble,” said Owen Pike.')).toEqual([['Owen Pike', 'We are sorry for the trouble,']]);
  });
});

describe('transcript labels naming no one else in the article', () => {
  it('the label is the speaker’s name; a note label names no one', () => {
    expect(
      quotes('"MORALES: Let us start with the budget. Why cut the schools?', '"OSTROW: Because the state cut our aid first.', '"UPDATE: The session was moved to Friday.'),
    ).toEqual([
      ['Morales', 'MORALES: Let us start with the budget. Why cut the schools?'],
      ['Ostrow', 'OSTROW: Because the state cut our aid first.'],
      [null, 'UPDATE: The session was moved to Friday.'],
    ]);
  });
});

describe('speech verbs of manner', () => {
  it('`barked`, `beamed`, `deadpanned`, `cracked` attribute like `said`', () => {
    expect(
      quotes(
        '“Sit down,” Gov. Ben Ostrow barked at the reporter.',
        '“This is the best day of my life!” beamed Lydia Sorensen, a first-time delegate.',
        'Mayor Ruth Calder deadpanned: “I have never heard of the man.”',
        '“At least the coffee is free,” Omar Feld cracked.',
      ),
    ).toEqual([
      ['Ben Ostrow', 'Sit down,'],
      ['Lydia Sorensen', 'This is the best day of my life!'],
      ['Ruth Calder', 'I have never heard of the man.'],
      ['Omar Feld', 'At least the coffee is free,'],
    ]);
  });
});

describe('a speech verb opening its sentence', () => {
  it('reads past an appositive or a relative clause after the inverted subject', () => {
    expect(
      quotes(
        'Said Lydia Sorensen, who has farmed here since 1990, “We have never seen a drought like this.”',
        'Added Mayor Ruth Calder, 54, “It will pass.”',
        'Despite Omar Feld, the board said, “No more delays.”',
      ),
    ).toEqual([
      ['Lydia Sorensen', 'We have never seen a drought like this.'],
      ['Ruth Calder', 'It will pass.'],
      // Not Omar Feld: the board speaks, a noun phrase kept as written.
      ['the board', 'No more delays.'],
    ]);
  });
});
