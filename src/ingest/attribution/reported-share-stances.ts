/**
 * What a share of those polled holds or did, with words that report a view
 * only when a share is their subject: `Sixty percent approve of her work`,
 * `Forty-one percent would choose Reyes`, `38% of likely voters would be
 * scared if …`, `54 percent held a favorable opinion of him`, `19 percent of
 * young voters cast ballots for Ortiz`. The share's phrase is the source as
 * written (`reported-shares.ts`); the content runs from the verb's complement
 * to the end of its clause. The words are in `lexicon/share-stances.json`.
 * Pure; no I/O; each scan is bounded by its sentence.
 */
import { alternation } from '../lexicon';
import stances from '../lexicon/share-stances.json';
import { words, type Range } from '../text';
import type { Cue } from './reported-content';
import { shareSubject } from './reported-shares';
import { holdsRunIn } from './sentence-runs';

export interface ShareStanceDraft {
  content: Range;
  cue: Cue;
  sourceText: string;
  sourceAt: number;
}

/** An auxiliary or an adverb between the share and its verb ("would", "still", "strongly"; not "may": a guess, no finding). */
const BEFORE_VERB = `(?<!\\b(?:may|might|could)\\s+)(?:(?:would|will|did|do|does|still|also|now|already|strongly|generally|overwhelmingly|mostly|largely|somewhat|narrowly|not|no\\s+longer)\\s+){0,3}`;
/** A copula before a state ("are", "were", "would be", "feel", "remain"), and adverbs of degree after it. */
const COPULA = `(?:(?:are|were|is|was|be|been|feel|felt|remain|remained|say\\s+they\\s+are|said\\s+they\\s+were)\\s+)(?:(?:very|somewhat|not|less|more|too|quite|fairly|deeply|extremely|mostly|generally|still|also|already)\\s+){0,2}`;
/** "had a favorable opinion of", "hold a very dim view of". */
const OPINION = `(?:hold|holds|held|have|has|had)\\s+(?:a|an)\\s+(?:(?:very|somewhat|generally|mostly|strongly|mainly|largely)\\s+)?(?:${alternation(stances.opinions)})\\s+(?:opinion|view|impression|image)s?\\s+of`;
const STANCE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])${BEFORE_VERB}(?:(${alternation(stances.verbs)})|${COPULA}(${alternation(stances.states)})|(${OPINION}))(?![\\p{L}\\p{N}])`,
  'giu',
);
/**
 * A word STANCE_RE needs, one a listed phrase (its longest word: "ballots" of "cast their ballots for", "choose" of
 * "would choose"), each state, or the opinion's noun: looked up among the sentence's runs of letters in lower case
 * (sentence-runs.ts) before the pattern is tried. A word of a phrase stands between non-letters in any text the pattern
 * matches, so a sentence without one holds no match. The pattern ignores case, so "ſ", which it reads as "s" and lower
 * case keeps, lets the pattern run.
 */
const STANCE_WORDS: ReadonlySet<string> = new Set([
  ...stances.verbs.map(longestWord),
  ...stances.states.map(longestWord),
  ...['opinion', 'view', 'impression', 'image'].flatMap((noun) => [noun, `${noun}s`]),
]);

/** The longest run of letters of a phrase, lower-cased (the first of equals). */
function longestWord(phrase: string): string {
  const runs = phrase.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (runs.length === 0) throw new Error(`A listed stance has no letters: "${phrase}"`);
  return runs.reduce((a, b) => (b.length > a.length ? b : a));
}

/** What ends the stance's clause: a semicolon, a dash, a comma before a clause or an aside, a next share after "and"/"while". */
const CLAUSE_END_RE = /\s*(?:;|\s[—–]\s|\s--\s|,\s+(?:with|while|and|but|which|according|though|although|as|including|compared|up|down|double|a\s+\S+\s+(?:increase|decrease|drop|rise|jump))\b|,\s*\d|\s+(?:while|whereas)\s)/iu;
/** Words a one-word complement may not be (the clause went on elsewhere). */
const NOT_CONTENT_RE = /^(?:to|that|of|and|but|or|in|on|at|it|this|so)$/iu;

/** Each stance a share in the sentence holds (at most two a sentence). */
export function shareStanceCues(text: string, sentence: Range, outside: (i: number) => boolean): ShareStanceDraft[] {
  const out: ShareStanceDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  // A word of the stances (read first: the runs are shared with the finders before), and one of these, which every
  // share holds; the verb scan runs only on sentences that have both.
  if (!holdsRunIn(slice, STANCE_WORDS) && !slice.includes('\u017F')) return out;
  if (!/\d|percent|half|major|plural|minorit|third|quarter|fourth|fifth/iu.test(slice)) return out;
  for (const m of slice.matchAll(STANCE_RE)) {
    if (out.length >= 2) break;
    const at = sentence.start + m.index;
    if (!outside(at)) continue;
    const share = shareSubject(text, sentence.start, at);
    if (!share) continue;
    const phrase = m[1] ?? m[2] ?? m[3];
    const verbAt = sentence.start + m.index + m[0].lastIndexOf(phrase);
    const cueEnd = sentence.start + m.index + m[0].length;
    const rest = text.slice(cueEnd, sentence.end);
    const end = CLAUSE_END_RE.exec(rest)?.index ?? rest.length;
    const raw = rest.slice(0, end);
    const lead = /^[\s,]*/u.exec(raw)![0].length;
    const body = raw.slice(lead).replace(/[\s.,;:!?"”]+$/u, '');
    const list = words(body);
    if (list.length === 0 || (list.length === 1 && NOT_CONTENT_RE.test(list[0]))) continue;
    const content = { start: cueEnd + lead, end: cueEnd + lead + body.length };
    const cue: Cue = { at: verbAt, end: cueEnd, word: phrase.toLowerCase().split(/\s+/)[0], phrase: text.slice(at, cueEnd), phraseStart: at };
    out.push({ content, cue, sourceText: share.text, sourceAt: share.start });
  }
  return out;
}
