import { ReadMostlyLruMap } from '../lru-map';

/**
 * The form names and aliases are matched in: case- and accent-insensitive,
 * without periods or other punctuation, single-spaced.
 *
 *   "John F. Kerry" → "john f kerry"     "U.S." → "us"     "Sergéi  Lavrov" → "sergei lavrov"
 *
 * Periods are dropped outright so that "U.S." and "US" meet; other punctuation
 * becomes a space ("Kerry, John" → "kerry john"). Hyphens and apostrophes
 * survive only between letters or digits ("Jean-Marc", "O'Brien"), since
 * there they are part of the name. Curly apostrophes and Unicode hyphens are
 * folded to their ASCII forms first, so typographic variants match too.
 */
export function normalizeName(s: string): string {
  let normalized = recent.get(s);
  if (normalized === undefined) {
    normalized = normalize(s);
    if (s.length <= MAX_REMEMBERED_LENGTH) recent.set(s, normalized);
  }
  return normalized;
}

/**
 * Names normalized lately. Ingest normalizes each name of an article's people and
 * organizations over and over (to look them up, match them, compare aliases), about a
 * hundred calls an article over a few dozen distinct names, and names recur across articles.
 */
const recent = new ReadMostlyLruMap<string, string>(4096);
/** Longer texts are normalized afresh, so the memory held stays bounded. */
const MAX_REMEMBERED_LENGTH = 200;

function normalize(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])['-]|['-](?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
