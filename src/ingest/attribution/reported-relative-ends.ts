/**
 * Where the content of a cue in a relative clause ends: a reduced one ("voters backing the levy", "a poll showing …")
 * or one opened by "that" ("a group that backed the levy"). When the noun phrase it modifies is the subject of the
 * main clause, the content ends before the main clause's verb (`Voters backing the levy turned out early`); when the
 * main clause's verb stands before it, the noun phrase is an object and the relative clause runs on to the end of its
 * content (`obtained ledgers showing he was paid …`, `…, including a memo stressing the impact his bid has had`); in a
 * prepositional phrase opening the sentence it ends at the phrase's comma (`In a poll showing Reyes ahead, Holt …`).
 * Pure; no I/O; reads the sentence before the cue once.
 */
import type { Range } from '../text';
import { trimRange, untilComma } from './reported-content';
import { holdsVerb } from './reported-extent';

/** A preposition opening the clause that holds the noun phrase: the phrase is its object. */
const PREPOSITION_RE = /^\s*(?:(?:and|but|or)\s+)?(?:including|with|without|in|on|of|from|after|before|by|for|about|over|under|at|to|into|through|among|amid|despite|like|unlike|via)\s/iu;
/** A clause mark before the cue: a comma, a semicolon, a colon, a dash or an opening parenthesis. */
const CLAUSE_MARK_RE = /[,;:()—–]|\s-\s/gu;

/**
 * The main clause's verb after a reduced relative clause (past a first word); a participle right after "be", "been" or
 * "being" is a passive inside the relative clause's content ("calling on him to be barred from …"), no main verb.
 */
const MAIN_VERB_RE = /(?<=\S)\s(?:is|was|are|were|has|have|had|will|would|could|can|did|does|(?<!\b(?:be|been|being)\s)\p{Ll}{2,}ed)\b/u;

/**
 * The content of a cue in a relative clause (the cue's verb group starting at `cueStart`), ended where the clause that
 * holds it ends.
 */
export function relativeClauseContent(text: string, sentence: Range, cueStart: number, content: Range, outside: (i: number) => boolean): Range {
  const lead = text.slice(sentence.start, cueStart);
  let mark = -1;
  for (const m of lead.matchAll(CLAUSE_MARK_RE)) if (outside(sentence.start + m.index)) mark = m.index + m[0].length;
  const local = lead.slice(Math.max(0, mark));
  if (holdsVerb(local)) return content;
  if (PREPOSITION_RE.test(local)) {
    // "…, including ledgers showing …": the main clause's verb stands before; "In a poll showing …, Holt trailed": the
    // phrase opens the sentence and ends at its comma.
    if (mark >= 0 && holdsVerb(lead.slice(0, mark))) return content;
    return untilComma(text, content, outside);
  }
  const verb = MAIN_VERB_RE.exec(text.slice(content.start, content.end));
  return verb ? trimRange(text, { start: content.start, end: content.start + verb.index }) : content;
}
