/**
 * Where an object's content ends because a new reporting clause opens inside it with no boundary mark
 * (`was so fired up about a deal's potential he said she should call …`: the object is "a deal's potential"; `pledged
 * her vote to Clinton - Worley's aides argued …`). The sibling boundary (reported-clauses.ts) reads a comma or a
 * conjunction before the later clause; this reads a clause whose subject stands right before its own cue verb, after
 * the object's last noun or a clause mark. A clause the object holds stays whole: one opened by a complementizer, a
 * relative or question word, a preposition or a determiner ("asked whether he backed …", "a statement after Ruiz told
 * …"), or "that" read as the later source. A restrictive relative clause whose verb is a cue ("echoing critics who say
 * …") is an attribution of its own by PolNeAR's guidelines, and ends the object as a non-restrictive one does. Pure; no I/O; one slice and a few anchored tests per later draft.
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
/** Most characters between a later source's start and its cue: a subject of a few words, an appositive at most. */
const SUBJECT_REACH = 80;

/** Where `content` (an object's) ends before the first later clause that opens a new attribution inside it, or null. */
export function nextClauseAt(text: string, content: Range, later: readonly LaterClause[]): number | null {
  for (const n of later) {
    if (n.clauseAt <= content.start || n.clauseAt >= content.end) continue;
    if (!n.verbCue || n.clauseAt !== n.sourceAt || n.sourceAt >= n.cue.phraseStart || n.cue.phraseStart - n.sourceAt > SUBJECT_REACH) continue;
    if (THAT_SOURCE_RE.test(text.slice(n.sourceAt, n.sourceAt + 5))) continue;
    const lead = text.slice(content.start, n.clauseAt);
    if (!/[\p{L}\p{N}]/u.test(lead) || EMBEDDING_WORD_RE.test(lead) || CLAUSE_WORD_BACK_RE.test(lead) || PRONOUN_OR_PARTICLE_RE.test(lead) || NAME_BEFORE_RE.test(lead)) continue;
    return n.clauseAt;
  }
  return null;
}
