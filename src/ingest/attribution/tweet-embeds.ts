/**
 * Embedded posts as a scraped page gives them: the post's words, then its signature line, the author's name with
 * the account and the date (`— Ada Holt (@adaholt) October 3, 2016`), on its own paragraph or closing the post's.
 * The words are the author's own, verbatim, but stand in no quotation marks: an INDIRECT attribution (as attribution
 * schemes such as PolNeAR's annotate it) whose cue is the signature's dash and whose source is the person or
 * organization the signature names. Links the post ends with (`pic.twitter.com/…`, `https://t.co/…`) and a markup tag
 * it opens with are no part of its words. Pure; no I/O; each paragraph is read once, by patterns bounded in length.
 */
import type { ExtractedQuote } from '../quote-types';
import { type Context, mentionsWithin, setSpeaker } from './context';

/** A signature paragraph: dash (group 1), name (group 2), account in parentheses, an optional date. */
const SIGNATURE = /^([—–-]{1,2})\s*([^\s()@—–][^()@\n]{0,78}?)\s*\(@\w{1,15}\)\s*[^()]{0,40}$/du;
/** A signature closing the post's own paragraph: what comes before its dash is the post. */
const CLOSING_SIGNATURE = /\s([—–-]{1,2})\s*([^\s()@—–][^()@\n]{0,78}?)\s*\(@\w{1,15}\)\s*[^()]{0,40}$/du;
/** Links a post ends with, and the space before them. */
const TRAILING_LINKS = /(?:\s+(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co|bit\.ly|instagram\.com|x\.com)\/\S{1,200})+\s*$/iu;
/** A markup tag opening the post's paragraph, as some exports keep it (`<tweet id="…">`). */
const OPENING_TAG = /^\s*(?:<[a-z][^<>]{0,300}>\s*)?/iu;
/** Longest post read as one, in characters: a post is short. */
const MAX_POST = 600;

/** The attributions of the embedded posts, with no direct quote already extracted over their words. */
export function embeddedPosts(ctx: Context, quotes: readonly ExtractedQuote[]): ExtractedQuote[] {
  const direct = new Map<number, ExtractedQuote[]>();
  for (const q of quotes) {
    if (q.kind !== 'direct') continue;
    const list = direct.get(q.paragraph);
    if (list) list.push(q);
    else direct.set(q.paragraph, [q]);
  }
  const out: ExtractedQuote[] = [];
  ctx.paragraphs.forEach((text, p) => {
    if (text.length > MAX_POST + 160) return;
    const own = SIGNATURE.exec(text);
    const signature = own ?? CLOSING_SIGNATURE.exec(text);
    if (!signature || (own && p === 0)) return;
    const postParagraph = own ? p - 1 : p;
    // The post: the paragraph before its own signature, or this one up to the signature; its links and opening tag left out.
    const body = own ? ctx.paragraphs[postParagraph] : text.slice(0, signature.index);
    const start = OPENING_TAG.exec(body)![0].length;
    const end = body.length - (TRAILING_LINKS.exec(body)?.[0].length ?? 0);
    if (end - start < 2 || end - start > MAX_POST || SIGNATURE.test(body)) return;
    // A quotation inside the post keeps its own attribution; a reported reading of it does not stand in the way.
    if (direct.get(postParagraph)?.some((q) => q.start < end && q.end > start)) return;
    const [dashAt, dashEnd] = signature.indices![1];
    const [nameAt, nameEnd] = signature.indices![2];
    const post: ExtractedQuote = {
      kind: 'indirect',
      text: body.slice(start, end),
      paragraph: postParagraph,
      start,
      end,
      partial: false,
      speaker: null,
      speakerName: signature[2].trim(),
      method: 'embedded-post',
      confidence: null,
      cue: text.slice(dashAt, dashEnd),
      source: null,
    };
    const author = mentionsWithin(ctx, p, nameAt, nameEnd)[0];
    if (author) setSpeaker(ctx, post, { speaker: { type: author.type, index: author.entity }, method: 'embedded-post', confidence: 0.9 });
    out.push(post);
  });
  return out;
}
