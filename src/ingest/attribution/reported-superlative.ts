/**
 * Who speaks in an infinitive cue that follows a superlative noun phrase after a copula: "Ada Holt was the first
 * member of the council to endorse Reyes", "Two senators were the only Republicans to vote against the bill",
 * "She is one of the few lawmakers to criticize the plan". The phrase names its subject as the first (only, last …)
 * person to take the stance, so the subject of the copula holds it.
 * Pure; no I/O. Each scan is bounded by a fixed window before the cue.
 */
import { EPITHET_NOUNS, GROUP_SUBJECTS, PARTY_MEMBERS, SOURCE_NOUNS, TITLE_HEADS } from '../lexicon';
import type { Range } from '../text';
import { type ReportedContext, type SourceFound, sourceBefore } from './reported-sources';

/** At most this many characters from the copula to "to". */
const WINDOW = 160;
/**
 * A copula, "one of" or "among", the superlative word and the noun phrase after it, up to "to" (no punctuation in it):
 * "was the first member of Congress", "is one of only a dozen senators", "were among the few Democrats".
 */
const SUPERLATIVE_RE =
  /\b(?:is|was|are|were|be|been|became|becomes|become|remains|remained)\s+(?:(?:one|among)\s+of\s+|among\s+)?(?:the\s+)?(?:very\s+)?(first|only|last|earliest|latest|lone|sole|few)((?:\s+[\p{L}\p{N}.’'-]+){0,8})\s*$/iu;
/** A word that opens a clause or joins another phrase: the noun phrase after the superlative holds none. */
const CLAUSE_WORDS = new Set('that which who whom whose when where while because if and or but than as he she they we i you it him her them us me there time times thing things way ways chance step steps'.split(' '));
/** Prepositions that end the noun phrase's head ("member of Congress", "Democrat in the Senate", "contender here"). */
const HEAD_ENDS = new Set('of in on from at for among here ever yet so'.split(' '));
/** Heads for people besides the lexicon's nouns. */
const PEOPLE = new Set('one ones person people man men woman women member members speaker speakers contender contenders'.split(' '));

/** Whether a noun (lower case) is one for people: "senator", "Democrats", "member". */
function personNoun(word: string): boolean {
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return [word, singular].some((w) => PEOPLE.has(w) || SOURCE_NOUNS.has(w) || EPITHET_NOUNS.has(w) || TITLE_HEADS.has(w) || PARTY_MEMBERS.has(w) || GROUP_SUBJECTS.has(w) || PARTY_MEMBERS.has(`${w}s`));
}

/** The source of a cue after "to" (`toAt` is where "to" starts) when a superlative noun phrase for people stands before it. */
export function superlativeSubject(ctx: ReportedContext, p: number, text: string, sentence: Range, toAt: number): SourceFound | null {
  const from = Math.max(sentence.start, toAt - WINDOW);
  const window = text.slice(from, toAt);
  const m = SUPERLATIVE_RE.exec(window);
  if (!m) return null;
  const phrase = m[2].trim().split(/\s+/).filter((w) => w.length > 0);
  if (phrase.some((w) => CLAUSE_WORDS.has(w.toLowerCase()))) return null;
  // "the first to endorse him": the superlative alone stands for a person.
  const end = phrase.findIndex((w) => HEAD_ENDS.has(w.toLowerCase()));
  const head = (end < 0 ? phrase : phrase.slice(0, end)).at(-1);
  if (head !== undefined && !personNoun(head.toLowerCase())) return null;
  return sourceBefore(ctx, p, text, sentence, from + m.index);
}
