/**
 * Where a nominal cue's complement ends (`the claim that …`, `accusations of …`, `its pledge to …`): a comma that
 * groups a number's digits ("7,000 soldiers") or sets off the next item of a list ("accusations of murder, arson and
 * fraud") ends no noun phrase; in a clause, a comma before its verb sets off an aside of its subject ("complaints that
 * the mill, and by extension its owner, had dumped steel"), not the clause's end. A cut that would leave a clause content no more than
 * its subject is void. Pure; no I/O; one pass over the rest of the sentence.
 */
import { IRREGULAR_PAST_VERBS } from '../lexicon';

/** Auxiliaries and modals: a finite verb wherever they stand. */
const AUXILIARY_RE = /^(?:is|was|are|were|has|have|had|will|would|could|can|did|does|do|may|might|must|should|shall)$/u;
/** Words before which a word in -ed or -ing is an adjective of a noun phrase ("the expanded role", "a fundraising email"). */
const DETERMINER_RE = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|any|each|every|no|newly|recently|previously|widely|much|more|most|less|least|well|long|ill|so|very)$/iu;
/** Words in -ed that are no past tense. */
const NOT_PAST_RE = /^(?:\p{Ll}*eed|hundred|kindred|sacred|naked|wicked|beloved|rugged|wretched|ragged|crooked|learned|aged|bed|red|shed|wed|fled)$/u;
/** Whether `words` (the text of a clause, in order) holds a finite verb: an auxiliary, a past tense not after a determiner. */
export function holdsVerb(clause: string): boolean {
  const list = clause.split(/[^\p{L}’'-]+/u).filter((w) => w !== '');
  return list.some((w, i) => {
    if (AUXILIARY_RE.test(w)) return true;
    if (i === 0 || DETERMINER_RE.test(list[i - 1])) return false;
    return IRREGULAR_PAST_VERBS.has(w) || (/^\p{Ll}{2,}ed$/u.test(w) && !NOT_PAST_RE.test(w));
  });
}

/** Whether the comma at `i` groups the digits of a number ("2,400"). */
const digitGroupComma = (text: string, i: number): boolean => /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');

/** The next item of a list of nouns after a comma: one word, then "and"/"or" or another comma ("murder, arson and fraud"). */
const NOUN_ITEM_RE = /^,\s*[\p{L}\p{N}’'-]+(?:\s+(?:and|or)\s|\s*,)/u;
/** A relative clause set off inside the subject ("whether Reyes, who is a lawyer, …"): its verb is not the clause's. */
const SUBJECT_RELATIVE_RE = /,\s*(?:who|whom|whose|which)\b[^,]*/gu;

/** Commas passed before a clause's verb at most: a subject and one aside set off. */
export const MAX_SUBJECT_COMMAS = 2;

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

/** A question word or "whether"/"if" opening a clause content. */
const WH_OPENING_RE = /^(?:whether|if|how|why|what|where|when|who)\b/iu;
/** "that" right before a content: its clause's complementizer. */
const THAT_BEFORE_RE = /\bthat\s*,?\s*$/iu;
/** A present tense in -s (not "-ss"). */
const PRESENT_RE = /^\p{Ll}{2,}[^s\P{L}]s$/u;
/** A word after which a word in -s is a plural noun. */
const SUBJECT_DETERMINER_RE = /^(?:the|a|an|his|her|their|its|our|my|your|these|those|some|other|many|all|few|several|two|three|\d+)$/iu;
/** Most words of a clause's subject a cut may leave alone (`that Mr. Holt`, `whether candidates like Ms. Vidal`). */
const SUBJECT_WORDS = 6;

/**
 * Whether cutting a clause content at `cut` would leave only the clause's opening and subject, no verb: `suggested that
 * Mr. Holt, under fire for the delays, would …`, `described how, growing up, he …`, `may ask whether candidates like
 * Ms. Vidal, who …, are …`. Such a comma sets off an aside inside the clause, and the content goes on past it.
 */
export function leavesSubjectOnly(text: string, content: { start: number; end: number }, cut: number): boolean {
  const body = text.slice(content.start, cut).trim();
  const wh = WH_OPENING_RE.exec(body);
  if ((!wh && !THAT_BEFORE_RE.test(text.slice(Math.max(0, content.start - 12), content.start))) || /^to\s/iu.test(body)) return false;
  // The subject is what stands before its first comma; an aside after it holds no verb of the clause either.
  const subject = body.slice(wh?.[0].length ?? 0).split(',')[0];
  const list = subject.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // After "that" one word is a demonstrative's noun ("questioned that determination"), no clause's subject.
  if (!wh && list.length < 2) return false;
  // A present tense in -s after a first word and no determiner ("that the plan costs more"): the clause's verb.
  const present = list.some((w, i) => i > 0 && PRESENT_RE.test(w) && !SUBJECT_DETERMINER_RE.test(list[i - 1]));
  return list.length <= SUBJECT_WORDS && !present && !holdsVerb(body.replace(SUBJECT_RELATIVE_RE, ''));
}

/** After a cue closing its content: a short tail (no clause mark or quotation), a semicolon, then the clause it goes on with. */
const SEMICOLON_ON_RE = /^[^;.!?:"“”()—–]{0,80};\s+(?=\S)/u;
/** A phrase of time or place set off by a comma opening the next clause ("; in 2019, the last dock …"): the writer's own background, no next point. */
const SCENE_OPENING_RE = /^(?:in|on|at|by|since|during|after|before|until|last|this|next)\s[^,;]{1,30},/iu;
/** Fewest words the clause after the semicolon has: a statement, not a tag. */
const ON_WORDS = 4;

/**
 * `CONTENT, Holt noted; MORE.`: where the clause after the semicolon that goes on with the content starts (the same
 * speaker's next point, `…, his aides argued; rather, it was …`), or null. Read from the cue's end to the sentence's.
 */
export function semicolonGoesOnAt(text: string, cueEnd: number, sentenceEnd: number): number | null {
  const after = text.slice(cueEnd, sentenceEnd);
  const m = SEMICOLON_ON_RE.exec(after);
  if (!m) return null;
  const rest = after.slice(m[0].length);
  if (/["“”]/u.test(rest) || SCENE_OPENING_RE.test(rest) || rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < ON_WORDS) return null;
  return cueEnd + m[0].length;
}

/** After a passive cue's agent: "for" or "as" opening what the subject is reported for or as, to a clause mark. */
const PASSIVE_COMPLEMENT_RE = /^\s+(?:for|as)\s+[^,;:.!?"“”()—–]*[\p{L}\p{N}]/u;

/**
 * `Holt was criticized by rivals for skipping the vote`, `Ruiz will be remembered by historians as a reformer`: the
 * range of what the subject is criticized for or remembered as, right after the agent (which ends at `agentEnd`), or
 * null. With the subject it is the content.
 */
export function passiveComplementAt(text: string, agentEnd: number, sentenceEnd: number): { start: number; end: number } | null {
  const m = PASSIVE_COMPLEMENT_RE.exec(text.slice(agentEnd, sentenceEnd));
  if (!m) return null;
  const start = agentEnd + m[0].length - m[0].trimStart().length;
  return { start, end: agentEnd + m[0].length };
}
