/**
 * One reported attribution as the reported-speech stage gives it: its kind
 * (INDIRECT, or MIXED when it holds a quoted fragment), content range and
 * text, cue and source; and the checks every attribution passes (long enough,
 * not wholly a direct quotation). Pure; no I/O.
 */
import type { CueInfo } from '../lexicon';
import type { Range } from '../text';
import type { Cue } from './reported-content';
import type { FoundSource } from './reported-sources';
import { hasWords } from '../text';
import { isSharePhrase } from './reported-shares';
import { ellipticalWords } from './reported-elliptical';

/** A reported attribution as found in one sentence. */
export interface ReportedAttribution {
  kind: 'indirect' | 'mixed';
  paragraph: number;
  /** Offsets of the content in its paragraph (end exclusive). */
  start: number;
  end: number;
  text: string;
  cue: string;
  /** The source as an extracted entity, when it resolves to one. */
  source: FoundSource | null;
  /** The source as written ("officials", "the ministry"), when it is no named entity. */
  sourceText: string | null;
  /** Where the attribution's source phrase (or its cue, when the source follows) begins in the paragraph. */
  sourceAt: number;
}

/** Fewest words a reported content may have ("it was over" has three). */
export const MIN_CONTENT_WORDS = 3;
/** A short answer or pro-form standing for a clause. */
const STANDS_FOR_CLAUSE_RE = /^(?:so|yes|no|the\s+same|the\s+opposite|that|this|as\s+much|otherwise)$/i;
/** A content whose characters are this much inside quotation marks is a direct quote. */
const DIRECT_SHARE = 0.85;

/** A character counted as a letter of a content (no space or punctuation). */
const LETTER_RE = /[^\s.,;:!?"“”‘’'—–-]/;

/** Whether a content has no letters, or 85% or more of them inside quotation marks. */
function tooQuoted(text: string, body: string, content: Range, quotes: readonly Range[]): boolean {
  const letters = body.replace(/[\s.,;:!?"“”‘’'—–-]/g, '').length;
  const quotedLetters = quotes.reduce((n, q) => n + text.slice(Math.max(q.start, content.start), Math.min(q.end, content.end)).replace(/[\s.,;:!?"“”‘’'—–-]/g, '').length, 0);
  return letters === 0 || quotedLetters / letters >= DIRECT_SHARE;
}

/** The attribution, or null when its content is too short, or (85% or more) a direct quotation. */
export function make(
  text: string,
  p: number,
  content: Range,
  cue: Cue,
  info: CueInfo | null,
  source: FoundSource | null,
  sourceText: string | null,
  quotes: readonly Range[],
  sourceAt: number = cue.phraseStart,
): ReportedAttribution | null {
  if (content.end <= content.start) return null;
  const body = text.slice(content.start, content.end);
  // An object may be one word ("endorsed Cruz"); a clause has a subject and a verb at least.
  // "so", "yes", "no", "the same" after a clause cue stand for a whole clause ("half said so", "most said yes").
  // After a share of those polled, a pronoun and its predicate are a clause too ("42% say they're liberal").
  // "Flake said he would.", "did not say when": a clause left elliptical after what the sentence before put (reported-elliptical.ts).
  const fewest = info?.frame === 'object' || STANDS_FOR_CLAUSE_RE.test(body) ? 1 : sourceText !== null && isSharePhrase(sourceText) ? 2 : (ellipticalWords(body) ?? MIN_CONTENT_WORDS);
  if (!hasWords(body, fewest)) return null;
  const holdsQuote = quotes.some((q) => Math.min(q.end, content.end) > Math.max(q.start, content.start));
  // With no quotation only whether the content has a letter counts (its share quoted is 0).
  if (quotes.length === 0 ? !LETTER_RE.test(body) : tooQuoted(text, body, content, quotes)) return null;
  // A quotation that runs past the content is someone else's words, not part of this clause.
  if (quotes.some((q) => q.start < content.end && q.end > content.end + 1)) return null;
  return {
    kind: holdsQuote ? 'mixed' : 'indirect',
    paragraph: p,
    start: content.start,
    end: content.end,
    text: body,
    cue: cue.phrase,
    source,
    sourceText: source ? null : sourceText,
    sourceAt,
  };
}

/** The quotation spans overlapping a sentence (spans are in order and do not overlap: a binary search, then a walk). */
export function quotesWithin(spans: readonly Range[], sentence: Range): Range[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Range[] = [];
  for (let k = lo; k < spans.length && spans[k].start < sentence.end; k++) out.push(spans[k]);
  return out;
}
