import { reported } from './article-rows';

describe('sources of reported speech', () => {
  it('the name an appositive describes, not an organization or a person named inside it', () => {
    expect(reported('Ada Holt, a senior fellow at the Hale Institute for Policy Studies, warned that the river levels would keep rising.')).toEqual([
      ['indirect', 'Ada Holt', 'warned', 'the river levels would keep rising'],
    ]);
    expect(reported('Rosa Quint, whose brother, the ferry captain Tomas Quint, drowned in 2009, argued that the harbor needed new lights.')).toEqual([
      ['indirect', 'Rosa Quint', 'argued', 'the harbor needed new lights'],
    ]);
  });

  it('the source noun a relative clause modifies, not the organization or person the clause names', () => {
    expect(reported('Current and former staffers who spoke with the Ridgeway Gazette said the dam had been neglected for years.')).toEqual([
      ['indirect', 'Current and former staffers', 'said', 'the dam had been neglected for years'],
    ]);
    expect(reported('Two aides who worked for Marta Velloso argued that the budget was padded.')).toEqual([
      ['indirect', 'Two aides', 'argued', 'the budget was padded'],
    ]);
    // The name opening the sentence is the subject; a relative clause after it does not change that.
    expect(reported('Marta Velloso, who met with the engineers, said the dam was safe.')).toEqual([['indirect', 'Marta Velloso', 'said', 'the dam was safe']]);
  });

  it('a verb phrase before a participle is no source: the subject that put out the document, else the object', () => {
    expect(reported('The port authority answered on Monday, putting out a statement denying that the pier was unsafe.')).toEqual([
      ['indirect', 'The port authority', 'denying', 'the pier was unsafe'],
    ]);
    expect(reported('Mayor Lena Ortiz sent out a letter warning that the ferry fares would rise.')).toEqual([
      ['indirect', 'Lena Ortiz', 'warning', 'the ferry fares would rise'],
    ]);
    expect(reported('The council aides kept poring over polling data showing a drop in ridership.').map((r) => r[1])).toEqual(['polling data']);
    // A participle modifying a plural noun is no verb phrase.
    expect(reported('Leaked documents showing the budget gap were published.').map((r) => r[1])).toEqual(['Leaked documents']);
  });

  it('a quantifier opening the sentence before the verb is its subject, not an adverb', () => {
    expect(reported('Mayor Lena Ortiz and Councilman Tomas Reyes toured the pier.', 'Both want the ferry to run again by June.')).toEqual([
      ['indirect', 'Both', 'want', 'the ferry to run again by June'],
    ]);
    expect(reported('The two councilmen met the press.', 'Both said the fares would have to rise.')).toEqual([['indirect', 'Both', 'said', 'the fares would have to rise']]);
    // After a subject, "both" stays an adverb of the verb.
    expect(reported('The councilmen both said the fares would have to rise.').map((r) => r[1])).toEqual(['The councilmen']);
  });

  it('a cue in a perfect participle clause opening the sentence has the main clause’s subject', () => {
    const rows = reported('Having endorsed the levy in March, Mayor Lena Ortiz argued that the ferry needed it.');
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ['Lena Ortiz', 'endorsed'],
      ['Lena Ortiz', 'argued'],
    ]);
    expect(reported('Having endorsed the levy in March, the mayor argued that the ferry needed it.').map((r) => r[1])).not.toContain('Having');
  });

  it('an organization after "at", "on" or "from" before the verb is the subject’s affiliation, not the subject', () => {
    expect(reported('Ada Holt at the Hale Institute argued that the river levels would keep rising.').map((r) => r[1])).toEqual(['Ada Holt']);
    expect(reported('Republicans on the Harbor Finance Committee argued that the levy was too steep.').map((r) => r[1])).toEqual(['Republicans']);
    expect(reported('Two engineers from the Ridgeway Transit Authority warned that the bridge was unsafe.').map((r) => r[1])).toEqual(['Two engineers']);
    // "of" names whom the subject speaks for: the organization stays.
    expect(reported('The head of the Ridgeway Transit Authority warned that the bridge was unsafe.').map((r) => r[1])).not.toEqual(['The head']);
  });

  it('party members in the plural are people, not the party', () => {
    const rows = reported(
      'The Democratic Party held its convention in the spring.',
      'Several Democrats warned that the tax plan would hurt renters.',
      'Republicans are pushing back, arguing that the plan would lower rents.',
    );
    expect(rows.map((r) => r[1])).toEqual(['Several Democrats', 'Republicans']);
  });

  it('a participle after a sentence that opens with a quotation shares the quotation’s speaker', () => {
    const rows = reported('Mayor Lena Ortiz spoke at the pier on Friday.', '“We have waited long enough,” Ortiz said, adding that the ferry would run again by June.');
    expect(rows).toEqual([['indirect', 'Lena Ortiz', 'adding', 'the ferry would run again by June']]);
  });

  it('two people joined by "and" at a sentence opening speak together', () => {
    const rows = reported(
      'Mayor Lena Ortiz and Councilman Tomas Reyes toured the flooded pier on Friday.',
      'Ortiz and Reyes agreed that the ferry would need a new dock.',
      'Both Ortiz and Reyes warned that repairs would take a year.',
    );
    expect(rows.map((r) => r[1])).toEqual(['Ortiz and Reyes', 'Both Ortiz and Reyes']);
  });

  it('a list of named people at a sentence opening speaks together', () => {
    const rows = reported(
      'Mayor Lena Ortiz, Councilman Tomas Reyes and Judge Ana Vidal toured the flooded pier on Friday.',
      'Lena Ortiz, Tomas Reyes and Ana Vidal have all argued that the ferry needs a new dock.',
    );
    expect(rows.map((r) => r[1])).toEqual(['Lena Ortiz, Tomas Reyes and Ana Vidal']);
  });

  it('party members after a participle, in a progressive and after "according to"', () => {
    const rows = reported(
      'The Democratic Party held its convention in the spring.',
      'Democrats are already calling for a cap on rents.',
      'The mayor resigned in June, according to several Democrats.',
    );
    expect(rows.map((r) => r[1])).toEqual(['Democrats', 'several Democrats']);
  });

  it('the subject past "seemed to", a short adverb or an occasion before the verb', () => {
    expect(reported('Tomas Reyes seemed to concede the vote to his rival.').map((r) => r.slice(1, 3))).toEqual([['Tomas Reyes', 'seemed to concede']]);
    expect(reported('Ana Vidal seldom speaks of her years on the bench.').map((r) => r[1])).toEqual(['Ana Vidal']);
    expect(reported('Ana Vidal, the harbor judge, in a statement criticized the new fees.').map((r) => r[1])).toEqual(['Ana Vidal']);
    expect(reported('Ana Vidal, the harbor judge, this past week announced a review of the fees.').map((r) => r[1])).toEqual(['Ana Vidal']);
  });

  it('a share of those polled given as "six in 10"', () => {
    expect(reported('Six in 10 said the ferry should run all year.').map((r) => r[1])).toEqual(['Six in 10']);
  });

  it('a participle right after a closing attribution shares its subject', () => {
    const rows = reported('Ana Vidal and Tomas Reyes met on Monday.', 'Vidal and Reyes will meet again next week, Lena Ortiz said, adding that the talks had gone well.');
    expect(rows.map((r) => r.slice(1, 3))).toEqual([
      ['Lena Ortiz', 'said'],
      ['Lena Ortiz', 'adding'],
    ]);
  });

  it('a cue word inside a compound noun is no cue', () => {
    const rows = reported('Ana Vidal, a fellow at a progressive think tank in Ohio, said the levy would pass.', 'Tomas Reyes, the host of a talk show on local radio, argued that it would fail.');
    expect(rows.map((r) => r.slice(1, 3))).toEqual([
      ['Ana Vidal', 'said'],
      ['Tomas Reyes', 'argued'],
    ]);
  });

  it('a list of short noun phrases opening a sentence is the source as written', () => {
    expect(reported('Neighbors, shop owners and several local pastors said the levy would pass.').map((r) => r[1])).toEqual(['Neighbors, shop owners and several local pastors']);
    // Not a clause before the subject.
    expect(reported('While some neighbors say the levy will pass, others say it will fail.').map((r) => r[1])).toEqual(['some neighbors', 'others']);
  });

  it('the person whose age or home town stands between name and verb', () => {
    expect(reported('Ana Vidal, 50, of Houston learned of the layoffs in May.').map((r) => r[1])).toEqual(['Ana Vidal']);
    expect(reported('Ana Vidal of Columbia, South Carolina argued that the rule was unfair.').map((r) => r[1])).toEqual(['Ana Vidal']);
  });

  it('a possessive pronoun opening a nominal cue stands for whom "he" or "she" there would', () => {
    const rows = reported(
      'Governor Hector Alvarado toured the flooded valley on Friday.',
      'Ms. Dana Pruitt, the county clerk, stayed in her office. His criticism of the levee board has grown sharper since the storm.',
    );
    expect(rows).toEqual([['indirect', 'Hector Alvarado', 'criticism of', 'the levee board']]);
    const hers = reported('Senator Marisol Vega met the growers in Fresno on Tuesday.', 'Her support for the water bill was welcome.');
    expect(hers).toEqual([['indirect', 'Marisol Vega', 'support for', 'the water bill']]);
  });

  it('a possessive pronoun whose gender fits nobody before it gives no source, and is no name', () => {
    const rows = reported('Senator Marisol Vega met the growers in Fresno on Tuesday.', 'His support for the water bill was welcome.');
    expect(rows).toEqual([['indirect', null, 'support for', 'the water bill']]);
  });
  it('a determiner alone is never a source, and a board that hears concerns does not voice them', () => {
    const rows = reported('The harbor board heard complaints about the ferry fares from commuters.', 'The city council has renewed calls for a tax on empty homes.');
    expect(rows).toEqual([
      ['indirect', null, 'complaints about', 'the ferry fares from commuters'],
      ['indirect', 'The city council', 'calls for', 'a tax on empty homes'],
    ]);
    expect(reported('Their calls grew louder after the ferry was cancelled again.').map((r) => r[1])).not.toContain('Their');
  });

  it('he or she written with a contracted auxiliary is resolved like a bare pronoun', () => {
    expect(reported('Greta Holm toured the harbor on Tuesday.', "She's hoping the council will fund new lights.")).toEqual([
      ['indirect', 'Greta Holm', "'s hoping", 'the council will fund new lights'],
    ]);
    expect(reported('Mayor Tobias Wren opened the new ferry dock.', 'He’ll argue that the fares must stay low.')).toEqual([
      ['indirect', 'Tobias Wren', '’ll argue', 'the fares must stay low'],
    ]);
    // A participle shares that subject: the pronoun's referent, not "she's" as written.
    expect(reported('Marta Lindqvist toured the bus depot on Monday.', "Since May, she's changed course, praising the new routes.")).toEqual([
      ['indirect', 'Marta Lindqvist', 'praising', 'the new routes'],
    ]);
  });

  it('a source phrase holding its clause’s he or she is whom the pronoun means, never the words', () => {
    expect(reported('Dana Whitcomb ran for mayor.', 'She started the week with a speech in Dayton focused squarely on rents.')).toEqual([
      ['indirect', 'Dana Whitcomb', 'focused squarely on', 'rents'],
    ]);
    expect(reported('Dana Whitcomb ran for mayor.', "She didn't really care about the criticism.")).toEqual([['indirect', 'Dana Whitcomb', 'care about', 'the criticism']]);
    expect(reported('Governor Hal Brenner ran again.', 'In years past, he has had sharp words, but this time he praised the budget.')).toEqual([
      ['indirect', 'Hal Brenner', 'praised', 'the budget'],
    ]);
    // She and others together are the source as written.
    expect(reported('Dana Whitcomb ran for mayor.', 'She and her aides argued that the rents were too high.').map((r) => r[1])).toEqual(['She and her aides']);
    // No one the pronoun can mean: no source, rather than the phrase.
    expect(reported('In years past, he has had sharp words, but this time he praised the budget.')).toEqual([['indirect', null, 'praised', 'the budget']]);
  });
});

