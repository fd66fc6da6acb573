/**
 * A participle of judging, asking or approving in the passive with no agent, whatever follows it: `Pigs are considered
 * unclean`, `Nancy Reagan will be remembered for …`, `The plan was ultimately approved last year`, `interviews are
 * requested`. What was judged is the subject alone; no one is named as its source. The participles are listed in
 * `lexicon/judged-passive-cues.json`. An agent (`by`) or a clause (`that`) right after the participle, a negation, or
 * `it` as the subject leave the clause to the other passive readers (the scan: agentless-passive-scan.ts).
 */
import { alternation } from '../lexicon';
import type { Range } from '../text';
import { agentlessPassiveDrafts, type AgentlessPassiveShape } from './agentless-passive-scan';
import type { PassiveDraft } from './reported-passive';
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

const SHAPE: AgentlessPassiveShape = {
  words: PARTICIPLE_WORDS,
  pattern: JUDGED_RE,
  leftToOthers: (text, sentence, cueEnd) => AGENT_OR_CLAUSE_RE.test(text.slice(cueEnd, Math.min(sentence.end, cueEnd + 40))),
  // Subjects that stand for nothing judged: "there", "it", a negative word, a relative "that".
  noSubject: /^(?:there|it|that|neither|none|nobody|no\s+one|no|nothing)$|^(?:neither|none|nobody|no\s+one|no|nothing)\b/iu,
};

/** The agentless passives of judging of a sentence. */
export function judgedPassiveCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  return agentlessPassiveDrafts(text, sentence, outside, SHAPE);
}
