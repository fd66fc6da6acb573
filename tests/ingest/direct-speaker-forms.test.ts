import { extractArticle } from '../../src/ingest/extract-article';
import { sentenceRanges } from '../../src/ingest/sentences';

/** Direct quotes of body paragraphs under a headline: [speaker, text]. */
function quotes(...paragraphs: string[]): [string | null, string][] {
  const x = extractArticle(['Headline of the story', ...paragraphs].join('\n\n'));
  return x.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speakerName, q.text.trim()]);
}

describe('a capitalized verb inside a name is no speech verb', () => {
  it('"the United States" before a quoted predicate leaves the sentence subject the speaker', () => {
    const rows = quotes('Senator Nora Blake spoke in Denver on Monday.', 'Blake said the United States "must rebuild its alliances before the next crisis arrives."');
    expect(rows).toEqual([['Nora Blake', 'must rebuild its alliances before the next crisis arrives.']]);
  });
});

describe('an inverted attribution ending the sentence of a quoted fragment', () => {
  it('`…" in the last race, said professor Ann Beck.`', () => {
    const rows = quotes('Voters in the valley turned out in record numbers.', 'The mayor "won easily among farmers and teachers" in the last race, said Western State professor Ann Beck.');
    expect(rows).toEqual([['Ann Beck', 'won easily among farmers and teachers']]);
  });

  it('reads past the speaker\'s appositive to the end of the sentence', () => {
    const rows = quotes('The vote was close.', 'The plan "will cost more than anyone admits" in the long run, said Omar Pike, a budget analyst at the county.');
    expect(rows).toEqual([['Omar Pike', 'will cost more than anyone admits']]);
  });

  it("not a possessor: `…, said Pike's critics.`", () => {
    const rows = quotes('Omar Pike wrote the plan.', 'The plan "will cost more than anyone admits" in the long run, said Pike\'s critics.');
    expect(rows[0][0]).not.toBe('Omar Pike');
  });
});

describe('a person\'s possessive heading another person\'s title', () => {
  it('`said Blake\'s chief of staff Tom Ferrante` names Ferrante', () => {
    const rows = quotes('Senator Nora Blake and her staff left early.', '"We will not comment on rumors," said Blake\'s longtime chief aide Tom Ferrante.');
    expect(rows).toEqual([['Tom Ferrante', 'We will not comment on rumors,']]);
  });

  it('a possessor followed by a thing still names no one: `said Blake\'s campaign`', () => {
    const rows = quotes('Senator Nora Blake campaigned in Ohio.', '"We will win this state," said Blake\'s campaign in a statement.');
    expect(rows[0][0]).not.toBe('Nora Blake');
  });
});

describe('a closing mark typed after a space', () => {
  it('`…\'a new deal,\' " said X` closes the quotation before the attribution', () => {
    const rows = quotes(
      'Organizer Lena Ortiz addressed the crowd.',
      '"They promised us \'a new deal,\' " said Ortiz, who has led the union since 2010. "We are still waiting for it."',
    );
    expect(rows).toEqual([
      ['Lena Ortiz', "They promised us 'a new deal,'"],
      ['Lena Ortiz', 'We are still waiting for it.'],
    ]);
  });

  it("the same with two apostrophes: `…coalitions, '' said X`", () => {
    const rows = quotes("Aide Paul Rios joined the campaign in May.", "''He built very strong coalitions, '' said Mr. Rios. ''He sees himself as fighting for workers.''");
    expect(rows.map((r) => r[0])).toEqual(['Paul Rios', 'Paul Rios']);
  });
});

describe('a participle right after an attribution ending a clause', () => {
  it('`…, Ruiz said Tuesday, adding, "…"` is Ruiz, not the clause\'s subject', () => {
    const rows = quotes('Mayor Dan Kelly and organizer Lena Ruiz met on Monday.', 'Kelly will sign the order next week, Ruiz said Tuesday, adding, "He has run out of excuses."');
    expect(rows).toEqual([['Lena Ruiz', 'He has run out of excuses.']]);
  });

  it('`…, said Lena Ruiz, adding: "…"`', () => {
    const rows = quotes('Mayor Dan Kelly and organizer Lena Ruiz met on Monday.', 'Kelly will sign the order next week, said Lena Ruiz, adding: "He has run out of excuses."');
    expect(rows).toEqual([['Lena Ruiz', 'He has run out of excuses.']]);
  });

  it('a participle after a verb with its own clause still goes to the sentence subject', () => {
    const rows = quotes('Mayor Dan Kelly and organizer Lena Ruiz met on Monday.', 'Kelly signed the order on Friday, adding, "The valley has waited long enough."');
    expect(rows).toEqual([['Dan Kelly', 'The valley has waited long enough.']]);
  });
});

