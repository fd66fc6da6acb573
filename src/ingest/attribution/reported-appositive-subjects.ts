/**
 * The subject of a set-off participle when the clause before it opens with a
 * noun phrase and an appositive set off by commas ("Other members, including
 * Ada Holt and Ben Ruiz, have followed her lead, saying …", "The mayor's
 * husband, Carl, lashed out at the council, accusing …"). The opening noun
 * phrase is the source, or the person or body a description names in the
 * appositive ("the other speaker, council member Ada Holt, drew …"). Pure; no I/O; reads at most a clause's first 200
 * characters and its first four commas.
 */
import { IRREGULAR_PAST_VERBS, OPENING_PAST_VERBS } from '../lexicon';
import type { Range } from '../text';
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
