/**
 * Patterns met in scraped wire, newspaper and broadcaster copy. Each test
 * uses its own sentences, not the evaluation articles' text.
 */
import { extractArticle } from '../../src/ingest/extract-article';
import { parseArticle } from '../../src/ingest/parse-article';
import { quotes } from './article-rows';

function people(...paragraphs: string[]): string[] {
  return extractArticle(['Headline of the story', ...paragraphs].join('\n\n')).entities.people.map((p) => p.name);
}


describe('front matter of scraped pages', () => {
  it('reads a standfirst, a byline without "By" over a role line, and a relative timestamp', () => {
    const a = parseArticle(
      [
        'Science',
        'Bees learn to count in a lab test',
        'Researchers say the insects grasp ‘zero’ in a way that is ‘remarkable’',
        'Hannah Devlin Science correspondent\n3 hours ago',
        'Bumblebees were trained with sugar rewards over several weeks in the study.',
        'The result surprised the team.',
      ].join('\n\n'),
    );
    expect(a).toMatchObject({ headline: 'Bees learn to count in a lab test', standfirst: 'Researchers say the insects grasp ‘zero’ in a way that is ‘remarkable’', byline: 'Hannah Devlin Science correspondent' });
    expect(a.paragraphs).toEqual(['Bumblebees were trained with sugar rewards over several weeks in the study.', 'The result surprised the team.']);
  });

  it('takes a name line over an outlet line, "Interview by" and day-first dates as front matter', () => {
    const a = parseArticle(['Council delays vote on bike lanes', 'Marcus Bell\nThe Springfield Ledger', 'Published 6:00 a.m. ET May 2, 2025', 'The council put off its vote again on Monday night after two hours of debate.'].join('\n\n'));
    expect(a.byline).toBe('Marcus Bell, The Springfield Ledger');
    expect(a.paragraphs).toEqual(['The council put off its vote again on Monday night after two hours of debate.']);
    const b = parseArticle(['A conversation with a painter', 'Interview by Ruth Okafor\nMon 4 Mar 2024 10.30 GMT', 'The painter works in a converted barn outside the town, surrounded by unfinished canvases.'].join('\n\n'));
    expect(b.byline).toBe('Ruth Okafor');
    expect(b.paragraphs).toHaveLength(1);
  });

  it('reads credits without parentheses: an agency alone, NAME/Agency after a caption, Photograph: …', () => {
    const a = parseArticle(
      [
        'Floods close the ring road',
        'Cars stranded on the ring road on Tuesday. REUTERS/Ana Ruiz',
        'PA Media\nWater covers a playground in the east of the city',
        'Volunteers fill sandbags. Photograph: Lee Wong/The Herald',
        'Mia Sato/Valley Times',
        'Heavy rain closed the ring road for a second day on Tuesday, the council said.',
      ].join('\n\n'),
    );
    expect(a.images.map((i) => i.credit)).toEqual(['REUTERS/Ana Ruiz', 'PA Media', 'Lee Wong/The Herald', 'Mia Sato/Valley Times']);
    expect(a.images[1].caption).toBe('Water covers a playground in the east of the city');
    expect(a.paragraphs).toEqual(['Heavy rain closed the ring road for a second day on Tuesday, the council said.']);
  });

  it('drops wire credit lines, reporter footers, link lines and the link lists that close a page', () => {
    const a = parseArticle(
      [
        'Port strike ends after a week',
        'Dockworkers returned to work on Friday after a week-long strike.',
        'The deal raises pay by 6%.',
        'Shipping lines said delays would last days.',
        'Associated Press writer Dana Ortiz in Oakland contributed to this report.',
        '(Reporting by Sam Lee; Editing by Kim Roe)',
        'Ana Ruiz covers the port for the Ledger. Email her at aruiz@example.com.',
        'Follow our coverage of labor at https://example.com/labor',
        'Related topics\nPorts\nLabor',
        'What the deal means for prices',
      ].join('\n\n'),
    );
    expect(a.paragraphs).toEqual(['Dockworkers returned to work on Friday after a week-long strike.', 'The deal raises pay by 6%.', 'Shipping lines said delays would last days.']);
  });

  it('keeps a standfirst\'s quotation marks out of the quotes', () => {
    const x = extractArticle(['Bees learn to count', 'Researchers say the result is ‘remarkable’ for insects', 'By Jo Park', 'Bumblebees were trained with sugar rewards over several weeks in the study.'].join('\n\n'));
    expect(x.quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('names as wire copy writes them', () => {
  it('reads Dr and Prof without a period as marks of a person, and resolves "Van Vliet" to the full name', () => {
    expect(quotes('“The ice is thinning fast,” said Dr Anouk van Vliet, of Leiden University.', '“We need more data,” Van Vliet said.', 'Prof Marta Kowal, who was not involved, said: “It is solid work.”')).toEqual([
      ['Anouk van Vliet', 'The ice is thinning fast,'],
      ['Anouk van Vliet', 'We need more data,'],
      ['Marta Kowal', 'It is solid work.'],
    ]);
  });

  it('resolves a name word inside a long name ("Lopez" in "Andres Manuel Lopez Obrador") when only one person has it', () => {
    expect(quotes('Mexico’s President Andres Manuel Lopez Obrador spoke on Monday.', '“We will not pay,” Lopez said.')).toEqual([['Andres Manuel Lopez Obrador', 'We will not pay,']]);
  });

  it('does not take a gender from a Korean family name written first', () => {
    expect(
      quotes(
        'Foreign ministry spokeswoman Hua Lan said the talks were over.',
        'Kim Su Min, the unification minister, said in a statement that the North would "regret" the launch.',
        '"This is a grave provocation," she said.',
      ),
    ).toEqual([
      ['Kim Su Min', 'regret'],
      ['Kim Su Min', 'This is a grave provocation,'],
    ]);
  });

  it('does not read "the prime minister said" after a name as that person\'s title', () => {
    const x = extractArticle(['Headline of the story', 'Prime Minister Anna Holt defended the plan.', 'Appearing on Radio Today with Tom Ridley, the prime minister said: “We will not back down.”'].join('\n\n'));
    expect(x.entities.people.find((p) => p.name === 'Tom Ridley')?.title ?? null).toBeNull();
    expect(x.quotes.filter((q) => q.kind === 'direct').map((q) => q.speakerName)).not.toContain('Tom Ridley');
  });
});

describe('speakers in longer sentences', () => {
  it('takes the person named after a comma and an honorific, not the body before it', () => {
    expect(quotes('The committee met on Monday.', 'In a letter, the chair of the Health Committee, Dame Ruth Adeyemi, wrote:', '“We are not persuaded by the plan.”')).toEqual([['Ruth Adeyemi', 'We are not persuaded by the plan.']]);
  });

  it('reaches a verb past two comma pieces after a name (party tag and appositive)', () => {
    expect(quotes('Sen. Dana Whitfield, R-Ohio, a member of the budget committee, called the bill "reckless" on Tuesday.')).toEqual([['Dana Whitfield', 'reckless']]);
  });

  it('gives no speaker when the subject sits in a clause another verb reports', () => {
    expect(quotes('Rep. Omar Haddad, D-Mich., said the party leaders had promised members "a vote by June."')[0]).toEqual([null, 'a vote by June.']);
  });

  it('resolves she past "her husband Name …" to the woman named before', () => {
    expect(quotes('Grace Okoye, 61, has run the bakery for 30 years. Her husband Daniel Okoye joined her in 2001.', '“We never take a day off,” she said.')).toEqual([['Grace Okoye', 'We never take a day off,']]);
  });

  it('resolves "the speaker said" to the one person titled Speaker', () => {
    expect(quotes('Speaker Ellen Marsh said the chamber would sit late.', 'Asked whether the votes were there, the speaker said: "We will see tonight."')).toEqual([['Ellen Marsh', 'We will see tonight.']]);
  });
});

describe('what is not a quotation', () => {
  it('a show after a plural possessive, a name something is referred to by, a label a group uses, words on a sign', () => {
    expect(
      quotes(
        'The minister, speaking on Sky News’ ‘Politics Hub’, said little.',
        'Staff referred to the merger as "Operation Daybreak" in emails.',
        'Residents oppose what critics have taken to calling "Harbor Sprawl."',
        'A banner hung from the bridge in Old St. Mary said simply: "Stop the tolls."',
      ),
    ).toEqual([]);
  });

  it('a "so-called" before a term does not make the term\'s neighbour lose its speaker', () => {
    expect(quotes('Senator Ava Brooks described the so-called “surplus” as a “dangerous illusion”.')).toEqual([['Ava Brooks', 'dangerous illusion']]);
  });
});

describe('people without a title', () => {
  it('takes a name as a person when its surname later stands alone as a subject', () => {
    expect(people('Priya Raman is standing in a field of sunflowers outside the town.', 'Raman, who grew up nearby, has farmed here for a decade.')).toEqual(['Priya Raman']);
    expect(quotes('Nadia Ferro won the sprint on Sunday.', '“I felt strong,” Ferro said.')).toEqual([['Nadia Ferro', 'I felt strong,']]);
  });

  it('never takes a named storm as a person, even when "said Milton" follows', () => {
    expect(people('Hurricane Delia strengthened overnight.', 'Forecasters said Delia could reach the coast by Friday.')).toEqual([]);
  });

  it('joins "von der" inside a name', () => {
    expect(quotes('Commission President Ursula von der Leyen wrote on X that the deal was “historic.”')).toEqual([['Ursula von der Leyen', 'historic.']]);
  });
});

describe('hostile input just under the 1 MB limit', () => {
  // Each shape once drove a pass that compared every quote, mention or token with every other.
  const fill = (unit: string): string => unit.repeat(Math.floor(990_000 / unit.length));
  it.each([
    ['one paragraph of 47,000 attributed quotes', fill('"Yes," said Ann Lee. '), 47_142],
    ['43,000 one-quote paragraphs', fill('"We won," Smith said.\n\n'), 43_043],
    ['one name with a title 35,000 times', fill('John Smith, the mayor, said '), 0],
    ['quoted commas after a name 70,000 times', fill('Smith, "a,", '), 0],
    // The he/she look-back blanked out the sentence's quotations again, one at a time, for each pronoun.
    ['one run-on sentence of 35,000 quotes each followed by "he said"', fill('"We will win," he said, and '), 35_357],
  ])('%s finishes and extracts what is there', (_name, body, quoteCount) => {
    const x = extractArticle(`Headline of the story\n\n${body}`);
    expect(x.quotes.filter((q) => q.kind === 'direct')).toHaveLength(quoteCount);
  });

  // A quote's cue was looked for by reading its whole sentence again for each quote of the sentence.
  it('one run-on sentence of 34,000 attributed quotes finishes, each with its cue', () => {
    const x = extractArticle(`Headline of the story\n\n${fill('Ortiz said "we will win" and ')}`);
    const direct = x.quotes.filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(34_137);
    expect(direct.every((q) => q.cue === 'said')).toBe(true);
  });

  // Linking each title to the organization inside it once compared every title with every organization mention of its paragraph.
  it.each([
    ['an organization named 38,000 times in one paragraph', fill('x, as The Times reported, '), 38_076],
    ['a titled name and its organization 41,000 times', fill('Reuters editor Ann Lee, '), 82_500],
    // The he/she vote once read the paragraph before again for each pronoun.
    ['60,000 pronouns after a paragraph of 40,000 names', `${'Ann Lee met Bob Ray. '.repeat(20_000)}\n\n${'He left. '.repeat(60_000)}`, 40_000],
  ])('%s finishes and keeps every mention', (_name, body, mentionCount) => {
    const x = extractArticle(`Headline of the story\n\n${body}`);
    expect(x.entities.mentions).toHaveLength(mentionCount);
  });
});
