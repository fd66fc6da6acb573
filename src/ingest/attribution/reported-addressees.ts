/**
 * Two addressees joined by "and" between a cue that takes an object and the
 * "that" opening its clause ("told voters and reporters that …", "assured
 * council members and the press that …"): no content, skipped as one object.
 * Pure; no I/O; one anchored pattern of bounded length.
 */

/** Words no addressee holds: a verb, a pronoun subject or a clause word, which would make the words a clause of their own. */
const NOT_ADDRESSEE = String.raw`(?!(?:is|was|are|were|has|had|have|will|would|could|said|says|he|she|they|it|we|that|who|which|to|and|but|or)\b)`;
/** One addressee: a determiner perhaps, then one to three words. */
const ADDRESSEE = String.raw`(?:(?:the|his|her|their|its|our|other|some|many|all)\s+)?(?:${NOT_ADDRESSEE}[\p{L}-]+\s+){1,3}?`;
/** "voters and Twitter followers ", then "that". */
export const CONJOINED_ADDRESSEES_RE = new RegExp(String.raw`^\s+${ADDRESSEE}and\s+${ADDRESSEE}(?=that\b)`, 'u');
