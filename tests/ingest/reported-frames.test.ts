import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

describe('reported speech: cues that take any complement', () => {
  it('a noun phrase, an infinitive or an object and an infinitive', () => {
    expect(
      reported('Governor Ana Silva endorsed Mayor Tom Reyes on Friday.', 'The union urged lawmakers to reject the pension bill.', 'The two sides agreed to meet again in June.'),
    ).toEqual([
      ['indirect', 'Ana Silva', 'endorsed', 'Mayor Tom Reyes on Friday'],
      ['indirect', 'The union', 'urged', 'lawmakers to reject the pension bill'],
      ['indirect', 'The two sides', 'agreed', 'to meet again in June'],
    ]);
  });

  it('pledges, support, pointing to and talking about', () => {
    expect(
      reported(
        'Governor Ana Silva pledged a new clinic for the valley.',
        'The teachers union supports a longer school year.',
        'Mayor Tom Reyes pointed to the falling crime rate.',
        'Senator Paula Grant opened the forum, talking about rural broadband.',
      ),
    ).toEqual([
      ['indirect', 'Ana Silva', 'pledged', 'a new clinic for the valley'],
      ['indirect', 'The teachers union', 'supports', 'a longer school year'],
      ['indirect', 'Tom Reyes', 'pointed to', 'the falling crime rate'],
      ['indirect', 'Paula Grant', 'talking about', 'rural broadband'],
    ]);
  });

  it('a cue followed by an adverbial, not a complement, reports nothing', () => {
    expect(reported('Mayor Tom Reyes spoke at a rally in the park.', 'Governor Ana Silva criticized after the vote.')).toEqual([]);
  });

  it('the passive: the agent after "by" is the source, the subject (and what it is criticized for) what it is about', () => {
    expect(reported('Mayor Tom Reyes was criticized by the council for the delay.')).toEqual([['indirect', 'the council', 'was criticized by', 'Mayor Tom Reyes for the delay']]);
  });
});

describe('reported speech: several attributions in a sentence', () => {
  it('a participle after a comma is a sibling: it ends the first content', () => {
    expect(reported('Senator Paula Grant criticized the plan, saying that it would raise fares.')).toEqual([
      ['indirect', 'Paula Grant', 'criticized', 'the plan'],
      ['indirect', 'Paula Grant', 'saying', 'it would raise fares'],
    ]);
  });

  it('a pronoun after "but" opens a sibling clause', () => {
    expect(reported('Mayor Lena Ortiz toured the site.', 'She said the repairs were on budget, but she said the opening could slip.')).toEqual([
      ['indirect', 'Lena Ortiz', 'said', 'the repairs were on budget'],
      ['indirect', 'Lena Ortiz', 'said', 'the opening could slip'],
    ]);
  });

  it('a cue inside a reported clause is nested: both attributions stand', () => {
    expect(reported('Governor Ana Silva said the council wants to delay the vote.')).toEqual([
      ['indirect', 'Ana Silva', 'said', 'the council wants to delay the vote'],
      ['indirect', 'the council', 'wants', 'to delay the vote'],
    ]);
  });
});

describe('reported speech: sources', () => {
  it('any noun phrase opening the clause, past an appositive', () => {
    expect(reported('Longtime residents near the old mill, speaking at a hearing, said the river had changed color.')).toEqual([
      ['indirect', 'Longtime residents near the old mill', 'said', 'the river had changed color'],
    ]);
  });

  it('the subject before an adverb or a time phrase is the named source', () => {
    expect(
      reported(
        'Governor Ana Silva spoke in Reno.',
        'Silva specifically mentioned the new dam.',
        'Silva last year proposed a ban on new wells.',
        'Dana Holt, mother of a victim, forcefully rejected the plan.',
      ),
    ).toEqual([
      ['indirect', 'Ana Silva', 'specifically mentioned', 'the new dam'],
      ['indirect', 'Ana Silva', 'proposed', 'a ban on new wells'],
      ['indirect', 'Dana Holt', 'forcefully rejected', 'the plan'],
    ]);
  });

  it('a relative pronoun gives an attribution whose source is the noun phrase it stands for', () => {
    expect(reported('The mayor met farmers, who say the new levy will ruin them.')).toEqual([['indirect', 'farmers', 'say', 'the new levy will ruin them']]);
  });
});

