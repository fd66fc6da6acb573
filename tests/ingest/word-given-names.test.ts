import { extractArticle } from '../../src/ingest/extract-article';

/** People (name and gender) and quote speakers of body paragraphs under a headline. */
function read(...paragraphs: string[]): { people: string[]; genders: (string | null)[]; speakers: (string | null)[] } {
  const x = extractArticle(['Headline of the story', ...paragraphs].join('\n\n'));
  return {
    people: x.entities.people.map((p) => p.name),
    genders: x.entities.people.map((p) => p.gender),
    speakers: x.quotes.filter((q) => q.kind === 'direct').map((q) => q.speakerName),
  };
}

describe('given names that are also words', () => {
  it('reads one before a surname inside a sentence as a person, with the gender of the name', () => {
    const x = read('The council promoted Hope Varga after the new bus lines opened on Monday.', '"We moved every bus line in a month," she said.');
    expect(x.people).toEqual(['Hope Varga']);
    expect(x.genders).toEqual(['female']);
    expect(x.speakers).toEqual(['Hope Varga']);
  });

  it('reads one mentioned once, with no quotation to promote it', () => {
    expect(read('Radio hosts such as Rush Okafor have praised the tax plan for weeks.').people).toEqual(['Rush Okafor']);
    expect(read('The governor spoke with Faith Adeyemi and two other organizers about the march.').people).toEqual(['Faith Adeyemi']);
  });

  it('reads one after a role noun and a comma', () => {
    const x = read('The plan was drafted by the city engineer and backed by its treasurer, Rush Okafor, last week.', '"The numbers add up," he said on Monday.');
    expect(x.people).toEqual(['Rush Okafor']);
    expect(x.speakers).toEqual(['Rush Okafor']);
  });

  it('gives a person named by other evidence the gender of the name', () => {
    const x = read('Glen Tavers, a retired teacher, said the school should stay open.');
    expect(x.people).toEqual(['Glen Tavers']);
    expect(x.genders).toEqual(['male']);
  });

  it('keeps a place, a venue or a band after a determiner or preposition', () => {
    expect(read('Veterans gathered near Pearl Harbor to remember the attack.').people).toEqual([]);
    expect(read('Fans filled the Rose Bowl on a cold Saturday night.').people).toEqual([]);
    expect(read('The crowd sang along to a song by Pearl Jam before the speech.').people).toEqual([]);
  });

  it('needs a surname-shaped word after it, not a common word of the lexicon', () => {
    expect(read('Voters will decide whether Grant County keeps its sheriff.').people).toEqual([]);
  });
});
