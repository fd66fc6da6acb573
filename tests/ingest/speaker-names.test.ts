import { extractArticle } from '../../src/ingest/extract-article';

/** Direct quotes and people of body paragraphs under a headline and a lead paragraph. */
function read(...paragraphs: string[]): { quotes: [string | null, string][]; people: string[] } {
  const x = extractArticle(['Headline of the story', 'The county board met on Monday to vote on the plan.', ...paragraphs].join('\n\n'));
  return { quotes: x.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speakerName, q.text]), people: x.entities.people.map((p) => p.name) };
}

const quotes = (...paragraphs: string[]): [string | null, string][] => read(...paragraphs).quotes;

describe('a lone surname opening a sentence as the subject of a speech verb', () => {
  it('makes a person that a later pronoun refers to', () => {
    expect(quotes('Farrow said the levy would pass easily this time.', '“The roads cannot wait another winter,” he said.')).toEqual([['Farrow', 'The roads cannot wait another winter,']]);
  });

  it('a verb of thinking counts too', () => {
    expect(quotes('Brindle believes the council moved too fast.', '“Nobody read the fine print,” she said.')).toEqual([['Brindle', 'Nobody read the fine print,']]);
  });

  it('groups, plurals and pronoun-like words are no surnames', () => {
    const { people } = read('Critics said the plan was rushed. Everyone says the roads are bad. Women said they felt ignored. Farmers argued for a delay.');
    expect(people).toEqual([]);
  });

  it('a word in -s takes a surname only with a verb in the singular', () => {
    expect(read('Pickens says the board ignored the farmers.').people).toEqual(['Pickens']);
    expect(read('Organizers said the board ignored the farmers.').people).toEqual([]);
  });

  it('a company speaking of itself is no person', () => {
    expect(read('Quillfeather says it will open a second plant next year.').people).toEqual([]);
  });
});

describe('names with initials and generational suffixes', () => {
  it('reads run-together initials and Jr./III as part of the name', () => {
    expect(
      quotes(
        '“The county has never audited the fund,” said T.J. Wexley, a former treasurer.',
        '“It is time to start,” Harold B. Ostrand Jr., the board chairman, said at the meeting.',
        '“We will not wait,” said Carter Bellamy III.',
      ),
    ).toEqual([
      ['T.J. Wexley', 'The county has never audited the fund,'],
      ['Harold B. Ostrand Jr.', 'It is time to start,'],
      ['Carter Bellamy III', 'We will not wait,'],
    ]);
  });

  it('a title before a suffixed name stays a title', () => {
    expect(read('Chief Justice Harold B. Ostrand Jr. wrote the opinion.').people).toEqual(['Harold B. Ostrand Jr.']);
  });

  it('abbreviations are no initials', () => {
    expect(read('The U.S. Army said the base would stay open.').people).toEqual([]);
  });
});

describe('organizations and verbs that attribute', () => {
  it('"reported" attributes a quotation to an outlet, and is no evidence of a person', () => {
    const r = read('“The mill will close in March,” Fox News reported.', 'Rival Wells Fargo also reported results on Wednesday.');
    expect(r.quotes).toEqual([['Fox News', 'The mill will close in March,']]);
    expect(r.people).toEqual([]);
  });

  it('"agreed to" reports no speech of its own: the quoted words stay those of who said so', () => {
    expect(quotes('Mayor Ruth Calder spoke on Monday.', 'Calder said the county had agreed to work with “the farmers and the builders alike” on the plan.')).toEqual([
      ['Ruth Calder', 'the farmers and the builders alike'],
    ]);
  });

  it('"As X puts it," and "As X pointed out," introduce a quotation', () => {
    expect(quotes('As Ann Kerr puts it, “The deal is dead now.”', 'As Tom Ridley pointed out in May, “The delegates will vote first.”')).toEqual([
      ['Ann Kerr', 'The deal is dead now.'],
      ['Tom Ridley', 'The delegates will vote first.'],
    ]);
  });
});

