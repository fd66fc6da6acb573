/**
 * A name right after a lower-case noun for a person ("the Ethiopian marathoner Feyisa Lilesa", "“Orange is the New
 * Black” star Selenis Leyva", "band member Flea shared"): the noun says what the name names. Nouns of the person-noun
 * and epithet lexicons only; a title head is read as a title elsewhere (titles.ts).
 */
import { DEMONYMS, EPITHET_NOUNS, GROUP_SUBJECTS, NON_NAME_WORDS, ORGANIZATION_CUES, PERSON_NOUNS, PLACES, SPEECH_VERB_ALT, TITLE_HEADS, VERB_ADVERBS } from '../lexicon';
import type { Token } from '../text';

/** After a one-word name: a speech verb or a past tense in -ed, then a lower-case word. */
const ACTS_NEXT = new RegExp(`^\\s+(?:(?:${VERB_ADVERBS})\\s+)*(?:(?:${SPEECH_VERB_ALT})\\b|[a-z]{3,}ed\\s+(?!to\\b)[a-z])`, 'i');

/** Whether the name run `from`..`to` (`parts` its words) comes right after a person noun and reads as a name. */
export function namedAfterRoleNoun(text: string, tokens: readonly Token[], from: number, to: number, parts: readonly string[]): boolean {
  const prev = tokens[from - 1];
  if (prev === undefined || prev.possessive || !/^\p{Ll}+$/u.test(prev.text) || text.slice(prev.end, tokens[from].start) !== ' ') return false;
  if (!(PERSON_NOUNS.has(prev.text) || EPITHET_NOUNS.has(prev.text)) || TITLE_HEADS.has(prev.text)) return false;
  if (parts.length > 3) return false;
  const plain = parts.every((p) => {
    const lower = p.toLowerCase();
    return /^\p{Lu}[\p{Ll}'’-]+$/u.test(p) && !PLACES.has(lower) && !DEMONYMS.has(lower) && !NON_NAME_WORDS.has(lower) && !ORGANIZATION_CUES.has(lower) && !PERSON_NOUNS.has(lower) && !GROUP_SUBJECTS.has(lower);
  });
  if (!plain) return false;
  return parts.length > 1 || (!tokens[to].possessive && ACTS_NEXT.test(text.slice(tokens[to].baseEnd, tokens[to].baseEnd + 80)));
}
