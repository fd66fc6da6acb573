/**
 * The speaker of words quoted as someone used them (`Trump has used the phrase "Islamic terrorism"`, see
 * quoted-usage.ts): the subject of the clause that ends at the quotation. Pure; no I/O.
 */
import { colonClauseSpeaker } from './colon';
import { type Context, type Found, sentenceOf } from './context';
import { ATTRIBUTION_WINDOW } from './patterns';
import type { Quotation } from '../quotations';
import { usedWordsBefore } from '../quoted-usage';

export function attributeUsedWords(ctx: Context, q: Quotation): Found | null {
  const sentence = sentenceOf(ctx, q.paragraph, q.open);
  if (q.open - sentence.start > ATTRIBUTION_WINDOW) return null;
  const text = ctx.paragraphs[q.paragraph];
  if (!usedWordsBefore(text.slice(sentence.start, q.open))) return null;
  const found = colonClauseSpeaker(ctx, q.paragraph, sentence.start, q.open);
  return found ? { ...found, method: 'used-words' } : null;
}
