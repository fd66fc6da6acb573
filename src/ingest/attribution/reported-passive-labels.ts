/**
 * A name or label given in the passive, quoted: `the files were designated as "Secret"`, `the group will informally be
 * dubbed the "Harbor Watch PAC"`, `many of them are derisively known as "rabbit patches"`, `an event billed as "Hard
 * Hats for Harbors"`. Whoever gives the label is not said; the content is the label, from "as" or its determiner to
 * the quotation's closing mark. Pure; no I/O; one scan of the sentence with bounded matches.
 */
import type { Range } from '../text';
import type { PassiveDraft } from './reported-passive';
import { holdsRunIn } from './sentence-runs';

/**
 * A form of "be" (or a noun right before, for the reduced "an event billed as"), up to two adverbs, a naming participle,
 * then "as" and/or a determiner at most, and an opening quotation mark. Group 1: the participle; 2: the label's start.
 */
const LABEL_RE =
  /\b(?:is|are|was|were|be|been|being|\p{Ll}{3,})\s+(?:\p{Ll}+ly\s+){0,2}(called|dubbed|nicknamed|labeled|labelled|branded|billed|termed|designated|known)\s+((?:as\s+)?(?:(?:a|an|the)\s+)?(?:[“"]|''))/gu;
/**
 * What every LABEL_RE match needs, checked first (the pattern, led by a word of any length, is tried at every position):
 * an opening quotation mark, and a naming participle as a word before white space, read on the sentence's runs of
 * letters shared with the other finders (the pattern reads the participle in lower case only).
 */
const LABEL_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'dubbed', 'nicknamed', 'labeled', 'labelled', 'branded', 'billed', 'termed', 'designated', 'known']);
const SPACE_AFTER_RE = /\s/uy;
const mayHoldLabel = (slice: string): boolean => (slice.includes('"') || slice.includes('“') || slice.includes("''")) && holdsRunIn(slice, LABEL_PARTICIPLES, SPACE_AFTER_RE);
/** The closing mark of the quotation the label opens, within a few words. */
const CLOSE_RE = /^(?:[“"]|'')[^“”"]{1,60}?(?:[”"]|'')/u;

/** The quoted labels given in the passive in a sentence. */
export function passiveLabelCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!mayHoldLabel(slice)) return out;
  for (const m of slice.matchAll(LABEL_RE)) {
    const cueAt = sentence.start + m.index + m[0].lastIndexOf(m[1], m[0].length - m[2].length);
    const start = sentence.start + m.index + m[0].length - m[2].length;
    const mark = sentence.start + m.index + m[0].length - (m[2].endsWith("''") ? 2 : 1);
    if (!outside(cueAt)) continue;
    const close = CLOSE_RE.exec(text.slice(mark, Math.min(sentence.end, mark + 80)));
    if (!close) continue;
    out.push({
      content: { start, end: mark + close[0].length },
      cue: { at: cueAt, end: cueAt + m[1].length, word: m[1].toLowerCase(), phrase: m[1], phraseStart: cueAt },
      source: null,
      sourceText: null,
      sourceAt: cueAt,
      clauseAt: cueAt,
    });
  }
  return out;
}
