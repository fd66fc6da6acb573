/**
 * A topic noun in -s right after the name opening its clause is the clause's verb (`Holt charges that …`, `Vidal
 * claims that …`): the name is its source. One look-up per noun.
 */
import type { Range } from '../text';
import { OPENING_RE } from './reported-phrase-kinds';
import type { ReportedContext, SourceFound } from './reported-sources';

/** The entity opening the clause and ending right before the noun at `nounAt` (an -s form), as a source; else null. */
export function nameBeforeTopicVerb(ctx: ReportedContext, p: number, text: string, sentence: Range, nounAt: number, noun: string): SourceFound | null {
  if (!/[^s]s$/u.test(noun)) return null;
  const from = sentence.start + OPENING_RE.exec(text.slice(sentence.start, nounAt))![0].length;
  const entity = ctx.speakerStartingAt(p, from);
  if (!entity || !/^\s+$/u.test(text.slice(entity.end, nounAt))) return null;
  return { found: { speaker: entity.speaker, method: 'subject', confidence: 0.8 * entity.confidence }, text: null, start: from };
}
