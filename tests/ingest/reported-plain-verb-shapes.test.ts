import { reported } from './article-rows';

/** The rows whose cue is `cue`. */
const withCue = (cue: string, ...paragraphs: string[]): (string | null)[][] => reported(...paragraphs).filter((r) => r[2] === cue);

describe('reported speech: plain speech verbs in shapes the content or subject readers used to miss', () => {
  it('a subject and its auxiliary alone are a clause the cue reports', () => {
    expect(withCue('said', 'Asked whether he would back the levy, Tomas Greer said he would.')).toEqual([['indirect', 'Tomas Greer', 'said', 'he would']]);
    expect(withCue('said', 'The council asked if the ferry could stop at Dunmore. The harbor staff said it could not.')).toEqual([
      ['indirect', 'The harbor staff', 'said', 'it could not'],
    ]);
  });

  it('two words that are no subject and a modal, "do" or "have" stay too short to report', () => {
    expect(withCue('said', 'Tomas Greer said goodbye.')).toEqual([]);
    expect(withCue('said', 'Tomas Greer said Reyes would.')).toEqual([]);
    expect(withCue('said', 'Tomas Greer said they were.')).toEqual([]);
  });

  it('after a negated cue, the question it leaves open is the content', () => {
    expect(withCue('did not say', 'The ferry will stop running, but Mayor Ada Holt did not say when.')).toEqual([['indirect', 'Ada Holt', 'did not say', 'when']]);
    expect(withCue('have not said', 'County officials have not said when they would reopen the pool.')).toEqual([
      ['indirect', 'County officials', 'have not said', 'when they would reopen the pool'],
    ]);
  });

  it('"when" after a cue that is not negated, or after a negated object cue, opens a clause of time', () => {
    expect(withCue('said', 'Mayor Ada Holt said when the pool reopened last June.')).toEqual([]);
    expect(withCue('never described', 'Mayor Ada Holt never described the plan when she ran for office.').map((r) => r[3])).not.toContain(
      'when she ran for office',
    );
  });

  it('"at least" after a cue opens its content', () => {
    expect(withCue('reported', 'As the storm moved inland, the Dunmore Courier reported at least six boats sank in the harbor.')).toEqual([
      ['indirect', 'the Dunmore Courier', 'reported', 'at least six boats sank in the harbor'],
    ]);
    expect(withCue('said', 'Fire officials said at least 20 homes burned.')).toEqual([['indirect', 'Fire officials', 'said', 'at least 20 homes burned']]);
  });

  it('a closing cue with an addressee and a clause of time after it reports the clause before it', () => {
    expect(withCue('told', 'This is not about the budget, Mayor Tomas Greer told his closest aides as he left the hall.')).toEqual([
      ['indirect', 'Tomas Greer', 'told', 'This is not about the budget'],
    ]);
  });

  it('an addressee is not cut off inside a word that starts like a pronoun or a determiner', () => {
    expect(withCue('told', 'Mayor Tomas Greer told his oldest allies the levy would fail.')).toEqual([['indirect', 'Tomas Greer', 'told', 'the levy would fail']]);
  });

  it('a closing or set-off cue whose subject is two coordinated noun phrases after a comma', () => {
    expect(withCue('told', 'Support for the levy is strongest among younger members of the union, nurses and union organizers told the Dunmore Courier.')).toEqual([
      ['indirect', 'nurses and union organizers', 'told', 'Support for the levy is strongest among younger members of the union'],
    ]);
    expect(withCue('said', 'The ferry will not stop at Dunmore this winter, she and Mr. Tomas Greer said.')).toEqual([
      ['indirect', 'Tomas Greer', 'said', 'The ferry will not stop at Dunmore this winter'],
    ]);
    expect(withCue('say', 'The main cause of the long delays at the county hospital, nurses and union leaders say, is the new billing system.')).toEqual([
      ['indirect', 'nurses and union leaders', 'say', 'The main cause of the long delays at the county hospital is the new billing system'],
    ]);
  });

  it('no subject is widened over a verb phrase, nor for a cue that takes only an object', () => {
    expect(withCue('claims', 'Sweeping the county races, Councilor Ada Holt and Mayor Tomas Greer cemented their claims as the party leaders.')).toEqual([]);
    expect(withCue('shows', 'On the Dunmore Courier site and the KDNR, Courier and county morning shows, about one in three guests were women.')).toEqual([]);
  });

  it('"another" alone or before a noun is the subject of a clause cue', () => {
    expect(reported('While one agency says the river will crest on Friday, another says it will crest on Sunday.')).toEqual([
      ['indirect', 'one agency', 'says', 'the river will crest on Friday'],
      ['indirect', 'another', 'says', 'it will crest on Sunday'],
    ]);
    expect(withCue('says', 'Another survey says the county has lost 900 jobs.')).toEqual([['indirect', 'Another survey', 'says', 'the county has lost 900 jobs']]);
  });

  it('"another" before an object cue is no source read here', () => {
    expect(withCue('illustrated', 'The vote was close, and another moment illustrated the shift in the party.')).toEqual([]);
  });

  it('a comma between digits closes no opening clause', () => {
    expect(withCue('says', 'While one agency says there are 2,400 homes in the flood zone, another says the count is lower.')).toEqual([
      ['indirect', 'one agency', 'says', 'there are 2,400 homes in the flood zone'],
      ['indirect', 'another', 'says', 'the count is lower'],
    ]);
  });

  it('a closing cue after a name with a title of up to six words', () => {
    expect(withCue('said', 'Two of the missing boats were found near the harbor, Dunmore county emergency management agency spokesman Tomas Greer said Friday.')).toEqual([
      ['indirect', 'Tomas Greer', 'said', 'Two of the missing boats were found near the harbor'],
    ]);
  });

  it('"that" after a year written with an opening apostrophe', () => {
    expect(withCue('said', 'Mayor Ada Holt said in ‘08 that the ferry would never pay for itself.')).toEqual([
      ['indirect', 'Ada Holt', 'said', 'the ferry would never pay for itself'],
    ]);
  });

  it('an aside right after the cue, then a clause opening with a contraction', () => {
    expect(withCue('says', 'Mayor Ada Holt says, win or lose in the county vote, she’s staying in the race.')).toEqual([
      ['indirect', 'Ada Holt', 'says', 'she’s staying in the race'],
    ]);
  });

  it('a cue after a comma with its source after it is inverted, whatever name the clause before holds', () => {
    expect(withCue('said', 'The board has lost faith in the plan, which Councilor Ada Holt drafted, said an aide who was briefed on the vote.')).toEqual([
      ['indirect', 'an aide', 'said', 'The board has lost faith in the plan, which Councilor Ada Holt drafted'],
    ]);
    expect(withCue('said', 'Turnout fell sharply in the county, whose clerk he has sued, said Tomas Greer, a lawyer for the party.')).toEqual([
      ['indirect', 'Tomas Greer', 'said', 'Turnout fell sharply in the county, whose clerk he has sued'],
    ]);
  });

  it('after an appositive, a noun phrase or a clause opening after the cue is its content, not its source', () => {
    expect(withCue('said', 'Ada Holt, a nurse at the county hospital, said the staff member who replaced her, Tomas Greer, should resign.')).toEqual([
      ['indirect', 'Ada Holt', 'said', 'the staff member who replaced her, Tomas Greer, should resign'],
    ]);
    expect(withCue('told', 'Ada Holt, a nurse at the county hospital, told an audience the ward would close.').map((r) => r[1])).toEqual(['Ada Holt']);
  });
});
