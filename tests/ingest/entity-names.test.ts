import { extractArticle } from '../../src/ingest/extract-article';
import { quotes } from './article-rows';

/** People (with titles) and organizations of body paragraphs under a headline. */
function read(...paragraphs: string[]): { people: string[]; titles: (string | null)[]; orgs: string[]; speakers: (string | null)[] } {
  const x = extractArticle(['Headline of the story', ...paragraphs].join('\n\n'));
  return {
    people: x.entities.people.map((p) => p.name),
    titles: x.entities.people.map((p) => p.title),
    orgs: x.entities.organizations.map((o) => o.name),
    speakers: x.quotes.map((q) => q.speakerName),
  };
}

describe('organization names that open with a common word', () => {
  it('keeps "New" when it opens a place inside the name', () => {
    const x = read('The New York Times reported the merger on its front page.');
    expect(x.orgs).toEqual(['New York Times']);
  });

  it('keeps the place in a title before a name', () => {
    const x = read('New Jersey Gov. Carla Brenner said the budget was balanced.');
    expect(x.people).toEqual(['Carla Brenner']);
    expect(x.titles).toEqual(['New Jersey Governor']);
  });

  it('does not run a name on into a weekday', () => {
    const x = read('The Supreme Court on Thursday declined to hear the appeal from the county.');
    expect(x.orgs).toEqual(['Supreme Court']);
  });

  it('still joins "on" inside an organization name', () => {
    expect(read('The Commission on Civil Rights published a report.').orgs).toEqual(['Commission on Civil Rights']);
  });
});

describe('party and state tags', () => {
  it('are no organizations', () => {
    const x = read('Rep. Dana Whitlow (D-Ore.) and Sen. Mark Feld (R-N.C.) said they would vote against the bill.');
    expect(x.orgs).toEqual([]);
    expect(x.people).toEqual(['Dana Whitlow', 'Mark Feld']);
  });
});

describe('hyphenated titles', () => {
  it('reads two title words joined by a hyphen as a title before a name', () => {
    const x = read('Teamsters Local 12 Secretary-Treasurer Ruth Abernathy said the contract was a step back.');
    expect(x.people).toEqual(['Ruth Abernathy']);
    expect(x.titles[0]).toMatch(/Secretary-Treasurer$/);
  });
});

describe('a lone surname opening a clause inside a sentence as the subject of a speech verb', () => {
  it('after an introductory phrase and a comma', () => {
    const x = read('At the depot on Friday, Marwick said the buses would run on time.');
    expect(x.people).toEqual(['Marwick']);
    expect(x.speakers).toEqual(['Marwick']);
  });

  it('after a conjunction', () => {
    expect(read('The mayor left early, while Tolliver told reporters the fund was empty.').people).toEqual(['Tolliver']);
  });

  it('places, months, groups and organizations are no surnames', () => {
    const x = read('In a statement on Monday, Portugal said the talks had failed. By then, Republicans said the bill was dead. Late in the day, March said nothing new.');
    expect(x.people).toEqual([]);
  });

  it('a company speaking of itself is no person', () => {
    expect(read('After the recall, Brightwell said it would refund every buyer.').people).toEqual([]);
  });

  it('a word after a determiner is no surname', () => {
    expect(read('Later that week, the Tribunal said the case was closed.').people).toEqual([]);
  });
});

describe('the last name of a list joined by "and"', () => {
  it('is no lone surname', () => {
    expect(read('A report by the Institute of Arts, Letters and Sciences noted that rents had doubled.').people).toEqual([]);
  });
});

describe('titles of several words and party labels before a name', () => {
  it('reads "Chief of Staff" after an organization as a title', () => {
    const x = read('That plan, Acme Holdings Chief of Staff Lena Morrow explained, is by design.');
    expect(x.people).toEqual(['Lena Morrow']);
    expect(x.titles[0]).toMatch(/Chief of Staff$/);
  });

  it('a party label opening the run is no part of the name', () => {
    expect(read('Committee member Democrat Oren Castillo said the hearing was a waste of time.').people).toEqual(['Oren Castillo']);
  });
});

