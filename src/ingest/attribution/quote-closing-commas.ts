/**
 * A comma standing last inside a quotation, right before its closing mark, ends the clause around the quotation as
 * well as the quoted words: `Conceding that the deal would take "many years," Holt asked for patience.` The quotation
 * closes the opening participle clause, and its comma is the one that sets that clause off. Pure; no I/O.
 */

/** Right after the comma: spaces at most, then a closing double mark (or two single ones), then a space or the end. */
const CLOSING_MARK_RE = /^\s?(?:[”"]|'')(?:\s|$)/u;

/** Whether the comma at `i` is the last character of a quotation before its closing mark. */
export function quotationClosingComma(text: string, i: number): boolean {
  return text[i] === ',' && CLOSING_MARK_RE.test(text.slice(i + 1, i + 5));
}

/** `outside` widened to the commas that close a quotation (for looking up where a clause around it ends). */
export function outsideOrClosingComma(text: string, outside: (i: number) => boolean): (i: number) => boolean {
  return (i) => outside(i) || quotationClosingComma(text, i);
}
