/** A person a relative clause makes a speaker: `Sen. Ann Lee of Ohio, the panel's top Democrat, who said …`. */
import type { ExtractedMention } from '../entity-extraction';
import { SPEECH_VERB_ALT } from '../lexicon';

/**
 * After the name: an optional ` of Place`, an optional appositive set off by commas, then `, who` and a speech verb
 * (adverbs between). Bounded pieces: the test reads at most a couple of hundred characters.
 */
const WHO_SAID_AFTER_RE = new RegExp(`^(?:\\s+of\\s+\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3})?(?:,[^,;"“”]{1,120})?,\\s+who\\s+(?:\\p{Ll}+ly\\s+)?(?:${SPEECH_VERB_ALT})\\b`, 'iu');

/** A name coordinated with one before it: `Govs. Jeb Hale and ` (title words after the conjunction). */
const COORDINATED_BEFORE_RE = /\b(?:and|or|nor|&)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/**
 * Whether the mention is the antecedent of `, who said` (past a place and an appositive): a speaker of its sentence.
 * Not the last of coordinated names (`Ann Hale and Peter Lee, who say …`): the clause is all of theirs.
 */
export function speaksInRelativeClause(text: string, m: ExtractedMention): boolean {
  return WHO_SAID_AFTER_RE.test(text.slice(m.end, m.end + 260)) && !COORDINATED_BEFORE_RE.test(text.slice(Math.max(0, m.start - 60), m.start));
}
