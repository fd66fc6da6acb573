/**
 * An inverted cue and its source set off by commas inside the content, which resumes after them: "The contrast with
 * Reyes, said Doyle and others, would be clear …", "The festival, wrote film director Ana Ruiz, never recovered." The
 * content is both sides of the aside: the whole sentence, its text leaving the aside out. Pure; no I/O; reads a bounded
 * stretch after the cue.
 */
import { words, type Range } from '../text';
import { trimRange } from './reported-content';
import type { FoundSource, ReportedContext } from './reported-source-types';

/**
 * After the cue: the source phrase (no clause mark, quotation or period in it), its closing comma, what may describe
 * the source set off after it (an appositive or a relative clause: "…, said Ada Holt, a lawyer at the firm, would …"),
 * and the sentence resuming with its verb: an auxiliary or modal, a negation, or a past form ("would be clear", "never recovered").
 * A lower-case noun there describes the source instead ("…, said Ruiz, president of the union").
 */
const SOURCE_ASIDE_RE =
  /^\s+([^,;:()"“”—–.]{2,80}?),(\s+(?:an?|the|who|whose|one|\p{Ll}+\s+(?:of|at|for|with)\s)[^,;:()"“”—–]{0,100}?,)?\s+(?:(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|does|do|did|never)\b|(?:is|are|was|were|has|have|had|wo|would|could|can|does|do|did)n['’]t\b|\p{Ll}{2,}ed\s)/u;
/** The resuming word is a past form. */
const PAST_FORM_END_RE = /\p{Ll}{2,}ed\s$/u;
/** Lower-case words before the name in the source phrase: a title ("film director", "county treasurer"). */
const TITLE_WORDS_RE = /^(?:(?:former|then|\p{Ll}+)\s+){1,4}(?=\p{Lu})/u;

export interface ResumedAside {
  content: Range;
  /** The content's text: the part before the cue and the part after the aside. */
  text: string;
  source: FoundSource | null;
  sourceText: string | null;
}

/** The content around an inverted cue at [cueStart, cueEnd) whose source is set off by commas, or null. */
export function resumedInvertedAside(ctx: ReportedContext, p: number, text: string, sentence: Range, cueStart: number, cueEnd: number): ResumedAside | null {
  const lead = text.slice(sentence.start, cueStart).replace(/[\s,]+$/, '');
  if (words(lead).length < 2) return null;
  const after = text.slice(cueEnd, Math.min(sentence.end, cueEnd + 200));
  const m = SOURCE_ASIDE_RE.exec(after);
  // After a description of the source a past form may describe it too ("…, a lawyer at the firm, based in Ohio").
  if (!m || (m[2] !== undefined && PAST_FORM_END_RE.test(m[0]))) return null;
  // The content resumes after the source phrase's closing comma.
  const resumes = cueEnd + m[0].lastIndexOf(',') + 1;
  if (words(text.slice(resumes, sentence.end)).length < 2) return null;
  const phraseAt = cueEnd + m[0].indexOf(m[1]);
  const phrase = m[1].trim();
  // "wrote film director Ana Ruiz": the name after the lower-case title words is the one an entity starts at.
  const title = TITLE_WORDS_RE.exec(phrase);
  const entity = ctx.speakerStartingAt(p, phraseAt) ?? (title ? ctx.speakerStartingAt(p, phraseAt + title[0].length) : null);
  const fits = entity && entity.end <= phraseAt + phrase.length ? entity : null;
  const content = trimRange(text, { start: sentence.start, end: sentence.end });
  return {
    content,
    text: `${lead} ${text.slice(resumes, content.end).trimStart()}`,
    source: fits ? { speaker: fits.speaker, method: 'said-after', confidence: 0.85 * fits.confidence } : null,
    sourceText: fits ? null : phrase,
  };
}
