/**
 * Reported speech in the passive with no agent: `X has been criticized for
 * …`, `X is accused of …`, `X is widely seen as …`, `it was reported that …`.
 * The stance is someone's, but the sentence does not say whose: there is no
 * source. The content is the clause from its subject on (`it … that` leaves
 * only the clause after "that"). The participles and the words that may
 * follow each are listed in `lexicon/agentless-passive-cues.json`.
 * Pure; no I/O; every scan is bounded by its sentence.
 */
import { alternation } from '../lexicon';
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import { subjectBefore, type PassiveDraft } from './reported-passive';
import { subjectBeforeAside } from './reported-clause-subjects';
import { holdsRunIn } from './sentence-runs';
import cues from '../lexicon/agentless-passive-cues.json';

/** Participle → the words that may follow it. */
const FOLLOWERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(cues as Record<string, string[] | string>).flatMap(([word, after]) => (word.startsWith('_') || typeof after === 'string' ? [] : [[word, new Set(after)] as const])),
);
const PARTICIPLES = alternation(FOLLOWERS.keys());
/** A form of "be" (perfect and modal included), adverbs, a listed participle, the word after it. */
const AGENTLESS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])((?:(?:has|have|had|will|would|could|may|might|should|must)\\s+)?(?:is|was|are|were|be|been|being)\\s+(?:(?:also|widely|roundly|often|repeatedly|sharply|heavily|publicly|long|generally|frequently|increasingly|now|still|already|first|later|previously|privately|reportedly|falsely|eventually|quickly|immediately|strongly|harshly|openly|even|once|rightly|wrongly|sometimes|officially|formally|informally|best|well|better|both|all)\\s+)*)(${PARTICIPLES})\\s+(\\p{L}+)`,
  'giu',
);
/** What after the word following the participle shows that word stranded before the main clause's verb. */
const STRANDED_RE = /^\s*(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should)\b/iu;
/**
 * A cheap check before the scan, on the sentence's runs of letters (read once for the sentence's other finders too): a
 * sentence holding no listed participle as a word before white space is not read. AGENTLESS_RE, without regard to
 * case, also reads ſ as s (and K as k, which lower-casing gives): a sentence with ſ is read.
 */
const PARTICIPLE_WORDS: ReadonlySet<string> = new Set(FOLLOWERS.keys());
const SPACE_AFTER_RE = /\s/uy;
const mayHoldParticiple = (slice: string): boolean => holdsRunIn(slice, PARTICIPLE_WORDS, SPACE_AFTER_RE) || slice.includes('\u017F');

/** A negation before the verb group ("has never been charged", "was not named"): no one made the claim. */
const NEGATED_BEFORE_RE = /(?<![\p{L}\p{N}’'-])(?:not|never|n[’']t)\s+(?:\p{L}+\s+)?$/u;
/** A subject that denies what follows: "Neither … nor … have been charged", "None were named". */
const NEGATIVE_SUBJECT_RE = /^(?:neither|none|nobody|no\s+one|no)\b/iu;

/** A subject pronoun or relative word right before `at` (not "it" nor "there": nothing is named). */
const PRONOUN_BEFORE_RE = /(?<![\p{L}\p{N}’'-])(?:he|she|they|we|i|you|who|which)\s+$/iu;

export function pronounBefore(text: string, sentence: Range, at: number): Range | null {
  const m = PRONOUN_BEFORE_RE.exec(text.slice(Math.max(sentence.start, at - 12), at));
  return m ? { start: at - m[0].length, end: at } : null;
}

/** The agentless passive attributions of a sentence. */
export function agentlessCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!mayHoldParticiple(slice)) return out;
  for (const m of slice.matchAll(AGENTLESS_RE)) {
    const at = sentence.start + m.index;
    const participle = m[2].toLowerCase();
    const next = m[3].toLowerCase();
    if (!outside(at) || !FOLLOWERS.get(participle)?.has(next)) continue;
    // "the energy he is known for has faded": a preposition left without its object ends a relative clause, no stance.
    if (STRANDED_RE.test(text.slice(at + m[0].length, sentence.end))) continue;
    const cueEnd = at + m[1].length + m[2].length;
    if (NEGATED_BEFORE_RE.test(text.slice(Math.max(sentence.start, at - 24), at)) || /\b(?:not|never)\s/iu.test(m[1])) continue;
    const cue: Cue = { at: at + m[1].length, end: cueEnd, word: participle, phrase: `${m[1]}${m[2]}`, phraseStart: at };
    const it = /\bit\s+$/i.test(text.slice(sentence.start, at));
    let content: Range;
    if (it) {
      // "It was reported that …": the clause after "that" alone.
      if (next !== 'that') continue;
      content = trimRange(text, { start: at + m[0].length, end: sentence.end });
    } else {
      // "She is assured of …", "who was named last week as …": a pronoun subject opens the content too.
      const subject = subjectBefore(text, sentence, at) ?? pronounBefore(text, sentence, at) ?? subjectBeforeAside(text, sentence, at);
      if (!subject || NEGATIVE_SUBJECT_RE.test(text.slice(subject.start, subject.end))) continue;
      content = trimRange(text, { start: subject.start, end: sentence.end });
    }
    out.push({ content, cue, source: null, sourceText: null, sourceAt: at, clauseAt: content.start });
  }
  return out;
}
