/**
 * A question a negated cue leaves open: "Cook did not say when.", "Lawmakers
 * have not said when they would take up the bill", "wouldn't say Tuesday how
 * the party would vote". After a clause cue "when" usually opens a clause of
 * time ("said when asked …"), which reports nothing, so the content reader
 * stops there; after a negated cue the word asks what the source would not
 * tell, and the question is the content (`negatedCueReports` in
 * reported-verb-checks.ts lets such cues through). Pure; no I/O; reads a
 * bounded window before the cue and the sentence after it.
 */
import type { CueInfo } from '../lexicon';
import type { Range } from '../text';
import { TIME_PHRASE } from './patterns';
import { type Cue, trimRange } from './reported-content';

/** A negation right before the cue, after its auxiliary ("did not ", "haven't ", "would never "). */
const NEGATED_BEFORE_RE = /(?:^|[^\p{L}])(?:not|n[’']t|never)\s+$/iu;
/** A question word opening what follows the cue (a time phrase skipped first). */
const QUESTION_AFTER_RE = /^\s+(?=(?:when|where|how|why|whether|who)\b)/iu;
/** After an object cue, a question word that opens no adverbial ("did not explain why …"). */
const OBJECT_QUESTION_AFTER_RE = /^\s+(?=(?:how|why|whether)\b)/iu;

/**
 * The open question after a negated cue (`near`: the words before the cue), to the sentence end; else null. After a
 * cue that takes an object, "when" or "where" opens an adverbial still ("never envisioned it when she ran").
 */
export function negatedQuestionContent(text: string, cue: Cue, info: CueInfo, near: string, sentence: Range): Range | null {
  if (!NEGATED_BEFORE_RE.test(near.slice(-12))) return null;
  let at = cue.end;
  const time = TIME_PHRASE.exec(text.slice(at, sentence.end));
  if (time) at += time[0].length;
  const q = (info.frame === 'clause' ? QUESTION_AFTER_RE : OBJECT_QUESTION_AFTER_RE).exec(text.slice(at, sentence.end));
  if (!q) return null;
  const content = trimRange(text, { start: at + q[0].length, end: sentence.end });
  return content.end > content.start ? content : null;
}
