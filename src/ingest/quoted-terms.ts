/**
 * Shapes of a short quotation that is a label, a name or a title rather than anyone's words, read from the text
 * around it alone: a one-word label standing as a paragraph (`"Related:"`), a letter alone (`"R"`), the words of
 * a sign or badge named after them (`"…" signs`), a name mentioned as a name (`the name "Trump"`), a so-called
 * term, and a title coordinated with a title (`"Parks and Recreation" and "Guardians of the Galaxy"`). Pure; no
 * I/O; each check reads a bounded window.
 */
import { SPEECH_VERBS } from './lexicon';
import { words as wordsOf } from './text';

/** A sign, badge or garment right after a quotation (one modifier between): `"…" signs`, `"…" campaign buttons`. */
const SIGN_AFTER = /^ (?:[\p{Ll}-]+ )?(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?|hats?|caps?|buttons?|pins?|stickers?|badges?)\b/u;

/** "The name "Trump" is being removed": a name mentioned as a name. */
const NAME_BEFORE = /\b(?:the|a|his|her|its|their)\s+(?:name|names|brand name|trade name)\s*[,:]?\s*$/i;

/** "the so- called "special relationship"": `so-called` with a line break left inside it. */
const SO_CALLED_BEFORE = /\bso-\s?called\s*$/i;

/** A paragraph that is a one-word quotation ending in a colon alone (`"Related:"`). */
const LABEL_PARAGRAPH = /^\s*["“'‘]{1,2}[\p{L}-]+:["”'’]{1,2}\s*$/u;

/**
 * Whether a quotation is a label, a name or a sign's words by these shapes: `paragraph` its whole paragraph,
 * `before` and `after` bounded windows around its marks, `words` its words, `speechPunctuation` whether it ends
 * as speech does (`?`, `!`, a dash) or holds a sentence end.
 */
export function labelShape(paragraph: string, inner: string, before: string, after: string, words: number, speechPunctuation: boolean): boolean {
  // Page furniture: "Related:" standing alone.
  if (paragraph.length < 40 && LABEL_PARAGRAPH.test(paragraph)) return true;
  // Pull the lever for "R" or "D": a letter or digit alone is a label, unless said (`she said "B."`, an answer).
  if (/^[\p{L}\p{N}][.,]?$/u.test(inner.trim()) && !wordsOf(before.slice(-30)).slice(-2).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return true;
  if (words > 6 || speechPunctuation) return false;
  // "Hispanics para Trump" signs, "Ted Cruz" campaign pins: the words of a sign or a badge.
  return SIGN_AFTER.test(after) || NAME_BEFORE.test(before) || SO_CALLED_BEFORE.test(before);
}

/**
 * A quotation joined by `and`, `or` or a comma to a title right before it (`starred in "Parks and Recreation" and
 * "Guardians of the Galaxy"`): `between` is the text between the two, a few characters at most.
 */
export function coordinatedWithTitle(between: string): boolean {
  return /^\s*(?:,\s*)?(?:and|or|,)\s*$/i.test(between);
}
