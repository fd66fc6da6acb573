/**
 * Titles and roles around a name: a title before it ("Foreign Minister
 * Sergei Lavrov", "His spokesman, Nick Alvarez,"), an appositive after it,
 * abbreviations expanded, and the nationality a title gives.
 */
import { DEMONYMS, GIVEN_NAMES, HONORIFICS, NAME_PREFIX_TITLES, NON_NAME_WORDS, PLACES, SPEECH_VERBS, TITLE_HEADS, TITLE_EXPANSIONS, TITLE_MODIFIERS } from '../lexicon';
import { norm } from './state';
import { type Range, type Token, isCapitalized } from '../text';

function matchHeadEndingAt(words: readonly string[], k: number): number {
  for (let len = Math.min(5, k + 1); len >= 1; len--) {
    const phrase = words.slice(k - len + 1, k + 1).join(' ');
    if (TITLE_HEADS.has(phrase)) return len;
  }
  return compoundHead(words[k]) ? 1 : 0;
}

/** "secretary-treasurer", "president-ceo": title heads joined by a hyphen. */
function compoundHead(word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.length <= 3 && parts.every((p) => TITLE_HEADS.has(p));
}

/** Splits "Russian Foreign Minister Sergei Lavrov" into a title part and the name part (index of the name's first token). */
export function splitTitle(slice: Token[]): { nameStart: number } {
  const words = slice.map((t) => stripTitlePrefix(t.text.toLowerCase()));
  for (let k = slice.length - 2; k >= 0; k--) {
    if (matchHeadEndingAt(words, k) > 0) return { nameStart: domainThenName(slice, words, k + 1) ?? k + 1 };
  }
  return { nameStart: 0 };
}

/** Within one run ("Minister of Public Health Ana Ruiz"): after a head's "of"/"for"/"on" and its domain, the index of a given name opening the last two or three words. */
function domainThenName(slice: readonly Token[], words: readonly string[], after: number): number | null {
  if (!/^(?:for|of|on)$/.test(words[after] ?? '')) return null;
  for (let m = after + 2; m < slice.length - 1; m++) {
    if (slice.length - m <= 3 && GIVEN_NAMES.has(norm(slice[m].base)) && !TITLE_HEADS.has(words[m])) return m;
  }
  return null;
}

function stripTitlePrefix(word: string): string {
  return word.replace(/^(?:then|ex|former)-/, '');
}

/** Words after which a title head is a verb: the infinitive marker and modals. */
const VERB_MARKERS = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', "won't", 'won’t']);

export interface TitleMatch {
  text: string;
  range: Range;
  /** Capitalized head, as formal titles are written ("Foreign Minister"); "diplomat" is not. */
  formal: boolean;
}

/**
 * The title written just before a name: scans back over title words,
 * modifiers ("former", "ousted", "pro-Russian"), nationality and organization
 * words, and requires a title head directly before the name.
 */
export function readTitleBefore(text: string, tokens: Token[], nameFrom: number): TitleMatch | null {
  const k = nameFrom - 1;
  if (k < 0 || text.slice(tokens[k].end, tokens[nameFrom].start) !== ' ') return null;
  // Only the few tokens a title can span are lower-cased; indexes stay those of `tokens`.
  const from = Math.max(0, k - 12);
  const words: string[] = [];
  for (let i = from; i <= k; i++) words[i] = stripTitlePrefix(tokens[i].text.toLowerCase());
  if (HONORIFICS.has(words[k])) return null;
  const headLen = matchHeadEndingAt(words, k);
  if (headLen === 0) return null;
  let first = k - headLen + 1;
  // "will host Ravi Sandoval", "to chair": a head after "to" or a modal is a verb, no title.
  if (first > 0 && !isCapitalized(tokens[first].text) && VERB_MARKERS.has(tokens[first - 1].text.toLowerCase())) return null;
  // Extend left over modifiers, nationality, organization names and possessive countries.
  while (first > from) {
    const prev = tokens[first - 1];
    const gap = text.slice(prev.end, tokens[first].start);
    if (gap !== ' ') break;
    const w = prev.text.toLowerCase();
    const base = prev.base.toLowerCase();
    if (NON_NAME_WORDS.has(base) && !TITLE_MODIFIERS.has(w) && !opensPlace(prev, tokens[first])) break;
    if (SPEECH_VERBS.has(w)) break;
    const ok =
      TITLE_MODIFIERS.has(w) ||
      DEMONYMS.has(base) ||
      /^(?:pro|anti)-\p{L}+$/u.test(w) ||
      (prev.possessive && isCapitalized(prev.text)) ||
      TITLE_HEADS.has(w) ||
      (isCapitalized(prev.text) && !prev.possessive) ||
      (w === 'of' && first - 2 >= 0 && isCapitalized(tokens[first - 2].text));
    if (!ok) break;
    first--;
    if (prev.possessive) break;
  }
  // Drop leading capitalized words that start the sentence but are not part of a title ("Both", "Yesterday").
  while (first < k - headLen + 1 && NON_NAME_WORDS.has(tokens[first].base.toLowerCase()) && !TITLE_MODIFIERS.has(words[first]) && !opensPlace(tokens[first], tokens[first + 1])) first++;
  const start = tokens[first].start;
  const end = tokens[k].end;
  const raw = text.slice(start, end);
  const head = tokens[k - headLen + 1].text;
  return { text: expandTitle(raw, text, tokens[nameFrom]), range: { start, end }, formal: isCapitalized(head) };
}

