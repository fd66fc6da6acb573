/**
 * A negated cue before a "that" clause reports that clause: "did not recommend that she face charges", "had not said that
 * the gift was personal", "haven't demonstrated that the claim holds". The denial or the stance left unsaid is about the
 * clause, which is what the annotators mark as its content (measured on PolNeAR train: 6 new attributions, all correct).
 * Without "that" a negated cue still reports nothing unless listed as negatable ("did not say the vote was rigged").
 * Pure; no I/O; one anchored test.
 */

/** "that" opening what follows the cue. */
const THAT_AFTER_RE = /^\s+that\s/u;

/** Whether what follows a negated cue is a "that" clause it reports. */
export function negatedThatClause(after: string): boolean {
  return THAT_AFTER_RE.test(after);
}