describe('one capitalized word qualifying a person noun', () => {
  it('is no name even after a title', () => {
    const x = read("The mayor's chief Republican rival, Councilman Abel Tran, said the vote was rigged.");
    expect(x.people).toEqual(['Abel Tran']);
  });

  it('a name known already is still found there', () => {
    expect(read('Mayor Ruth Okafor spoke first.', 'An Okafor spokeswoman said later that the mayor would run again.').people).toEqual(['Ruth Okafor']);
  });
});

describe('contractions of "I"', () => {
  it('are no names', () => {
    expect(read('“I’ll see you in court,” she said. I’ve heard that before, said the clerk.').people).toEqual([]);
  });
});

describe('a contraction of "I" after a name', () => {
  it('ends the name', () => {
    expect(read('Other than Hal Brevik I’ve met nobody who knew the old mill so well.').people).toEqual(['Hal Brevik']);
  });
});

describe('a stop word written with periods', () => {
  it('is no acronym organization', () => {
    expect(read('“I’m O.K. with it,” the clerk said.').orgs).toEqual([]);
  });
});

describe('a known acronym written with periods', () => {
  it('is the known organization', () => {
    expect(read('The G.O.P. leadership met on Tuesday to plan the vote.').orgs).toEqual(['Republican Party']);
  });
});

describe('the gender of a given name', () => {
  it('reads Chelsea and Kellyanne as women, Sidney as a man', () => {
    const x = extractArticle(['Headline of the story', 'Chelsea Marwick, Kellyanne Doyle and Sidney Ortlieb met the board on Monday.'].join('\n\n'));
    expect(x.entities.people.map((p) => [p.name, p.gender])).toEqual([
      ['Chelsea Marwick', 'female'],
      ['Kellyanne Doyle', 'female'],
      ['Sidney Ortlieb', 'male'],
    ]);
  });
});

describe('a title-case headline line', () => {
  it('ends a person’s name at a verb after it', () => {
    expect(read('Greta Halvorsen Endorses Tom Becker', 'Halvorsen said the race was close.').people).toEqual(['Greta Halvorsen']);
    expect(read('Greta Halvorsen Could Win The County Seat', 'Halvorsen said the race was close.').people).toEqual(['Greta Halvorsen']);
  });

  it('keeps organization names in -s and names inside an ordinary sentence', () => {
    expect(read('Greta Halvorsen Ministries Opens A Shelter').people).not.toContain('Greta Halvorsen');
    expect(read('The fund is owned by Dick Marlow Productions and two banks, the filing shows.').people).not.toContain('Dick Marlow');
  });
});

describe('news outlets as quotation sources', () => {
  const speakers = (...paragraphs: string[]): (string | null)[] => quotes(...paragraphs).map(([speaker]) => speaker);

  it('an outlet listed with its article is that outlet only after "the"', () => {
    const paragraphs = ['“The levy failed by nine votes,” the Hill reported.', 'Marta Hill chairs the county board. “We will try again,” Hill said.'];
    expect(read(...paragraphs).orgs).toEqual(['the Hill']);
    expect(speakers(...paragraphs)).toEqual(['the Hill', 'Marta Hill']);
  });

  it('a masthead word after "the" is the outlet named before whose name ends with it, else an outlet of its own', () => {
    const named = ['The Chicago Tribune endorsed the levy on Sunday.', '“The county needs the money,” the Tribune wrote.'];
    expect(read(...named).orgs).toEqual(['Chicago Tribune']);
    expect(speakers(...named)).toEqual(['Chicago Tribune']);
    const alone = '“The county needs the money,” the Gazette wrote in an editorial.';
    expect(read(alone).orgs).toEqual(['the Gazette']);
    expect(speakers(alone)).toEqual(['the Gazette']);
  });

  it('a masthead word without the article is no outlet', () => {
    expect(read('“We are full every night,” Post said.').orgs).toEqual([]);
  });

  it('a fact-checking site names itself', () => {
    expect(speakers('“The claim is false,” PolitiFact says.')).toEqual(['PolitiFact']);
  });
});
