/**
 * Whether the verb right before a noun (at most two words between, as "as many", "specific") is one whose subject
 * produces what the noun names ("has not provided details about …", "did not make references to …"): negated, that
 * subject is still the noun's source. Read on the bounded lead before the noun: linear in the text.
 */
import producing from '../lexicon/producing-verbs.json';

const PRODUCING_BEFORE_RE = new RegExp(`(?<![\\p{L}’'-])(?:${producing.verbs.join('|')})\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`, 'iu');

/** Whether `lead` (the text right before the noun) ends with a verb of producing and at most two modifiers. */
export function producingVerbBefore(lead: string): boolean {
  return PRODUCING_BEFORE_RE.test(lead);
}
