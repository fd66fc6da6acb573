import { extractArticle } from '../../src/ingest/extract-article';
import { quotesAfterLead } from './article-rows';

/** Direct quotes as [speaker as named, cue, words]. */
function directRows(...paragraphs: string[]): [string | null, string | null, string][] {
  const x = extractArticle(['Headline of the story', 'The county board met on Monday to vote on the plan.', ...paragraphs].join('\n\n'));
  return x.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speakerName, q.cue, q.text]);
}

describe('an unknown name after an inverted speech verb other than said', () => {
  it('"…," insisted Dolph Okafor: the name is a person and the speaker', () => {
    expect(directRows('"The bridge will open on time," insisted Dolph Okafor.')).toEqual([['Dolph Okafor', 'insisted', 'The bridge will open on time,']]);
  });

  it('"…?" wrote Brisco Tandy on his blog', () => {
    expect(directRows('"Who pays for the new road?" wrote Brisco Tandy on his blog.')).toEqual([['Brisco Tandy', 'wrote', 'Who pays for the new road?']]);
  });

  it('a capitalized pair after a verb that follows no quotation gets no such evidence', () => {
    const x = extractArticle(['Headline of the story', 'The county board met on Monday.', 'The report explained Harbor Fees in detail and the vote followed.'].join('\n\n'));
    expect(x.entities.people.map((p) => p.name)).not.toContain('Harbor Fees');
  });
});

describe('a description of someone named before as a quotation’s speaker', () => {
  it('"the German chancellor" is the chancellor named before when her nationality was never given', () => {
    const rows = directRows('Chancellor Anna Vogt of Germany met the visiting delegation on Friday and spoke with Mr. Lee afterward.', '"We had a good and open talk," the German chancellor said.');
    expect(rows).toEqual([['Anna Vogt', 'said', 'We had a good and open talk,']]);
  });

  it('"the minority leader" is the person the text is about', () => {
    const rows = directRows('Still, Tom Haskell would not say whom he would rather face in the fall.', 'The minority leader said flatly: "I do not think it matters."');
    expect(rows).toEqual([['Tom Haskell', 'said', 'I do not think it matters.']]);
  });

  it('"the former pollster" and "the real estate developer" are the people named before them', () => {
    expect(directRows('Walt Brenner told a radio host that a loss was likely.', 'The former pollster said, "She is behind in a number of polls."')[0][0]).toBe('Walt Brenner');
    expect(directRows('Ross Calder welcomed the mayor to his new golf club last week.', '"He is a fine golfer," the real estate developer said.')[0][0]).toBe('Ross Calder');
  });

  it('a description giving another nationality than the one known is not that person', () => {
    const rows = quotesAfterLead('French President Luc Marchand met the press in Paris on Monday.', '"The talks failed," the Russian leader said.');
    expect(rows.map((r) => r[0])).not.toContain('Luc Marchand');
  });

  it('"the president" is not taken for whoever the text was about', () => {
    const rows = quotesAfterLead('Dana Whitcomb defended the plan on Monday, though not its results.', '"We did what we could," the president told a reporter.');
    expect(rows.map((r) => r[0])).not.toContain('Dana Whitcomb');
  });
});

describe('words qualifying a role before a given name', () => {
  it('House Intelligence Republican Mike Pomfret is Mike Pomfret, whom the next "he said" means', () => {
    const rows = directRows('House Intelligence Republican Mike Pomfret (R-Kan.), who has seen the files, agreed with that point.', '"Some of this is a risk to our troops," he said.');
    expect(rows).toEqual([['Mike Pomfret', 'said', 'Some of this is a risk to our troops,']]);
  });

  it('a title-case line with more words after the given name is no name', () => {
    const x = extractArticle(['Underdog Conservative Claudia Tennant Beats Establishment in Ohio Primary.', 'Claudia Tennant won the primary on Tuesday.', 'The vote was close.'].join('\n\n'));
    expect(x.entities.people.map((p) => p.name)).not.toContain('Claudia Tennant Beats Establishment');
  });
});

describe('a he/she after a sentence whose relative clause names a speaker', () => {
  const lead = (clause: string): string => `Mayor Rita Lane's plan was backed Friday by Sen. Dana Forbes of Ohio, the top Democrat on the panel, who ${clause}, and by Jill Moss.`;

  it('", who said …" makes that person whom the next "she said" means', () => {
    const rows = directRows(lead('said none of the letters came from her'), '"It never made sense to me," she said in a statement.');
    expect(rows).toEqual([['Dana Forbes', 'said', 'It never made sense to me,']]);
  });

  it('a relative clause without a speech verb picks no one among several women', () => {
    const rows = directRows(lead('ran the vote last spring'), '"It never made sense to me," she said in a statement.');
    expect(rows).toEqual([[null, null, 'It never made sense to me,']]);
  });
});

describe('a show named after "interview with" or "appearance on"', () => {
  it('is no quotation and gets no speaker', () => {
    const rows = directRows('The retired surgeon Ben Carlton took up his concerns in another interview with "The View" on Monday.', 'In an appearance on CNN’s “The Lead with Jake Tapper,” Mr. Carlton repeated them.');
    expect(rows).toEqual([]);
  });

  it('words spoken in such an interview are still a quotation', () => {
    const rows = directRows('In an interview with reporters, Ben Carlton said: "We will win this fight."');
    expect(rows).toEqual([['Ben Carlton', 'said', 'We will win this fight.']]);
  });
});
