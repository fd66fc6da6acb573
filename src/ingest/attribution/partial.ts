/** Whether a quote is a fragment inside a sentence or a whole quotation. */
import { type Context, quotationsBefore, sentenceOf } from './context';
import { hasSpeechVerb } from '../text';
import { ATTRIBUTION_WINDOW } from './patterns';
import type { Quotation } from '../quotations';

/**
 * Full when the quote opens its sentence, or follows an attribution that
 * ends with a comma or colon (`Kerry said, "…"`), or continues a quote from
 * the previous paragraph. Otherwise it is a fragment inside a sentence.
 */
export function isPartial(ctx: Context, q: Quotation): boolean {
  const text = ctx.paragraphs[q.paragraph];
  const sentence = sentenceOf(ctx, q.paragraph, q.open);
  const before = text.slice(Math.max(sentence.start, q.open - ATTRIBUTION_WINDOW), q.open);
  const startsUpper = /^[\p{Lu}\p{N}'"‘“(…]/u.test(q.text.trimStart()) || /^\.\.\./.test(q.text);
  if (before.trim() === '') return !(startsUpper || continuesPrevious(ctx, q));
  if (/[,:]\s*$/.test(before) || /[—–]\s*$/.test(before)) {
    // `"First," he said, "second."` and `Kerry said: "…"` introduce a whole quotation.
    const clause = before.replace(/[,:—–]\s*$/, '');
    let lastQuoteEnd: Quotation | undefined;
    for (const o of quotationsBefore(ctx, q)) {
      if (o.close !== null && o.close < q.open) {
        lastQuoteEnd = o;
        break;
      }
    }
    const splitQuote = lastQuoteEnd !== undefined && lastQuoteEnd.close! >= sentence.start;
    if (splitQuote || (hasSpeechVerb(clause) && /^[\p{Lu}\p{N}'"‘“]/u.test(q.text))) return false;
  }
  return true;
}

function continuesPrevious(ctx: Context, q: Quotation): boolean {
  if (q.paragraph === 0 || q.open !== 0) return false;
  const prev = ctx.byParagraph[q.paragraph - 1];
  return prev.length > 0 && prev[prev.length - 1].close === null;
}