describe('reported speech: sentences', () => {
  it('a sentence ends before a quotation opened with two apostrophes', () => {
    const x = extractArticle(['Headline of the story', "Mayor Lena Ortiz said her staff was ready. ''We will open on time,'' she said."].join('\n\n'));
    expect(x.quotes.map((q) => [q.kind, q.speakerName, q.text])).toEqual([
      ['indirect', 'Lena Ortiz', 'her staff was ready'],
      ['direct', 'Lena Ortiz', 'We will open on time,'],
    ]);
  });
});

describe('reported speech: where the content ends, and what is no cue', () => {
  it('a participle after an adverbial opening takes the source of the attribution it follows', () => {
    expect(reported('On Tuesday, Governor Ana Silva endorsed Mayor Tom Reyes, citing his record on housing.')).toEqual([
      ['indirect', 'Ana Silva', 'endorsed', 'Mayor Tom Reyes'],
      ['indirect', 'Ana Silva', 'citing', 'his record on housing'],
    ]);
  });

  it('a verb phrase coordinated after a comma ends the reported clause', () => {
    expect(reported('Governor Ana Silva insists the party must change, and has championed a new agenda.')).toEqual([
      ['indirect', 'Ana Silva', 'insists', 'the party must change'],
      ['indirect', 'Ana Silva', 'has championed', 'a new agenda'],
    ]);
  });

  it('a verb phrase after "and" or "but" shares the subject of the attribution before it, or of the sentence', () => {
    expect(
      reported(
        'Last week, Governor Ana Silva called the plan careless, but said it should go ahead.',
        'The union announced new members and said some of them would march in May.',
        'Senator Paula Grant voted against the bill but said she liked its aims.',
      ),
    ).toEqual([
      ['indirect', 'Ana Silva', 'called', 'the plan careless'],
      ['indirect', 'Ana Silva', 'said', 'it should go ahead'],
      ['indirect', 'The union', 'announced', 'new members'],
      ['indirect', 'The union', 'said', 'some of them would march in May'],
      ['indirect', 'Paula Grant', 'voted against', 'the bill'],
      ['indirect', 'Paula Grant', 'said', 'she liked its aims'],
      // The stance she is said to hold stands on its own inside that content, as nested attributions do.
      ['indirect', 'Paula Grant', 'liked', 'its aims'],
    ]);
    expect(reported('Prices rose and said nothing new.')).toEqual([]);
  });

  it('a participle set off right after the subject ends at its closing comma', () => {
    expect(reported('Mayor Dana Holt, citing figures from the state, said that about two million people live in the valley.')).toEqual([
      ['indirect', 'Dana Holt', 'citing', 'figures from the state'],
      ['indirect', 'Dana Holt', 'said', 'about two million people live in the valley'],
    ]);
  });

  it('a time word is a whole word: "again" does not eat into "against"', () => {
    expect(reported('Senator Paula Grant argued against the levy in the hearing.')).toEqual([['indirect', 'Paula Grant', 'argued', 'against the levy in the hearing']]);
  });

  it('a capitalized cue inside its sentence is a subhead, not reported speech', () => {
    expect(reported('Senator Paula Grant Endorses Tom Reyes For Mayor', 'The race is close.')).toEqual([]);
  });
});

describe('reported speech: a pronoun the pronoun rules leave open', () => {
  it('goes to the person last reported or quoted, within two paragraphs and of its gender', () => {
    const rows = reported('Mayor Lena Ortiz spoke at the opening.', '“We are ready,” Ortiz said. The crowd cheered. The band played. Rain fell. Buses came. Lights dimmed. Doors closed.', 'She said the bridge would carry trains by spring.');
    expect(rows).toEqual([['indirect', 'Lena Ortiz', 'said', 'the bridge would carry trains by spring']]);
    expect(reported('Mayor Lena Ortiz spoke at the opening.', '“We are ready,” Ortiz said. The crowd cheered. The band played. Rain fell. Buses came. Lights dimmed. Doors closed.', 'He said the bridge would carry trains by spring.')).toEqual([
      ['indirect', null, 'said', 'the bridge would carry trains by spring'],
    ]);
  });
});

describe('reported speech: according to', () => {
  it('after a colon, the content follows "according to X,"', () => {
    expect(reported('And it has not gone unnoticed: according to recent polls, the mayor holds a wide lead.')).toEqual([
      ['indirect', 'recent polls', 'according to', 'the mayor holds a wide lead'],
    ]);
  });
});

describe('reported speech: according to, over a cue that reports no speech', () => {
  it('the words are the source named after "according to"', () => {
    expect(reported('The council has raised two million dollars this spring, according to a recent filing.')).toEqual([
      ['indirect', 'a recent filing', 'according to', 'The council has raised two million dollars this spring'],
      ['indirect', 'The council', 'has raised', 'two million dollars this spring'],
    ]);
  });
});

