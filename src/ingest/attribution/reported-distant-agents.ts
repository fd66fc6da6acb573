/**
 * A passive of a reporting cue whose agent stands a few words after the participle: `Sanders is viewed somewhat more
 * positively by Republicans`, `Cruz was also endorsed the day before by Carly Fiorina`, `He was recommended for the job
 * by Roger Stone`. The agent after "by" is the source and the clause's subject the content, as for `was criticized by`
 * (reported-passive.ts), which reads the agent right after the participle. Between participle and "by": one to four
 * words, no punctuation, no "that", no participle in -ing and no form of "be" (a clause of its own). "by" before an -ing
 * form is a means ("by cutting"), not an agent; an infinitive ("a study to be released … by X suggests") names a source of
 * the noun phrase it ends, read by the long subjects. Pure; no I/O; one scan of the sentence, gated on " by ".
 */
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { CUES } from './reported-cues';
import { subjectBefore, subjectBeforeAside } from './reported-clause-subjects';
import type { FoundSource, ReportedContext } from './reported-sources';
import type { PassiveDraft } from './reported-passive';

/**
 * A form of "be", adverbs, a participle, one to four words, "by". Group 1: the verb group before the participle;
 * 2: the participle; 3: the words between.
 */
const DISTANT_BY_RE =
  /(?<![\p{L}\p{N}’'-])(?<!\bto\s+)((?:(?:has|have|had|will|would|could|may|might|should)\s+)?(?:is|was|are|were|be|been)\s+(?:(?:also|later|first|often|\p{Ll}+ly)\s+)*)(\p{Ll}+(?:ed|en|wn|ht|ld|ne|id))((?:\s+(?!(?:that|which|who|and|or|but|is|was|are|were|be|been|being|not)\s)[\p{L}\p{N}’'$-]+){1,4}?)\s+by\s+(?!\p{Ll}+ing\b)/gu;
/** Words between the participle and "by" that open a clause or an infinitive of its own: "to" before a verb is read elsewhere. */
const BETWEEN_BAD_RE = /\b(?:\p{Ll}+ing|to)\b/u;
/** Where the agent ends: a comma or a clause's opening word. */
const AGENT_END_RE = /[,;:—–()]|\s(?:for|as|after|who|which|that|because|when|while|and\s+(?:is|was|has|had)|in\s+a|on\s+\p{Lu})\b|[.?!]["”]?\s*$/u;

/** The passives of a sentence whose agent stands a few words after the participle. */
export function distantAgentCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!slice.includes(' by ')) return out;
  for (const m of slice.matchAll(DISTANT_BY_RE)) {
    const at = sentence.start + m.index;
    const verb = m[2];
    const info = CUES.get(verb);
    if (!outside(at) || !info || info.participle || info.adjective || BETWEEN_BAD_RE.test(m[3])) continue;
    if (/\b(?:not|never)\s/u.test(m[1])) continue;
    const subject = subjectBefore(text, sentence, at) ?? subjectBeforeAside(text, sentence, at);
    if (!subject) continue;
    const sourceAt = at + m[0].length;
    const rest = text.slice(sourceAt, sentence.end);
    const agentEnd = AGENT_END_RE.exec(rest)?.index ?? rest.length;
    const phrase = rest.slice(0, agentEnd).trim();
    const entity = ctx.speakerStartingAt(p, sourceAt);
    if (!entity && (phrase.length === 0 || phrase.split(/\s+/).length > 10)) continue;
    const cueAt = at + m[1].length;
    const cue: Cue = { at: cueAt, end: cueAt + verb.length, word: verb, phrase: `${m[1]}${verb}`.trim(), phraseStart: at };
    const source: FoundSource | null = entity ? { speaker: entity.speaker, method: 'passive-by', confidence: 0.7 * entity.confidence } : null;
    out.push({ content: subject, cue, source, sourceText: entity ? null : phrase, sourceAt, clauseAt: subject.start });
  }
  return out;
}
