/**
 * A reported clause cut down to what the sentence before lets the reader fill
 * in: a subject and its auxiliary ("Flake said he would.", "They said she
 * could.") or a question word alone ("Cook did not say when."). The verb
 * phrase or the question's clause is left out because the sentence (or the
 * one before) has just put it; the words left still stand for a clause the
 * cue reports, though shorter than the three words a content must otherwise
 * have. Pure; no I/O; reads only the content's own words.
 */

/**
 * A subject pronoun, then a modal or a form of "do" or "have" (negated or not) and nothing else: "he would", "she
 * could", "they did", "it will". A name is left out ("Reyes would" is as often a clause cut short), and so is a form of
 * "be" ("they are"), which as often ends a line broken off as it stands for a predicate put before.
 */
const SUBJECT_AUXILIARY_RE =
  /^(?:he|she|they|it|we|I|you)\s+(?:would|could|will|can|did|does|do|had|has|have|should|might|may|must|wo)(?:n[’']t|\s+not)?$/iu;
/** A question word standing for its whole question ("did not say when", "would not say why"). */
const QUESTION_WORD_RE = /^(?:when|where|why|how|whether|who)$/iu;

/**
 * The fewest words a content left elliptical may have: 2 for a subject and its auxiliary ("he would"), 1 for a
 * question word alone ("when"), or null when the content is no such clause.
 */
export function ellipticalWords(body: string): 1 | 2 | null {
  if (body.length > 16) return null;
  const trimmed = body.trim();
  if (QUESTION_WORD_RE.test(trimmed)) return 1;
  return SUBJECT_AUXILIARY_RE.test(trimmed) ? 2 : null;
}