describe('descriptors and pronouns after the person just quoted', () => {
  it('a definite descriptor no role fits goes to the person just quoted', () => {
    expect(quotes('“We will win this county,” said Ann Kerr, who runs a bakery on Main Street.', '“Again and again,” said the owner.')).toEqual([
      ['Ann Kerr', 'We will win this county,'],
      ['Ann Kerr', 'Again and again,'],
    ]);
  });

  it('not past another attribution', () => {
    expect(
      quotes('“We will win this county,” said Ann Kerr, who runs a bakery on Main Street.', 'Another baker said he heard Kerr talk about it. “Never again,” the man said.'),
    ).toEqual([
      ['Ann Kerr', 'We will win this county,'],
      [null, 'Never again,'],
    ]);
  });

  it("a possessor gives way to the one other person of the pronoun's gender", () => {
    expect(quotes('Earlier, Sheriff Joe Arpaio vouched for Donald Trump’s plan to build a wall.', 'He said, “The wall will be built by spring.”')).toEqual([
      ['Joe Arpaio', 'The wall will be built by spring.'],
    ]);
  });

  it('a possessor of the pronoun’s gender still counts when the other person’s gender is unknown', () => {
    expect(quotes('Critics compared Ines Carvalho’s films to those of Hirokazu Kore-eda, a comparison she has called “very generous.”')).toEqual([
      [null, 'very generous.'],
    ]);
  });
});

describe('a quotation standing as its own sentence after a sentence that reports someone', () => {
  it('takes the person reported when nobody else is named after the verb', () => {
    expect(quotes('Ann Kerr said the levy would fail again this year. “It is a waste of money and time.”')).toEqual([['Ann Kerr', 'It is a waste of money and time.']]);
  });

  it('not when the report names someone else', () => {
    expect(quotes('Ann Kerr said Tom Ridley was wrong about the levy. “It is a waste of money and time.”')).toEqual([[null, 'It is a waste of money and time.']]);
  });
});

describe('a lone name right after a closing quotation mark', () => {
  it('takes any speech verb of the lexicon', () => {
    expect(quotes('“We will appeal the ruling,” Tavenner replied.')).toEqual([['Tavenner', 'We will appeal the ruling,']]);
    expect(quotes('“Nobody asked the tenants,” countered Okafor.')).toEqual([['Okafor', 'Nobody asked the tenants,']]);
  });

  it('after a quotation closing inside another', () => {
    expect(quotes('“He told me, ‘Sign it or leave,’” Dellacroix recalled.')).toEqual([['Dellacroix', 'He told me, ‘Sign it or leave,’']]);
  });

  it('a place or a group before the verb is still no person', () => {
    expect(read('“The deal is off,” Chicago responded.', '“We want answers,” Critics replied.').people).toEqual([]);
  });
});

describe('a title before a name opening with initials', () => {
  it('reads the initials as part of the name', () => {
    expect(quotes('“The vote was rigged,” said Rep. J.D. Hallorann, who chairs the panel.')).toEqual([['J.D. Hallorann', 'The vote was rigged,']]);
  });
});

describe('a lone name opening a sentence before a verb of personal speech', () => {
  it('is a surname', () => {
    expect(read('The mill shut in 1998. Marlowe recalled the morning the gates were chained.').people).toEqual(['Marlowe']);
    expect(read('Delgrosso quipped that the council had finally found the budget.').people).toEqual(['Delgrosso']);
  });

  it('a company announcing or confirming is not', () => {
    expect(read('Quillfeather announced the plant would close. Brightwell confirmed the layoffs.').people).toEqual([]);
  });
});

describe('a lone name right after a quotation closing without a comma', () => {
  it('is the speaker', () => {
    expect(quotes('“He drove half the contractors out of business too” Pellegrino said after the meeting.')).toEqual([['Pellegrino', 'He drove half the contractors out of business too']]);
  });
});

