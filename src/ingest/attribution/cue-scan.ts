/**
 * Finding reporting cues in a sentence by word lookup, and the words right
 * before a cue that the checks anchored at it read. Both keep the cost of a
 * sentence linear in its length, whatever the number of cues in the lexicon.
 */
import { CUES } from './reported-cues';

export interface CueMatch {
  /** Offset in the text searched. */
  index: number;
  /** The cue as written. */
  text: string;
}

/** Cue phrases by their first word, longest first ("pushed back against" before "pushed"). */
const BY_FIRST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const phrase of CUES.keys()) {
    const first = phrase.split(' ')[0];
    const list = out.get(first) ?? [];
    list.push(phrase);
    out.set(first, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
})();

/** A run of word characters as the cue boundaries see them: letters, digits, apostrophes, hyphens. */
const WORD_RUN = /[\p{L}\p{N}'’-]+/gu;
const WORD_CHAR = /[\p{L}\p{N}-]/u;

/**
 * The lexicon's cues in `text`, in order, not overlapping: each a whole word
 * (not inside a hyphenated word, not after "so-"), the longest phrase where
 * several start at one word, matched without regard to case.
 */
export function* cueMatches(text: string): Generator<CueMatch> {
  let resumeAt = 0;
  for (const run of text.matchAll(WORD_RUN)) {
    const start = run.index;
    if (start < resumeAt) continue;
    const word = run[0];
    // A cue's first word may be followed by an apostrophe ("said’"), never by a letter, digit or hyphen.
    const apostrophe = firstApostrophe(word);
    const first = (apostrophe < 0 ? word : word.slice(0, apostrophe)).toLowerCase();
    if (apostrophe === 0) continue;
    const phrases = BY_FIRST_WORD.get(first);
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      const end = start + phrase.length;
      if (end > text.length || WORD_CHAR.test(text.charAt(end))) continue;
      if (text.slice(start, end).toLowerCase() !== phrase) continue;
      yield { index: start, text: text.slice(start, end) };
      resumeAt = end;
      break;
    }
  }
}

/** The offset of the first straight or curly apostrophe in a word, or -1. */
function firstApostrophe(word: string): number {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x27 || c === 0x2019) return i;
  }
  return -1;
}

/** How far back the checks anchored at a cue look: auxiliaries, adverbs, a negation, a possessive. */
const NEAR_CHARS = 160;

/**
 * The text right before `at` in its sentence, at most NEAR_CHARS long and
 * starting at a word, so a pattern anchored at its end reads what it would
 * read in the whole sentence.
 */
export function wordsBefore(text: string, sentenceStart: number, at: number): string {
  if (at - sentenceStart <= NEAR_CHARS) return text.slice(sentenceStart, at);
  const from = at - NEAR_CHARS;
  const space = text.slice(from, at).search(/\s/);
  return text.slice(space < 0 ? from : from + space + 1, at);
}
