import { extractArticle } from '../../src/ingest/extract-article';

/** People and direct-quote speakers of an article whose first body line is a title-case heading. */
function read(...paragraphs: string[]): { people: string[]; speakers: (string | null)[] } {
  const x = extractArticle(['Headline of the story', ...paragraphs].join('\n\n'));
  return {
    people: x.entities.people.map((p) => p.name),
    speakers: x.quotes.filter((q) => q.kind === 'direct').map((q) => q.speakerName),
  };
}

describe('a past tense after a name in a title-case heading', () => {
  it('ends the name, so the surname alone later is that person', () => {
    const x = read(
      'Salma Morales Described Her Years Being Turned Away.',
      'Asked about casting, the actress paused. Morales confirmed it and said, "The studios have a serious problem with that."',
    );
    expect(x.people).toEqual(['Salma Morales']);
    expect(x.speakers).toEqual(['Salma Morales']);
  });

  it('keeps a word in -ed of a firm name inside the name', () => {
    expect(read('Ada Pruitt Limited Wins Harbor Contract.', 'The firm will build the pier.').people).toEqual([]);
  });
});
