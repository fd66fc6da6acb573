import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

/*
 * A dateline the parser left at the start of a paragraph (src/ingest/dateline-sentences.ts): the first sentence starts
 * after it, so the readers of a sentence's subject see the subject, not the place.
 */
describe('a dateline left before the first sentence', () => {
  it('reads the subject after a place in mixed case and a news agency', () => {
    expect(reported('Portland (AFP) – Mayor Ada Holt on Monday toured the harbor with the council, praising the new pier.')).toContainEqual([
      'indirect',
      'Ada Holt',
      'praising',
      'the new pier',
    ]);
  });

  it('reads the subject after a dateline closed by a horizontal bar', () => {
    expect(reported('PORTLAND ― Mayor Ada Holt on Monday toured the harbor with the council, praising the new pier.')).toContainEqual([
      'indirect',
      'Ada Holt',
      'praising',
      'the new pier',
    ]);
  });

  it('takes no place in mixed case without a news agency for a dateline', () => {
    expect(reported('Portland – Mayor Ada Holt on Monday toured the harbor with the council, praising the new pier.')).toEqual([]);
  });
});

describe('hostile input for datelines, just under the 1 MB limit', () => {
  it('a paragraph opening with capitals and dashes, and many short paragraphs, finishes in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'PORTLAND MAINE '.repeat(60_000)}(AFP) – it sank.`);
    extractArticle(`Headline of the story\n\n${'Portland (AFP) ― Holt said it sank.\n\n'.repeat(25_000)}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
