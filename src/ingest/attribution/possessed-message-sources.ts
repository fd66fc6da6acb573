/**
 * A source phrase that is someone's words ("Holt's remarks suggested …", "the mayor's statement condemning …"): the
 * possessor is the source, the entity its name is a mention of, else the possessor's phrase as written. Possessive
 * pronouns ("her statement") are left to the pronoun rules. Pure; no I/O; one look at the phrase and the mention there.
 */
import lexicon from '../lexicon/possessed-message-nouns.json';
import type { Range } from '../text';
import { firstMentionFrom } from './context';
import type { ReportedAttribution } from './reported-attribution';
import type { ReportedContext } from './reported-source-types';

const MESSAGE_NOUNS: ReadonlySet<string> = new Set(lexicon.nouns);
/** Modifiers a source phrase ends with when its cue's noun reading cut off their noun ("Kaine's full" before "embrace of"). */
const CUT_MODIFIERS: ReadonlySet<string> = new Set(lexicon.adjectives);
/** A possessor, up to two lower-case modifiers ("updated", "most recent") and the head noun. */
const POSSESSED_RE = /^(.{2,80}?)['’]s?\s+((?:\p{Ll}[\p{L}-]*\s+){0,2})(\p{L}[\p{L}-]*)$/u;
/** Possessors no rule here reads: pronouns, and what opens no noun phrase. */
const NOT_POSSESSOR_RE = /^(?:it|he|she|one|someone|everyone|anyone|nobody|that|this|there|here)$/iu;

/** The attribution with its possessor as the source when its source phrase is a possessor's words; else unchanged. */
export function possessorOfWords(ctx: ReportedContext, p: number, text: string, sentence: Range, a: ReportedAttribution): ReportedAttribution {
  if (a.source !== null || a.sourceText === null) return a;
  const m = POSSESSED_RE.exec(a.sourceText);
  if (!m || !(MESSAGE_NOUNS.has(m[3].toLowerCase()) || CUT_MODIFIERS.has(m[3].toLowerCase())) || NOT_POSSESSOR_RE.test(m[1])) return a;
  // Searched within the sentence only: a phrase not found there is not looked for through the rest of the paragraph.
  const from = Math.max(sentence.start, a.sourceAt);
  const at = text.slice(from, sentence.end).indexOf(a.sourceText);
  const start = at >= 0 ? from + at : -1;
  // The possessor's name: a mention ending where the possessive starts.
  if (start >= 0) {
    const end = start + m[1].length;
    const mentions = ctx.mentions[p];
    const k = firstMentionFrom(mentions, end) - 1;
    const named = k >= 0 && mentions[k].end === end && mentions[k].start >= start ? mentions[k] : undefined;
    if (named) return { ...a, source: { speaker: { type: named.type, index: named.entity }, method: 'possessor-of-words', confidence: 0.8 * named.confidence }, sourceText: null, sourceAt: named.start };
  }
  return { ...a, sourceText: m[1], sourceAt: start >= 0 ? start : a.sourceAt };
}
