/**
 * Article text as CMS body fields and article extractors give it, made plain before parsing: an HTML
 * fragment (`<p>…</p>`, `<br>`, `<h1>`, entities), Markdown (`# Heading`, `[link](url)`, `**bold**`,
 * list markers) or plain text with HTML entities (`&quot;`, `&#8220;`). Plain text without those
 * signs is returned as it is. Pure; no I/O; linear in the text (every scan moves forward, every
 * pattern is bounded).
 */
import { decodeHTML } from 'entities';

/** Tags that open or close a block: each starts a paragraph. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'figure', 'figcaption', 'article', 'section',
  'header', 'footer', 'aside', 'main', 'nav', 'table', 'thead', 'tbody', 'tr', 'hr', 'pre', 'dl', 'dt', 'dd', 'address', 'caption',
]);
/** Elements whose content is no text of the article. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);

/** A block tag somewhere in the text: the sign of an HTML body (a stray inline tag in plain text is not one). */
const HTML_SIGN = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|figure|figcaption|article|section|table|tr)\b[^<>]*>/i;
/** A Markdown heading line or link: the sign of a Markdown body. */
const MARKDOWN_SIGN = /^#{1,6}[ \t]+\S|\]\((?:https?:\/\/|\/)[^()[\]\s]{0,2000}\)/m;
/** An HTML character reference: named, decimal or hexadecimal. */
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/** The text with its markup read: HTML as paragraphs, Markdown without its marks, entities decoded. */
export function plainText(raw: string): string {
  if (HTML_SIGN.test(raw)) return decodeHTML(htmlToText(raw));
  const text = MARKDOWN_SIGN.test(raw) ? markdownToText(raw) : raw;
  return ENTITY.test(text) ? decodeHTML(text) : text;
}

const SPACES = /\s+/g;

/** A tag (its name, and a slash for a closing one) or a comment's opening. */
const TAG = /<(\/?)([a-z][a-z0-9-]{0,30})\b[^<>]*>|<!--/gi;

/**
 * HTML → text: runs of white space as one space (as a browser shows them), a blank line for each block
 * tag, a line break for `<br>`, a space for a table cell, nothing for other tags; comments and the content of scripts, styles and the like dropped.
 * Entities are left for the caller to decode (after the tags are gone, so `&lt;p&gt;` stays text).
 */
function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    out.push(html.slice(at, m.index).replace(SPACES, ' '));
    at = TAG.lastIndex;
    if (m[0] === '<!--') {
      const end = lower.indexOf('-->', at);
      at = end < 0 ? html.length : end + 3;
    } else {
      const name = m[2].toLowerCase();
      const closing = m[1] === '/';
      if (!closing && RAW_TEXT_TAGS.has(name) && !m[0].endsWith('/>')) {
        const end = lower.indexOf(`</${name}`, at);
        const close = end < 0 ? -1 : lower.indexOf('>', end);
        at = close < 0 ? html.length : close + 1;
      } else if (name === 'br') out.push('\n');
      else if (BLOCK_TAGS.has(name)) out.push('\n\n');
      else if (name === 'td' || name === 'th') out.push(' ');
    }
    TAG.lastIndex = at;
  }
  out.push(html.slice(at).replace(SPACES, ' '));
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Markdown → text: heading marks, images, links (their text kept), bold marks, list and quote markers. */
function markdownToText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/!\[[^[\]\n]{0,300}\]\([^()[\]\s]{0,2000}(?:[ \t]+"[^"\n]{0,300}")?\)/g, '')
    .replace(/\[([^[\]\n]{1,300})\]\([^()[\]\s]{0,2000}(?:[ \t]+"[^"\n]{0,300}")?\)/g, '$1')
    .replace(/\*\*([^*\n]{1,500})\*\*|__([^_\n]{1,500})__/g, (_, a?: string, b?: string) => a ?? b ?? '')
    .replace(/^[ \t]{0,3}(?:[-*+][ \t]+|>[ \t]?)/gm, '');
}
