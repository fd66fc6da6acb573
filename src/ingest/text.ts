/**
 * Small text helpers shared by the parser and the extractors: normalization
 * and word tokens with offsets (sentence ranges are in sentences.ts).
 */
import { ABBREVIATIONS, SPEECH_VERBS } from './lexicon';
import { memoized } from './memo';

/**
 * The form all extraction works on: LF line ends, no BOM, no NBSP or
 * zero-width characters, no trailing spaces, NFC. Offsets stored with
 * mentions and quotes are offsets into paragraphs of this form.
 */
export function normalizeText(raw: string): string {
  // Extraction normalizes each text twice (to parse it, to hash it): the last answer is kept.
  if (raw === lastRaw) return lastNormalized;
  lastNormalized = normalize(raw);
  lastRaw = raw;
  return lastNormalized;
}

let lastRaw: string | null = null;
let lastNormalized = '';

function normalize(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/\t/g, ' ')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/[ ]+$/g, ''))
    .join('\n');
}

export interface Token {
  /** The token as written, possessive included. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Text without a possessive 's / ’s. */
  readonly base: string;
  /** End offset of `base`. */
  readonly baseEnd: number;
  readonly possessive: boolean;
}

/**
 * A letter written as UTF-8 read as Latin-1 (mojibake: `Ã§` for `ç`, `Ã\u0083Â§` read twice over):
 * part of the word it sits in, so `FranÃ§ois` stays one name.
 */
const MOJIBAKE = '[\u00C2\u00C3][\u0080-\u00BF]';
const MOJIBAKE_RE = new RegExp(`(?:${MOJIBAKE})+`, 'gu');

/** A word with each mis-encoded letter read as a lower-case letter, for checks of its shape. */
export function foldMojibake(word: string): string {
  return word.includes('\u00C3') || word.includes('\u00C2') ? word.replace(MOJIBAKE_RE, 'x') : word;
}

/**
 * Word tokens of a text with their offsets; trailing periods kept only on
 * abbreviations and initials. The last paragraphs' tokens are kept, as the
 * mention reader reads each paragraph more than once: the array and its
 * tokens are shared, read only.
 */
export const tokenize: (text: string) => readonly Token[] = memoized(128, 8_000, readTokens);

/**
 * The words of a text in order, read character by character (a match object a word cost more than the walk): what
 * `/(?:M|[\p{L}\p{N}])+(?:[.'’\-&](?:M|[\p{L}\p{N}])+)*\.?/gu` matches, M a mis-encoded letter (MOJIBAKE): runs of
 * letters, digits and mis-encoded letters, joined by single marks, and a period after.
 */
function readTokens(text: string): readonly Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; ) {
    let width = unitWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    for (;;) {
      width = unitWidth(text, i);
      if (width > 0) i += width;
      else if (isJoiner(text.charCodeAt(i)) && (width = unitWidth(text, i + 1)) > 0) i += 1 + width;
      else break;
    }
    if (text.charCodeAt(i) === 0x2e) i++;
    let word = text.slice(start, i);
    if (word.endsWith('.') && !keepsPeriod(word)) word = word.slice(0, -1);
    const possessive = word.length > 2 && endsWithPossessive(word);
    const base = possessive ? word.slice(0, -2) : word;
    tokens.push({ text: word, start, end: start + word.length, base, baseEnd: start + base.length, possessive });
  }
  return tokens;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** How many code units of a word's unit start at `i`: 2 for a mis-encoded letter or a letter outside the BMP, 1 for another letter or digit, else 0. */
function unitWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c === 0xc2 || c === 0xc3) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0x80 && next <= 0xbf) return 2;
  }
  // General Punctuation (curly quotes, dashes, ellipsis, special spaces) holds no letter or digit.
  if (c >= 0x2000 && c <= 0x206f) return 0;
  const width = (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + width)) ? width : 0;
}

/** `.`, `'`, `’`, `-` or `&`: what joins two runs of one word. */
function isJoiner(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x26;
}

/** Whether a word ends in 's or ’s (either case of s). */
function endsWithPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 0x73 && last !== 0x53) return false;
  const mark = word.charCodeAt(word.length - 2);
  return mark === 0x27 || mark === 0x2019;
}

function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "F."
  if (bare.includes('.')) return true; // "U.S."
  if (/-\p{Lu}\p{Ll}*$/u.test(bare)) return ABBREVIATIONS.has(bare.split('-').pop()!.toLowerCase()); // "D-Calif."
  return ABBREVIATIONS.has(bare.toLowerCase());
}

const UPPER_START_RE = /^\p{Lu}/u;

/** Whether a word starts with an upper-case letter (an ASCII first character read directly: this runs on every token). */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER_START_RE.test(word);
}

export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}.&-]*$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

export interface Range {
  start: number;
  end: number;
}

/** Straight and typographic quote characters folded for comparison. */
export function foldQuotes(s: string): string {
  return s.replace(/[“”„‟«»]/g, '"').replace(/[‘’‚‛]/g, "'");
}

/** Whether a phrase holds a verb of speech (said, told, …). */
export function hasSpeechVerb(s: string): boolean {
  return someWord(s, (w) => SPEECH_VERBS.has(w.toLowerCase()));
}

const WORD_RE = /\p{L}+(?:['’]\p{L}+)?/gu;

export function words(s: string): string[] {
  return s.match(WORD_RE) ?? [];
}

/** Whether some word of `s` (as `words` gives them) passes `test`, read in order up to the first that does. */
export function someWord(s: string, test: (word: string) => boolean): boolean {
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(s); m !== null; m = WORD_RE.exec(s)) {
    const next = WORD_RE.lastIndex;
    if (test(m[0])) {
      WORD_RE.lastIndex = 0;
      return true;
    }
    // `test` may have read words itself.
    WORD_RE.lastIndex = next;
  }
  return false;
}

/** Whether `s` holds at least `n` words (as `words` gives them), read only up to the n-th. */
export function hasWords(s: string, n: number): boolean {
  if (n <= 0) return true;
  WORD_RE.lastIndex = 0;
  let count = 0;
  while (WORD_RE.exec(s) !== null) {
    if (++count >= n) {
      WORD_RE.lastIndex = 0;
      return true;
    }
  }
  return false;
}
