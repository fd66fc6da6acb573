/**
 * Verb phrases that the noun-phrase rules before a participle would take for a
 * source ("sent out a statement reassuring …", "poring over polling data
 * showing …"), and the source they stand for. Pure; no I/O.
 */
import { DOCUMENT_NOUNS, IRREGULAR_PAST_VERBS } from '../lexicon';
import { words } from '../text';
import { innerVerbAt, namesMessage } from './subject-verb-objects';
import type { SourceFound } from './reported-sources';

/** A determiner or preposition after a verb: what makes a phrase opening with a verb form a verb phrase ("sent out a statement"). */
const OBJECT_WORD_RE = /^(?:the|a|an|his|her|their|its|our|my|this|that|these|those|over|on|at|in|to|for|with|about|into|by)$/iu;

/**
 * "putting out a statement", "sent out a statement", "poring over polling data": a phrase that opens with a verb form
 * (lowercase -ing or -ed, an irregular past) and goes on to its object is a verb phrase, no noun phrase.
 */
export function isVerbPhrase(phrase: string): boolean {
  const list = words(phrase);
  if (list.length < 2) return false;
  if (innerVerbAt(list) >= 0 && namesMessage(list[list.length - 1])) return true;
  const first = list[0];
  if (!/^\p{Ll}{2,}(?:ing|ed)$/u.test(first) && !IRREGULAR_PAST_VERBS.has(first)) return false;
  return list.slice(1).some((w) => OBJECT_WORD_RE.test(w));
}

/**
 * The source a verb phrase before a participle stands for: its subject when its object is a document the subject put
 * out ("sent out a statement reassuring …"), else the object's noun phrase ("poring over polling data showing …").
 */
export function verbPhraseSource(vp: SourceFound, subjectOf: (at: number) => SourceFound | null): SourceFound {
  const list = words(vp.text ?? '');
  const last = list[list.length - 1].toLowerCase();
  // "super PACs bankrolled ads …": the subject before the verb put the message out.
  const inner = innerVerbAt(list);
  if (inner >= 0 && namesMessage(last)) return subjectOf(inner === 0 ? vp.start : vp.start + vp.text!.indexOf(` ${list[inner]} `) + 1) ?? { found: null, text: inner === 0 ? null : list.slice(0, inner).join(' '), start: vp.start };
  if (DOCUMENT_NOUNS.has(last)) return subjectOf(vp.start) ?? { found: null, text: null, start: vp.start };
  const k = list.map((w) => OBJECT_WORD_RE.test(w)).lastIndexOf(true);
  const object = list.slice(k + 1);
  if (object.length === 0) return { found: null, text: null, start: vp.start };
  const phrase = /^(?:the|a|an|his|her|their|its|our|my|this|that|these|those)$/i.test(list[k]) ? list.slice(k) : object;
  const at = vp.text!.lastIndexOf(phrase.join(' '));
  return at < 0 ? { found: null, text: null, start: vp.start } : { found: null, text: phrase.join(' '), start: vp.start + at };
}