/** "New" before "York": a common word opening a place's name with the next word. */
export function opensPlace(word: Token, next: Token): boolean {
  return PLACES.has(`${word.base.toLowerCase()} ${next.base.toLowerCase()}`);
}

const EXPANSION_RES: [RegExp, string][] = [...TITLE_EXPANSIONS].map(([abbr, full]) => [new RegExp(`(^|\\s)${abbr.replace(/\./g, '\\.')}(?=\\s|$)`, 'i'), full]);

/** "Sen." → "Senator"; a party-state tag "(D-Calif.)" after the name makes a bare legislator title "U.S. …". */
function expandTitle(raw: string, text: string, nameToken: Token): string {
  let title = raw;
  if (title.includes('.')) for (const [re, full] of EXPANSION_RES) title = title.replace(re, `$1${full}`);
  const after = text.slice(nameToken.end, nameToken.end + 80);
  const partyTag = /^[^,.()]{0,40}\(\s*[DRI]-[A-Z][A-Za-z.]*\s*\)/.test(after);
  if (partyTag && /^(?:Senator|Representative)$/.test(title)) title = `U.S. ${title}`;
  return title;
}

/**
 * An appositive giving a role right after a name: ", Russia's ambassador to
 * the United States," or " (D-Calif.), chairwoman of the Senate Intelligence Committee,".
 */
export function readAppositive(text: string, nameEnd: number): { title: string; range: Range } | null {
  const m = /^(\s*\([^()]{1,40}\))?\s*,\s+/.exec(text.slice(nameEnd));
  if (!m) return null;
  const start = nameEnd + m[0].length;
  let end = start;
  const rest = text.slice(start);
  const stop = /,|;|\(|\)|—|–|:|\.(?=\s|$)(?<!\b\p{Lu}\.)(?<!\bU\.S\.)(?<!\bU\.N\.)(?<!\bU\.K\.)|["“”]/u.exec(rest);
  end = start + (stop ? stop.index : rest.length);
  let phrase = text.slice(start, end).trim();
  if (phrase === '' || phrase.split(/\s+/).length > 14) return null;
  if (/^\d+$/.test(phrase)) return null;
  const words = phrase.split(/\s+/);
  const first = words[0].toLowerCase();
  if (['who', 'which', 'that', 'where', 'when', 'and', 'but', 'or', 'said', 'says', 'told'].includes(first)) return null;
  if (SPEECH_VERBS.has(first)) return null;
  // The head of the appositive must be a title word within its first few words.
  const lowerWords = words.map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  let headAt = -1;
  for (let k = 0; k < Math.min(lowerWords.length, 6); k++) {
    if (matchHeadEndingAt(lowerWords, k) > 0) {
      headAt = k;
      break;
    }
  }
  if (headAt < 0) return null;
  // Before the head: a noun phrase's pre-modifiers ("the union's general", "a senior"), never a verb or clause word.
  for (let k = 0; k < headAt; k++) {
    if (APPOSITIVE_STOP.has(lowerWords[k]) || SPEECH_VERBS.has(lowerWords[k]) || /^\d/.test(lowerWords[k])) return null;
  }
  // "…, the prime minister said:" is a clause about someone else, not an appositive.
  if (lowerWords.slice(headAt + 1).some((w) => CLAUSE_VERBS.has(w))) return null;
  phrase = phrase.replace(/^(?:a|an|the)\s+/i, '');
  return { title: phrase, range: { start, end } };
}

const APPOSITIVE_STOP = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'who', 'which', 'that', 'and', 'but', 'or', 'not', 'did', 'does', 'do', 'said', 'says', 'told', 'with', 'when', 'where', 'if', 'as', 'he', 'she', 'they', 'it', 'we', 'i']);

