/**
 * A cheap necessary condition before a word is sliced out of a text, lower-cased
 * and looked up in a set: a hash of its characters, computed while the scanner
 * reads them, checked against a bit table built from the set's words. A word
 * whose hash is not in the table is surely not in the set; one whose hash is
 * goes on to the exact lookup. Only words made of ASCII characters are hashed
 * (their lower case is the ASCII one), so the filter never turns down a word
 * the lookup would accept.
 */

/** Bits in the table: 2^16, so a set of a few hundred words leaves under 1% of other words to the exact lookup. */
const TABLE_BITS = 16;
const MASK = (1 << TABLE_BITS) - 1;

/** The hash of a word's characters so far, extended by the ASCII character `c` read in lower case. */
export function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + (c >= 0x41 && c <= 0x5a ? c + 0x20 : c)) | 0;
}

/** The start value of a word's hash. */
export const HASH_START = 7;

export class AsciiWordFilter {
  private readonly table = new Uint8Array(1 << (TABLE_BITS - 3));

  /** The words, in lower case; those with a character outside ASCII are left out (they never match an ASCII word). */
  constructor(words: Iterable<string>) {
    for (const word of words) {
      let hash = HASH_START;
      let ascii = true;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (c >= 0x80) ascii = false;
        hash = hashStep(hash, c);
      }
      if (!ascii) continue;
      const slot = fold(hash);
      this.table[slot >>> 3] |= 1 << (slot & 7);
    }
  }

  /** False when no word of the set, compared in lower case, has this hash (an ASCII word's, from hashStep). */
  mayHold(hash: number): boolean {
    const slot = fold(hash);
    return (this.table[slot >>> 3] & (1 << (slot & 7))) !== 0;
  }
}

function fold(hash: number): number {
  return (hash ^ (hash >>> TABLE_BITS)) & MASK;
}
