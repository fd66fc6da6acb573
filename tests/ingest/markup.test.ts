import { extractArticle } from '../../src/ingest/extract-article';
import { plainText } from '../../src/ingest/markup';

describe('plainText: markup read before parsing', () => {
  it('reads an HTML body: blocks as paragraphs, line breaks, entities, no scripts, styles or comments', () => {
    const html = [
      '<div class="story"><p>The harbor board met on\n   Tuesday.</p>',
      '<p>&ldquo;We are ready,&rdquo; said <a href="/people/holt">Ada Holt</a>, the board&#8217;s chair.<br/>She left early.</p>',
      '<script>var s = "<p>not text</p>";</script><style>p { color: red }</style><!-- an editor note -->',
      '<ul><li>First item</li><li>Second &amp; last</li></ul><table><tr><td>A</td><td>B</td></tr></table></div>',
    ].join('');
    expect(plainText(html)).toBe('The harbor board met on Tuesday.\n\n“We are ready,” said Ada Holt, the board’s chair.\nShe left early.\n\nFirst item\n\nSecond & last\n\nA B');
    // An escaped tag is text, not a tag.
    expect(plainText('<p>Type &lt;p&gt; to start.</p>')).toBe('Type <p> to start.');
  });

  it('reads Markdown: headings, links, images, bold, list and quote markers', () => {
    const md = '# Board approves ferry\n\n![A ferry](https://x.test/f.jpg)\n\n"We are ready," said [Ada Holt](https://x.test/holt "profile").\n\n- It will **run daily**.\n> A quote block.';
    expect(plainText(md)).toBe('Board approves ferry\n\n\n\n"We are ready," said Ada Holt.\n\nIt will run daily.\nA quote block.');
  });

  it('decodes entities in plain text and leaves plain text without markup as it is', () => {
    expect(plainText('AT&amp;T said &quot;no&quot;.')).toBe('AT&T said "no".');
    for (const text of ['AT&T said no.', 'Scores were 3 < 5 and 7 > 2.', '#MeToo spread fast.', 'See [the report] (page 4).', 'A <tweet/> stood here.', '**Note** the date.']) {
      expect(plainText(text)).toBe(text);
    }
  });

  it('lets a CMS body field in HTML be ingested whole: derived headline, byline, quotes with speakers', () => {
    const x = extractArticle(
      '<h1>Ferry service to resume</h1><p class="byline">By Jane Doe</p><p>The harbor board voted on Tuesday to restore the ferry.</p><p>&ldquo;We are ready,&rdquo; said Ada Holt, the board&rsquo;s chair.</p>',
    );
    expect(x).toMatchObject({ headline: 'Ferry service to resume', byline: 'Jane Doe', paragraphs: ['The harbor board voted on Tuesday to restore the ferry.', '“We are ready,” said Ada Holt, the board’s chair.'] });
    expect(x.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speakerName])).toEqual([['We are ready,', 'Ada Holt']]);
    const body = extractArticle('<p>The harbor board voted on Tuesday to restore the ferry.</p><p>Holt said the first boat would sail in May.</p>');
    expect(body).toMatchObject({ headline: 'The harbor board voted on Tuesday to restore the ferry', headlineDerived: true });
  });

  it('stays linear on hostile markup (unclosed tags, comments and scripts, runs of brackets)', () => {
    const mb = 1_000_000;
    expect(plainText(`<p>${'<p'.repeat(mb / 2)}`).length).toBe(mb);
    expect(plainText(`<p>x</p><!--${'-'.repeat(mb)}`)).toBe('x');
    expect(plainText(`<p>x</p><script>${'<p>'.repeat(mb / 3)}`)).toBe('x');
    // Tags that never close are text: the run stays as written, the block tag before it gone.
    expect(plainText(`<div>${'<b '.repeat(mb / 3)}`) === '<b '.repeat(mb / 3).trim()).toBe(true);
    expect(plainText(`# h\n${'['.repeat(mb)}](`).length).toBe(mb + 4);
    expect(plainText(`#${' '.repeat(mb)}`) === `#${' '.repeat(mb)}`).toBe(true);
    // Legacy references without a semicolon decode too, as browsers read them.
    expect(plainText(`${'&amp'.repeat(mb / 4)};`).length).toBe(mb / 4);
  });
});
