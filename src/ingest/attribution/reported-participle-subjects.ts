/**
 * A speech participle right after the noun phrase opening its clause, an adverb at most between them (`A married
 * couple also claiming ties to the group shot …`, `Two voters openly backing the plan spoke …`): the participle
 * describes that noun phrase, which is its source. Read on the words before the participle, at most eight and an
 * adverb: linear in the text.
 */
import type { Range } from '../text';
import { words } from '../text';
import { NOT_MODIFIERS, OPENING_RE, subjectKind } from './reported-phrase-kinds';

/** Up to eight words opening the clause, then at most one adverb, and nothing else before the participle. */
const NOUN_PHRASE_BEFORE_RE = /^((?:[\p{L}\p{N}.’'/&-]+\s+){0,7}?[\p{L}\p{N}.’'/&-]+)\s+(?:(?:also|still|\p{Ll}{2,}ly)\s+)?$/u;

/** How far before the participle its noun phrase is read. */
const REACH = 120;

/**
 * The noun phrase opening the sentence (past a connective) and standing right before the participle's phrase at
 * `phraseStart`, as written; null when anything else (a verb, a comma, a clause) stands between.
 */
export function nounPhraseBeforeParticiple(text: string, sentence: Range, phraseStart: number): { found: null; text: string; start: number } | null {
  if (phraseStart - sentence.start > REACH) return null;
  const head = text.slice(sentence.start, phraseStart);
  const from = OPENING_RE.exec(head)![0].length;
  const np = NOUN_PHRASE_BEFORE_RE.exec(head.slice(from));
  if (!np || subjectKind(np[1]) !== 'noun-phrase' || words(np[1]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) return null;
  return { found: null, text: np[1], start: sentence.start + from };
}
