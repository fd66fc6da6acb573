import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

describe('reported speech: a participle of making known between a noun and a time phrase ("a merger announced Monday would …")', () => {
  it('the noun phrase is what was made known, with no source, and the participle is no verb with that phrase as its source', () => {
    const merger = reported('The county board met on Monday.', 'A $40 million land swap announced Tuesday would hand the depot to the port.');
    expect(merger).toContainEqual(['indirect', null, 'announced', 'A $40 million land swap']);
    expect(merger.some((r) => r[1] === 'A $40 million land swap')).toBe(false);
    expect(reported('The county board met on Monday.', 'The port will keep its ferry, a plan announced earlier this year.')).toContainEqual(['indirect', null, 'announced', 'a plan']);
    expect(reported('The county board met on Monday.', 'The new lease, announced Friday, would run for ten years.')).toContainEqual(['indirect', null, 'announced', 'The new lease']);
    expect(reported('The county board met on Monday.', 'In a series of radio spots unveiled Wednesday, the mayor talks about the ferry.')).toContainEqual(['indirect', null, 'unveiled', 'a series of radio spots']);
  });

  it('a person or a body before the participle is its subject, and a participle ending a clause with no sign of the noun is left alone', () => {
    expect(reported('The county board met on Monday.', 'The port will keep its ferry, a spokesman announced Monday.')).toContainEqual(['indirect', 'a spokesman', 'announced', 'The port will keep its ferry']);
    expect(reported('The county board met on Monday.', 'The port will keep its ferry, the authority announced Monday.').some((r) => r[3] === 'the authority')).toBe(false);
    expect(reported('The county board met on Monday.', 'The mayor said the swap announced Tuesday.').some((r) => r[3] === 'the swap')).toBe(false);
    expect(reported('The county board met on Monday.', 'A $40 million land swap announced Tuesday would hand the depot to the port.')).toContainEqual(['indirect', null, 'announced', 'A $40 million land swap']);
  });
});

describe('hostile input for dated participles, just under the 1 MB limit', () => {
  it('a paragraph of long noun phrases before the participle, with and without a time phrase, finishes in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'the plan of the new board announced Monday, '.repeat(22_000)}would end.`);
    extractArticle(`Headline of the story\n\n${'a new new new new new new plan announced '.repeat(24_000)}today.`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
