/**
 * Where an object's content ends because a new reporting clause opens inside it with no boundary mark the sibling rule
 * reads (reported-clauses.ts: a comma, a dash or a conjunction right before the later source): `rebuked critics who
 * say he should …` (the object is "critics"; a restrictive relative clause whose verb is a cue is an attribution of its
 * own by PolNeAR's guidelines, as a non-restrictive one is), `do not want a stranger for a mayor, so they are voting
 * for …` (a connective closing the lead goes with the later clause). The later clause's subject must stand right
 * before its own verb cue. A clause the object holds stays whole: one opened by a complementizer, a relative or
 * question word, a preposition or a determiner ("asked whether the board said …", "criticized the ruling after the
 * judge said …"), "that" read as the later subject, or a name right after a common noun (a title: "praised harbor
 * master Ines Vidal, who …"). Pure; no I/O; a few end-anchored tests on the text before each later clause, which is
 * bounded by its sentence.
 */
import type { Range } from '../text';
import type { Cue } from './reported-content';

/** A later attribution as reported.ts drafts it: where its clause and source start, its cue, and whether its cue is a verb. */
export interface LaterClause {
  clauseAt: number;
  sourceAt: number;
  cue: Cue;
  /** A verb cue read with its own subject (not a noun, passive, opening or poll cue). */
  verbCue: boolean;
}

/** Words after which a clause is part of the object: complementizers, relative and question words, prepositions, determiners, conjunctions, speech verbs. */
const EMBEDDING_WORD_RE =
  /(?:^|[^\p{L}’'-])(?:that|whether|if|where|which|who|whom|whose|when|while|because|although|though|unless|until|once|even|also|yet|nor|as|how|why|what|than|of|for|about|on|in|to|with|by|from|after|before|during|at|into|the|a|an|said|says|say|told|tell|and|or)\s*$/iu;
/** A clause word a few words back: the later clause is inside a subordinate clause of the object ("whether the senator, he said, …"). */
const CLAUSE_WORD_BACK_RE = /(?:^|[^\p{L}])(?:that|whether|which|who|whom|where|when|if|because|after|before|as|since|while)\s+(?:\S+\s+){0,4}$/iu;
/** A pronoun or a name particle right before the later source: the source's start is misread. */
const PRONOUN_OR_PARTICLE_RE = /(?:^|\s)(?:he|she|they|it|we|I|you|de|van|von|al|la|le|da|del|bin)\s*$/iu;
/** A capitalised word or an abbreviation right before: the later source continues a name or title. */
const NAME_BEFORE_RE = /(?:\p{Lu}[\p{L}’'-]*\.?|\.)\s*$/u;
/** "that" read as the later clause's subject: a complementizer or a relative word the object's own clause holds. */
const THAT_SOURCE_RE = /^that(?![\p{L}’'-])/iu;
/** A capitalised source (a name). */
const NAME_SOURCE_RE = /^\p{Lu}/u;
/** A clause mark the object may end at before a name. */
const MARK_END_RE = /[,;:—–(-]\s*$/u;
/** A connective adverb closing the lead: it belongs to the later clause. */
const CONNECTIVE_END_RE = /(?:^|\s)(?:so|then|now|thus)\s*$/iu;
/** Most characters read before a later clause: the words the tests above look at. */
const LEAD_REACH = 100;
/** Most characters between a later source's start and its cue: a subject of a few words, an appositive at most. */
const SUBJECT_REACH = 80;

/** Where `content` (an object's) ends before the first later clause that opens a new attribution inside it, or null. */
export function nextClauseAt(text: string, content: Range, later: readonly LaterClause[]): number | null {
  for (const n of later) {
    if (n.clauseAt <= content.start || n.clauseAt >= content.end) continue;
    if (!n.verbCue || n.clauseAt !== n.sourceAt || n.sourceAt >= n.cue.phraseStart || n.cue.phraseStart - n.sourceAt > SUBJECT_REACH) continue;
    if (THAT_SOURCE_RE.test(text.slice(n.sourceAt, n.sourceAt + 5))) continue;
    // Only the words right before the later clause are read: the last few, from a word's start (bounded work per clause).
    const from = Math.max(content.start, n.clauseAt - LEAD_REACH);
    const lead = from === content.start ? text.slice(from, n.clauseAt) : text.slice(from, n.clauseAt).replace(/^\S*/u, '');
    if (!/[\p{L}\p{N}]/u.test(lead) || EMBEDDING_WORD_RE.test(lead) || CLAUSE_WORD_BACK_RE.test(lead) || PRONOUN_OR_PARTICLE_RE.test(lead) || NAME_BEFORE_RE.test(lead)) continue;
    // "praised harbor master Ines Vidal, who …": a name right after a common noun is the object's own (a title before it).
    if (NAME_SOURCE_RE.test(text[n.sourceAt] ?? '') && !MARK_END_RE.test(lead)) continue;
    // "…, so they are voting for …": a connective before the later clause opens it and leaves the object.
    const connective = CONNECTIVE_END_RE.exec(lead);
    return connective ? n.clauseAt - lead.length + connective.index : n.clauseAt;
  }
  return null;
}