/** Finite verbs that make a comma phrase a clause rather than an appositive (not "states", "calls": nouns too). */
const CLAUSE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'did', 'does', 'can', 'could', 'said', 'says', 'told', 'tells', 'added', 'wrote', 'insisted', 'argued', 'warned', 'replied']);

/**
 * A title set off before the name by a comma: "Labour's shadow health
 * secretary, Wes Streeting, accused…", "His spokesman, Nick Alvarez, said…".
 * The name must be closed by a comma too.
 */
export function readTitleBeforeComma(text: string, nameStart: number, nameEnd: number): TitleMatch | null {
  if (!/^\s*,/.test(text.slice(nameEnd))) return null;
  const before = text.slice(Math.max(0, nameStart - 100), nameStart);
  const m = /(?:^|[.;:!?]\s+|,\s+|\b(?:and|but)\s+)((?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+)\s*,\s*$/u.exec(before);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  if (!TITLE_HEADS.has(head)) return null;
  let phrase = m[1];
  phrase = phrase.replace(/^(?:the|a|an|his|her|their|its|our)\s+/i, '');
  if (phrase.split(/\s+/).some((w) => APPOSITIVE_STOP.has(w.toLowerCase()))) return null;
  const start = nameStart - (before.length - before.lastIndexOf(m[1])) + (m[1].length - phrase.length);
  return { text: phrase, range: { start, end: start + phrase.length }, formal: false };
}

export function lastTitleHead(title: string): string {
  const words = title.toLowerCase().split(/\s+/);
  for (let len = Math.min(4, words.length); len >= 1; len--) {
    const phrase = words.slice(words.length - len).join(' ');
    if (NAME_PREFIX_TITLES.has(phrase)) return phrase;
    const abbreviated = [...TITLE_EXPANSIONS].find(([, full]) => full.toLowerCase() === phrase);
    if (abbreviated && NAME_PREFIX_TITLES.has(abbreviated[0])) return abbreviated[0];
  }
  return words[words.length - 1];
}

export function nationalityOf(title: string): string | null {
  const lower = title.toLowerCase().replace(/[’']s\b/g, '');
  for (const w of lower.split(/\s+/)) {
    if (DEMONYMS.has(w)) return canonicalNation(w);
    if (PLACES.has(w)) return canonicalNation(w);
  }
  return null;
}

/** "american", "us", "united states" → "u.s."; "russia" → "russian". */
export function canonicalNation(word: string): string {
  const w = word.toLowerCase();
  if (['american', 'us', 'u.s.', 'usa', 'united states', 'america'].includes(w)) return 'u.s.';
  if (['british', 'uk', 'u.k.', 'britain'].includes(w)) return 'british';
  const country: Record<string, string> = { russia: 'russian', ukraine: 'ukrainian', china: 'chinese', france: 'french', germany: 'german', israel: 'israeli', iran: 'iranian' };
  return country[w] ?? w;
}

/**
 * "Under Secretary for Political Affairs Wendy Sherman", "Minister of Public Health Ana Ruiz": a name run that opens
 * with a title's domain after a title head and "for", "of" or "on" (the run broke at the connector), then a known
 * given name opening the last two or three words. How many domain words open the run; zero when it reads otherwise.
 */
export function domainWordsBeforeGivenName(text: string, tokens: readonly Token[], from: number, to: number): number {
  const of = tokens[from - 1];
  const head = tokens[from - 2];
  if (of === undefined || head === undefined || !/^(?:for|of|on)$/.test(of.text) || text.slice(of.end, tokens[from].start) !== ' ' || text.slice(head.end, of.start) !== ' ') return 0;
  if (!TITLE_HEADS.has(stripTitlePrefix(head.text.toLowerCase()))) return 0;
  for (let m = from + 1; m < to; m++) {
    if (to - m > 2) continue;
    if (GIVEN_NAMES.has(norm(tokens[m].base)) && !TITLE_HEADS.has(tokens[m].text.toLowerCase())) return m - from;
  }
  return 0;
}
