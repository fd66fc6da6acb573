/**
 * What may follow a name after an inverted speech verb that ends a sentence's attribution (`…, said Katie
 * Lund.`, `…, argued Ann Lee of Acme`, `…, said Tom Brandt in an interview`, `…, said Lee, who …`): the
 * sentence's end or a comma, a dash or a parenthetical, or a preposition, time word or relative word opening
 * an adjunct. Anything else makes the verb a clause's own verb and the name its object (`Ed Lowe, a Clinton
 * supporter, praised Sanders for what he has done`: Sanders is praised, not speaking). Nor is a name after a
 * gerund (`…, said having Trump at the top of the ticket …`).
 */
const AFTER_INVERTED_NAME_RE =
  /^(?:\s*\([^()]{0,60}\))?(?:\s*(?:[.,;:!?"”’'—–-]|$)|\s+(?:of|from|at|with|in|on|to|during|after|before|last|this|earlier|later|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|who|when|as|while|Jr|Sr)\b)/u;

/** A gerund opening the words between the verb and the name (`said having Trump at the top …`): the name is its object. */
const GERUND_FIRST_RE = /^(\p{Ll}+ing)\s/u;

/**
 * Whether a name after an inverted speech verb can be its speaker: the words between (`between`, title words
 * as a rule) open with no gerund that is no title word (`acting`, `managing` are), and the text right after the
 * name (`after`, a short slice) ends the attribution.
 */
export function endsInvertedAttribution(between: string, after: string, isTitleWord: (w: string) => boolean): boolean {
  const gerund = GERUND_FIRST_RE.exec(between);
  if (gerund !== null && !isTitleWord(gerund[1])) return false;
  return AFTER_INVERTED_NAME_RE.test(after);
}
