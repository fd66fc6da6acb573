/**
 * An aside set off by commas between an auxiliary and its verb cue: "The ministry has, however, denied that …",
 * "Officials have, for years, warned that …", "Holt had, in fact, praised the plan". The aside is read as part of the
 * verb group, so the subject before the auxiliary is the cue's. Only after "have" or a modal: "Holt, a nurse, said"
 * (an appositive after a name) is no aside. Pure; no I/O; reads the bounded words before a cue.
 */

/** The aside: a comma, up to 40 characters of lower-case words (no comma, quotation mark or clause break), a comma. */
const ASIDE_RE = /,\s+[\p{Ll}\d][\p{L}\d’' -]{0,40},\s+$/u;
/**
 * An auxiliary ending the text before the aside, "have" or a modal, negated or not ("has", "would not", "hasn't"), in
 * lower case: a capitalized "May" or "Will" before a comma is a month or a name ("Since May, she's changed course, …").
 */
const AUX_END_RE = /(?:^|[^\p{L}’'])(?:has|have|had|will|would|could|should|may|might|must|can|did|does|do)(?:n[’']t|\s+not)?$/u;

/** The auxiliary and the aside ending `near` ("has, however, " in "The ministry has, however, "), else null. */
export function auxAsideBefore(near: string): string | null {
  // The aside is short: only the last characters are read, so the search is bounded whatever `near` holds.
  const m = ASIDE_RE.exec(near.slice(-60));
  if (!m) return null;
  const aux = AUX_END_RE.exec(near.slice(0, near.length - m[0].length).slice(-16));
  if (!aux) return null;
  // The auxiliary's own words, without the character before them that the pattern reads.
  const words = aux[0].replace(/^[^\p{L}]/u, '');
  return `${words}${m[0]}`;
}
