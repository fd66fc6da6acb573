/**
 * Embedded posts as a scraped page gives them: the post's words, then its signature line, the author's name with
 * the account and the date (`— Ada Holt (@adaholt) October 3, 2016`), on its own paragraph or closing the post's.
 * The words are the author's own, verbatim, but stand in no quotation marks: an INDIRECT attribution (as attribution
 * schemes such as PolNeAR's annotate it) whose cue is the signature's dash and whose source is the person or
 * organization the signature names. Links the post ends with (`pic.twitter.com/…`, `https://t.co/…`) and a markup tag
 * it opens with are no part of its words. Pure; no I/O; each paragraph is read once, by patterns bounded in length.
 */
import type { ExtractedQuote, SpeakerRef } from '../quote-types';
import type { Context } from './context';

/** A signature paragraph: dash, name, account in parentheses, an optional date. */
const SIGNATURE = /^[—–-]{1,2}\s*([^\s()@—–][^()@\n]{0,78}?)\s*\(@\w{1,15}\)\s*[^()]{0,40}$/u;
/** A signature closing the post's own paragraph: what comes before the dash is the post. */
const CLOSING_SIGNATURE = /\s[—–-]{1,2}\s*([^\s()@—–][^()@\n]{0,78}?)\s*\(@\w{1,15}\)\s*[^()]{0,40}$/u;
/** Links a post ends with, and the space before them. */
const TRAILING_LINKS = /(?:\s+(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co|bit\.ly|instagram\.com|x\.com)\/\S{1,200})+\s*$/iu;
/** A markup tag opening the post's paragraph, as some exports keep it (`<tweet id="…">`). */
const OPENING_TAG = /^\s*(?:<[a-z][^<>]{0,300}>\s*)?/iu;
/** Longest post read as one, in characters: a post is short. */
const MAX_POST = 600;

/** The attributions of the embedded posts, with no direct quote already extracted over their words. */
export function embeddedPosts(ctx: Context, quotes: readonly ExtractedQuote[]): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  ctx.paragraphs.forEach((text, p) => {
    if (text.length > MAX_POST + 160) return;
    const own = SIGNATURE.exec(text);
    const closing = own ? null : CLOSING_SIGNATURE.exec(text);
    const signature = own ?? closing;
    if (!signature || (own && p === 0)) return;
    const postParagraph = own ? p - 1 : p;
    const postText = ctx.paragraphs[postParagraph];
    const end = (closing ? closing.index : postText.length) - (TRAILING_LINKS.exec(own ? postText : postText.slice(0, closing!.index))?.[0].length ?? 0);
    const start = OPENING_TAG.exec(postText)![0].length;
    if (end - start < 2 || end - start > MAX_POST || SIGNATURE.test(postText)) return;
    // A quotation inside the post keeps its own attribution; a reported reading of it does not stand in the way.
    if (quotes.some((q) => q.kind === 'direct' && q.paragraph === postParagraph && q.start < end && q.end > start)) return;
    const dashAt = signature.index + signature[0].search(/[—–-]/u);
    const nameAt = signature.index + signature[0].indexOf(signature[1]);
    const speaker = authorAt(ctx, p, nameAt, nameAt + signature[1].length);
    out.push({
      kind: 'indirect',
      text: postText.slice(start, end),
      paragraph: postParagraph,
      start,
      end,
      partial: false,
      speaker,
      speakerName: speaker === null ? signature[1].trim() : nameOf(ctx, speaker),
      method: 'embedded-post',
      confidence: speaker === null ? null : 0.9,
      cue: text.slice(dashAt, /^[—–-]{1,2}/u.exec(text.slice(dashAt))![0].length + dashAt),
      source: speaker,
    });
  });
  return out;
}

/** The person or organization a mention inside the signature's name span stands for. */
function authorAt(ctx: Context, p: number, from: number, to: number): SpeakerRef | null {
  const mention = ctx.mentions[p].find((m) => m.start >= from && m.end <= to);
  return mention ? { type: mention.type, index: mention.entity } : null;
}

function nameOf(ctx: Context, ref: SpeakerRef): string {
  return ref.type === 'person' ? ctx.entities.people[ref.index].name : ctx.entities.organizations[ref.index].name;
}
