/**
 * A cheap necessary condition before a large pattern: whether a text holds
 * any of a list's words at all. Patterns built from long word lists are slow
 * to scan (some too large to compile); most sentences hold none of the words.
 */
import { AsciiWordFilter, HASH_START, hashStep } from './ascii-word-filter';

const LETTER_RUN = /\p{L}+/gu;

/** The last run of letters of each phrase, lower-cased ("court papers" → "papers", "e-mail" → "mail"). */
export function lastLetterRuns(phrases: Iterable<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const phrase of phrases) {
    const runs = phrase.toLowerCase().match(LETTER_RUN);
    if (runs === null) throw new Error(`A listed phrase has no letters: "${phrase}"`);
    out.add(runs[runs.length - 1]);
  }
  return out;
}

/**
 * Whether a run of letters of `text`, lower-cased, is one of `runs`. A phrase
 * that stands in a text between non-letters has its last run among the text's.
 * With `followedBy` (a sticky pattern), only a run that it matches right after counts
 * (read in the lower-cased text: give it the `i` flag).
 */
export function hasLetterRunIn(text: string, runs: ReadonlySet<string>, followedBy?: RegExp): boolean {
  const filter = filterOf(runs);
  // Most texts hold no letter outside ASCII: their runs are read as written, with no lower-case copy of the text made.
  // At the first other letter (whose lower case may be longer, "İ", or hang on its neighbours, "Σ") the text is read
  // again in lower case as a whole. Other characters outside ASCII are no letters in either case, nor change length.
  let start = -1;
  let hash = HASH_START;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      if (start < 0) {
        start = i;
        hash = HASH_START;
      }
      hash = hashStep(hash, c);
      continue;
    }
    if (c >= 0x80 && letterWidth(text, i) > 0) return hasLetterRunInLowerCase(text, runs, filter, followedBy);
    if (start >= 0) {
      if (filter.mayHold(hash) && runs.has(text.slice(start, i).toLowerCase()) && (followedBy === undefined || followsAt(text.toLowerCase(), i, followedBy))) return true;
      start = -1;
    }
  }
  return false;
}

/** hasLetterRunIn read on the text in lower case, for a text with a letter outside ASCII. */
function hasLetterRunInLowerCase(text: string, runs: ReadonlySet<string>, filter: AsciiWordFilter, followedBy?: RegExp): boolean {
  const lower = text.toLowerCase();
  // An ASCII run is sliced and looked up only when its hash may be one of the runs'.
  return someLetterRun(
    lower,
    (start, end, ascii, hash) => (!ascii || filter.mayHold(hash)) && runs.has(lower.slice(start, end)) && (followedBy === undefined || followsAt(lower, end, followedBy)),
  );
}

/**
 * Walks the runs of letters of `lower` (ASCII letters read directly, others through the letter class), calling
 * `visit` with each run's range, whether it is all ASCII and its ASCII hash (ascii-word-filter.ts), until a call
 * returns true; whether one did. A walk over the characters, not a match object a run: the checks built on it stand
 * before patterns tried at most cues of most sentences.
 */
export function someLetterRun(lower: string, visit: (start: number, end: number, ascii: boolean, hash: number) => boolean): boolean {
  let start = -1;
  let ascii = true;
  let hash = HASH_START;
  for (let i = 0; i <= lower.length; i++) {
    const width = i < lower.length ? letterWidth(lower, i) : 0;
    if (width > 0) {
      if (start < 0) {
        start = i;
        ascii = true;
        hash = HASH_START;
      }
      const c = lower.charCodeAt(i);
      if (c < 0x80) hash = hashStep(hash, c);
      else ascii = false;
      i += width - 1;
    } else if (start >= 0) {
      if (visit(start, i, ascii, hash)) return true;
      start = -1;
    }
  }
  return false;
}

const FILTERS = new WeakMap<ReadonlySet<string>, AsciiWordFilter>();

function filterOf(runs: ReadonlySet<string>): AsciiWordFilter {
  let filter = FILTERS.get(runs);
  if (filter === undefined) {
    filter = new AsciiWordFilter(runs);
    FILTERS.set(runs, filter);
  }
  return filter;
}

function followsAt(text: string, at: number, sticky: RegExp): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

const LETTER = /^\p{L}/u;

/** How many code units the letter at `i` takes (2 for one outside the BMP), 0 when it is no letter. */
export function letterWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  // General Punctuation (curly quotes, dashes, ellipsis, special spaces) holds no letter.
  if (c >= 0x2000 && c <= 0x206f) return 0;
  const point = s.codePointAt(i)!;
  const width = point > 0xffff ? 2 : 1;
  return LETTER.test(s.slice(i, i + width)) ? width : 0;
}
