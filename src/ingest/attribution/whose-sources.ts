/**
 * The source as written (`speakerName`) of a reported attribution with no
 * person or organization behind it, as a noun phrase (source-text-shape.ts).
 * "whose lawyers" is no source by itself: right after a name the text
 * mentions ("Mayor Ann Reyes, whose lawyers argued …") it reads as that
 * name's ("Ann Reyes's lawyers"); after anything else it gives none.
 */
import type { ExtractedMention } from '../entity-extraction';
import { nounPhraseSource } from './source-text-shape';

/** "whose" and what it possesses. */
const WHOSE_RE = /^whose\s+(\S[\s\S]*)$/i;
/** What stands between a name and its "whose": a comma, or nothing but space. */
const BEFORE_WHOSE_RE = /^\s*,?\s*$/;

/** The source text as a noun phrase, a "whose" phrase read as its possessor's, or null. */
export function sourceNameOf(text: string, sourceAt: number, sourceText: string | null, mentions: readonly ExtractedMention[]): string | null {
  const whose = sourceText === null ? null : WHOSE_RE.exec(sourceText.trim());
  if (!whose) return nounPhraseSource(sourceText);
  const possessed = nounPhraseSource(whose[1]);
  if (possessed === null || possessed !== whose[1]) return null;
  const owner = mentions.find((m) => m.end <= sourceAt && m.end >= sourceAt - 3 && BEFORE_WHOSE_RE.test(text.slice(m.end, sourceAt)));
  return owner ? `${owner.text}'s ${possessed}` : null;
}
