/**
 * An aside set off by dashes between a subject and its verb: "Some economists - including two on the
 * board - warn …", "Party elites — what is left of the old guard — are …". The subject is read before
 * the opening dash and its phrase runs to the closing one. Pure; no I/O; one bounded backward scan.
 */
import type { Range } from '../text';

/** Longest aside read between its dashes. */
const MAX_ASIDE = 140;
/** What an aside may not hold: a quotation or a clause break. */
const NOT_IN_ASIDE_RE = /["“”;:]/u;
/** A quotation wholly inside an aside ("pitched as \"the place to be\""): a term it quotes, no clause break. */
const WHOLE_QUOTE_RE = /“[^“”"]{1,60}”|"[^“”"]{1,60}"/gu;
/** How an adverbial aside opens, which sets off part of a predicate, not the subject ("- in a line aimed at him -", "- particularly on jobs -"). */
const ADVERBIAL_ASIDE_RE = /^\s*(?:in|on|at|for|from|with|by|to|after|before|during|as|if|when|while|though|although|because|then|\p{L}+ly)\b/iu;

/** Whether the dash at `i` sets something off: an em or en dash, or a hyphen with white space on both sides. */
function isDash(s: string, i: number): boolean {
  const c = s[i];
  if (c === '—' || c === '–') return true;
  return c === '-' && /\s/u.test(s[i - 1] ?? '') && /\s/u.test(s[i + 1] ?? ' ');
}

/**
 * Where the aside closing right before `verbAt` opens and where its closing dash ends: `{ start, end }` with `start` the
 * end of the words before the opening dash, `end` after the closing one; null when no dash closes the text before the verb.
 */
export function dashAsideBefore(text: string, sentence: Range, verbAt: number): Range | null {
  let close = verbAt - 1;
  while (close > sentence.start && /\s/u.test(text[close])) close--;
  if (close <= sentence.start || !isDash(text, close)) return null;
  const floor = Math.max(sentence.start, close - MAX_ASIDE);
  for (let i = close - 1; i > floor; i--) {
    if (!isDash(text, i)) continue;
    const aside = text.slice(i + 1, close);
    if (!/\p{L}/u.test(aside) || NOT_IN_ASIDE_RE.test(aside.replace(WHOLE_QUOTE_RE, '')) || ADVERBIAL_ASIDE_RE.test(aside)) return null;
    let start = i;
    while (start > sentence.start && /\s/u.test(text[start - 1])) start--;
    return start > sentence.start ? { start, end: close + 1 } : null;
  }
  return null;
}
