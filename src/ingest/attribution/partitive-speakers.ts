/**
 * Partitive speakers of quotations ("one of those advisers", "two of the witnesses", "several of his aides") and the
 * relative clause that may follow an inverted speaker (`"…," said one source who spoke on condition of anonymity`).
 * Pure; no I/O; a look at the phrase's first words.
 */

/** Words that take a partitive "of" and stand for members of the group after it. */
const PARTITIVE_LEADS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'some', 'many', 'most', 'several', 'few', 'each', 'either', 'another']);
/** A partitive lead and its "of", and what follows it. */
const PARTITIVE_RE = /^(\p{L}+)\s+of\s+(\S.*)$/u;

/**
 * The group a partitive phrase picks its speakers from ("those advisers" in "one of those advisers"), for the head
 * checks the phrase itself cannot pass (its head before "of" is a number); null when the phrase is no partitive.
 */
export function partitiveGroup(phrase: string): string | null {
  const m = PARTITIVE_RE.exec(phrase);
  return m && PARTITIVE_LEADS.has(m[1].toLowerCase()) ? m[2] : null;
}
