/**
 * Finding reporting cues in a sentence by word lookup, and the words right
 * before a cue that the checks anchored at it read. Both keep the cost of a
 * sentence linear in its length, whatever the number of cues in the lexicon.
 */
import { CUES } from './reported-cues';
import { AsciiWordFilter, HASH_START, hashStep } from './ascii-word-filter';

export interface CueMatch {
  /** Offset in the text searched. */
  index: number;
  /** The cue as written. */
  text: string;
  /** The lexicon's form when the text holds an adverb inside it ("spoke briefly about" → "spoke about"). */
  form?: string;
  /** The lexicon's phrase matched: the form, or the text in lower case. */
  phrase: string;
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

/**
 * A cheap necessary condition before the lookup of a word made of ASCII characters: bit n
 * of FIRST_WORD_LENGTHS[c] is set when a cue's first word starts with the lower-case
 * ASCII character c and is n characters long (longer ones set bit 0: look the word up).
 */
const FIRST_WORD_LENGTHS: Uint32Array = (() => {
  const out = new Uint32Array(128);
  for (const first of BY_FIRST_WORD.keys()) {
    const c = first.charCodeAt(0);
    if (c < 128) out[c] |= first.length < 32 ? 1 << first.length : 1;
  }
  return out;
})();

/** The cues' first words, for a check on each ASCII word before it is sliced and looked up. */
const FIRST_WORDS = new AsciiWordFilter(BY_FIRST_WORD.keys());

/** A first word's phrases: those of several words (longest first), and the word alone when it is a cue itself. */
interface FirstWordEntry {
  readonly word: string;
  readonly several: readonly string[];
  readonly single: string | null;
}

const ENTRIES: ReadonlyMap<string, FirstWordEntry> = new Map(
  [...BY_FIRST_WORD].map(([word, phrases]) => [word, { word, several: phrases.filter((p) => p.includes(' ')), single: phrases.find((p) => !p.includes(' ')) ?? null }]),
);

/**
 * The entries of the ASCII first words by the hash the scan computes for a word (hashStep, in lower case): an ASCII
 * word is found by a number's lookup and a comparison of its characters, not sliced, lower-cased and hashed again.
 */
const ENTRIES_BY_HASH: ReadonlyMap<number, readonly FirstWordEntry[]> = (() => {
  const out = new Map<number, FirstWordEntry[]>();
  for (const entry of ENTRIES.values()) {
    let hash = HASH_START;
    let ascii = true;
    for (let i = 0; i < entry.word.length; i++) {
      const c = entry.word.charCodeAt(i);
      if (c >= 0x80) ascii = false;
      hash = hashStep(hash, c);
    }
    if (!ascii) continue;
    const list = out.get(hash) ?? [];
    list.push(entry);
    out.set(hash, list);
  }
  return out;
})();

/** The entry of the ASCII word text[start, start + length) with this hash, compared without regard to case. */
function asciiEntry(text: string, start: number, length: number, hash: number): FirstWordEntry | undefined {
  const list = ENTRIES_BY_HASH.get(hash);
  if (list === undefined) return undefined;
  for (const entry of list) if (entry.word.length === length && lowerEquals(text, start, entry.word, 0)) return entry;
  return undefined;
}

/**
 * Whether `text.slice(at, at + phrase.length - from).toLowerCase() === phrase.slice(from)` (the caller has checked that
 * the text is long enough), read character by character: an ASCII character is compared in lower case, and at the
 * first other one the slice is lower-cased and compared as it is (its lower case may be longer, or ASCII: K to k).
 */
function lowerEquals(text: string, at: number, phrase: string, from: number): boolean {
  const length = phrase.length - from;
  for (let k = 0; k < length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 0x80) return text.slice(at, at + length).toLowerCase() === phrase.slice(from);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== phrase.charCodeAt(from + k)) return false;
  }
  return true;
}

