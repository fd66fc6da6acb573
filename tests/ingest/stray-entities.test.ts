import { extractArticle } from '../../src/ingest/extract-article';

/** People and organizations of body paragraphs under a headline. */
function read(...paragraphs: string[]): { people: string[]; orgs: string[] } {
  const x = extractArticle(['Headline of the story', ...paragraphs].join('\n\n'));
  return { people: x.entities.people.map((p) => p.name), orgs: x.entities.organizations.map((o) => o.name) };
}

describe('words in capitals', () => {
  it('are no organizations when they are common words, time zones, state abbreviations or terms', () => {
    const x = read(
      'UPDATE: The vote, set for 9 p.m. EST, was moved. WATCH the BUSTED clip below.',
      'Gov. Ada Wren of N.H. signed the FOIA request for the TPP papers, the VP said.',
      'Voters in NJ and S.C. told pollsters the LGBT rights bill mattered.',
    );
    expect(x.orgs).toEqual([]);
    expect(x.people).toEqual(['Ada Wren']);
  });

  it('are no organizations when they name a person: a long given name, or the surname of someone named', () => {
    const x = read('Talk host Jake Tamper questioned the senator on Sunday.', 'TAMPER: Will you run again?', 'BERNIE: We are not going anywhere.');
    expect(x.orgs).toEqual([]);
    expect(x.people).toContain('Jake Tamper');
  });

  it('are still organizations when they are acronyms: unknown ones, known ones that are also words, and one spelled out before', () => {
    const x = read(
      'The GLRA said the plan was late. ICE agents and ISIS fighters were named in the FBI report.',
      'The Coalition for Open Roads (CORE) filed a complaint, and CORE said it would sue.',
    );
    expect(x.orgs).toEqual(expect.arrayContaining(['GLRA', 'ICE', 'ISIS', 'FBI', 'Coalition for Open Roads']));
    expect(x.orgs).not.toContain('CORE');
    // Written as a word, a known acronym's letters are no organization: "Isis Okafor" is a person.
    expect(read('Isis Okafor, a nurse, said the ward was full.').people).toEqual(['Isis Okafor']);
  });
});

describe('names of things', () => {
  it('are no people, whatever evidence a given name or a speech verb gives', () => {
    const x = read(
      'Sandra Park said the Clinton Global Initiative and the Nobel Peace Prize committee met at Madison Square Garden.',
      'The Hyde Amendment bars such funding, said Reagan Democrats in the Sunshine State.',
      'Morgan Freeman appeared on the Daily Show and at the Obama White House.',
    );
    expect(x.people).toEqual(['Sandra Park', 'Morgan Freeman']);
  });

  it('keep people whose surnames are such words elsewhere: Hill, Camp, Deal, Tower, Price', () => {
    const x = read('Sen. Anita Hill, Rep. Dave Camp, Gov. Nathan Deal, Sen. John Tower and Rep. Tom Price spoke at the forum.');
    expect(x.people).toEqual(['Anita Hill', 'Dave Camp', 'Nathan Deal', 'John Tower', 'Tom Price']);
  });

  it('reads "Besides" opening a sentence as no part of a name', () => {
    expect(read('Besides China, the summit drew Indonesia and Japan.').people).toEqual([]);
  });
});

describe('page furniture around names', () => {
  it('drops a writer’s promotion line', () => {
    expect(read('The council voted on Monday.', 'Follow Jane Doe on Twitter @janedoe.').people).toEqual([]);
  });
});
