import { quotesAfterLead as quotes } from './article-rows';

describe('a paragraph that is only a quotation, after a paragraph ending on a quote’s attribution', () => {
  it('goes on with the speaker of that quote, though the paragraph before opened with the writer’s own sentence', () => {
    expect(quotes('The vote changed everything in the valley. “We finally had a voice,” said Ada Tolliver, a pastor in Duluth.', '“Nobody could ignore us after that night.”')).toEqual([
      ['Ada Tolliver', 'We finally had a voice,'],
      ['Ada Tolliver', 'Nobody could ignore us after that night.'],
    ]);
  });

  it('takes no speaker when the paragraph before goes on past the attribution', () => {
    expect(quotes('The vote changed everything in the valley. “We finally had a voice,” said Ada Tolliver. Turnout doubled at the next county election, and the mill reopened.', '“Nobody could ignore us after that night.”')).toEqual([
      ['Ada Tolliver', 'We finally had a voice,'],
      [null, 'Nobody could ignore us after that night.'],
    ]);
  });
});

describe('a role description no one in the text holds the title of', () => {
  it('is the person the paragraph names before it, who was given no title', () => {
    expect(quotes('Gareth Pomfrey joined the fight over the bank bill on Monday after weeks of silence on the floor of the chamber. “This bill is a gift to the banks,” the former president said.')).toEqual([['Gareth Pomfrey', 'This bill is a gift to the banks,']]);
  });

  it('is no one when that person holds another title in the text', () => {
    expect(quotes('Senator Gareth Pomfrey joined the fight over the bank bill on Monday after weeks of silence on the floor of the chamber. “This bill is a gift to the banks,” the former president said.')).toEqual([[null, 'This bill is a gift to the banks,']]);
  });

  it('is no one when that person was named only in an earlier paragraph', () => {
    expect(quotes('Gareth Pomfrey joined the fight over the bank bill on Monday after weeks of silence on the floor of the chamber.', 'The hearing ran late into the night. “This bill is a gift to the banks,” the former president said.')).toEqual([[null, 'This bill is a gift to the banks,']]);
  });
});

describe('he or she after a sentence whose opening noun phrase describes no one', () => {
  it('a person noun past a preposition heads no phrase: the he goes to the person the sentence names', () => {
    expect(quotes('His bid for governor follows the same plan as the last one: long drives, small rooms and many diners, said Olaf Brennick, director of the Civic Project at Lakeland College.', '“They have been very disciplined about it,” he said.')).toEqual([['Olaf Brennick', 'They have been very disciplined about it,']]);
  });

  it('a phrase headed by a person noun before its preposition is someone unnamed: no speaker', () => {
    expect(quotes('Olaf Brennick toured the state in May.', 'A historian at Lakeland College said the plan would work.', '“They have been very disciplined about it,” he said.')).toEqual([[null, 'They have been very disciplined about it,']]);
  });
});

describe('he or she after a sentence naming a title holder and what the title is of', () => {
  it('the name after `chief executive of` in the subject’s appositive is not whom the pronoun means', () => {
    expect(quotes('Greta Vollmer, chief executive of Tamsin Hale, a charter broker for companies, said the jet was an odd choice. “Buying it is like buying a bag of chips,” she said.')).toEqual([['Greta Vollmer', 'Buying it is like buying a bag of chips,']]);
  });

  it('an inverted speaker after title words with no preposition still is', () => {
    expect(quotes('Their jet was an odd choice, said analyst Tamsin Hale, who follows the charter trade.', '“Buying it is like buying a bag of chips,” she said.')).toEqual([['Tamsin Hale', 'Buying it is like buying a bag of chips,']]);
  });
});

describe('an unnamed speaker with a relative clause, and the quote after', () => {
  it('the next quote of the paragraph goes on with the same unnamed speaker', () => {
    expect(quotes('“The field office is a mess,” said a longtime aide to the mayor, who asked not to be named because the talks with the council were private. “Nobody answers the phones.”')).toEqual([
      ['a longtime aide to the mayor', 'The field office is a mess,'],
      ['a longtime aide to the mayor', 'Nobody answers the phones.'],
    ]);
  });

  it('not when the sentence goes on past the relative clause to another one', () => {
    expect(quotes('“The field office is a mess,” said a longtime aide to the mayor, who asked not to be named because the talks with the council were private. Ivo Starke disagreed. “Nobody answers the phones.”')).not.toContainEqual(['a longtime aide to the mayor', 'Nobody answers the phones.']);
  });
});