const WORD_CHAR = /[\p{L}\p{N}-]/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * The lexicon's cues in `text`, in order, not overlapping: each a whole word
 * (not inside a hyphenated word, not after "so-"), the longest phrase where
 * several start at one word, matched without regard to case. The words are
 * the runs of letters, digits, apostrophes and hyphens, read character by
 * character (a match object a word cost more than the lookups), into an
 * array (a generator's resumption a cue cost more than the array).
 */
export function cueMatches(text: string): CueMatch[] {
  const out: CueMatch[] = [];
  let resumeAt = 0;
  let i = 0;
  while (i < text.length) {
    let width = wordCharWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    // The run's end, the first apostrophe in it and whether everything before that is ASCII.
    let apostrophe = -1;
    let ascii = true;
    let hash = HASH_START;
    while (width > 0) {
      const c = text.charCodeAt(i);
      if (apostrophe < 0) {
        if (c === 0x27 || c === 0x2019) apostrophe = i - start;
        else if (c >= 0x80) ascii = false;
        else hash = hashStep(hash, c);
      }
      i += width;
      width = i < text.length ? wordCharWidth(text, i) : 0;
    }
    if (start < resumeAt || apostrophe === 0) continue;
    // A cue's first word may be followed by an apostrophe ("said’"), never by a letter, digit or hyphen.
    const length = apostrophe < 0 ? i - start : apostrophe;
    if (ascii) {
      if (!FIRST_WORDS.mayHold(hash)) continue;
      if (length < 32) {
        let c = text.charCodeAt(start);
        if (c >= 0x41 && c <= 0x5a) c += 0x20;
        if ((FIRST_WORD_LENGTHS[c] & ((1 << length) | 1)) === 0) continue;
      }
    }
    const entry = ascii ? asciiEntry(text, start, length, hash) : ENTRIES.get(text.slice(start, start + length).toLowerCase());
    if (entry === undefined) continue;
    // The phrases of several words as written, then with an adverb after their first word, then the word alone.
    // After an ASCII first word, a phrase written as it is listed needs a space next and an adverb needs white space: the
    // character after the word is read once before the phrases are tried one by one.
    const next = ascii ? text.charCodeAt(start + length) : NaN;
    const several = entry.several.length === 0 || (ascii && next !== 0x20) ? null : severalAt(text, start, entry.several);
    const adverbed = several ?? (entry.several.length === 0 || (ascii && next < 0x80 && !isAsciiSpace(next)) ? null : adverbPhraseAt(text, start, length, entry.several));
    const match = adverbed ?? (entry.single === null ? null : phraseAt(text, start, entry.single));
    if (match === null) continue;
    out.push(match);
    resumeAt = match.index + match.text.length;
  }
  return out;
}

/** Whether an ASCII code unit is white space to `\s` (tab, line feed, vertical tab, form feed, carriage return, space). */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** The first of `phrases` (of several words) written at `start` as a whole word sequence. */
function severalAt(text: string, start: number, phrases: readonly string[]): CueMatch | null {
  for (const phrase of phrases) {
    const match = phraseAt(text, start, phrase);
    if (match !== null) return match;
  }
  return null;
}

/** `phrase` written at `start` as a whole word sequence, if it is. */
function phraseAt(text: string, start: number, phrase: string): CueMatch | null {
  const end = start + phrase.length;
  if (end > text.length || WORD_CHAR.test(text.charAt(end))) return null;
  return lowerEquals(text, start, phrase, 0) ? { index: start, text: text.slice(start, end), phrase } : null;
}

/** An adverb in -ly, or of degree, between a cue's first word and the rest of its phrase ("spoke briefly about", "talk much about", "spoke at length about"). */
const INNER_ADVERB_RE = /\s+(?:\p{Ll}+ly|much|often|at\s+length|a\s+lot)(?=\s)/uy;

/** One of `phrases` (of several words) with an adverb after its first word ("spoke briefly about", "touched briefly on"). */
function adverbPhraseAt(text: string, start: number, length: number, phrases: readonly string[]): CueMatch | null {
  INNER_ADVERB_RE.lastIndex = start + length;
  const adverb = INNER_ADVERB_RE.exec(text);
  if (adverb === null) return null;
  const restAt = start + length + adverb[0].length;
  for (const phrase of phrases) {
    const end = restAt + phrase.length - length;
    if (end > text.length || WORD_CHAR.test(text.charAt(end))) continue;
    if (lowerEquals(text, restAt, phrase, length)) return { index: start, text: text.slice(start, end), form: phrase, phrase };
  }
  return null;
}

/**
 * How many code units the character at `i` takes when it belongs to a word (a letter,
 * digit, straight or curly apostrophe or hyphen; 2 for a letter outside the BMP), else 0.
 */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x2d ? 1 : 0;
  if (c === 0x2019) return 1;
  // The rest of General Punctuation (curly quotes, dashes, ellipsis, special spaces) holds no letter or digit.
  if (c >= 0x2000 && c <= 0x206f) return 0;
  const point = text.codePointAt(i) as number;
  const width = point > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + width)) ? width : 0;
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

