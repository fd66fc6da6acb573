/**
 * A speech or belief verb inside a relative clause whose gap is the subject of the clause it reports: `a result that
 * officials said defied expectations`, `something her aides argue is possible`, `…, displaying what many analysts said
 * was a sign of …`. The relative word stands for the reported clause's subject, the words between it and the verb are
 * the source, and the reported clause is the verb group right after the cue up to its clause's end. Such a clause
 * sits inside another attribution's content (`acknowledged that it will be hard - something aides argue is possible`)
 * and the cue is read by no other rule: the verb right after it leaves it no clause of its own with a subject. The
 * verbs are those of `lexicon/gap-subject-cues.json`. Pure; no I/O; one scan of the sentence with bounded matches.
 */
import { alternation } from '../lexicon';
import type { Range } from '../text';
import { trimRange } from './reported-content';
import type { PassiveDraft } from './reported-passive';
import cues from '../lexicon/gap-subject-cues.json';
import { holdsRunIn } from './sentence-runs';

/** Words that end a subject or are no part of one: auxiliaries, relative and clause words, negation. */
const NOT_SUBJECT_WORD = '(?:is|was|are|were|be|been|has|have|had|will|would|could|can|may|might|should|must|do|does|did|not|that|which|who|whom|what|and|but|or|if|as|to|of|in|on|for|with|by|at|said|says|say)';
/** A subject word: letters, digits and the marks a name or an abbreviation holds. */
const WORD = `(?!${NOT_SUBJECT_WORD}(?![\\p{L}\\p{N}’'.-]))[\\p{L}\\p{N}’'.-]+`;
/**
 * A relative word after a word or a comma (never opening the sentence), a subject of one to four words, a listed verb,
 * then the verb opening the reported clause: an auxiliary or a past tense. Group 1: the relative word; 2: the subject;
 * 3: the cue.
 */
const GAP_RE = new RegExp(
  `(?<=[\\p{L}\\p{N},’'”"]\\s+|[—–]\\s*|\\s-\\s+)(that|which|who|whom|what|something|everything)\\s+((?:${WORD}\\s+){0,3}${WORD})\\s+(${alternation(cues.verbs)})(?=\\s+(?:is|was|are|were|will|would|could|can|may|might|should|must|has|have|had|needs?|\\p{Ll}{2,}ed)(?![\\p{L}\\p{N}’'-]))`,
  'giu',
);
/** GAP_RE's relative words and cues, each a whole run of letters in a match (white space or a dash on either side). */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'what', 'something', 'everything']);
const CUE_WORDS: ReadonlySet<string> = new Set(cues.verbs.map((v) => v.toLowerCase()));
/** What GAP_RE reads right after its cue, tried (sticky) after each listed cue of the sentence before the pattern runs. */
const VERB_AFTER_CUE_RE = /\s+(?:is|was|are|were|will|would|could|can|may|might|should|must|has|have|had|needs?|\p{Ll}{2,}ed)(?![\p{L}\p{N}’'-])/iuy;

/**
 * A necessary condition for a match of GAP_RE, read on the sentence's shared runs of letters (sentence-runs.ts, in
 * lower case): a relative word, and a cue followed by a verb. "ſ" (which the `i` flag reads as "s") and "İ" (whose
 * lower case is longer) leave the pattern to decide.
 */
function mayHoldGap(slice: string): boolean {
  return (holdsRunIn(slice, RELATIVE_WORDS) && holdsRunIn(slice, CUE_WORDS, VERB_AFTER_CUE_RE)) || slice.includes('\u017F') || slice.includes('\u0130');
}

/** Where the reported clause ends: a clause mark or a quotation mark. */
const CLAUSE_END_RE = /[,;:—–()"“”]/u;
/** "what" set off by a comma opens a free relative that is the sentence's subject ("…, what he said was false"). */
const FREE_WHAT_RE = /,\s*$/u;

/** The attributions of a sentence whose cue stands in a relative clause with its gap the reported clause's subject. */
export function gapSubjectCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!mayHoldGap(slice)) return out;
  for (const m of slice.matchAll(GAP_RE)) {
    const relative = m[1].toLowerCase();
    if (relative === 'what' && FREE_WHAT_RE.test(slice.slice(Math.max(0, m.index - 3), m.index))) continue;
    const sourceAt = sentence.start + m.index + m[0].indexOf(m[2], m[1].length);
    const cueAt = sentence.start + m.index + m[0].length - m[3].length;
    const cueEnd = sentence.start + m.index + m[0].length;
    if (!outside(cueAt) || !outside(sourceAt)) continue;
    const rest = text.slice(cueEnd, sentence.end);
    const stop = CLAUSE_END_RE.exec(rest);
    const content = trimRange(text, { start: cueEnd, end: stop ? cueEnd + stop.index : sentence.end });
    if (content.end <= content.start) continue;
    out.push({
      content,
      cue: { at: cueAt, end: cueEnd, word: m[3].toLowerCase(), phrase: m[3], phraseStart: cueAt },
      source: null,
      sourceText: m[2],
      sourceAt,
      clauseAt: sentence.start + m.index,
    });
  }
  return out;
}
