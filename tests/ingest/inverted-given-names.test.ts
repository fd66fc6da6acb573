import { extractArticle } from '../../src/ingest/extract-article';

/** People and direct-quote speakers of body paragraphs under a headline. */
function read(...paragraphs: string[]): { people: string[]; speakers: (string | null)[] } {
  const x = extractArticle(['Headline of the story', ...paragraphs].join('\n\n'));
  return {
    people: x.entities.people.map((p) => p.name),
    speakers: x.quotes.filter((q) => q.kind === 'direct').map((q) => q.speakerName),
  };
}

describe('names after an inverted speech verb', () => {
  it('reads a given name that is also a nationality word as a person', () => {
    const x = read('"People laugh at our troubles because they have to," said German Ortega, one of the actors.');
    expect(x.people).toEqual(['German Ortega']);
    expect(x.speakers).toEqual(['German Ortega']);
  });

  it('reads a given name that is also a common word as a person', () => {
    const x = read('"We stayed until the last bus left," said Angel Quiroga.');
    expect(x.people).toEqual(['Angel Quiroga']);
    expect(x.speakers).toEqual(['Angel Quiroga']);
  });

  it('reads a surname that is a function word, and the surname alone later', () => {
    const x = read('"Nobody has won three times in a row," said Al From, who founded the council.', '"They point the finger at the banks now," From said.');
    expect(x.people).toEqual(['Al From']);
    expect(x.speakers).toEqual(['Al From', 'Al From']);
  });

  it('takes no organization, place or group after the verb for a person', () => {
    expect(read('"Flights will resume on Monday," said American Airlines.').people).toEqual([]);
    expect(read('"The talks failed," said Israel Radio.').people).toEqual([]);
    expect(read('"The vote is close," said German officials.').people).toEqual([]);
  });

  it('needs the verb after a comma or a quotation and the clause to end after the two words', () => {
    expect(read('The station said German Ortega would not appear in the final act.').people).toEqual([]);
  });

  it('does not read a function word alone as a person when no one carries it as a surname', () => {
    const x = read('"The finger points at the banks now," From said.');
    expect(x.people).toEqual([]);
    expect(x.speakers).toEqual([null]);
  });
});
