/**
 * The noun phrase a participle modifies when no source noun heads it: a
 * message (`ads attacking Reyes`, `a petition calling for a recount`,
 * `a speech praising the council`) or a pronoun for people (`those
 * backing the levy`, `anyone questioning the count`). Read on a bounded
 * number of words before the participle: linear in the text.
 */
import { DEMONYMS, PARTICIPLE_HEAD_NOUNS, PARTICIPLE_HEAD_WORDS } from '../lexicon';
import type { Range } from '../text';
import { NOT_MODIFIERS } from './reported-phrase-kinds';
import type { SourceFound } from './reported-sources';

/** Pronouns standing for people that a participle may modify ("those supporting", "anyone expecting"). */
const PRONOUN_HEADS = PARTICIPLE_HEAD_WORDS.pronouns;
/** Capitalized plurals for people no demonym list holds ("Hispanics"). */
const GROUP_HEADS = PARTICIPLE_HEAD_WORDS.groups;
/** Words that open a noun phrase: the phrase starts with them. */
const DETERMINERS = PARTICIPLE_HEAD_WORDS.determiners;
/** Words no modifier of the head is: the phrase starts after them. */
const BOUNDARIES = PARTICIPLE_HEAD_WORDS.boundaries;
/** A word and the spaces after it, as the last words before the participle are read. */
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}.’'/&-]*\s+$/u;
/** At most this many words stand between a determiner and the head ("a new 30-second ad"). */
const MAX_MODIFIERS = 3;

/** The noun phrase a participle at `at` modifies, headed by a message noun or a pronoun for people; null when none. */
export function participleHead(text: string, sentence: Range, at: number): SourceFound | null {
  let end = at;
  const head = WORD_RE.exec(text.slice(Math.max(sentence.start, end - 40), end));
  if (!head) return null;
  const noun = head[0].trimEnd();
  const lower = noun.toLowerCase();
  // "among those backing Reyes": the pronoun is the whole phrase (never a sentence's first word: "Those backing …" is read as its subject).
  let start = end - head[0].length;
  if (PRONOUN_HEADS.has(lower)) return start > sentence.start || lower.startsWith('any') ? { found: null, text: noun, start } : null;
  if (!PARTICIPLE_HEAD_NOUNS.has(lower)) {
    if (!peopleHead(noun, lower)) return null;
    // "an ad featuring Hispanics telling …", "many Americans saying …": a determiner at most before a plural for people.
    const word = WORD_RE.exec(text.slice(Math.max(sentence.start, start - 40), start));
    if (word && DETERMINERS.has(word[0].trimEnd().toLowerCase())) start -= word[0].length;
    return { found: null, text: text.slice(start, at).trim(), start };
  }
  // Modifiers back to a determiner, a boundary word, a punctuation mark or the sentence's start.
  for (let k = 0; k <= MAX_MODIFIERS; k++) {
    end = start;
    const word = WORD_RE.exec(text.slice(Math.max(sentence.start, end - 40), end));
    if (!word) break;
    const w = word[0].trimEnd().toLowerCase();
    if (BOUNDARIES.has(w) || NOT_MODIFIERS.has(w)) break;
    start = end - word[0].length;
    if (DETERMINERS.has(w)) break;
  }
  return { found: null, text: text.slice(start, at).trim(), start };
}

/** A capitalized plural for people: a demonym's ("Americans", "Germans") or a listed one ("Hispanics"). */
function peopleHead(noun: string, lower: string): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(noun) && (GROUP_HEADS.has(lower) || DEMONYMS.has(lower.slice(0, -1)));
}
