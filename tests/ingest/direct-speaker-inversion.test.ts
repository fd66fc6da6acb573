import { quotes } from './article-rows';

describe('a name right after a cue, before the quotation', () => {
  it('the addressee of "told" is not the speaker', () => {
    const rows = quotes('Harbor master Ines Vidal spoke on Friday.', 'Vidal told the Coastal Herald: “The pier will stay closed until the storm passes.”');
    expect(rows).toEqual([['Ines Vidal', 'The pier will stay closed until the storm passes.']]);
  });

  it('whom "said of" names is not the speaker', () => {
    const rows = quotes('Senator Paula Reyes and Governor Tom Abney met on Friday.', 'Reyes said of Abney: “He kept every promise he made to the valley.”');
    expect(rows).toEqual([['Paula Reyes', 'He kept every promise he made to the valley.']]);
  });

  it('a subject of the reported clause before a lowercase quotation is not the speaker', () => {
    const rows = quotes('Mayor Dan Kelly and his deputy, Rita Ruiz, met on Friday.', 'Kelly said Rita Ruiz “stayed late every night to finish the budget.”');
    expect(rows.map((r) => r[0])).not.toContain('Rita Ruiz');
  });

  it('an inverted speaker still counts: said Dan Kelly: “…”', () => {
    const rows = quotes('The council voted on Friday.', 'Afterwards said Mayor Dan Kelly: “We will start work in May.”');
    expect(rows).toEqual([['Dan Kelly', 'We will start work in May.']]);
  });

  it('whom "called" names is not the speaker', () => {
    const rows = quotes('Coach Ray Dunn and his goalie, Omar Pike, spoke on Friday.', 'Dunn called Pike “The Wall of the North.”');
    expect(rows.map((r) => r[0])).not.toContain('Omar Pike');
  });

  it('party members in the plural give a quotation no speaker, not the party', () => {
    const rows = quotes('The Republican Party met in the spring.', 'Several Republicans have said the same: “The bill is dead on arrival.”');
    expect(rows.map((r) => r[0])).not.toContain('Republican Party');
  });
});