/**
 * `pattern` (ending in `$`) run on the text before a cue, returning what it matches, found
 * without trying it at every position: a match holds only the characters `inMatch` accepts,
 * so it starts after the last other one, and at a word start. Each such start is tried in
 * order with a sticky copy of the pattern (which sees the characters before it, so `\b`
 * reads as in the whole text): the first that matches is where `pattern.exec` would match.
 * With `inMatch` null the pattern is run as it is.
 */
export function suffixMatcher(pattern: RegExp, inMatch: RegExp | null, lastWord?: (run: string) => boolean): (near: string) => string | null {
  const exec = suffixExec(pattern, inMatch, lastWord);
  return (near) => exec(near)?.[0] ?? null;
}

/**
 * As `suffixMatcher`, the whole match (with its index and groups). With `lastWord`, for a pattern whose match ends in
 * white space right after a word whose last character is an ASCII letter (`…\s+$`): a text not ending so, or whose last run of ASCII letters before that white
 * space `lastWord` turns down, is no match, and the pattern is not tried at all (most texts before a cue end in no
 * listed word). A character outside ASCII at the end of that run or right before it is left to the pattern, which may
 * read it as an ASCII letter (the `i` and `u` flags fold ſ to s, K to k).
 */
export function suffixExec(pattern: RegExp, inMatch: RegExp | null, lastWord?: (run: string) => boolean): (near: string) => RegExpExecArray | null {
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
  // `inMatch` read once for each ASCII character, so the walk back tests the pattern only on others.
  const asciiInMatch = inMatch === null ? null : Array.from({ length: 128 }, (_, c) => inMatch.test(String.fromCharCode(c)));
  const accepts = (near: string, i: number): boolean => {
    const c = near.charCodeAt(i);
    return c < 0x80 ? asciiInMatch![c] : inMatch!.test(near.charAt(i));
  };
  return (near) => {
    if (lastWord !== undefined && !mayEndInWord(near, lastWord)) return null;
    if (inMatch === null) return pattern.exec(near);
    let from = near.length;
    while (from > 0 && accepts(near, from - 1)) from--;
    for (let s = from; s < near.length; s++) {
      // No match starts right after an ASCII letter (a word character for `\b`) or on a space.
      if (s > from && isAsciiLetter(near.charCodeAt(s - 1))) continue;
      sticky.lastIndex = s;
      const m = sticky.exec(near);
      if (m !== null) return m;
    }
    return null;
  };
}

const SPACE_CHAR = /^\s$/u;

/** Whether `near` ends in white space after a run of ASCII letters that `lastWord` accepts, or after a character outside ASCII (see suffixExec). */
function mayEndInWord(near: string, lastWord: (run: string) => boolean): boolean {
  let end = near.length;
  while (end > 0) {
    const c = near.charCodeAt(end - 1);
    if (c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : SPACE_CHAR.test(near.charAt(end - 1))) end--;
    else break;
  }
  if (end === near.length || end === 0) return false;
  let start = end;
  while (start > 0 && isAsciiLetter(near.charCodeAt(start - 1))) start--;
  // The pattern's word ends in an ASCII letter: another ASCII character there is no match.
  if (start === end) return near.charCodeAt(end - 1) >= 0x80;
  if (start > 0 && near.charCodeAt(start - 1) >= 0x80) return true;
  return lastWord(near.slice(start, end));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * A cheap necessary condition before a pattern anchored at the end of a text (`…\s*$`, `…\s+$`),
 * which the engine tries at every position of the text: whether the text, white space trimmed off
 * its end (the characters `\s` reads), ends as `tail` (a pattern ending in `$`) says, read on its
 * last `width` characters; with `space`, only when white space was trimmed.
 */
export function trimmedEndMatches(text: string, tail: RegExp, width: number, space: boolean): boolean {
  const trimmed = text.trimEnd();
  if (space && trimmed.length === text.length) return false;
  return tail.test(trimmed.slice(-width));
}
