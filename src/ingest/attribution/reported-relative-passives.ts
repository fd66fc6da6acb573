/**
 * The subject of a passive with an agent that is a relative word after a comma: `…, Ash wrote in the email, which was
 * first reported by the Gazette`, `the judge, who was nominated by the governor`. What the agent made known is the
 * relative word (it stands for the noun phrase before the comma). Only the participles of
 * `lexicon/relative-passive-cues.json` are read so (not `which is owned by`, `who was backed by`). Pure; no I/O; reads
 * a few characters before the verb.
 */
import type { Range } from '../text';
import cues from '../lexicon/relative-passive-cues.json';

const PARTICIPLES: ReadonlySet<string> = new Set(cues.participles);

/** A comma, then "which" or "who" right before the verb group. */
const RELATIVE_BEFORE_RE = /,\s*(which|who)\s+$/iu;

/** The relative word opening a non-restrictive clause right before `at` when `participle` is listed, or null. */
export function relativeSubjectBefore(text: string, sentence: Range, at: number, participle: string): Range | null {
  if (!PARTICIPLES.has(participle)) return null;
  const m = RELATIVE_BEFORE_RE.exec(text.slice(Math.max(sentence.start, at - 16), at));
  if (!m) return null;
  const start = at - m[0].length + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}
