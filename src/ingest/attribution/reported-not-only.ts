/**
 * "not just X, but Y": the comma before "but" pairs the two halves of one
 * object ("is promising not just a new pier, but the whole waterfront"), it
 * closes no clause. Pure; no I/O; reads at most 120 characters before the comma.
 */

/** "not just", "not only", "not merely", "not simply" with no comma or clause mark after it, up to the end. */
const NOT_ONLY_BEFORE_RE = /\bnot\s+(?:just|only|merely|simply)\s[^,;:.!?"“”]{1,100}$/u;

/** Whether the ", but" at `at` in `body` closes the first half of a "not just X, but Y" pair. */
export function notOnlyButAt(body: string, at: number): boolean {
  return /^,\s+but\s/u.test(body.slice(at, at + 6)) && NOT_ONLY_BEFORE_RE.test(body.slice(Math.max(0, at - 120), at));
}