describe('reported speech: what a sentence opening reports', () => {
  it('a question put to someone: its asker when named, else none', () => {
    expect(reported('When asked whether she would run again, Mayor Lena Ortiz smiled.', 'Asked by host Ann Lee about the levy, Ortiz said it was fair.')).toEqual([
      ['indirect', null, 'asked', 'whether she would run again'],
      ['indirect', 'Ann Lee', 'Asked', 'about the levy'],
      ['indirect', 'Lena Ortiz', 'said', 'it was fair'],
    ]);
  });

  it('a poll or study opening the sentence reports the clause after it, unless a share in it speaks', () => {
    expect(
      reported('In the new county poll released Sunday, Lena Ortiz leads her rival by nine points.', 'In a survey of farmers, 60 percent said the drought was worse.', 'In the end, the council voted no.'),
    ).toEqual([
      ['indirect', 'the new county poll released Sunday', 'In', 'Lena Ortiz leads her rival by nine points'],
      ['indirect', '60 percent', 'said', 'the drought was worse'],
    ]);
  });
});

describe('reported speech: a transcript speaker label', () => {
  it('the rest of the paragraph is the labelled speaker’s; an editor’s label is no speaker', () => {
    expect(reported('The interview went as follows.', 'HOLT: Why did the council wait so long? The river kept rising for weeks.', 'UPDATE: The vote has been moved to Friday.')).toEqual([
      ['indirect', 'HOLT', ':', 'Why did the council wait so long? The river kept rising for weeks'],
    ]);
  });
});

describe('reported speech: nominal cues after a named possessor', () => {
  it("X's call for NP, X's claim that CLAUSE, X's decision to VERB", () => {
    expect(
      reported(
        "Mayor Lena Ortiz's call for a new bridge drew cheers.",
        "Senator Paula Grant's claim that the levy was illegal, made in March, was rejected.",
        "Lena Ortiz's decision to resign was a surprise.",
      ),
    ).toEqual([
      ['indirect', 'Lena Ortiz', 'call for', 'a new bridge'],
      ['indirect', 'Paula Grant', 'claim that', 'the levy was illegal'],
      ['indirect', 'Lena Ortiz', 'decision to', 'to resign'],
    ]);
  });
});

describe('reported speech: self-descriptions after a reflexive', () => {
  it('reads "described herself as" and "calls himself" with the reflexive in the content', () => {
    expect(
      reported('Councilwoman Ada Brook described herself as a practical progressive.', 'Mayor Tom Reyes calls himself a fiscal hawk on road spending.'),
    ).toEqual([
      ['indirect', 'Ada Brook', 'described', 'herself as a practical progressive'],
      ['indirect', 'Tom Reyes', 'calls', 'himself a fiscal hawk on road spending'],
    ]);
  });

  it('leaves a reflexive with no self-description alone', () => {
    expect(reported('The city council found itself in a bind over the bridge.', 'Mayor Tom Reyes called himself into the meeting late.')).toEqual([]);
  });
});

describe('reported speech: an object cue that takes a clause, set off inside its sentence', () => {
  it('reports the sentence around "records show" or "the audit found" set off by commas', () => {
    expect(
      reported('The ferry, county records show, carried half as many riders last winter.', 'Over the same decade, the state audit found, the fund lost most of its reserves.'),
    ).toEqual([
      ['indirect', 'county records', 'show', 'The ferry carried half as many riders last winter'],
      ['indirect', 'the state audit', 'found', 'Over the same decade the fund lost most of its reserves'],
    ]);
  });

  it('not an object cue that takes no clause ("The ferry, the crew painted, …")', () => {
    expect(reported('The ferry, the crew painted, carried half as many riders last winter.')).toEqual([]);
  });
});

describe('reported speech: clergy heading a reduced relative', () => {
  it('reads "pastors supporting X" with the pastors as source', () => {
    expect(reported('Pastors supporting Mayor Tom Reyes gathered at the old mill on Sunday.')).toEqual([['indirect', 'Pastors', 'supporting', 'Mayor Tom Reyes']]);
  });
});

describe('reported speech: a habitual "used to" before the cue', () => {
  it('reads "used to support" and "used to say", not the passive "was used to support"', () => {
    expect(
      reported('Councilwoman Ada Brook used to support the river tunnel.', 'The grant money was used to support a clinic near the harbor.', 'The label is often used to describe voters who stay home.'),
    ).toEqual([['indirect', 'Ada Brook', 'used to support', 'the river tunnel']]);
  });
});
