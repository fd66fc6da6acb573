/**
 * A cheap necessary condition before a large pattern: whether a text holds
 * any of a list's words at all. Patterns built from long word lists are slow
 * to scan (some too large to compile); most sentences hold none of the words.
 */

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
 */
export function hasLetterRunIn(text: string, runs: ReadonlySet<string>): boolean {
  for (const m of text.toLowerCase().matchAll(LETTER_RUN)) if (runs.has(m[0])) return true;
  return false;
}
