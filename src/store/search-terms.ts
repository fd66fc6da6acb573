import { ReadMostlyLruMap } from '../lru-map';

/**
 * Turns user search text into plain words, so no user syntax (quotes,
 * parentheses, NEAR, *, column filters, SQL) ever reaches the full-text
 * engine as syntax. Words are runs of letters, marks and digits; all words
 * must match.
 *
 * Returns null when the text is empty or blank (no filter), and [] when it
 * has no words at all (matches nothing).
 */
export function searchTerms(text: string | null | undefined): readonly string[] | null {
  if (text === null || text === undefined) return null;
  let terms = recentTerms.get(text);
  if (terms === undefined) {
    terms = termsOf(text);
    recentTerms.set(text, terms);
  }
  return terms;
}

function termsOf(text: string): readonly string[] | null {
  if (text.trim() === '') return null;
  const words = text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return Object.freeze([...new Set(words.map((w) => w.toLowerCase().slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS));
}

/**
 * The terms of texts searched lately (a search reads articles and quotes with the same text,
 * and clients repeat searches): Unicode normalization and the word pattern cost more than
 * the page lookup they lead to. Shared, hence frozen.
 */
const recentTerms = new ReadMostlyLruMap<string, readonly string[] | null>(256);

const MAX_TERMS = 32;
const MAX_TERM_LENGTH = 64;

/** An FTS5 query that ANDs the terms, each a quoted string (terms never contain a double quote). */
export function fts5Query(terms: readonly string[]): string {
  return terms.map((t) => `"${t}"`).join(' ');
}
