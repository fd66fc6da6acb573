import { extractArticle } from '../../src/ingest/extract-article';

/** The embedded posts and direct quotes of an article under a headline: kind, text, speaker, cue. */
function posts(...paragraphs: string[]): [string, string, string | null, string | null][] {
  const x = extractArticle(['Storm closes the harbor', ...paragraphs].join('\n\n'));
  return x.quotes.filter((q) => q.kind === 'direct' || q.method === 'embedded-post').map((q) => [q.kind, q.text, q.speakerName, q.cue]);
}

describe('embedded posts', () => {
  it('are the author’s words: the paragraph before a signature line, without its links or an opening tag', () => {
    expect(posts('The mayor wrote on Monday night.', 'The ferry will not run tomorrow. Stay safe. pic.twitter.com/Xy12ab', '— Dana Whitlock (@MayorWhitlock) March 5, 2024', 'Crews worked overnight.')).toEqual([
      ['indirect', 'The ferry will not run tomorrow. Stay safe.', 'Dana Whitlock', '—'],
    ]);
    expect(posts('The mayor wrote.', '<tweet id="1">Stay safe. https://t.co/x — Dana Whitlock (@MayorWhitlock) March 5, 2024</tweet>')).toEqual([['indirect', 'Stay safe.', 'Dana Whitlock', '—']]);
  });

  it('read a signature closing the post’s own paragraph, and an organization as author', () => {
    expect(posts('The agency posted a warning.', 'Winds above 60 mph are expected after noon https://t.co/AbC — National Weather Service (@NWS) March 5, 2024')).toEqual([
      ['indirect', 'Winds above 60 mph are expected after noon', 'National Weather Service', '—'],
    ]);
  });

  it('add nothing where a quote already covers the post, or without an account in the signature', () => {
    // A post that is itself a quotation keeps its quote, attributed as before.
    expect(posts('"We are ready," she wrote.', '— Dana Whitlock (@MayorWhitlock) March 5, 2024').map(([kind, text]) => [kind, text])).toEqual([['direct', 'We are ready,']]);
    // A dash and a name without an account is no signature of a post.
    expect(posts('The ferry will not run tomorrow.', '— Dana Whitlock, March 5, 2024', 'Crews worked overnight.')).toEqual([]);
    // A long paragraph before a signature is no post.
    expect(posts(`${'The harbor closed. '.repeat(40)}`, '— Dana Whitlock (@MayorWhitlock) March 5, 2024')).toEqual([]);
  });

  it('stay linear on hostile input: a megabyte of signature-like text', () => {
    const x = extractArticle(`Storm\n\n${'— a (@b) — c (@d) '.repeat(45_000)}\n\nMore.`);
    expect(x.quotes.filter((q) => q.method === 'embedded-post')).toEqual([]);
    const many = extractArticle(`Storm\n\n${'Stay safe.\n\n— Ann Lee (@annlee) May 2, 2024\n\n'.repeat(18_000)}`);
    expect(many.quotes.filter((q) => q.method === 'embedded-post')).toHaveLength(18_000);
  });
});
