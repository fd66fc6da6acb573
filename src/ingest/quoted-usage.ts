/**
 * Words someone used, quoted as used: `Trump has used the phrase "Islamic terrorism"`, `she coined a new term,
 * "…"`, `when he used the words, "I'm not there yet"`. The subject said these words, so the quotation is theirs,
 * unlike a term the writer merely mentions (`the term "…" means`). Pure; no I/O.
 */

/** A verb of using or coining words, a determiner and "phrase", "term" or "words" (not "the word": a word mentioned as a word) right before a quotation (bounded: a few words each). */
const USED_WORDS_BEFORE_RE =
  /\b(?:use[sd]?|using|coin(?:s|ed|ing)|utter(?:s|ed|ing)|invok(?:e|es|ed|ing))\s+(?:[\p{L}-]+\s+){0,2}?(?:the|a|an|this|that|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:phrase|term|words|expression|catchphrase)s?\s*,?\s*$/iu;

/** Whether the text before a quotation says the subject used or coined the words quoted. */
export function usedWordsBefore(before: string): boolean {
  return USED_WORDS_BEFORE_RE.test(before);
}
