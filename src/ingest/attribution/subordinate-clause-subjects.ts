/**
 * `When Mr. Rubio did take Mr. Trump on, he did it sideways`: a he/she opening the main clause right after a
 * subordinate clause that opens its sentence means that clause's subject, the person named right after the
 * subordinator (title words allowed), whoever else the clause names. Only when the pronoun follows the
 * clause's comma directly and no other clause comes between (no second comma-set clause, no semicolon).
 */
import type { ExtractedMention } from '../entity-extraction';

/** The sentence up to the pronoun: a subordinator, title words, then the rest of its clause up to one comma. */
const SUBORDINATE_LEAD_RE = /^\s*["“]?(?:(?:But|And|Yet)\s+)?(?:When|After|Before|While|Although|Though|Because|Once|Since|Until|Unless|If)\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,4})$/u;
/** From the end of the clause's subject to the pronoun: the clause's predicate, one comma, no semicolon, colon or quotation. */
const CLAUSE_REST_RE = /^[^,;:"“”]{1,160},\s+$/u;

/** The entity of the person subject of the subordinate clause the he/she at `at` follows, or null. */
export function subordinateSubject(text: string, sentenceStart: number, at: number, people: readonly ExtractedMention[], fits: (entity: number) => boolean): number | null {
  const first = people[0];
  if (first === undefined || first.end > at || !SUBORDINATE_LEAD_RE.test(text.slice(sentenceStart, first.start))) return null;
  // `When Rubio met Trump, he …`: the names after the subject are objects; the subject's possessive (`When Rubio's aide …`) is none.
  if (/^['’]s?\s/.test(text.slice(first.end, first.end + 3)) || !CLAUSE_REST_RE.test(text.slice(first.end, at))) return null;
  return fits(first.entity) ? first.entity : null;
}
