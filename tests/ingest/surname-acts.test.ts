import { extractArticle } from '../../src/ingest/extract-article';

/** People and direct-quote speakers of body paragraphs under a headline. */
function read(...paragraphs: string[]): { people: string[]; speakers: (string | null)[] } {
  const x = extractArticle(['Headline of the story', ...paragraphs].join('\n\n'));
  return {
    people: x.entities.people.map((p) => p.name),
    speakers: x.quotes.filter((q) => q.kind === 'direct').map((q) => q.speakerName),
  };
}

describe('a name opening a sentence whose surname later acts alone', () => {
  it('is a person when the surname is the subject of a past tense', () => {
    const x = read(
      'Angel Quiroga came from Nevada to a rally that drew about 100 people.',
      'Growing up in Reno, Quiroga regularly watched families cross the border.',
      '"The centers are a disgrace," he said.',
    );
    expect(x.people).toEqual(['Angel Quiroga']);
    expect(x.speakers).toEqual(['Angel Quiroga']);
  });

  it('is no person when the word acting later is a plural group word', () => {
    const x = read('Many Latino Republicans stayed home this year.', 'Republicans favored the governor by a wide margin in the spring.');
    expect(x.people).toEqual([]);
  });

  it('is no person when the word alone does nothing a person does', () => {
    expect(read('Angel Quiroga Park opened in the spring.', 'Quiroga Park is near the river.').people).toEqual([]);
  });
});
