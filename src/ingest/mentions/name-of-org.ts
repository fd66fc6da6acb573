/**
 * `Holger Marten of Kessler Bank warned …`, `said Tamsel Orvieth of Marrow Partners.`: a personal name, then `of` and the
 * organization or place the person speaks for. Such a run is two names, and the speech verb after the whole of it
 * (or an inverted one before it) is the person's.
 */
import { APPOSITIVE_GAP, NON_NAME_WORDS, ORGANIZATION_CUES, PERSON_NOUNS, SPEECH_VERB_ALT, TITLE_HEADS, VERB_ADVERBS } from '../lexicon';
import type { Token } from '../text';

/** ` of (the) Kessler Bank(, its chief economist,) warned`: an `of` tail of up to eight capitalized words, then a speech verb. */
// Each repetition begins with a capital after a space: no two ways to read the same text, so the match is linear.
const OF_TAIL_THEN_SPEECH = new RegExp(
  `^\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+(?:(?:of|for|and|the|on)\\s+)?\\p{Lu}[\\p{L}\\d&.'’-]*){0,7}${APPOSITIVE_GAP}\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SPEECH_VERB_ALT})\\b`,
  'iu',
);

/** An inverted speech verb right before the name: `said Holger Marten of Kessler Bank.` */
const INVERTED_BEFORE = /^(?:said|says|added|wrote|told|asked|explained|warned|noted)$/i;

/** A word that may stand in a personal name before `of`: name-shaped (the caller's test) and in no list of organization, title, person or non-name words. */
function personalWord(t: Token, nameShaped: (word: string) => boolean): boolean {
  const lower = t.base.toLowerCase();
  // A plural of such a word (`Joint Chiefs of Staff`) is a body's name.
  const forms = lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower];
  return !t.possessive && nameShaped(t.base) && !NON_NAME_WORDS.has(lower) && !forms.some((w) => ORGANIZATION_CUES.has(w) || TITLE_HEADS.has(w) || PERSON_NOUNS.has(w));
}

/**
 * Whether the run tokens[from..to], before an `of` at tokens[to + 1], is a person's name the `of` does not extend:
 * two or three personal words speaking (a speech verb after the `of` tail, or an inverted one before the name).
 */
// `nameShaped`: whether a word can be part of a personal name and is no place or demonym (names.ts owns those tests).
export function personBeforeOf(text: string, tokens: readonly Token[], from: number, to: number, nameShaped: (word: string) => boolean): boolean {
  return personalRun(text, tokens, from, to, nameShaped) && (speaksAfterOfTail(text, tokens[to].baseEnd) || invertedBefore(text, tokens, from));
}

/** Evidence for a person: two or three personal words (tokens[from..to]), an `of` tail, then a speech verb. */
export function speaksAfterOf(text: string, tokens: readonly Token[], from: number, to: number, nameShaped: (word: string) => boolean): boolean {
  return personalRun(text, tokens, from, to, nameShaped) && speaksAfterOfTail(text, tokens[to].baseEnd);
}

function personalRun(text: string, tokens: readonly Token[], from: number, to: number, nameShaped: (word: string) => boolean): boolean {
  if (to - from < 1 || to - from > 2 || !tokens.slice(from, to + 1).every((t) => personalWord(t, nameShaped))) return false;
  // After a possessive (`South Korea's Joint Chiefs of Staff`) the run names something the owner has; after `the`,
  // `and` or `of` (`the Science and Technology Directorate of …`) it is the end of a longer name.
  const prev = tokens[from - 1];
  return !(prev !== undefined && /^\s+$/.test(text.slice(prev.end, tokens[from].start)) && (prev.possessive || /^(?:the|and|of|for|&)$/i.test(prev.text)));
}

/** Whether the text after a name is an `of` tail and then a speech verb. */
export function speaksAfterOfTail(text: string, nameEnd: number): boolean {
  return OF_TAIL_THEN_SPEECH.test(text.slice(nameEnd, nameEnd + 400));
}

function invertedBefore(text: string, tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1];
  return prev !== undefined && INVERTED_BEFORE.test(prev.text) && text.slice(prev.end, tokens[from].start) === ' ';
}
