/**
 * Straight single quotation marks as the quotation marks of an article (British and Irish style in plain ASCII:
 * `'We cannot wait,' she said.`): where an article has no double quotation mark at all, its straight single marks
 * are written as the curly ones they stand for, an opening ‘ before a word and a ’ elsewhere (closing marks and
 * apostrophes alike, as curly text writes them), so that quotations pair as in any other text. One character for
 * one: offsets are unchanged. An article with double marks, two apostrophes for one included, keeps its straight
 * singles (they are nested quotes or apostrophes there). Pure; no I/O; linear.
 */

/** Words that open with an apostrophe for a dropped letter: `'em`, `'til`, `'cause`, `'n'`. */
const ELISIONS = /^(?:em|til|cause|cos|n|tis|twas|bout|round|nother|kay|s)\b/iu;
/** A double quotation mark, two apostrophes written for one (''…'', as some archive feeds write it) included. */
const DOUBLE_MARK = /["“”„«»]|''/;
/** A straight single mark where a quotation may open: at the start or after a space or opening punctuation, before a letter. */
const OPENING = /(?:^|[\s([{—–/-])'(?=\p{L})/u;

/** The text with its straight single marks curled, when it writes its quotations with them. */
export function curlSingleQuotes(text: string): string {
  if (DOUBLE_MARK.test(text) || !OPENING.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    const prev = i === 0 ? ' ' : text[i - 1];
    const opens = /[\s([{—–/-]/u.test(prev) && /\p{L}/u.test(text[i + 1] ?? '') && !ELISIONS.test(text.slice(i + 1, i + 8));
    out += text.slice(from, i) + (opens ? '‘' : '’');
    from = i + 1;
  }
  return out + text.slice(from);
}
