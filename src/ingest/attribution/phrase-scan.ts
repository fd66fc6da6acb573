/**
 * Finding listed phrases in a text as whole words, without a regex: the same
 * matches as `/(?<![\w-])(?:PHRASES)\b(?!-)/gi` with the phrases longest first,
 * found by looking up the first letter at each word start instead of trying
 * every alternative at every position (a regex of a few hundred alternatives
 * costs far more a character than this loop).
 */
import { AsciiWordFilter, HASH_START, hashStep } from './ascii-word-filter';

export interface PhraseMatch {
  /** Offset in the text searched. */
  index: number;
  /** The phrase as written. */
  text: string;
}

/** Phrases by their first word (letters and hyphens), each list in the order the regex would try them. */
export type PhraseTable = ReadonlyMap<string, readonly string[]>;

/**
 * The table for `phrases`: each must be lower-case ASCII letters, spaces and
 * hyphens, starting and ending with a letter (what a lexicon list holds).
 * Longest first, as the alternation `[...phrases].sort(byLengthDesc).join('|')` tries them.
 */
export function phraseTable(phrases: Iterable<string>): PhraseTable {
  const table = new Map<string, string[]>();
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    if (!/^[a-z](?:[a-z -]*[a-z])?$/.test(phrase)) throw new Error(`phraseTable: "${phrase}" is not lower-case ASCII words`);
    const first = phrase.split(' ')[0];
    const list = table.get(first) ?? [];
    list.push(phrase);
    table.set(first, list);
  }
  return table;
}

/** Each table's first words as a hash filter (their runs are ASCII), made on the table's first scan. */
const FIRST_WORD_FILTERS = new WeakMap<PhraseTable, AsciiWordFilter>();

function firstWordFilter(table: PhraseTable): AsciiWordFilter {
  let filter = FIRST_WORD_FILTERS.get(table);
  if (filter === undefined) {
    filter = new AsciiWordFilter(table.keys());
    FIRST_WORD_FILTERS.set(table, filter);
  }
  return filter;
}

/**
 * The phrases of `table` in `text`, in order, not overlapping: each not after
 * a letter, digit, underscore or hyphen, not followed by one, and matched with
 * ASCII letters in either case (as a regex's `i` flag without `u` does). A
 * phrase ends with a letter and nothing of `[\w-]` may follow it, so its first
 * word is the whole run of ASCII letters and hyphens where it starts: one lookup a word.
 */
export function* phraseMatches(text: string, table: PhraseTable): Generator<PhraseMatch> {
  const n = text.length;
  const filter = firstWordFilter(table);
  let i = 0;
  outer: while (i < n) {
    if (!isAsciiLetter(text.charCodeAt(i)) || (i > 0 && isWordOrHyphen(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    // The run's hash, read as it is walked: a run no first word has is neither sliced nor looked up.
    let hash = hashStep(HASH_START, text.charCodeAt(i));
    let runEnd = i + 1;
    for (let c = text.charCodeAt(runEnd); runEnd < n && (isAsciiLetter(c) || c === 0x2d); c = text.charCodeAt(++runEnd)) hash = hashStep(hash, c);
    const phrases = filter.mayHold(hash) ? table.get(text.slice(i, runEnd).toLowerCase()) : undefined;
    if (phrases !== undefined) {
      for (const phrase of phrases) {
        const end = i + phrase.length;
        if (end > n || (end < n && isWordOrHyphen(text.charCodeAt(end))) || !sameAt(text, i, phrase)) continue;
        yield { index: i, text: text.slice(i, end) };
        i = end;
        continue outer;
      }
    }
    // No match starts inside the run: every position in it follows a letter or a hyphen.
    i = runEnd;
  }
}

/** Whether `phrase` (lower-case ASCII) is written at `at`, ASCII letters in either case. */
function sameAt(text: string, at: number, phrase: string): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const want = phrase.charCodeAt(k);
    const got = text.charCodeAt(at + k);
    if (got !== want && !(want >= 0x61 && want <= 0x7a && got === want - 0x20)) return false;
  }
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** `[\w-]` without the `u` flag: ASCII letters, digits, underscore, hyphen. */
function isWordOrHyphen(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;
}