describe('title and description words before a name, and names in mis-encoded text', () => {
  it('reads Del. as a title, not a sentence end', () => {
    expect(quotes('“This hearing is a waste of the county’s money,” said Del. Marisol Ocampo of the Islands.')).toEqual([
      ['Marisol Ocampo', 'This hearing is a waste of the county’s money,'],
    ]);
  });

  it('takes description words with a number or a slash before the name, and a pronoun after it', () => {
    expect(
      quotes('“The board’s reasons do not hold. They are wrong,” said 9/11 widow Dana Whitcombe.', 'She continued, “All we want is our day in court.”'),
    ).toEqual([
      ['Dana Whitcombe', 'The board’s reasons do not hold. They are wrong,'],
      ['Dana Whitcombe', 'All we want is our day in court.'],
    ]);
  });

  it('keeps a name with mis-encoded letters whole', () => {
    const { quotes: rows, people } = read('“We must defend ourselves,” French President FranÃ§ois Marchand said Friday.', '“It is over,” said RaÃºl Ortega, the mayor.');
    expect(people).toEqual(['FranÃ§ois Marchand', 'RaÃºl Ortega']);
    expect(rows).toEqual([
      ['FranÃ§ois Marchand', 'We must defend ourselves,'],
      ['RaÃºl Ortega', 'It is over,'],
    ]);
  });
});

describe('a lone surname in a title-case headline', () => {
  it('ends before a reporting verb in -s', () => {
    const x = extractArticle(
      ["Ortega Sees 'Bright Future' if Voters Rally for the Levy", 'The county board met on Monday to vote on the plan.', '“My name is not on the ballot,” Mayor Ortega said on Saturday.'].join(
        '\n\n',
      ),
    );
    expect(x.entities.people.map((p) => p.name)).toEqual(['Ortega']);
    expect(x.quotes.filter((q) => q.kind === 'direct').map((q) => q.speakerName)).toEqual(['Ortega']);
  });
});

describe('a relative sharing a surname with someone named in full', () => {
  it('is a person of their own, whom the next pronoun means', () => {
    const { quotes: rows, people } = read(
      'Officers stopped Dorian Okafor Pell outside his house on Tuesday.',
      'A neighbor filmed the stop. Wanjiru Pell can be heard telling the officers that her husband was unarmed.',
      '"He has no weapon," she says.',
    );
    expect(people).toEqual(['Dorian Okafor Pell', 'Wanjiru Pell']);
    expect(rows).toEqual([['Wanjiru Pell', 'He has no weapon,']]);
  });

  it('not without a word for a relative nearby, nor a common word before the full name', () => {
    expect(read('Officers stopped Dorian Okafor Pell outside his house on Tuesday.', 'Later Wanjiru Pell can be heard on the tape.').people).toEqual(['Dorian Okafor Pell']);
    expect(read('Analysts at Harlow Brandt praised the bank and its family of funds.', 'Rival Harlow Brandt reported a loss.').people).not.toContain('Rival Harlow Brandt');
  });
});

describe('a surname opening with D and an apostrophe', () => {
  it('names a speaker after a quotation, as an O’ surname does', () => {
    expect(quotes('The ferry resumed service on Monday.', '“We lost two weeks of trade,” replied Rhea D’Souza.')).toEqual([['Rhea D’Souza', 'We lost two weeks of trade,']]);
    expect(quotes('The ferry resumed service on Monday.', '"We lost two weeks of trade," said Marco D\'Amato.')).toEqual([['Marco D\'Amato', 'We lost two weeks of trade,']]);
  });

  it('the lone surname later is the same person, and a pronoun after it too', () => {
    const rows = quotes('Harbor pilot Rhea D’Souza spoke to the board on Monday.', 'Asked about the delay, D’Souza replied, “We lost two weeks of trade.”', '“Nobody planned for a storm that long,” she said.');
    expect(rows).toEqual([
      ['Rhea D’Souza', 'We lost two weeks of trade.'],
      ['Rhea D’Souza', 'Nobody planned for a storm that long,'],
    ]);
  });
});
