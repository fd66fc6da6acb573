/**
 * What may stand after a cue whose object is gapped before its subject, besides adverbs and a time phrase: a short
 * prepositional phrase, then the clause's end (`…, which Ms. Ruiz proposed under a flat rate.`, `something he denied
 * to reporters on Friday`). The relative word is still all the cue reports; without this the phrase was taken for
 * the content. Pure; no I/O. Read in a bounded window after the cue.
 */

/** The prepositions that open an adjunct (besides "to" before the one spoken to). */
const PREPOSITION = 'in|on|at|under|during|from|with|through|over|after|before|since|for|to';
/**
 * A word of the adjunct: no punctuation, quotation mark or parenthesis, no auxiliary, and no preposition (one opens the
 * next adjunct: a run of adjuncts is read one way only, so the scan never backtracks over its splits).
 */
const WORD = String.raw`(?!(?:is|was|are|were|be|been|has|have|had|will|would|could|should|can|may|might|must|did|does|do|${PREPOSITION})(?![\p{L}’'-]))[^\s,.;:!?"“”()]+`;

/**
 * A preposition that opens an adjunct, then up to six words with no punctuation, quotation mark or auxiliary ("which
 * she said in May was fair" goes on with a verb: the relative word opens a reported clause). "to" only before the one
 * spoken to (a pronoun, "reporters", a determiner, a name), not before an infinitive ("which he wanted to build");
 * not "as" (a complement: "which he describes as his home").
 */
export const GAP_ADJUNCT = String.raw`(?:(?:in|on|at|under|during|from|with|through|over|after|before|since|for)\s+|to\s+(?=(?:(?:me|him|her|us|them|you|reporters|the|a|an|his|their|its|our|my)(?![\p{L}’'-])|\p{Lu})))(?:${WORD}\s+){0,5}?${WORD}`;

/** How far after the cue the gap's end is looked for: adverbs, a time phrase and an adjunct or two. */
const GAP_AFTER_WINDOW = 120;

/**
 * Whether `after` (anchored at the cue's end, closing with the clause's end or the text's) matches what follows the cue
 * up to where its clause ends, read in a window after the cue. A window cut before the sentence's end is no clause's
 * end: a match that runs to its last character does not count.
 */
export function gapEndsAfter(after: RegExp, text: string, cueEnd: number, sentenceEnd: number): boolean {
  const windowEnd = Math.min(sentenceEnd, cueEnd + GAP_AFTER_WINDOW);
  const m = after.exec(text.slice(cueEnd, windowEnd));
  return m !== null && (windowEnd === sentenceEnd || m[0].length < windowEnd - cueEnd);
}
