import { reported } from './article-rows';

describe('reported speech: a stance its subject receives', () => {
  it('the subject is what the stance is toward, the phrase after from/of/among holds it', () => {
    expect(reported('The toll plan drew sharp criticism from the truckers union.')).toEqual([
      ['indirect', 'the truckers union', 'drew sharp criticism from', 'The toll plan'],
    ]);
    expect(reported('Mayor Lena Ortiz won the endorsement of the county nurses association on Friday.')).toEqual([
      ['indirect', 'the county nurses association', 'won the endorsement of', 'Mayor Lena Ortiz'],
    ]);
    expect(reported('Governor Ana Silva enjoys strong support among rural teachers.')).toEqual([['indirect', 'rural teachers', 'enjoys strong support among', 'Governor Ana Silva']]);
  });

  it('a personal pronoun subject and a subject with an appositive are the content', () => {
    expect(reported('Mayor Lena Ortiz toured the dam.', 'She has the backing of most farm groups.').map((r) => [r[2], r[3]])).toContainEqual(['has the backing of', 'She']);
    expect(reported('Tom Reyes, a former judge, received support from two county boards.').map((r) => [r[2], r[3]])).toEqual([['received support from', 'Tom Reyes, a former judge']]);
  });

  it('no stance received: a share of a poll, an infinitive, a modal, the subject\'s own stance or search', () => {
    expect(reported('Ana Silva has support from 41 percent of likely voters.')).toEqual([]);
    expect(reported('Ana Silva hopes to win the support of rural teachers.').map((r) => r[2])).not.toContain('win the support of');
    expect(reported('Tom Reyes will face criticism from the council.')).toEqual([]);
    expect(reported('Both candidates have sought support from the dockworkers.').map((r) => r[2])).not.toContain('have sought support from');
    expect(reported('Tom Reyes has toned down his criticism of the port authority.').map((r) => [r[2], r[3]])).toEqual([['criticism of', 'the port authority']]);
  });

  it('"criticism of" names its object, not who holds it', () => {
    expect(reported('The levy drew criticism of its timing from shop owners.').map((r) => [r[2], r[3]])).toEqual([['criticism of', 'its timing from shop owners']]);
  });
});

describe('reported speech: stance verbs taking an object', () => {
  it('disavow, repudiate, belittle, call out and fire back at report their object', () => {
    expect(reported('Governor Ana Silva quickly disavowed the militia and its leader.')).toEqual([['indirect', 'Ana Silva', 'quickly disavowed', 'the militia and its leader']]);
    expect(reported('Mayor Tom Reyes has repudiated the zoning deal.')).toEqual([['indirect', 'Tom Reyes', 'has repudiated', 'the zoning deal']]);
    expect(reported('Senator Paula Grant belittled the pension audit.')).toEqual([['indirect', 'Paula Grant', 'belittled', 'the pension audit']]);
    expect(reported('Mayor Tom Reyes often calls out landlords by name.')).toEqual([['indirect', 'Tom Reyes', 'often calls out', 'landlords by name']]);
    expect(reported('Governor Ana Silva fired back at the auditor over the missing files.')).toEqual([['indirect', 'Ana Silva', 'fired back at', 'the auditor over the missing files']]);
  });

  it('an object that is a list goes on past its commas; a semicolon or ", but" opening a clause ends an object', () => {
    expect(reported('Asked about the race, Ana Silva, who has insulted nurses, farmers and teachers in her campaign, said little.').map((r) => [r[2], r[3]])).toContainEqual([
      'has insulted',
      'nurses, farmers and teachers in her campaign',
    ]);
    expect(reported('Most of the county mayors have endorsed her; last week, the union held a rally.').map((r) => [r[2], r[3]])).toContainEqual(['have endorsed', 'her']);
    expect(reported('Governor Ana Silva endorsed Tom Reyes in June, but only after a long delay.')).toEqual([['indirect', 'Ana Silva', 'endorsed', 'Tom Reyes in June']]);
    expect(reported('Mayor Tom Reyes backed the levy, but not the bond.')).toEqual([['indirect', 'Tom Reyes', 'backed', 'the levy, but not the bond']]);
  });
});

describe('reported speech: a self-description', () => {
  it('"a self-described X" is how its holder describes himself; "the self-described X" only names him', () => {
    expect(reported('Tom Reyes is a self-described farm boy who ran for mayor.').map((r) => [r[2], r[3]])).toEqual([['self-described', 'farm boy']]);
    expect(reported('The self-described farm boy won the race.')).toEqual([]);
  });
});
