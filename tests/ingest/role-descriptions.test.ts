import { reportedNamed } from './article-rows';

/*
 * Descriptions by a role or a standing (`the football legend`, `the Air Force veteran`, `the radioman`, `the
 * director`, `the justice`, `the self-described socialist`, `the journalist`): the person named before them,
 * found by the look-back a he/she uses (lexicon/epithet-role-nouns.json).
 */

const LEAD = 'The county board met on Monday to vote on the plan.';
const sourceOf = (rows: ReturnType<typeof reportedNamed>, words: string): string | null | undefined => rows.find((r) => r[3].startsWith(words))?.[1];

describe('a reported source described by a role is the person named before it', () => {
  it('`the football legend` and `the Air Force veteran`', () => {
    expect(sourceOf(reportedNamed(LEAD, 'Dane Okoro also appeared on the cooking show.', 'The football legend said people misread the mayor.'), 'people misread')).toBe('Dane Okoro');
    expect(sourceOf(reportedNamed(LEAD, '“He will be ready,” Ross Calder said.', 'The Air Force veteran also believes that the plan will pass.'), 'the plan will pass')).toBe('Ross Calder');
  });

  it('`the director`, `the justice`, `the radioman`, `the journalist` and `the self-described socialist`', () => {
    expect(sourceOf(reportedNamed(LEAD, 'Agency Director Paul Kessler said the files were lost.', 'The director further stated that no one was to blame.'), 'no one was')).toBe('Paul Kessler');
    expect(sourceOf(reportedNamed(LEAD, 'Justice Ann Lowe spoke to three papers this week.', 'In each interview, the justice said the law was clear.'), 'the law was clear')).toBe('Ann Lowe');
    expect(sourceOf(reportedNamed(LEAD, 'Ivo Brandt read the letter on the air.', 'The radioman pointed out that the mayor had changed course.'), 'the mayor had')).toBe('Ivo Brandt');
    expect(sourceOf(reportedNamed(LEAD, 'The anchor Maria Ruiz answered with an open letter.', 'The veteran journalist expressed concern over the new rules.'), 'concern over')).toBe('Maria Ruiz');
    expect(sourceOf(reportedNamed(LEAD, 'Tom Haskell held a rally in Dayton on Saturday.', 'The self-described socialist said he would carry the state.'), 'he would carry')).toBe('Tom Haskell');
  });

  it('`the GOP speechwriter` and `the documentarian`', () => {
    expect(sourceOf(reportedNamed(LEAD, 'Ross Calder wrote the senator’s speech in 2012.', 'The GOP speechwriter said the plan was a mistake.'), 'the plan was')).toBe('Ross Calder');
    expect(sourceOf(reportedNamed(LEAD, 'In the film, Ivo Brandt argues that the port was sold too cheaply.', 'The documentarian also said the deal was rushed.'), 'the deal was')).toBe('Ivo Brandt');
  });

  it('near miss: a role no one named before stays as written', () => {
    const rows = reportedNamed(LEAD, 'The budget was late again this year.', 'The director said the office would close.');
    expect(sourceOf(rows, 'the office would close')).toBe('The director');
  });

  it('near miss: of two people named as the subject before, neither is taken', () => {
    const rows = reportedNamed(LEAD, 'Ivo Brandt and Paul Kessler read the letter on the air.', 'The radioman pointed out that the mayor had changed course.');
    expect(sourceOf(rows, 'the mayor had')).toBe('The radioman');
  });
});
