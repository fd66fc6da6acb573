/**
 * Attributions a sentence's opening phrase makes: a question put to someone,
 * `(When) asked (by X) whether …, …` (its content the question, its source the
 * asker when named, else none: the interviewer goes unnamed), and a poll or
 * study that reports the clause after it, `In the new poll, CONTENT.`, and a
 * transcript's speaker label opening a paragraph, `TAPPER: …` (the rest of
 * the paragraph is what the labelled speaker says).
 * Pure; no I/O; each scan is bounded by its sentence and anchored at its start.
 */
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import type { FoundSource, ReportedContext } from './reported-sources';
import { words } from '../text';

export interface OpeningDraft {
  content: Range;
  cue: Cue;
  source: FoundSource | null;
  sourceText: string | null;
  sourceAt: number;
}

const LEAD = /^\s*["“]?(?:(?:But|And|Yet|Still|However|Later|Now|So)\s*,?\s+)?/u;
/**
 * "When asked by host Ann Lee whether", "Asked about", "Pressed on", "Asked during a debate why": the cue, an optional
 * "by X", an optional phrase of time or place, the question's opening word.
 */
const ASKED_RE =
  /^(?:(?:When|After|Once|If|Though|Although|While)\s+)?((?:asked|pressed|questioned))(\s+(?:later\s+|again\s+|repeatedly\s+)?by\s+[^,]{1,60}?)?(?:\s+(?:\p{Lu}\p{Ll}+day|later|again|specifically|directly|repeatedly))?(?:\s+(?:at|during|in|on|before|after)\s+[^,;:"“”]{1,60}?(?=\s(?:whether|if|what|how|why|who|whom|which|where|about)\s))?\s+(whether|if|what|how|why|who|whom|which|where|when|about|on|to)\s/iu;
/** The comma closing the question: a comma and a space, or a comma inside a closing quotation mark ("on “Face the Nation,” X said"). */
const QUESTION_END_RE = /,["”’']?\s/;
/** "In the poll", "In a new Post-ABC survey released Sunday": a document that reports, then a comma. */
const DOCUMENT_RE = /^In\s+((?:the|a|an|its|his|her|their|this|that)\s+(?:[\p{L}\p{N}/.’'&-]+\s+){0,6}?(?:poll|polls|survey|surveys|study|report|analysis|filing|memo|letter|lawsuit|complaint|indictment)\b[^,;:]{0,80}),\s+/u;

/** "In Ruiz's view,", "In their view,", "In the words of one aide,": whose view the rest of the sentence gives. */
const VIEW_RE =
  /^In\s+(?:((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)['’]s?|(his|her|their|its|my|our))\s+(?:own\s+)?(view|opinion|mind|estimation|judgment|telling|words|account)\s*,\s+|^In\s+the\s+(view|opinion|words|estimation|judgment)\s+of\s+([^,;:]{2,80}?),\s+/u;

/** The opening-phrase attributions of a sentence (at most one of each kind). */
export function openingCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): OpeningDraft[] {
  const out: OpeningDraft[] = [];
  const lead = LEAD.exec(text.slice(sentence.start, sentence.end))![0].length;
  const from = sentence.start + lead;
  const slice = text.slice(from, Math.min(sentence.end, from + 400));
  const asked = ASKED_RE.exec(slice);
  if (asked && outside(from)) {
    const qAt = from + asked.index + asked[0].length - asked[3].length - 1;
    const comma = text.slice(qAt, sentence.end).search(QUESTION_END_RE);
    const content = comma < 0 ? null : trimRange(text, { start: qAt, end: qAt + comma });
    const cueAt = from + asked[0].indexOf(asked[1]);
    const byAt = asked[2] ? cueAt + asked[1].length + asked[2].indexOf('by') + 2 : -1;
    const by = byAt >= 0 ? ctx.speakerStartingAt(p, byAt + (/^\s*/.exec(text.slice(byAt))?.[0].length ?? 0)) : null;
    if (content && words(text.slice(content.start, content.end)).length >= 2 && content.end - content.start < 300) {
      out.push({
        content,
        cue: { at: cueAt, end: cueAt + asked[1].length, word: 'asked', phrase: asked[1], phraseStart: cueAt },
        source: by ? { speaker: by.speaker, method: 'asked-by', confidence: 0.8 * by.confidence } : null,
        sourceText: by || !asked[2] ? null : asked[2].replace(/^\s*(?:\p{L}+\s+)?by\s+/u, '').trim(),
        sourceAt: cueAt,
      });
    }
  }
  const doc = DOCUMENT_RE.exec(slice);
  if (doc && outside(from)) {
    const start = from + doc[0].length;
    const content = trimRange(text, { start, end: sentence.end });
    const cueAt = from;
    out.push({
      content,
      cue: { at: cueAt, end: cueAt + 2, word: 'in', phrase: 'In', phraseStart: cueAt },
      source: null,
      sourceText: doc[1].trim(),
      sourceAt: cueAt + 3,
    });
  }
  const view = VIEW_RE.exec(slice);
  if (view && outside(from)) {
    const content = trimRange(text, { start: from + view[0].length, end: sentence.end });
    const holder = view[1] ?? view[5];
    const holderAt = holder === undefined ? from + view[0].indexOf(view[2]) : from + view[0].indexOf(holder);
    const entity = holder === undefined ? null : ctx.speakerStartingAt(p, holderAt);
    const noun = view[3] ?? view[4];
    const cueAt = from + view[0].indexOf(noun, holderAt - from);
    if (words(text.slice(content.start, content.end)).length >= 3) {
      out.push({
        content,
        cue: { at: cueAt, end: cueAt + noun.length, word: noun, phrase: view[0].replace(/,\s*$/, ''), phraseStart: from },
        source: entity ? { speaker: entity.speaker, method: 'possessive', confidence: 0.75 * entity.confidence } : null,
        sourceText: entity ? null : (holder ?? null),
        sourceAt: holderAt,
      });
    }
  }
  return out;
}

/** "TAPPER:", "SEN. ANA SILVA:", "Q:": one to three capitalized words and a colon opening a paragraph. */
const LABEL_RE = /^\s*((?:\p{Lu}[\p{Lu}.’'-]*\s+){0,2}\p{Lu}[\p{Lu}.’'-]*):\s+(?=\S)/u;
/** Labels that head an editor's line, not a speaker's words. */
const NOT_SPEAKER_LABELS = new Set(
  'UPDATE UPDATED NOTE EDITOR’S EDITOR\'S WATCH READ BREAKING CORRECTION CLARIFICATION PHOTOS PHOTO VIDEO RELATED MORE ALSO EXCLUSIVE LIVE ANALYSIS OPINION SOURCE SOURCES CREDIT TIMELINE BACKGROUND WHY WHAT WHO HOW WHEN WHERE FACT CHECK MEMO SUBSCRIBE PREVIOUSLY'.split(' '),
);

/** A transcript's speaker label opening a paragraph: the rest of the paragraph is the labelled speaker's. */
export function speakerLabel(text: string): { label: string; contentStart: number } | null {
  const m = LABEL_RE.exec(text.slice(0, 60));
  if (!m || m[1].split(/\s+/).some((w) => NOT_SPEAKER_LABELS.has(w))) return null;
  return { label: m[1], contentStart: m[0].length };
}