describe('"it" as the source of reported speech', () => {
  it('stands for the organization or the document an earlier sentence opens with', () => {
    expect(reported('Still, the Harbor Council met for five hours on Monday.', 'It said the fares would have to rise by June.')).toEqual([
      ['indirect', 'Harbor Council', 'said', 'the fares would have to rise by June'],
    ]);
    expect(reported('The memo was sent to every dock worker on Friday. It warned that the north pier was unsafe.')).toEqual([
      ['indirect', 'The memo', 'warned', 'the north pier was unsafe'],
    ]);
  });

  it('stands for the document or the organization the nearest attribution before it in its paragraph is credited to', () => {
    expect(reported('"The north pier will close at noon," the notice read. Ferries ran late all week. It warned that the pier was unsafe.').map((r) => r.slice(1))).toEqual([
      ['the notice', 'warned', 'the pier was unsafe'],
    ]);
    expect(reported('In a report on Monday, the Harbor Council said the fares would rise. It added that the ferries would run less often.').map((r) => r[1])).toEqual([
      'Harbor Council',
      'Harbor Council',
    ]);
  });

  it('never stands for a person who spoke before, nor for a source of an earlier paragraph', () => {
    expect(reported('In a letter on Monday, Mayor Lena Ortiz said the fares would rise. It warned that the ferries would run less often.').map((r) => r[1])).toEqual([
      'Lena Ortiz',
      null,
    ]);
    expect(reported('"The north pier will close at noon," the notice read.', 'Ferries ran late all week. It warned that the pier was unsafe.').map((r) => r[1])).toEqual([null]);
  });

  it('stays without a source when no sentence before opens with a document or an organization', () => {
    expect(reported('Ferries ran late all week. It said the fares would have to rise by June.').map((r) => r[1])).toEqual([null]);
  });
});
