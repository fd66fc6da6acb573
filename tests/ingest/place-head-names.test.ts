import { people } from './article-rows';

describe('a given name before a place or event head word is no person', () => {
  it('fires, lakes and counties whose first word is a given name are not people', () => {
    expect(people('Crews made progress against the Ridge Fire on Monday.')).toEqual([]);
    expect(people('Orders were lifted for residents of Shasta Lake and Central Valley, according to Cal Fire.')).toEqual([]);
    expect(people('The vote was counted by Grant County late on Tuesday.')).toEqual([]);
  });

  it('other evidence still names a person with such a surname', () => {
    expect(people('"We are fine," said Ricki Lake.')).toEqual(['Ricki Lake']);
    expect(people('Ricki Lake, the host of the show, disagreed.')).toEqual(['Ricki Lake']);
    expect(people('"We caught a break," said Cal Fire Battalion Chief Maria Delgado.')).toEqual(['Maria Delgado']);
  });

  it('a given name before any other surname is a person as before', () => {
    expect(people('The award went to Maria Delgado on Monday.')).toEqual(['Maria Delgado']);
  });
});
