import { extractArticle } from '../../src/ingest/extract-article';

/** People and organizations of body paragraphs under a headline, and the quotes' distinct speakers. */
function read(...paragraphs: string[]): { people: string[]; orgs: string[]; speakers: (string | null)[] } {
  const x = extractArticle(['Headline of the story', ...paragraphs].join('\n\n'));
  return {
    people: x.entities.people.map((p) => p.name),
    orgs: x.entities.organizations.map((o) => o.name),
    speakers: [...new Set(x.quotes.map((q) => q.speakerName))],
  };
}

describe('a name after a title and its domain', () => {
  it('reads the person after "Under Secretary for …"', () => {
    const x = read('The note came from Under Secretary for Rural Affairs Wendy Marlowe, reporting that the convoy had left.');
    expect(x.people).toEqual(['Wendy Marlowe']);
  });

  it('reads the person after "Minister of …" in one run', () => {
    const x = read('The Minister of Public Health Ana Ruiz said the clinic would close, and "We had no choice," she added.');
    expect(x.people).toEqual(['Ana Ruiz']);
    expect(x.speakers).toEqual(['Ana Ruiz']);
  });

  it('takes no organization named after a person for one', () => {
    const x = read('The Office of Water Policy Fund said the grant would be renewed.');
    expect(x.people).toEqual([]);
  });
});

describe('a name right after a noun for a person', () => {
  it('reads a two-word name after the noun', () => {
    const x = read('The show’s star Corvina Lestrade opened up about the final season.');
    expect(x.people).toEqual(['Corvina Lestrade']);
  });

  it('reads a one-word stage name that speaks or acts', () => {
    const x = read('Band member Quillo shared the news online last week, writing "We are coming home."');
    expect(x.people).toEqual(['Quillo']);
    expect(x.speakers).toEqual(['Quillo']);
  });

  it('takes no one-word name that does nothing, nor a place or an organization word', () => {
    expect(read('The fan Club closed its doors on Monday.').people).toEqual([]);
    expect(read('His wife Marisol expected to visit the state next week.').people).toEqual([]);
    expect(read('A resident Boston said little.').people).toEqual([]);
  });
});

describe('a one-word name the article never gives in full', () => {
  const rally = [
    'The crowd cheered as Vantorre took the stage at the convention hall.',
    'Vantorre gestured as if to stop the chanting, and he leaned in to the microphone.',
    'When Vantorre finally wrapped up, the delegates streamed out of the hall.',
  ];

  it('reads a lone word doing things twice and called "he" as a person', () => {
    expect(read(...rally).people).toEqual(['Vantorre']);
  });

  it('takes no lone word called "it"', () => {
    const x = read(
      'Brindlex suspended the account on Thursday; it did not explain why.',
      'Brindlex launched a new feature in May, and its users complained.',
    );
    expect(x.people).toEqual([]);
  });

  it('takes no lone word used as a subject only once', () => {
    expect(read('The crowd cheered as Vantorre took the stage.', 'Vantorre gestured to the crowd, and he smiled.').people).toEqual([]);
  });
});

describe('an abbreviated title', () => {
  it('reads "Pres." as President before a lone surname', () => {
    const x = read('In the spring issue, Pres. Halvorsen admits the plan "did not work."');
    expect(x.people).toEqual(['Halvorsen']);
    expect(x.speakers).toEqual(['Halvorsen']);
  });

  it('does not end the sentence at "Pres."', () => {
    const x = read('The club’s Pres. Dana Whitlock said the season would open in May.');
    expect(x.people).toEqual(['Dana Whitlock']);
  });
});

describe('a verb in -ing opening the sentence before a name', () => {
  it('is no part of the name', () => {
    const x = read('Entrusting Donald Halvorsen with the budget is a risk. Halvorsen has never run a city.');
    expect(x.people).toEqual(['Donald Halvorsen']);
  });

  it('keeps a word in -ing inside a sentence, and a given name in -ing, as they are', () => {
    expect(read('She praised the Browning Anne Lee collection at the museum.').people).toEqual([]);
    expect(read('Sterling Marsh said the grant would go ahead.').people).toEqual(['Sterling Marsh']);
  });
});
