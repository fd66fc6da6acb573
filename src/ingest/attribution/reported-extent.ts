/**
 * Where a nominal cue's complement ends (`the claim that …`, `accusations of …`, `its pledge to …`): a comma that
 * groups a number's digits ("7,000 soldiers") or sets off the next item of a list ("accusations of murder, arson and
 * fraud") ends no noun phrase; in a clause, a comma before its verb sets off an aside of its subject ("complaints that
 * the mill, and by extension its owner, had dumped steel"), not the clause's end. Pure; no I/O; one pass over the
 * rest of the sentence.
 */
import { digitGroupComma } from './reported-content';
import { holdsVerb } from './reported-relative-ends';

/** The next item of a list of nouns after a comma: one word, then "and"/"or" or another comma ("murder, arson and fraud"). */
const NOUN_ITEM_RE = /^,\s*[\p{L}\p{N}’'-]+(?:\s+(?:and|or)\s|\s*,)/u;
/** A relative clause set off inside the subject ("whether Reyes, who is a lawyer, …"): its verb is not the clause's. */
const SUBJECT_RELATIVE_RE = /,\s*(?:who|whom|whose|which)\b[^,]*/gu;

/** Commas passed before a clause's verb at most: a subject and one aside set off. */
const MAX_SUBJECT_COMMAS = 2;

/**
 * The offset in `rest` (the sentence after the complement's opening word, which starts at `from` in `text`) where the
 * complement ends, read with `end` (the clause's or the noun phrase's closing marks, global), or `rest.length`.
 */
export function complementEndIn(text: string, from: number, rest: string, end: RegExp, clause: boolean): number {
  let passed = 0;
  end.lastIndex = 0;
  for (let m = end.exec(rest); m !== null; m = end.exec(rest)) {
    if (m[0].startsWith(',')) {
      const i = from + m.index;
      if (!clause && (digitGroupComma(text, i) || NOUN_ITEM_RE.test(text.slice(i, i + 40)))) continue;
      if (clause && passed < MAX_SUBJECT_COMMAS && !holdsVerb(rest.slice(0, m.index).replace(SUBJECT_RELATIVE_RE, ''))) {
        passed++;
        continue;
      }
    }
    return m.index;
  }
  return rest.length;
}
