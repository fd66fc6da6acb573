/**
 * A paragraph's text with its quotations blanked out, for reading a sentence's own words around them. Pure; no I/O.
 */
import type { Context } from './attribution/context';

/**
 * Each paragraph with its quotations (marks included) as spaces, made once per article: a look-back reads a
 * sentence without its quotations for each pronoun, and a run-on paragraph may hold thousands of both.
 */
const maskedParagraphs = new WeakMap<Context, Map<number, string>>();

/** The text with each quotation, from its opening mark to its closing one (to the end when unclosed), as spaces. */
function maskQuotations(text: string, quotations: readonly { open: number; close: number | null }[]): string {
  const parts: string[] = [];
  let at = 0;
  // Quotations are in order and do not overlap.
  for (const q of quotations) {
    const from = Math.max(q.open, at);
    const to = Math.min((q.close ?? text.length - 1) + 1, text.length);
    if (from >= to) continue;
    parts.push(text.slice(at, from), ' '.repeat(to - from));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The paragraph's text in [start, limit) with its quotations blanked out (offsets kept): `"The people we wanted…," he said` opens with no description. */
export function withoutQuotations(ctx: Context, paragraph: number, start: number, limit: number): string {
  let masked = maskedParagraphs.get(ctx);
  if (masked === undefined) maskedParagraphs.set(ctx, (masked = new Map()));
  let text = masked.get(paragraph);
  if (text === undefined) masked.set(paragraph, (text = maskQuotations(ctx.paragraphs[paragraph], ctx.byParagraph[paragraph])));
  return text.slice(start, limit);
}
