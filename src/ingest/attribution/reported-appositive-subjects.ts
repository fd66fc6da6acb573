/**
 * The subject of a set-off participle when the clause before it opens with a
 * noun phrase and an appositive set off by commas ("Other members, including
 * Ada Holt and Ben Ruiz, have followed her lead, saying …", "The mayor's
 * husband, Carl, lashed out at the council, accusing …"). The opening noun
 * phrase is the source, or the person or body a description names in the
 * appositive ("the other speaker, council member Ada Holt, drew …"). Pure; no I/O; reads at most a clause's first 200
 * characters and its first four commas.
 */
import { IRREGULAR_PAST_VERBS, OPENING_PAST_VERBS, SOURCE_NOUNS } from '../lexicon';
import { words, type Range } from '../text';
import { NOT_MODIFIERS, OPENING_RE, SET_OFF_SUBJECT_RE, subjectKind } from './reported-phrase-kinds';
import { openingAppositiveSubject } from './reported-long-subjects';
import type { ReportedContext, SourceFound } from './reported-source-types';

/** A subject this far from its clause's start is not read. */
const MAX_HEAD = 200;
/** Most commas read: the opening phrase's, the appositive's inner ones and its closing one. */
const MAX_COMMAS = 4;
/** A copula and a determiner: the clause's complement, not its subject, is what a participle after it describes. */
const COPULA_COMPLEMENT_RE = /^\s+(?:is|are|was|were)\s+(?:the|a|an|his|her|their|its|our|my|one)\s/iu;
/** A description opening the sentence: no name of its own, so a name in its appositive is whom it describes. */
const DESCRIPTION_RE = /^(?:the|a|an|another|one|other)\s/iu;

/** The clause's first words after the appositive's comma: an adverb perhaps ("effectively hurled"), then its verb. */
const VERB_WORDS_RE = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;
/** Auxiliaries opening a verb phrase ("have followed", "is leading"). */
const AUXILIARIES = new Set('has have had is are was were will would could can did does'.split(' '));

/** Whether the text after a comma opens with a past tense or an auxiliary: the clause's verb phrase. */
function opensVerbPhrase(s: string): boolean {
  const w = VERB_WORDS_RE.exec(s)?.[1];
  return w !== undefined && (/^\p{Ll}{2,}ed$/u.test(w) || AUXILIARIES.has(w) || IRREGULAR_PAST_VERBS.has(w) || OPENING_PAST_VERBS.has(w));
}

/** "NOUN PHRASE, APPOSITIVE, VERB …, PARTICIPLE": the noun phrase, when the appositive closes right before the clause's verb. */
export function appositiveSetOffSubject(ctx: ReportedContext, p: number, text: string, clause: Range, participleAt: number): SourceFound | null {
  if (participleAt - clause.start > MAX_HEAD) return null;
  const head = text.slice(clause.start, participleAt);
  let commas = 0;
  for (let c = head.indexOf(','); c >= 0 && commas < MAX_COMMAS; c = head.indexOf(',', c + 1)) {
    commas++;
    // The first comma closes the opening phrase; a later one closes the appositive when the verb follows it.
    const after = head.slice(c + 1, c + 60);
    if (commas === 1 || !opensVerbPhrase(after)) continue;
    const subject = COPULA_COMPLEMENT_RE.test(after) ? null : openingAppositiveSubject(clause, head.slice(0, c));
    if (!subject?.text) return null;
    // "The other speaker, council member Ada Holt, drew …": the name the appositive gives, when it is the whole appositive.
    const first = head.indexOf(',', subject.start - clause.start + subject.text.length);
    const at = clause.start + first + 1 + (/^\s*/u.exec(head.slice(first + 1))?.[0].length ?? 0);
    const named = DESCRIPTION_RE.test(subject.text) ? ctx.speakerStartingAt(p, at) : null;
    if (named && /^\s*$/u.test(text.slice(named.end, clause.start + c))) return { found: { speaker: named.speaker, method: 'set-off-appositive', confidence: 0.7 * named.confidence }, text: null, start: at };
    return subject;
  }
  return null;
}

/** One "and" joining two noun phrases: "Dock owners and their allies in the council", "The mayor and two aldermen". */
const CONJOINED_RE = /^(\S.*?)\s+and\s+(\S.*)$/u;

/** A subordinating word: the phrase opens a clause of its own, not a subject ("Whether the port and the ferry …"). */
const SUBORDINATOR_RE = /^(?:whether|if|because|although|though|once|unless|until|whatever|whoever|how|why|what|where|when|while)$/iu;

/** Whether a conjunct ends with a noun for people or a body that speaks ("their allies", "the mayor") or with a name. */
function speaks(s: string, first: boolean): boolean {
  const list = words(s);
  const last = list[list.length - 1];
  return SOURCE_NOUNS.has(last.toLowerCase()) || (/^\p{Lu}/u.test(last) && !(first && list.length === 1));
}

/**
 * The subject of a set-off participle when the clause before it opens with two noun phrases joined by "and", one of
 * them people or a body that speaks ("Dock owners and their allies are rushing to block the levy, fearing …"): both
 * together are the source.
 */
export function conjoinedSetOffSubject(text: string, clause: Range, participleAt: number): SourceFound | null {
  if (participleAt - clause.start > MAX_HEAD) return null;
  const from = clause.start + OPENING_RE.exec(text.slice(clause.start, participleAt))![0].length;
  const np = SET_OFF_SUBJECT_RE.exec(text.slice(from, participleAt));
  const parts = np ? CONJOINED_RE.exec(np[1]) : null;
  if (!np || !parts || SUBORDINATOR_RE.test(words(parts[1])[0] ?? '')) return null;
  if ([parts[1], parts[2]].some((s) => subjectKind(s) !== 'noun-phrase' || words(s).some((w) => NOT_MODIFIERS.has(w.toLowerCase())))) return null;
  if (!speaks(parts[1], true) && !speaks(parts[2], false)) return null;
  return { found: null, text: np[1], start: from };
}
