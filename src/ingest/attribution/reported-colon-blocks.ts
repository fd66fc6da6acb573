/**
 * A paragraph that a colon introduces: `The Ledger reports:` / `In a speech
 * last May, Ortega said:` / `Stated Ruiz:` ending one paragraph, and the next
 * paragraph, in no quotation marks, is what that subject said or wrote (a
 * block quotation the page set apart). The source is the introducing clause's
 * subject, or the name after a verb or "According to" that opens it (`Stated
 * Ruiz:`, `According to Ann Lee, writing in the Ledger:`); the cue is its
 * verb; the content the whole next paragraph.
 *
 * Only a clause that ends with its cue: at most a few words between the verb
 * and the colon (`also points out some other figures:`), and no reported
 * clause of its own (`pointed out that the issue was ignored:` has said its
 * piece; what follows illustrates it). A next paragraph opening a quotation,
 * a tag or a link, or ending with a colon itself, is left alone.
 * Pure; no I/O; each paragraph is read once, its scans bounded by its length.
 */
import cues from '../lexicon/colon-block-cues.json';
import { alternation } from '../lexicon';
import { speakerStartingAt } from './after';
import { subjectBefore } from './before';
import { colonClauseSpeaker } from './colon';
import type { Context, Found } from './context';
import { speechVerbs } from './patterns';
import { type ReportedAttribution, make, quotesWithin } from './reported-attribution';
import { trimRange } from './reported-content';
import type { Range } from '../text';

/** The reporting verbs the speech list leaves out. */
const EXTRA_VERB_RE = new RegExp(`\\b(?:${alternation(cues.verbs)})\\b`, 'giu');
/** The phrases that announce a statement. */
const PHRASE_RE = new RegExp(`\\b(?:${alternation(cues.phrases)})\\b`, 'giu');
/** "According to" opening the clause (after a conjunction). */
const ACCORDING_RE = /^\s*(?:(?:And|But|So)\s+)?(As\s+reported\s+by|According\s+to)\s+/u;
/** A conjunction or adverb before a verb opening the clause (`And added Ruiz:`). */
const LEAD_RE = /^\s*(?:(?:And|But|Then|Later)\s+)?/u;
/** Most words between the cue and the colon (`observing of Trump`, `also points out some other figures`). */
const MAX_WORDS_AFTER_CUE = 5;
/** An introducing clause longer than this (characters) is no introduction. */
const MAX_INTRO = 300;
/** A paragraph that opens with a quotation mark, a tag, a link or a bullet of marks is another shape. */
const NOT_PROSE_RE = /^\s*(?:["“”‘'<]|https?:|pic\.twitter|www\.|[-—–•*]\s)/u;

/** The attribution of each paragraph that a paragraph ending with a colon introduces. */
export function colonBlocks(ctx: Context, quoteSpans: readonly Range[][]): ReportedAttribution[] {
  const out: ReportedAttribution[] = [];
  for (let p = 1; p < ctx.paragraphs.length; p++) {
    const made = colonBlock(ctx, quoteSpans, p);
    if (made) out.push(made);
  }
  return out;
}

function colonBlock(ctx: Context, quoteSpans: readonly Range[][], p: number): ReportedAttribution | null {
  const intro = ctx.paragraphs[p - 1];
  const text = ctx.paragraphs[p];
  if (!/:\s*$/.test(intro) || /:\s*$/.test(text) || NOT_PROSE_RE.test(text)) return null;
  const sentences = ctx.sentences[p - 1];
  const sentence = sentences[sentences.length - 1];
  const colon = intro.lastIndexOf(':');
  if (sentence === undefined || colon < sentence.start || colon - sentence.start > MAX_INTRO) return null;
  const clause = intro.slice(sentence.start, colon);
  const according = ACCORDING_RE.exec(clause);
  const cue = according ? null : lastCue(clause);
  if (!according && cue === null) return null;
  let found: Found | null;
  if (cue !== null) {
    const rest = clause.slice(cue.index + cue.text.length);
    if (!endsWithCue(rest)) return null;
    found = introSpeaker(ctx, p - 1, sentence.start, cue, colon);
  } else {
    const s = speakerStartingAt(ctx, p - 1, sentence.start + according![0].length);
    found = s ? { speaker: s.speaker, method: 'colon-intro', confidence: 0.8 * s.confidence } : null;
  }
  if (found === null) return null;
  const word = cue?.text ?? according![1];
  const content = trimRange(text, { start: 0, end: text.length });
  const at = { at: 0, end: 0, word, phrase: word, phraseStart: 0 };
  return make(text, p, content, at, null, found, null, quotesWithin(quoteSpans[p], content), 0);
}

/** A verb opening the clause (`Stated Ruiz:`): the name right after it; else the clause's subject before the verb. */
function introSpeaker(ctx: Context, p: number, start: number, cue: { index: number; text: string }, colon: number): Found | null {
  const text = ctx.paragraphs[p];
  const verbAt = start + cue.index;
  if (cue.index === LEAD_RE.exec(text.slice(start, colon))![0].length) {
    const after = verbAt + cue.text.length;
    const s = speakerStartingAt(ctx, p, after + /^\s*/u.exec(text.slice(after))![0].length);
    return s ? { speaker: s.speaker, method: 'colon-intro', confidence: 0.8 * s.confidence } : null;
  }
  return subjectBefore(ctx, p, start, verbAt) ?? colonClauseSpeaker(ctx, p, start, colon);
}

/**
 * Whether what follows the cue up to the colon leaves it open: a few words and no reported clause of their own
 * (`observing of Trump`, `argued that`), or a clause that names the next paragraph (`that she faces the following tasks`).
 */
function endsWithCue(rest: string): boolean {
  if (/["“”]/.test(rest)) return false;
  if (new RegExp(PHRASE_RE.source, 'iu').test(rest)) return true;
  return rest.split(/\s+/).filter((w) => w !== '').length <= MAX_WORDS_AFTER_CUE && !/\bthat\s+\S/u.test(rest);
}

/** The clause's last speech or reporting verb; with none, its announcing phrase (`issued the following statement`). */
function lastCue(clause: string): { index: number; text: string } | null {
  let last: { index: number; text: string } | null = null;
  for (const m of speechVerbs(clause)) last = { index: m.index, text: m.text };
  for (const m of clause.matchAll(EXTRA_VERB_RE)) if (last === null || m.index > last.index) last = { index: m.index, text: m[0] };
  if (last !== null) return last;
  for (const m of clause.matchAll(PHRASE_RE)) last = { index: m.index, text: m[0] };
  return last;
}
