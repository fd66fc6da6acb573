/**
 * Stance nouns after a possessor that the listed nominal cues leave: "Lee's positions on trade", "his hostility
 * toward the press", "the senator's emphasis that …", "her obsession with polls". The possessor is the source (a
 * name's, or a pronoun's read as nominal cues read theirs); the content is what the preposition or "that" opens,
 * measured as nominal cues measure it. Word list in lexicon/possessed-stance-nouns.json. Pure; no I/O; bounded by
 * its sentence.
 */
import { alternation } from '../lexicon';
import possessed from '../lexicon/possessed-stance-nouns.json';
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { complementOf, namedPossessor, type NominalDraft, NOMINAL_NOUNS, possessorBack, possessorSubject, TIME } from './reported-nominal';
import type { ReportedContext } from './reported-sources';
import { holdsRunIn } from './sentence-runs';
import { lastLetterRuns } from './word-presence';

const LISTED: ReadonlySet<string> = new Set(NOMINAL_NOUNS.map((n) => n.toLowerCase()));
const NOUN_LIST = possessed.nouns.filter((n) => !LISTED.has(n));
const NOUNS = alternation(NOUN_LIST);
const NOUN_WORDS = lastLetterRuns(NOUN_LIST);
const PREPOSITIONS = 'of|on|about|to|toward|towards|for|with|against|over|that';
const OPENING_RE = new RegExp(`${TIME}\\s+(?:${PREPOSITIONS})\\s`, 'iuy');
/** "Lee's positions on": a capitalized possessor (up to four words), up to two modifiers, the noun, its complement's opening. */
const NAME_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*)['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${NOUNS})${TIME}\\s+(${PREPOSITIONS})\\s+`,
  'gu',
);
/** "his hostility toward": a possessive pronoun, up to two modifiers, the noun, its complement's opening. */
const PRONOUN_RE = new RegExp(`(?<![\\p{L}\\p{N}])(his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${NOUNS})${TIME}\\s+(${PREPOSITIONS})\\s+`, 'giu');
/** Capitalized words that open a sentence or phrase rather than name a possessor. */
const NOT_POSSESSOR_RE = /^(?:The|A|An|This|That|In|On|At|For|By|But|And|It|Its)$/u;

/** The possessed stance nouns of a sentence; at most four. */
export function possessedStanceCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): NominalDraft[] {
  const out: NominalDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!holdsRunIn(slice, NOUN_WORDS, OPENING_RE)) return out;
  const cueOf = (at: number, m: RegExpMatchArray, noun: string, prep: string): Cue => {
    const nounAt = at + m[0].lastIndexOf(noun, m[0].length - prep.length - 1);
    return { at: nounAt, end: nounAt + noun.length, word: noun.toLowerCase(), phrase: text.slice(nounAt, at + m[0].length).trim(), phraseStart: nounAt };
  };
  for (const m of /['’]/.test(slice) ? slice.matchAll(NAME_RE) : []) {
    const at = sentence.start + m.index;
    if (!outside(at) || NOT_POSSESSOR_RE.test(m[1])) continue;
    const content = complementOf(text, sentence, at + m[0].length, m[3]);
    if (!content) continue;
    out.push({ content, cue: cueOf(at, m, m[2], m[3]), ...namedPossessor(ctx, p, at, m[1]), sourceAt: at });
    if (out.length >= 4) return out;
  }
  for (const m of slice.matchAll(PRONOUN_RE)) {
    const at = sentence.start + m.index;
    if (!outside(at)) continue;
    const content = complementOf(text, sentence, at + m[0].length, m[3]);
    if (!content) continue;
    const pronoun = m[1].toLowerCase();
    const subject = possessorSubject(ctx, p, text, sentence, at, pronoun) ?? possessorBack(ctx, p, at, pronoun);
    out.push({ content, cue: cueOf(at, m, m[2], m[3]), source: subject?.found ?? null, sourceText: subject?.text ?? null, sourceAt: subject?.start ?? at });
    if (out.length >= 4) return out;
  }
  return out;
}
