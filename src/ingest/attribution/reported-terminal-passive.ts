/**
 * A participle of saying in the passive with no agent that ends its clause, or that only a time phrase follows:
 * `The merger was announced.`, `When the case was argued in December, …`, `the results of which will be announced on
 * Saturday`. What was said is the subject alone; no one is named as its source. The participles are listed in
 * `lexicon/terminal-passive-cues.json`. A clause with an agent (`by`), a negation, a quotation or `it … that` is left
 * to the other passive readers. Pure; no I/O; one scan of the sentence, gated on a listed word.
 */
import { alternation } from '../lexicon';
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { subjectBefore, type PassiveDraft } from './reported-passive';
import { holdsRunIn } from './sentence-runs';
import cues from '../lexicon/terminal-passive-cues.json';

const PARTICIPLE_WORDS: ReadonlySet<string> = new Set(cues.participles);

/** Days, and the words opening a time phrase or a clause of time. */
const TIME_WORDS =
  'on|in|last|this|earlier|later|yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|many|several|after|when|before|during|until';

/**
 * A finite or modal form of "be", up to two adverbs, a listed participle, then the clause's end or a time word.
 * Group 1: the verb group before the participle; 2: the participle.
 */
const TERMINAL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])((?:(?:(?:will|would|could|may|might|should|must|can)\\s+be|(?:has|have|had)\\s+been|is|was|are|were)\\s+)(?:(?:\\p{Ll}+ly|first|also|since|already|just|now|still|later|previously|initially|originally|finally)\\s+){0,2})(${alternation(
    PARTICIPLE_WORDS,
  )})(?=\\s*(?:[.,;:?!)]|--|[—–]|$)|\\s+(?:${TIME_WORDS})\\b)`,
  'gu',
);

/** An agent or a clause reported after the participle: another reader's shape. */
const AGENT_OR_CLAUSE_RE = /^[^,;.!?]*?\b(?:by|that)\s/u;
/** A negation in the verb group or right before it: nothing was said. */
const NEGATED_RE = /(?<![\p{L}\p{N}’'-])(?:not|never|n[’']t)\b/iu;
/** Subjects that stand for nothing said: "there", a negative word, an expletive "it" with a clause to come. */
const NO_SUBJECT_RE = /^(?:there|neither|none|nobody|no\s+one|no|nothing)\b/iu;
/** A subordinating word opening the sentence before the subject ("When the case was argued"): no part of what was said. */
const SUBORDINATOR_RE = /^(?:when|while|if|although|though|because|since|as|after|before|until|once|whether)\s+/iu;
/** A relative "that" as the whole subject: the noun it stands for lies outside the clause. */
const THAT_SUBJECT_RE = /^that$/iu;

/** The terminal agentless passive attributions of a sentence. */
export function terminalPassiveCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!holdsRunIn(slice, PARTICIPLE_WORDS)) return out;
  for (const m of slice.matchAll(TERMINAL_RE)) {
    const at = sentence.start + m.index;
    const cueAt = at + m[1].length;
    const cueEnd = cueAt + m[2].length;
    if (!outside(at) || !outside(cueAt)) continue;
    if (NEGATED_RE.test(m[1]) || NEGATED_RE.test(text.slice(Math.max(sentence.start, at - 8), at))) continue;
    if (AGENT_OR_CLAUSE_RE.test(text.slice(cueEnd, sentence.end))) continue;
    const found = subjectBefore(text, sentence, at);
    if (!found) continue;
    const lead = SUBORDINATOR_RE.exec(text.slice(found.start, found.end));
    const subject = lead ? { start: found.start + lead[0].length, end: found.end } : found;
    if (subject.start >= subject.end) continue;
    const words = text.slice(subject.start, subject.end);
    if (NO_SUBJECT_RE.test(words) || THAT_SUBJECT_RE.test(words) || !outside(subject.start)) continue;
    const cue: Cue = { at: cueAt, end: cueEnd, word: m[2].toLowerCase(), phrase: `${m[1]}${m[2]}`, phraseStart: at };
    out.push({ content: subject, cue, source: null, sourceText: null, sourceAt: at, clauseAt: subject.start });
  }
  return out;
}
