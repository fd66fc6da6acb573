/**
 * People the article never names in full: a lone capitalized word ("Obama", "Flea") that the body uses as the
 * subject of a speech verb or of a past tense more than once, and refers back to with "he"/"she" (never "it") in
 * the same sentence or at the start of the next one. Companies and places do the same things but are "it"; a word of any
 * lexicon list (places, nationalities, organization words, roles, groups) or of a known person's or organization's
 * name is never taken.
 */
import { APPOSITIVE_GAP, GROUP_SUBJECTS, KNOWN_ORGANIZATIONS, NON_NAME_WORDS, ORGANIZATION_CUES, PARTY_MEMBERS, PERSON_NOUNS, SPEECH_VERB_ALT, TITLE_HEADS, VERB_ADVERBS } from '../lexicon';
import { isNameShaped, isPlaceOrDemonym } from './names';
import type { EntityRegister } from './register';
import { norm } from './state';
import { isCapitalized, tokenize } from '../text';

/** After the word: a speech verb (past an appositive), or a past tense in -ed before a lower-case word. */
const ACTS_AS_SUBJECT = new RegExp(`^(?:${APPOSITIVE_GAP}\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SPEECH_VERB_ALT})\\b|\\s+(?:[a-z]+ly\\s+)?[a-z]{3,}ed\\s+[a-z])`, 'i');

/** The first pronoun before the sentence's end, or opening the next sentence. */
const PRONOUN_AHEAD = /^[^.!?]{0,200}?\b(he|she|his|himself|herself|it|its|itself)\b|^[^.!?]*[.!?]["”’]?\s+(He|She|His|Her|It|Its)\b/i;

/** A determiner before the lone word makes it no name (`the Pentagon said`). */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|our|his|her)$/i;

/** How many uses as a subject a lone word needs. */
const MIN_USES = 2;

/** Normalized lone words to read as people's names. */
export function loneNamesActingAsPeople(register: EntityRegister, paragraphs: readonly string[]): Set<string> {
  const taken = new Set<string>();
  for (const p of register.people) for (const part of p.tokens) taken.add(norm(part));
  for (const o of register.orgs) for (const part of o.key.split(' ')) taken.add(part);
  const uses = new Map<string, number>();
  const pronounSeen = new Set<string>();
  const itSeen = new Set<string>();
  for (const text of paragraphs) {
    const tokens = tokenize(text);
    tokens.forEach((t, i) => {
      if (t.possessive || !isCapitalized(t.text) || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return;
      const key = norm(t.base);
      if (taken.has(key) || !candidateWord(t.base)) return;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // A capitalized word before it makes a longer name, unless a function word opening the sentence (`When Hale …`).
      if (prev !== undefined && text.slice(prev.end, t.start) === ' ' && ((isCapitalized(prev.text) && !NON_NAME_WORDS.has(prev.text.toLowerCase())) || DETERMINER.test(prev.text))) return;
      if (next !== undefined && isCapitalized(next.text) && text.slice(t.end, next.start) === ' ') return;
      const after = text.slice(t.baseEnd, t.baseEnd + 240);
      if (!ACTS_AS_SUBJECT.test(after)) return;
      uses.set(key, (uses.get(key) ?? 0) + 1);
      const pronoun = PRONOUN_AHEAD.exec(text.slice(t.baseEnd, t.baseEnd + 400));
      const word = (pronoun?.[1] ?? pronoun?.[2] ?? '').toLowerCase();
      if (word.startsWith('it')) itSeen.add(key);
      else if (word !== '') pronounSeen.add(key);
    });
  }
  const out = new Set<string>();
  for (const [key, n] of uses) if (n >= MIN_USES && pronounSeen.has(key) && !itSeen.has(key)) out.add(key);
  return out;
}

/** A word that may be a surname or one-word name: name-shaped and in no lexicon list of other things. */
function candidateWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (!isNameShaped(word) || isPlaceOrDemonym(word)) return false;
  if (NON_NAME_WORDS.has(lower) || ORGANIZATION_CUES.has(lower) || PERSON_NOUNS.has(lower) || TITLE_HEADS.has(lower) || GROUP_SUBJECTS.has(lower) || PARTY_MEMBERS.has(lower) || KNOWN_ORGANIZATIONS.has(lower)) return false;
  // A plural of a person noun or a nationality ("Americans", "Critics") is a group.
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : null;
  return singular === null || !(PERSON_NOUNS.has(singular) || isPlaceOrDemonym(singular) || PARTY_MEMBERS.has(lower));
}
