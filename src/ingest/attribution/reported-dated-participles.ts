/**
 * A participle of making known after a noun phrase and before a time phrase, read as a reduced passive that modifies
 * the noun: `A merger announced Monday would turn …`, `In new ads unveiled Wednesday, …`, `…, a plan announced earlier
 * this year.`, `The deal, announced Friday, would last …`. What was made known is the noun phrase; no one is named. The
 * shape is kept only where the clause shows the participle is no finite verb: a verb group follows the time phrase, the
 * phrase sits in an opening prepositional phrase closed by a comma, the noun phrase is an appositive ending the
 * sentence, or the participle is set off by commas before a verb; a noun for a person or a body is the participle's
 * subject instead (`…, a spokesman announced Monday.`, `…, his campaign announced Saturday.`). The participles are listed in
 * `lexicon/dated-participle-cues.json`. Pure; no I/O; one scan of the sentence, gated on a listed word.
 */
import { alternation, ORGANIZATION_NOUNS, PERSON_NOUNS } from '../lexicon';
import type { Range } from '../text';
import type { Cue } from './reported-content';
import type { PassiveDraft } from './reported-passive';
import { holdsRunIn } from './sentence-runs';
import cues from '../lexicon/dated-participle-cues.json';

const PARTICIPLE_WORDS: ReadonlySet<string> = new Set(cues.participles);

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A time phrase right after the participle. */
const TIME = `(?:(?:on\\s+)?${DAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?:last|this)\\s+(?:week|month|year|spring|summer|fall|winter)|earlier\\s+(?:this|in\\s+the)\\s+(?:week|month|year)|yesterday|today)`;

/**
 * A noun phrase of up to six words in lower case (a number or "$" included) after a determiner, a comma and the
 * participle optionally, the participle and a time phrase, then what follows. Group 1: the noun phrase; 2: a comma
 * before the participle; 3: the participle; 4: a comma after the time phrase; 5: the word after it, or 6: a mark or the end.
 */
const DATED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])((?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Nn]ew)\\s+(?:[\\p{Ll}\\p{N}$][\\p{L}\\p{N}.$%’'-]*\\s+){0,5}[\\p{Ll}][\\p{L}’'-]*)(\\s*,)?\\s+(${alternation(PARTICIPLE_WORDS)})\\s+${TIME}(\\s*,)?(?:\\s+(\\p{L}+)|\\s*([.;]|$))`,
  'gu',
);
/** A verb group opening the clause after the time phrase: the participle modified the noun before it. */
const VERB_RE = /^(?:would|will|could|can|may|might|must|should|is|was|are|were|has|have|had)$/iu;
/** A verb group inside the words before the participle ("the results of which will be announced"): a finite clause. */
const VERB_INSIDE_RE = /(?<![\p{L}’'-])(?:be|been|being|would|will|could|can|may|might|must|should|is|was|are|were|has|have|had)(?![\p{L}’'-])/iu;
/** A preposition opening the sentence before the noun phrase ("In new ads unveiled Wednesday, …"). */
const OPENING_PREPOSITION_RE = /^\s*["“]?(?:In|Under|With|Through|From|For|By|Among|Since)\s+$/u;
/** ", a plan announced …" ending its sentence: the noun phrase is an appositive. */
const APPOSITIVE_BEFORE_RE = /,\s*$/u;

/** The reduced passives of a sentence's dated participles of making known. */
export function datedParticipleCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!holdsRunIn(slice, PARTICIPLE_WORDS)) return out;
  for (const m of slice.matchAll(DATED_RE)) {
    const npStart = sentence.start + m.index;
    const npEnd = npStart + m[1].length;
    const cueAt = npStart + m[0].indexOf(m[3], m[1].length);
    if (!outside(npStart) || !outside(cueAt) || VERB_INSIDE_RE.test(m[1])) continue;
    const head = /[\p{L}’'-]+$/u.exec(m[1])?.[0].toLowerCase() ?? '';
    if (PERSON_NOUNS.has(head) || ORGANIZATION_NOUNS.has(head)) continue;
    const before = text.slice(sentence.start, npStart);
    const commaBefore = m[2] !== undefined;
    const commaAfter = m[4] !== undefined;
    const verbNext = m[5] !== undefined && VERB_RE.test(m[5]);
    // "The deal, announced Friday, would …"; "A merger announced Monday would …"; "In new ads unveiled Wednesday, …";
    // "…, a plan announced earlier this year."
    const reduced =
      (commaBefore && commaAfter && verbNext) ||
      (!commaBefore && !commaAfter && verbNext) ||
      (!commaBefore && commaAfter && OPENING_PREPOSITION_RE.test(before)) ||
      (!commaBefore && !commaAfter && m[5] === undefined && APPOSITIVE_BEFORE_RE.test(before));
    if (!reduced) continue;
    const cue: Cue = { at: cueAt, end: cueAt + m[3].length, word: m[3].toLowerCase(), phrase: m[3], phraseStart: cueAt };
    out.push({ content: { start: npStart, end: npEnd }, cue, source: null, sourceText: null, sourceAt: npStart, clauseAt: npStart });
  }
  return out;
}
