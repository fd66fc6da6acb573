/**
 * Reported speech in the passive with no agent: `X has been criticized for
 * …`, `X is accused of …`, `X is widely seen as …`, `it was reported that …`.
 * The stance is someone's, but the sentence does not say whose: there is no
 * source. The content is the clause from its subject on (`it … that` leaves
 * only the clause after "that"). The participles and the words that may
 * follow each are listed in `lexicon/agentless-passive-cues.json`.
 * Pure; no I/O; every scan is bounded by its sentence.
 */
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import { subjectBefore, type PassiveDraft } from './reported-passive';
import cues from '../lexicon/agentless-passive-cues.json';

/** Participle → the words that may follow it. */
const FOLLOWERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(cues as Record<string, string[] | string>).flatMap(([word, after]) => (word.startsWith('_') || typeof after === 'string' ? [] : [[word, new Set(after)] as const])),
);
const PARTICIPLES = [...FOLLOWERS.keys()].sort((a, b) => b.length - a.length).join('|');
/** A form of "be" (perfect and modal included), adverbs, a listed participle, the word after it. */
const AGENTLESS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])((?:(?:has|have|had|will|would|could|may|might|should|must)\\s+)?(?:is|was|are|were|be|been|being)\\s+(?:(?:also|widely|roundly|often|repeatedly|sharply|heavily|publicly|long|generally|frequently|increasingly|now|still|already|first|later|previously|privately|reportedly|falsely|eventually|quickly|immediately|strongly|harshly|openly|even|once|rightly|wrongly|sometimes|officially)\\s+)*)(${PARTICIPLES})\\s+(\\p{L}+)`,
  'giu',
);
/** A cheap check before the scan: a sentence holding none of the participles is not read. */
const NEEDS_RE = new RegExp(`(?:${PARTICIPLES})\\s`, 'iu');

/** The agentless passive attributions of a sentence. */
export function agentlessCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!NEEDS_RE.test(slice)) return out;
  for (const m of slice.matchAll(AGENTLESS_RE)) {
    const at = sentence.start + m.index;
    const participle = m[2].toLowerCase();
    const next = m[3].toLowerCase();
    if (!outside(at) || !FOLLOWERS.get(participle)?.has(next)) continue;
    const cueEnd = at + m[1].length + m[2].length;
    const cue: Cue = { at: at + m[1].length, end: cueEnd, word: participle, phrase: `${m[1]}${m[2]}`, phraseStart: at };
    const it = /\bit\s+$/i.test(text.slice(sentence.start, at));
    let content: Range;
    if (it) {
      // "It was reported that …": the clause after "that" alone.
      if (next !== 'that') continue;
      content = trimRange(text, { start: at + m[0].length, end: sentence.end });
    } else {
      const subject = subjectBefore(text, sentence, at);
      if (!subject) continue;
      content = trimRange(text, { start: subject.start, end: sentence.end });
    }
    out.push({ content, cue, source: null, sourceText: null, sourceAt: at, clauseAt: content.start });
  }
  return out;
}