describe('initials run together do not end a sentence', () => {
  it('`Last week, J.R. Holm, an editor, wrote, "…"`', () => {
    const rows = quotes('The debate went on.', 'Last week, J.R. Holm, an editor at the Valley Courier, wrote, "We should think of the harbor as a commons."');
    expect(rows).toEqual([['J.R. Holm', 'We should think of the harbor as a commons.']]);
  });

  it('a sentence still ends after "D.C." and "U.S."', () => {
    const text = 'The rally was held in Washington, D.C. Ana Ruiz spoke first. J.R. Holm spoke next.';
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end).trim())).toEqual(['The rally was held in Washington, D.C.', 'Ana Ruiz spoke first.', 'J.R. Holm spoke next.']);
  });

  it('"U.S." before a word it modifies ends no sentence', () => {
    const text = 'Ada Holt wrote to U.S. Attorney General Tom Lee about the port. She met the U.N. Security Council in May. The ship sailed to the U.S. Then it sailed home.';
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end).trim())).toEqual([
      'Ada Holt wrote to U.S. Attorney General Tom Lee about the port.',
      'She met the U.N. Security Council in May.',
      'The ship sailed to the U.S.',
      'Then it sailed home.',
    ]);
  });
});

describe('a quoted fragment right after a whole quote of the same paragraph', () => {
  it('`"…," said Ann Beck, an analyst. Now, "…"` takes her', () => {
    const rows = quotes('The harbor plan was debated for a year.', '"We were not happy at first," said Ann Beck, an analyst at the port authority. Now, "most shippers see the point."');
    expect(rows).toEqual([
      ['Ann Beck', 'We were not happy at first,'],
      ['Ann Beck', 'most shippers see the point.'],
    ]);
  });

  it('not when someone else is named before the fragment', () => {
    const rows = quotes('The harbor plan was debated for a year.', '"We were not happy at first," said Ann Beck, an analyst at the port authority. Tom Ferrante called it "a costly mistake."');
    expect(rows[1][0]).not.toBe('Ann Beck');
  });

  it('not when another voice reports it', () => {
    const rows = quotes('The harbor plan was debated for a year.', '"We were not happy at first," said Ann Beck, an analyst at the port authority. Critics said it was "a costly mistake."');
    expect(rows[1][0]).not.toBe('Ann Beck');
  });

  it('reads the attribution sentence past an initial or a title\'s abbreviation in the appositive', () => {
    const withInitial = quotes('The harbor plan was debated for a year.', '"We were not happy at first," said Ann K. Beck, head of policy at the Harbor Council of Oregon. Now, "most shippers see the point."');
    expect(withInitial).toEqual([
      ['Ann K. Beck', 'We were not happy at first,'],
      ['Ann K. Beck', 'most shippers see the point.'],
    ]);
    const withAbbreviation = quotes('The harbor plan was debated for a year.', '"We were not happy at first," said Ann Beck, a former aide to Sen. Rosa Diaz of Oregon. Still, "the shippers came around."');
    expect(withAbbreviation[1]).toEqual(['Ann Beck', 'the shippers came around.']);
  });

  it('not when someone else is named after an initial in the appositive', () => {
    const named = quotes('The harbor plan was debated for a year.', '"We were not happy at first," said Ann K. Beck, head of policy at the council. Still, Tom Ferrante called it "a costly mistake."');
    expect(named[1]).toEqual(['Tom Ferrante', 'a costly mistake.']);
    const reported = quotes('The harbor plan was debated for a year.', '"We were not happy at first," said Ann K. Beck, head of policy at the council. Still, critics say "the plan is a costly mistake."');
    expect(reported[1][0]).not.toBe('Ann K. Beck');
  });
});

