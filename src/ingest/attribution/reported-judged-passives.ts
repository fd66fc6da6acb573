/**
 * A participle of judging, asking or approving in the passive with no agent, whatever follows it: `Pigs are considered
 * unclean`, `Nancy Reagan will be remembered for …`, `The plan was ultimately approved last year`, `interviews are
 * requested`. What was judged is the subject alone; no one is named as its source. The participles are listed in
 * `lexicon/judged-passive-cues.json`. An agent (`by`) or a clause (`that`) right after the participle, a negation, or
 * `it` as the subject leave the clause to the other passive readers. Pure; no I/O; one scan of the sentence, gated on a
 * listed word.
 */
import { alternation } from '../lexicon';
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { subjectBefore, type PassiveDraft } from './reported-passive';
import { holdsRunIn } from './sentence-runs';
import cues from '../lexicon/judged-passive-cues.json';

const PARTICIPLE_WORDS: ReadonlySet<string> = new Set(cues.participles);

/**
 * A finite or modal form of "be", up to two adverbs, a listed participle as a word of its own.
 * Group 1: the verb group before the participle; 2: the participle.
 */
const JUDGED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])((?:(?:(?:will|would|could|may|might|should|must|can)\\s+be|(?:has|have|had)\\s+been|is|was|are|were)\\s+)(?:(?:\\p{Ll}+ly|first|also|since|already|just|now|still|later|previously|initially|originally|finally|once)\\s+){0,2})(${alternation(
    PARTICIPLE_WORDS,
  )})(?![\\p{L}\\p{N}’'-])`,
  'gu',
);

/** An agent or a clause right after the participle, adverbs between: another reader's shape. */
const AGENT_OR_CLAUSE_RE = /^(?:\s+\p{Ll}+ly)?\s+(?:by|that)\b/u;
/** A negation in the verb group or right before it: nothing was judged. */
const NEGATED_RE = /(?<![\p{L}\p{N}’'-])(?:not|never|n[’']t)\b/iu;
/** Subjects that stand for nothing judged: "there", "it", a negative word, a relative "that". */
const NO_SUBJECT_RE = /^(?:there|it|that|neither|none|nobody|no\s+one|no|nothing)$|^(?:neither|none|nobody|no\s+one|no|nothing)\b/iu;
/** A subordinating word opening the sentence before the subject ("When the plan was approved"): no part of what was judged. */
const SUBORDINATOR_RE = /^(?:when|while|if|although|though|because|since|as|after|before|until|once|whether)\s+/iu;

/** The agentless passives of judging of a sentence. */
export function judgedPassiveCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!holdsRunIn(slice, PARTICIPLE_WORDS)) return out;
  for (const m of slice.matchAll(JUDGED_RE)) {
    const at = sentence.start + m.index;
    const cueAt = at + m[1].length;
    const cueEnd = cueAt + m[2].length;
    if (!outside(at) || !outside(cueAt)) continue;
    if (NEGATED_RE.test(m[1]) || NEGATED_RE.test(text.slice(Math.max(sentence.start, at - 8), at))) continue;
    if (AGENT_OR_CLAUSE_RE.test(text.slice(cueEnd, Math.min(sentence.end, cueEnd + 40)))) continue;
    const found = subjectBefore(text, sentence, at);
    if (!found) continue;
    const lead = SUBORDINATOR_RE.exec(text.slice(found.start, found.end));
    const subject = lead ? { start: found.start + lead[0].length, end: found.end } : found;
    if (subject.start >= subject.end) continue;
    if (NO_SUBJECT_RE.test(text.slice(subject.start, subject.end)) || !outside(subject.start)) continue;
    const cue: Cue = { at: cueAt, end: cueEnd, word: m[2].toLowerCase(), phrase: `${m[1]}${m[2]}`, phraseStart: at };
    out.push({ content: subject, cue, source: null, sourceText: null, sourceAt: at, clauseAt: subject.start });
  }
  return out;
}
