/**
 * What may follow a name after an inverted speech verb that ends a sentence's attribution (`…, said Katie
 * Lund.`, `…, argued Ann Lee of Acme`, `…, said Tom Brandt in an interview`, `…, said Lee, who …`): the
 * sentence's end or a comma, a dash or a parenthetical, or a preposition, time word or relative word opening
 * an adjunct. Anything else makes the verb a clause's own verb and the name its object (`Ed Lowe, a Clinton
 * supporter, praised Sanders for what he has done`: Sanders is praised, not speaking).
 */
const AFTER_INVERTED_NAME_RE =
  /^(?:\s*\([^()]{0,60}\))?(?:\s*(?:[.,;:!?"”’'—–-]|$)|\s+(?:of|from|at|with|in|on|to|during|after|before|last|this|earlier|later|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|who|when|as|while|Jr|Sr)\b)/u;

/** Whether the text right after a name (`after`, a short slice) lets it be the speaker of an inverted verb before it. */
export function endsInvertedAttribution(after: string): boolean {
  return AFTER_INVERTED_NAME_RE.test(after);
}