describe('a short sentence whose subject introduces the quotation after it', () => {
  it('`Senator Ada Whitaker was blunt. "…"`', () => {
    const rows = quotes('Senator Ada Whitaker spoke after the vote.', 'Whitaker was blunt. "This bill will not survive the winter."');
    expect(rows).toEqual([['Ada Whitaker', 'This bill will not survive the winter.']]);
  });

  it('the sentence as a paragraph of its own before a paragraph that is only the quotation', () => {
    const rows = quotes('Senator Ada Whitaker spoke after the vote.', 'Whitaker disagreed.', '"This bill will not survive the winter."');
    expect(rows).toEqual([['Ada Whitaker', 'This bill will not survive the winter.']]);
  });

  it('not when the sentence names another person too', () => {
    const rows = quotes('Senator Ada Whitaker and Governor Tom Abney spoke after the vote.', 'Whitaker met Abney. "This bill will not survive the winter."');
    expect(rows[0][0]).toBeNull();
  });
});

describe('a surname that is also a nationality word, after an inverted speech verb', () => {
  it('`said Cuban, who…` is the Mark Cuban named before', () => {
    const rows = quotes('Investor Mark Cuban said he was open to a run.', '"It is too early to tell," said Cuban, who also hosts a television show.');
    expect(rows).toEqual([['Mark Cuban', 'It is too early to tell,']]);
  });
});

describe('a colon introduction after a lead phrase that names others', () => {
  it('`With party leaders worried about Ada Lund\'s chances, Governor Tom Abney is trying a new message: "…"`', () => {
    const rows = quotes('Governor Tom Abney and Senator Ada Lund campaigned together.', 'With party leaders worried about Lund\'s chances among young voters, Governor Tom Abney is trying a new message: "Do it for the valley."');
    expect(rows).toEqual([['Tom Abney', 'Do it for the valley.']]);
  });

  it('a name alone after the lead phrase is no label for the quote', () => {
    const rows = quotes('Governor Tom Abney and Senator Ada Lund campaigned together.', 'With party leaders worried about Lund\'s chances among young voters, the message was left to Governor Tom Abney: "Do it for the valley."');
    expect(rows[0][0]).toBeNull();
  });
});

describe('participles and "going on to say" after the subject', () => {
  it('"going on to say that" after an attribution shares its subject', () => {
    expect(
      quotes('Ivo Ridley, a planner, spoke at the depot.', '"We have come so far in this county," Ridley said, going on to say that the town has spent "decades fighting over the same road."'),
    ).toEqual([
      ['Ivo Ridley', 'We have come so far in this county,'],
      ['Ivo Ridley', 'decades fighting over the same road.'],
    ]);
  });

  it('"went on to say" takes the subject before it', () => {
    expect(quotes('Ivo Ridley, a planner, spoke at the depot.', 'Ridley later went on to say that the town "should have paved it years ago."')).toEqual([['Ivo Ridley', 'should have paved it years ago.']]);
  });

  it('"asserting" after a clause shares its subject', () => {
    expect(
      quotes('Ivo Ridley, a planner, spoke at the depot.', 'Ridley hardly settled the matter, treating the remark as praise and, when questioned after the meeting, asserting, "Of course, I pay my taxes."'),
    ).toEqual([['Ivo Ridley', 'Of course, I pay my taxes.']]);
  });

  it('"going on" without a speech verb is no attribution', () => {
    expect(quotes('Ivo Ridley, a planner, spoke at the depot.', 'Ridley kept going on to the "new depot," a shed by the river.')).toEqual([]);
  });
});

describe('a fragment quoted as the whole object of a reporting verb', () => {
  it('is the subject’s words: attacked, condemned', () => {
    expect(
      quotes(
        'Ivo Ridley, a planner, spoke at the depot.',
        'In a speech in August, Ridley attacked "the reckless spending of the board."',
        'Ridley also condemned "such a shameless raid on the fund" on Monday.',
      ),
    ).toEqual([
      ['Ivo Ridley', 'the reckless spending of the board.'],
      ['Ivo Ridley', 'such a shameless raid on the fund'],
    ]);
  });

  it('not after a verb that takes no object, nor when the subject is no one named', () => {
    expect(quotes('Ivo Ridley, a planner, spoke at the depot.', 'Ridley walked "slowly and calmly" to the door.', 'Ridley spoke, and the crowd booed "the plan that nobody on the board had read."')).toEqual([
      [null, 'slowly and calmly'],
      [null, 'the plan that nobody on the board had read.'],
    ]);
  });
});
