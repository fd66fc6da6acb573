import { extractArticle } from '../../src/ingest/extract-article';
import { quotesAfterLead as quotes } from './article-rows';

/*
 * Given names borne by women and men alike in news copy (`Jan`, `Zephyr`, lexicon/ungendered-names.json) say
 * nothing of gender: a she after `Jan Brewer` is hers, where the name's usual male reading sent the pronoun
 * back past her to another woman.
 */

const speakerOf = (rows: [string | null, string][], words: string): string | null | undefined => rows.find(([, text]) => text.startsWith(words))?.[0];
const genderOf = (name: string, ...paragraphs: string[]): string | null | undefined =>
  extractArticle(['Headline of the story', ...paragraphs].join('\n\n')).entities.people.find((p) => p.name === name)?.gender;

describe('given names of both sexes', () => {
  it('`Jan` and `Zephyr` give no gender', () => {
    expect(genderOf('Jan Halvorsen', 'Jan Halvorsen spoke at the county board on Monday.')).toBeNull();
    expect(genderOf('Zephyr Okafor', 'Zephyr Okafor spoke at the county board on Monday.')).toBeNull();
  });

  it('a she right after a woman named `Jan` is hers, not an earlier woman’s', () => {
    const rows = quotes('Mayor Ann Lowe opened the meeting.', 'Former governor Jan Halvorsen, an early supporter of the plan, calls it a priority.', '“It will pass this year,” she said.');
    expect(speakerOf(rows, 'It will pass')).toBe('Jan Halvorsen');
  });

  it('near miss: a name of one sex keeps its gender, and a she passes over a man to the woman before', () => {
    expect(genderOf('John Halvorsen', 'John Halvorsen spoke at the county board on Monday.')).toBe('male');
    const rows = quotes('Mayor Ann Lowe opened the meeting.', 'Former governor John Halvorsen, an early supporter of the plan, calls it a priority.', '“It will pass this year,” she said.');
    expect(speakerOf(rows, 'It will pass')).not.toBe('John Halvorsen');
  });
});
