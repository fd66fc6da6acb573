/**
 * A speech verb in a perfect participle clause set off by commas or dashes: `Holt, having said last week that the bill
 * was dead, voted for it`, `Reyes praised the mayor -- having suggested in May that she is unfit -- but …`. The cue is
 * "having" and the verb (`lexicon/perfect-speech-participles.json`); the content is what follows the verb (past "that"
 * when a short phrase comes before it) up to the mark that closes the clause, or the sentence's end; the source is the
 * subject opening the sentence, else the phrase right before the opening mark. Pure; no I/O; one scan of the sentence
 * with bounded matches.
 */
import { alternation } from '../lexicon';
import type { Range } from '../text';
import { trimRange } from './reported-content';
import { type PassiveDraft, sourcedDraft } from './reported-passive';
import { type ReportedContext, sourceBefore } from './reported-sources';
import { openingSubject } from './reported-opening-subjects';
import verbs from '../lexicon/perfect-speech-participles.json';
import { holdsRunIn } from './sentence-runs';

/** The opening mark, "having", an adverb, the verb. Group 1: the mark; 2: the verb. */
const HAVING_RE = new RegExp(`(,|\\s--|\\s-|[—–])\\s*having\\s+(?:(?:also|repeatedly|publicly|previously|once|already|\\p{Ll}{2,}ly)\\s+)?(${alternation(verbs.verbs)})(?![\\p{L}’'-])`, 'giu');

/**
 * What every HAVING_RE match needs, checked first on the sentence's shared runs of letters: "having" as a word before
 * white space (no other letter reads as one of its letters without regard to case).
 */
const HAVING_WORD: ReadonlySet<string> = new Set(['having']);
const SPACE_AFTER_RE = /\s/uy;

/** A short phrase and "that" right after the verb ("in a speech last week that"). */
const THAT_AFTER_RE = /^[^,;:"“”()—–]{0,60}?\bthat\s+/iu;

/** The attributions of a sentence's perfect participle clauses of speech. */
export function perfectParticipleCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!holdsRunIn(slice, HAVING_WORD, SPACE_AFTER_RE)) return out;
  for (const m of slice.matchAll(HAVING_RE)) {
    const markAt = sentence.start + m.index;
    const cueAt = markAt + m[0].search(/having/iu);
    const cueEnd = sentence.start + m.index + m[0].length;
    if (!outside(cueAt)) continue;
    const rest = text.slice(cueEnd, sentence.end);
    const that = THAT_AFTER_RE.exec(rest);
    const start = cueEnd + (that ? that[0].length : 0);
    const mark = m[1].trim();
    const closing = mark === ',' ? /,/u : mark === '-' ? /\s-\s/u : mark === '--' ? /\s--/u : /[—–]/u;
    const close = closing.exec(text.slice(start, sentence.end));
    const content = trimRange(text, { start, end: close ? start + close.index : sentence.end });
    if (content.end <= content.start || !outside(content.start)) continue;
    const source = openingSubject(ctx, p, text, sentence, markAt) ?? sourceBefore(ctx, p, text, sentence, markAt);
    const draft = sourcedDraft(content, { at: cueAt, end: cueEnd, word: m[2].toLowerCase(), phrase: text.slice(cueAt, cueEnd), phraseStart: cueAt }, source, cueAt);
    if (draft) out.push(draft);
  }
  return out;
}
