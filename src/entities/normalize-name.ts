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
