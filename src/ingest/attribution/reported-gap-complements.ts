/**
 * A gapped object's "as" complement: `Florida, which he describes as his second home`, `a rival whom Mr. Trump views as
 * something of a peer`. What the cue reports is the relative word and the complement; the complement is the content
 * read (the words between are the source and the cue). Pure; no I/O; reads a bounded window after the cue.
 */
import type { Range } from '../text';

/**
 * "as", then a complement of up to eight words with no clause mark or quotation, closed by the clause's end. Not a
 * subordinate "as" opening a clause ("which he opposed as he left", "as soon as …", "as well", "as part of …").
 */
const AS_COMPLEMENT_RE =
  /^\s+as\s+(?!(?:he|she|they|it|we|I|you|soon|long|well|much|part|far|of|if|though|to|the\s+\p{Ll}+\s+(?:is|was|are|were|has|had|will|would))\b)((?:[^\s,.;:!?"“”()[\]]+\s+){0,7}?[^\s,.;:!?"“”()[\]]+)(?=\s*(?:[,.;:!?)]|$|\s+[-–—]|[—–]|\s+(?:and|but)\b))/u;

/** Most characters read after the cue: "as" and a complement of eight words. */
const WINDOW = 100;

/** The "as" complement right after a gapped object's cue (ending at `cueEnd`), closed within the window; else null. */
export function asComplementAfter(text: string, cueEnd: number, sentenceEnd: number): Range | null {
  const windowEnd = Math.min(sentenceEnd, cueEnd + WINDOW);
  const m = AS_COMPLEMENT_RE.exec(text.slice(cueEnd, windowEnd));
  if (!m || (windowEnd < sentenceEnd && m[0].length === windowEnd - cueEnd)) return null;
  const start = cueEnd + m[0].length - m[1].length;
  return { start: start - 'as '.length, end: cueEnd + m[0].length };
}
