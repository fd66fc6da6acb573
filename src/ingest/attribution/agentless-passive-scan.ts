/**
 * The scan the agentless passives of a listed participle share (reported-terminal-passive.ts, reported-judged-passives.ts):
 * each match of the reader's pattern (group 1 the verb group of "be" before the participle, group 2 the participle) not
 * negated, with nothing after it the reader leaves to others, reports its clause's subject (past a subordinating word) with
 * no source. Pure; no I/O; one scan of the sentence, gated on a listed word.
 */
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { subjectBefore, type PassiveDraft } from './reported-passive';
import { holdsRunIn } from './sentence-runs';

export interface AgentlessPassiveShape {
  /** The listed participles, the sentence's pre-check. */
  words: ReadonlySet<string>;
  /** Global pattern: group 1 the verb group before the participle, group 2 the participle. */
  pattern: RegExp;
  /** Whether what follows the participle (from `cueEnd`) is another reader's shape: an agent, a clause. */
  leftToOthers: (text: string, sentence: Range, cueEnd: number) => boolean;
  /** Subjects that stand for nothing reported ("there", "nothing", a relative "that"). */
  noSubject: RegExp;
}

/** A negation in the verb group or right before it: nothing was reported. */
const NEGATED_RE = /(?<![\p{L}\p{N}’'-])(?:not|never|n[’']t)\b/iu;
/** A subordinating word opening the sentence before the subject ("When the plan was approved"): no part of what was reported. */
const SUBORDINATOR_RE = /^(?:when|while|if|although|though|because|since|as|after|before|until|once|whether)\s+/iu;

/** The agentless passives of one shape in a sentence. */
export function agentlessPassiveDrafts(text: string, sentence: Range, outside: (i: number) => boolean, shape: AgentlessPassiveShape): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!holdsRunIn(slice, shape.words)) return out;
  for (const m of slice.matchAll(shape.pattern)) {
    const at = sentence.start + m.index;
    const cueAt = at + m[1].length;
    const cueEnd = cueAt + m[2].length;
    if (!outside(at) || !outside(cueAt)) continue;
    if (NEGATED_RE.test(m[1]) || NEGATED_RE.test(text.slice(Math.max(sentence.start, at - 8), at))) continue;
    if (shape.leftToOthers(text, sentence, cueEnd)) continue;
    const found = subjectBefore(text, sentence, at);
    if (!found) continue;
    const lead = SUBORDINATOR_RE.exec(text.slice(found.start, found.end));
    const subject = lead ? { start: found.start + lead[0].length, end: found.end } : found;
    if (subject.start >= subject.end) continue;
    if (shape.noSubject.test(text.slice(subject.start, subject.end)) || !outside(subject.start)) continue;
    const cue: Cue = { at: cueAt, end: cueEnd, word: m[2].toLowerCase(), phrase: `${m[1]}${m[2]}`, phraseStart: at };
    out.push({ content: subject, cue, source: null, sourceText: null, sourceAt: at, clauseAt: subject.start });
  }
  return out;
}
