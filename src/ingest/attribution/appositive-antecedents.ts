/**
 * A relative pronoun after an appositive description of a person ("Gene Sperling, a longtime policy maker who is now
 * advising …", "Lloyd Grove, the editor who wrote …"): the description and the pronoun stand for the person named
 * before the comma. Pure; no I/O; a look at the stretch before the description.
 */
import type { ExtractedMention } from '../entity-extraction';
import { firstMentionFrom } from './context';

/** What opens an appositive description: an article, then no comma up to the pronoun. */
const DESCRIPTION_RE = /^(?:a|an|the)\s[^,;:()"“”—–]{1,100}$/iu;

/**
 * The person named right before the comma that opens `description` (ending at `descriptionStart`), when the
 * description is an appositive set off after the name; else undefined.
 */
export function appositiveName(mentions: readonly ExtractedMention[], text: string, sentenceStart: number, descriptionStart: number, description: string): ExtractedMention | undefined {
  if (!DESCRIPTION_RE.test(description)) return undefined;
  const comma = /,\s*$/u.exec(text.slice(Math.max(sentenceStart, descriptionStart - 4), descriptionStart));
  if (!comma) return undefined;
  const end = descriptionStart - comma[0].length;
  const k = firstMentionFrom(mentions, end) - 1;
  const m = k >= 0 ? mentions[k] : undefined;
  return m && m.end === end && m.start >= sentenceStart && m.type === 'person' ? m : undefined;
}
