/**
 * Stance adjectives read where no copula stands before them, and the bare clause a few of them take after a copula.
 * With no copula, the adjective heads a reduced clause, as a participle does: after the noun phrase it describes
 * ("lawmakers nervous about the bill stayed away"), set off by commas ("Voters, angry at the governor, …", "…,
 * confident that she can win"), or opening its sentence ("Worried that the deal would fail, the ministry …").
 * Its source is found as a participle's (reported-verb-cues.ts). After a copula, "convinced", "sure" and the like
 * report a clause without "that" as well ("She was sure Reyes would win"). Pure; no I/O; each check reads a
 * bounded window around the cue.
 */
import bare from '../lexicon/bare-stance-adjectives.json';
import type { ReportedCue } from './reported-cues';

/** The stance adjectives read with no copula before them (`lexicon/bare-stance-adjectives.json`). */
const BARE_ADJECTIVES: ReadonlySet<string> = new Set(bare.adjectives);

/**
 * What makes the adjective no stance of the noun phrase before it: a verb taking it as a complement ("make sure
 * that", "kept them worried about"), "for" ("for sure"), "as" ("as certain as"), an article or a determiner
 * (the adjective then stands before its noun), a conjunction (coordinated with another predicate, "left them
 * tired and nervous about …", whose subject the clause does not show).
 */
const NOT_BARE_BEFORE_RE = /(?:^|[^\p{L}’'])(?:and|or|but|nor|make|makes|made|making|keep|keeps|kept|keeping|leave|leaves|left|leaving|render|rendered|get|gets|got|getting|gotten|for|as|the|a|an|this|that|these|those|too|so|very|how|more|most|less|least|quite|rather|increasingly)\s+$/iu;

/** "that" right after a stance adjective read only before "that" ("confident that"), not a few words on. */
const THAT_NEXT_RE = /^\s+that\s/iu;

/**
 * The reading of a stance adjective with no copula before it: the adjective as the head of a reduced clause (a
 * participle's reading), or null when it is no such adjective, is not listed, or what stands around it makes it
 * a complement or a modifier.
 */
export function bareAdjectiveReading(listed: ReportedCue, word: string, near: string, after: string): ReportedCue | null {
  if (listed.adjective !== true || !BARE_ADJECTIVES.has(word)) return null;
  if (NOT_BARE_BEFORE_RE.test(near.slice(-24))) return null;
  if (listed.thatOnly === true && !THAT_NEXT_RE.test(after)) return null;
  return { ...listed, participle: true };
}

/** Adjectives after a copula that report a clause with no "that" before it (`lexicon/bare-stance-adjectives.json`: clauseWithoutThat). */
const CLAUSE_WITHOUT_THAT: ReadonlySet<string> = new Set(bare.clauseWithoutThat);

/**
 * A clause opening right after the adjective: a subject (a personal pronoun, a name of capitalized words, or a
 * determiner and at most three words) and then a finite verb or a modal, an adverb between ("Reyes would win", "the
 * bill will pass", "they were right", "he clearly has"); or a pronoun with a contracted auxiliary ("they've won").
 */
const BARE_CLAUSE_RE =
  /^\s+(?:(?:he|she|it|they|we|i|you|there)['’](?:s|re|ve|ll|d|m)\s|(?:(?:he|she|it|they|we|i|you|there)|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*|(?:the|his|her|their|its|our|this|that|these|those|a|an)\s+(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)\s+(?:(?:not|also|still|never|already|eventually|ultimately|soon|really|\p{Ll}+ly)\s+)?(?:will|would|can|could|should|shall|might|may|must|is|was|are|were|has|have|had|did|does|do|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|isn['’]t|wasn['’]t)\s)/u;

/**
 * Whether a stance adjective after a copula reports the bare clause that follows it ("is convinced the bill will
 * pass"); `subject` is the text before the copula. Not after an impersonal "it" ("it is certain he will …"), whose
 * clause holds someone else's words, if anyone's.
 */
export function bareClauseAfter(word: string, subject: string, after: string): boolean {
  return CLAUSE_WITHOUT_THAT.has(word) && !/(?:^|[^\p{L}])it\s+$/iu.test(subject.slice(-8)) && BARE_CLAUSE_RE.test(after.slice(0, 160));
}
