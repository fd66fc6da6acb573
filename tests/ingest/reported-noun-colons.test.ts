import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

const LEAD = 'The county board met on Monday to vote on the levy.';
const colons = (s: string): (string | null)[][] => reported(LEAD, s).filter((r) => r[2]?.endsWith(':') === true);

describe('reported speech: a noun of saying a colon ends, as the object of a verb that delivers or holds it', () => {
  it('the rest of the sentence is what the clause subject said', () => {
    expect(colons('Party leaders sent Mayor Dana Whitfield an unmistakable message: She is hurting the party and must stop.')).toEqual([
      ['indirect', 'Party leaders', 'sent Mayor Dana Whitfield an unmistakable message:', 'She is hurting the party and must stop'],
    ]);
    expect(colons('County auditors have two main questions: where the money went and why nobody noticed.')).toEqual([
      ['indirect', 'County auditors', 'have two main questions:', 'where the money went and why nobody noticed'],
    ]);
  });

  it('a noun that names nothing said, no delivering verb, or a quotation after the colon is left alone', () => {
    expect(colons('The town has three main roads: Main Street, Elm Street and the old harbor road.')).toEqual([]);
    expect(colons('The message was plain enough to everyone in the room: the levy would pass.')).toEqual([]);
    // A quotation after the colon is a direct quote.
    expect(colons('The rally had one message: "Drop the levy now."')).toEqual([]);
  });
});

describe('hostile input for colon-ended nouns, just under the 1 MB limit', () => {
  it('a long sentence of verbs before one noun, and many such sentences, finish in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${LEAD}\n\nThe board ${'sent and had and gave '.repeat(45_000)}a message: the levy will fail.`);
    extractArticle(`Headline of the story\n\n${LEAD}\n\n${'The board sent Ortega a message: the levy will fail. '.repeat(18_000)}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
