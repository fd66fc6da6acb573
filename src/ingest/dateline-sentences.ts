/**
 * A dateline left at the start of a body paragraph ("WASHINGTON (AP) — Ada Holt said …"): the parser strips one from
 * the first paragraph only, and an article whose title line the parser kept as a paragraph keeps its dateline in the
 * next one. The attribution readers read a sentence's subject from its start: the first sentence of such a paragraph
 * starts after the dateline. Datelines as `splitDateline` reads them, the horizontal bar (―) read as a dash too,
 * and a place in mixed case before a news agency ("Philadelphia (AFP) – …"). Pure; no I/O; bounded by a fixed window.
 */
import { splitDateline } from './parse-article';
import type { Range } from './text';

/** The first body paragraphs a dateline may open (the title line may be the first). */
const DATELINE_PARAGRAPHS = 3;
/** A place in mixed case before a news agency in brackets, then a dash: "Philadelphia (AFP) – ", "New York (Reuters) - ". */
const AGENCY_DATELINE_RE = /^\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\((?:AP|AFP|Reuters|UPI|Bloomberg)\)\s*(?:—|–|--|-|―)\s+/u;

/** Where the text after a dateline opening `text` starts, or 0 without one. */
export function datelineEnd(text: string): number {
  const head = text.slice(0, 120);
  const agency = AGENCY_DATELINE_RE.exec(head);
  if (agency) return agency[0].length;
  // The horizontal bar is one code unit, as the em dash that replaces it: the offsets stay the text's.
  const { dateline, rest } = splitDateline(head.replace('―', '—'));
  return dateline === null ? 0 : head.length - rest.length;
}

/** A paragraph's sentence ranges, the first starting after a dateline in the first body paragraphs. */
export function withoutDateline(text: string, paragraph: number, sentences: Range[]): Range[] {
  if (paragraph >= DATELINE_PARAGRAPHS || sentences.length === 0) return sentences;
  const end = datelineEnd(text);
  if (end === 0 || end >= sentences[0].end) return sentences;
  sentences[0] = { start: Math.max(sentences[0].start, end), end: sentences[0].end };
  return sentences;
}
