/**
 * A phrase the noun-phrase rules before a participle read as one noun phrase that holds a clause's subject, its verb
 * and a message it put out ("super PACs bankrolled ads attacking …", "the KGB planted newspaper articles alleging …",
 * "supporters have launched petitions calling on …"): the one who put the message out is its source, the subject
 * before the verb. Pure; no I/O; one pass over the phrase's words.
 */
import { DOCUMENT_NOUNS, IRREGULAR_PAST_VERBS, PARTICIPLE_HEAD_NOUNS } from '../lexicon';

/** Words after which an -ed form modifies a noun ("a newly released ad", "the group's paid ads"), no verb. */
const MODIFIER_LEAD_RE = /^(?:the|a|an|his|her|their|its|our|my|this|that|these|those|some|many|new|more|most|\p{L}+ly|[\p{L}.-]+['’]s?)$/iu;

/**
 * The index of a past-tense verb or participle in a phrase's words, before its object: first ("launched petitions",
 * after "have" ended the phrase) or after a word of its subject; -1 when none.
 */
export function innerVerbAt(list: readonly string[]): number {
  for (let i = 0; i < list.length - 1; i++) {
    const w = list[i];
    if ((/^\p{Ll}{2,}ed$/u.test(w) || IRREGULAR_PAST_VERBS.has(w)) && (i === 0 || !MODIFIER_LEAD_RE.test(list[i - 1]))) return i;
  }
  return -1;
}

/** Whether a phrase's last word names a message a subject puts out: a document or a message noun, or its plural ("ads", "petitions"). */
export function namesMessage(last: string): boolean {
  const lower = last.toLowerCase();
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return DOCUMENT_NOUNS.has(lower) || DOCUMENT_NOUNS.has(singular) || PARTICIPLE_HEAD_NOUNS.has(lower) || PARTICIPLE_HEAD_NOUNS.has(singular);
}
