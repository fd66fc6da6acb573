/**
 * A sentence's runs of letters, read once and shared by the finders that each check, before their patterns, whether
 * the sentence holds a word of their list (hasLetterRunIn answered for one text several times without a walk each).
 * Each list the finders ask about has a bit; each run of the sentence is looked up once, in a map from every listed
 * word to the bits of the lists that hold it. Pure; no I/O; one walk over the sentence, kept for the last sentence read.
 */
import { someLetterRun } from './word-presence';
import { AsciiWordFilter } from './ascii-word-filter';

/** The text in lower case; each listed run of letters in it, with its lists' bits and where (in the lower-cased text) it ends. */
export interface LetterRuns {
  readonly lower: string;
  /** The bits of every list one of the text's runs is in. */
  readonly bits: number;
  readonly listed: readonly { readonly bits: number; readonly end: number }[];
}

/** Each list's bit (at most 31 lists). */
const LIST_BITS = new Map<ReadonlySet<string>, number>();
/** Every listed word, lower case, to the bits of the lists holding it. */
const WORD_BITS = new Map<string, number>();

function bitOf(list: ReadonlySet<string>): number {
  let bit = LIST_BITS.get(list);
  if (bit === undefined) {
    if (LIST_BITS.size >= 31) throw new Error('sentence-runs: more than 31 word lists');
    bit = 1 << LIST_BITS.size;
    LIST_BITS.set(list, bit);
    for (const word of list) WORD_BITS.set(word, (WORD_BITS.get(word) ?? 0) | bit);
    wordFilter = new AsciiWordFilter(WORD_BITS.keys());
    // The runs read before knew nothing of this list.
    lastRuns = null;
  }
  return bit;
}

/** Every listed word's hash: an ASCII run whose hash is not in it is sliced and looked up no further. */
let wordFilter = new AsciiWordFilter([]);

let lastText: string | null = null;
let lastRuns: LetterRuns | null = null;

/** The runs of letters of `text` in lower case (as hasLetterRunIn reads them: the whole text lower-cased, then split). */
export function letterRunsOf(text: string): LetterRuns {
  if (lastRuns !== null && text === lastText) return lastRuns;
  const lower = text.toLowerCase();
  const listed: { bits: number; end: number }[] = [];
  let all = 0;
  someLetterRun(lower, (start, end, ascii, hash) => {
    const bits = ascii && !wordFilter.mayHold(hash) ? undefined : WORD_BITS.get(lower.slice(start, end));
    if (bits !== undefined) {
      listed.push({ bits, end });
      all |= bits;
    }
    return false;
  });
  lastText = text;
  lastRuns = { lower, bits: all, listed };
  return lastRuns;
}

/** hasLetterRunIn(text, runs, followedBy) for the text these runs are of: one of them is in `runs`, `followedBy` (sticky) matching right after it. */
export function holdsRunIn(text: string, runs: ReadonlySet<string>, followedBy?: RegExp): boolean {
  const bit = bitOf(runs);
  const read = letterRunsOf(text);
  if ((read.bits & bit) === 0) return false;
  if (followedBy === undefined) return true;
  for (const run of read.listed) {
    if ((run.bits & bit) === 0) continue;
    followedBy.lastIndex = run.end;
    if (followedBy.test(read.lower)) return true;
  }
  return false;
}
