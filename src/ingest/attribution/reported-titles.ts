/**
 * A work named by its title: `a memo titled "The Facts on the Race"`, `The ad,
 * entitled "Our History," …`, `a documentary titled Harbor Lights`, `Titled
 * "A Quiet Winter," the video …`. The title is what the work says; the content
 * runs from the noun phrase naming the work to the title's end (the title alone
 * when the sentence opens with it); the work is not a speaker, so there is no
 * source. "entitled to" (a right) has no title after it and is not read.
 * Pure; no I/O; each scan is bounded by its sentence.
 */
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import type { PassiveDraft } from './reported-passive';

const NEEDS_RE = /titled/iu;
/** The cue, an optional comma, then a quotation or a capitalized word. */
const TITLED_RE = /(?<![\p{L}\p{N}’'-])((?:en)?titled)(?![\p{L}\p{N}-])\s*,?\s+(?=["“‘']|\p{Lu})/giu;
/** A quoted title: the marks and at most 120 characters (the closing mark may follow a comma or a period). */
const QUOTED_TITLE_RE = /^(?:["“]([^"“”]{1,120})["”]|''((?:[^'"“”]|'(?!')){1,120})''|‘([^‘’]{1,120})’)/u;
/**
 * An unquoted title: capitalized words, short function words between them, a colon before a subtitle; at most 16
 * words (each scan stops there).
 */
const PLAIN_TITLE_RE = /^\p{Lu}[\p{L}\p{N}’'-]*(?:(?::?\s+(?:(?:of|the|and|a|an|in|on|for|to|at|from|with|by|or|is|who|what|how|why)\s+){0,3}\p{Lu}[\p{L}\p{N}’'-]*)){0,15}/u;
/** A determiner opening the noun phrase of the work. */
const DETERMINER_RE = /(?<![\p{L}\p{N}’'-])(?:a|an|the|his|her|their|its|our|this|that|whose)\s/giu;
/** What may lie between that determiner and the cue: words with no clause mark, then an optional comma. */
const WORK_REST_RE = /^[^,;:.!?"“”()—–]{1,60}?\s*,?\s*$/u;
/** An opening "Titled …," before the subject. */
const OPENING_RE = /^[\s"“]*$/u;

/** The works a sentence names by title. */
export function titledCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!NEEDS_RE.test(slice)) return out;
  for (const m of slice.matchAll(TITLED_RE)) {
    const at = sentence.start + m.index;
    if (!outside(at)) continue;
    const titleAt = at + m[0].length;
    const after = text.slice(titleAt, Math.min(sentence.end, titleAt + 400));
    const quoted = QUOTED_TITLE_RE.exec(after);
    const plain = quoted ? null : PLAIN_TITLE_RE.exec(after);
    const title = quoted ?? plain;
    if (!title) continue;
    const titleEnd = titleAt + title[0].length;
    const before = text.slice(Math.max(sentence.start, at - 80), at);
    let start: number;
    if (OPENING_RE.test(text.slice(sentence.start, at))) start = titleAt;
    else {
      // The nearest determiner before the cue: "producing a faux thriller titled …" names the thriller.
      let work = -1;
      for (const d of before.matchAll(DETERMINER_RE)) work = d.index;
      if (work < 0 || !WORK_REST_RE.test(before.slice(work))) continue;
      start = at - before.length + work;
    }
    const content = trimRange(text, { start, end: titleEnd });
    const cue: Cue = { at, end: at + m[1].length, word: m[1].toLowerCase(), phrase: m[1], phraseStart: at };
    out.push({ content, cue, source: null, sourceText: null, sourceAt: at, clauseAt: start });
  }
  return out;
}
