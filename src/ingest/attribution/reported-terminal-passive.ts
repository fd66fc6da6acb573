/**
 * A participle of saying in the passive with no agent that ends its clause, or that only a time phrase follows:
 * `The merger was announced.`, `When the case was argued in December, …`, `the results of which will be announced on
 * Saturday`. What was said is the subject alone; no one is named as its source. The participles are listed in
 * `lexicon/terminal-passive-cues.json`. A clause with an agent (`by`), a negation, a quotation or `it … that` is left
 * to the other passive readers (the scan: agentless-passive-scan.ts).
 */
import { alternation } from '../lexicon';
import type { Range } from '../text';
import { agentlessPassiveDrafts, type AgentlessPassiveShape } from './agentless-passive-scan';
import type { PassiveDraft } from './reported-passive';
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

const SHAPE: AgentlessPassiveShape = {
  words: PARTICIPLE_WORDS,
  pattern: TERMINAL_RE,
  leftToOthers: (text, sentence, cueEnd) => AGENT_OR_CLAUSE_RE.test(text.slice(cueEnd, sentence.end)),
  // Subjects that stand for nothing said: "there", a negative word; a relative "that" as the whole subject (the noun it
  // stands for lies outside the clause).
  noSubject: /^(?:there|neither|none|nobody|no\s+one|no|nothing)\b|^that$/iu,
};

/** The terminal agentless passive attributions of a sentence. */
export function terminalPassiveCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  return agentlessPassiveDrafts(text, sentence, outside, SHAPE);
}
