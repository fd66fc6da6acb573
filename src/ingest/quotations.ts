/**
 * Quotation marks in paragraphs: finding and pairing them, and telling a
 * quote from a title, a nickname or a scare-quoted term. Pure; no I/O.
 */
import { someWord, words } from './text';
import { ATTRIBUTION_WINDOW } from './attribution/patterns';
import { ABBREVIATIONS, SPEECH_VERBS } from './lexicon';
import { usedWordsBefore } from './quoted-usage';
import { coordinatedWithTitle, labelShape } from './quoted-terms';

export type QuotationKind = 'quote' | 'title' | 'nickname' | 'term';

export interface Quotation {
  paragraph: number;
  /** Offsets of the text inside the marks. */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs on to the next paragraph. */
  close: number | null;
  kind: QuotationKind;
  text: string;
}

const OPENERS = new Set(['“', '"', '„', '«']);

const CLOSERS = new Set(['”', '"', '»', '“']);

/** Pairs quotation marks in each paragraph and classifies each span. */
export function findQuotations(paragraphs: readonly string[]): Quotation[] {
  const out: Quotation[] = [];
  paragraphs.forEach((text, paragraph) => {
    let prev: Quotation | null = null;
    for (const span of pairMarks(text)) {
      const inner = text.slice(span.start, span.end);
      if (inner.trim() === '') continue;
      const q: Quotation = { paragraph, ...span, text: inner, kind: classify(text, span, inner, prev) };
      out.push(q);
      prev = q;
    }
  });
  return out;
}

function pairMarks(text: string): { start: number; end: number; open: number; close: number | null }[] {
  const spans: { start: number; end: number; open: number; close: number | null }[] = [];
  let open: number | null = null;
  // Two apostrophes for a double mark (''…'', as some wire and archive feeds write them): the span's
  // close is then the second apostrophe, so that close + 1 is past the mark as for any other.
  let pair = false;
  // Where each ‘ closes, read once per paragraph (a scan per ‘ was quadratic in a run of unclosed ones).
  let singles: ((from: number) => number | null) | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'" && text[i + 1] === "'") {
      if (open === null && isOpening(text, i) && !/\s/.test(text[i + 2] ?? ' ')) {
        open = i;
        pair = true;
        i++;
      } else if (open !== null && pair && (isClosing(text, i) || strayClosing(text, i + 1)) && i > open + 2) {
        spans.push({ open, start: open + 2, end: i, close: i + 1 });
        open = null;
        pair = false;
        i++;
      }
      continue;
    }
    if (pair) continue;
    if (open === null) {
      if (OPENERS.has(c) && isOpening(text, i)) open = i;
      else if (c === '”' && isOpening(text, i) && nextCurlyMark(text, i + 1) === '”') open = i;
      else if (c === '‘' && isOpening(text, i)) {
        singles ??= singleCloses(text);
        const close = singles(i + 1);
        if (close !== null) {
          spans.push({ open: i, start: i + 1, end: close, close });
          i = close;
        }
      }
      continue;
    }
    if (CLOSERS.has(c) && (c !== '"' || isClosing(text, i) || strayClosing(text, i)) && i > open + 1) {
      spans.push({ open, start: open + 1, end: i, close: i });
      open = null;
    } else if (c === '“' && isOpening(text, i)) {
      // An opening mark while one is open: the earlier one was never closed.
      open = i;
    }
  }
  if (open !== null) spans.push({ open, start: open + (pair ? 2 : 1), end: text.length, close: null });
  return spans;
}

/**
 * The next curly double mark from `from`: a closing mark where an opening one
 * belongs (`”Mr. Roe said…”`, a typing error of wire copy) opens a quotation
 * only when a closing mark, not another opening one, comes next. The search
 * stops at that mark, which then closes the quotation, so the scan stays linear.
 */
function nextCurlyMark(text: string, from: number): string | null {
  for (let j = from; j < text.length; j++) if (text[j] === '”' || text[j] === '“') return text[j];
  return null;
}

function isOpening(text: string, i: number): boolean {
  const prev = i === 0 ? ' ' : text[i - 1];
  const next = text[i + 1] ?? ' ';
  return /[\s([—–\-:,/]/.test(prev) && !/\s/.test(next);
}

function isClosing(text: string, i: number): boolean {
  const prev = text[i - 1] ?? ' ';
  return !/\s/.test(prev);
}

/**
 * A straight mark (or the second of two apostrophes) at `i` with a space before it that still
 * closes the open quotation, since no quotation opens before a space: `…'above the president,' "
 * said Ana Ruiz`, `…this, " Ruiz said`.
 */
function strayClosing(text: string, i: number): boolean {
  return /\s/.test(text[i + 1] ?? ' ');
}

/**
 * For a paragraph, the closing ’ of a ‘ whose text starts at `from`: the first ’ from there that is no apostrophe (not
 * before a letter, not after a space), unless a double mark comes first (then none). Both are found for every offset
 * in one pass from the end, so that any number of ‘ cost one read of the paragraph.
 */
function singleCloses(text: string): (from: number) => number | null {
  const close = new Int32Array(text.length + 1).fill(-1);
  const double = new Int32Array(text.length + 1).fill(-1);
  for (let j = text.length - 1; j >= 0; j--) {
    const c = text[j];
    close[j] = c === '’' && !/\p{L}/u.test(text[j + 1] ?? '') && !/\s/.test(text[j - 1]) ? j : close[j + 1];
    double[j] = c === '“' || c === '"' ? j : double[j + 1];
  }
  return (from) => {
    const at = close[from];
    return at >= 0 && (double[from] < 0 || at < double[from]) ? at : null;
  };
}

const TITLE_CUES =
  /\b(?:show|program|programme|film|movie|book|novel|memoir|song|album|single|segment|series|episode|documentary|podcast|play|musical|opera|painting|exhibition|exhibit|column|op-ed|essay|article|report|titled|entitled|sitcom|drama|comedy|track|hit|newsletter|magazine|headline|poem|video|speech titled|anthem|blog|broadcast|special|autobiography|biography)\s*,?\s*$/i;

const NAMED_CUES = /\b(\p{L}+)\s+(?:called|named)\s*$/u;

const NICKNAME_CUES =
  /\b(?:nicknamed|dubbed|known as|aka|a\.k\.a\.|alias|nickname|moniker|(?:nicknamed|dubbed|branded)\s+(?:him|her|them|it|himself|herself)|known\s+(?:in|to|among|around|across)\s+[^"“”,.]{1,30}\s+as)\s*[,:]?\s*$/i;

const TERM_CUES =
  /\b(?:so-called|word|words|term|terms|phrase|label|labels|slogan|hashtag|acronym|expression|catchphrase|motto|reading|read|labeled|labelled|branded|termed|stamped|marked|emblazoned with)\s*[,:]?\s*$/i;

/** "referred to the deal as "…"": a name given to something. */
const REFERRED_AS_CUES = /\b(?:referred|refers|refer|referring)\s+to\b[^"“”.]{0,50}\bas\s*$/i;

/** "what critics call "…"": a label a group uses, not anyone's quoted words. */
const GROUP_LABEL_CUES =
  /\bwhat\s+(?:critics|opponents|some|many|supporters|residents|locals|fans|people|others|analysts|observers|activists|economists|officials)\b[^"“”.]{0,30}\b(?:call|calls|called|calling|dub|dubs|dubbed|term|terms|termed|describe as|describes as)\s*$/i;

/** "a problem researchers call "reverse causation"", "doctors call it "…"": a group's name for something. */
const GROUP_NAMES_CUES =
  /\b(?:critics|opponents|supporters|researchers|scientists|experts|economists|analysts|doctors|historians|scholars|locals|residents|fans|insiders|traders|investors|activists|officials|engineers|developers|users)\s+(?:call|called|dub|dubbed|term|termed|refer to as|know as)(?:\s+(?:it|this|that|them))?\s*$/i;

/** "which Nimbus calls "Receipts"": a relative clause naming something (a capitalized name follows). */
const NAMING_CLAUSE_CUES = /\b(?:which|what)\s+(?:[\p{L}’'.-]+\s+){1,3}(?:calls?|called|dubs?|dubbed|names?|named|brands?|branded|bills?|billed)\s*$/iu;

/** Analysts' stock ratings: "rates the stock "underperform"", "a "buy" rating". */
const RATING_WORDS = /^(?:strong\s+)?(?:buy|sell|hold|neutral|outperform|underperform|overweight|underweight|equal[- ]weight|market[- ]perform|sector[- ]perform|accumulate|reduce)$/i;

/** "Musk said the "Cybercab," a robotaxi…": a capitalized name right after a determiner names a thing. */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our)\s*$/i;

/** "A sign on the door said simply: "…"": words on a sign, placard or shirt. */
const SIGN_CUES =
  /\b(?:sign|signs|placard|placards|banner|banners|poster|posters|billboard|billboards|t-shirts?|shirts?|graffiti|stickers?|mural|plaque)\b(?:[^"“”.]|(?<=\b\p{Lu}\p{Ll}{0,2})\.){0,80}\b(?:said|says|read|reads|reading|declared|declares|proclaimed|proclaims|demanded|urged)\b[^"“”.]{0,15}[:,]?\s*$/iu;

/** A quotation opening with I, I'm, We or You is someone speaking, never a title, however title-cased. */
const FIRST_PERSON_OPENING_RE = /^(?:I|I'm|I’m|We|You)\b/;

/** A determiner or possessive right before a quotation: "a", "the", "its", "Trump's", "self-described". */
const SCARE_DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those|self-described|so-called)|\p{L}['’]s?)\s*$/iu;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'their', 'what']);

function classify(text: string, span: { start: number; end: number; open: number; close: number | null }, inner: string, prev: Quotation | null): QuotationKind {
  const before = text.slice(Math.max(0, span.open - 80), span.open);
  const after = span.close === null ? '' : text.slice(span.close + 1, span.close + 40);
  const core = inner.trim().replace(/[.,]$/, '');
  const words = core.split(/\s+/);
  const speechPunctuation = /[?!…—–:;]$/.test(inner.trim()) || hasInnerSentenceEnd(core);
  const titleCase = isTitleCase(words);
  // A show's or a work's title may keep short prepositions in lower case: "Midday with Charlie Sykes".
  const titleCaseLoose = titleCase || looseTitleCase(words);

  if (labelShape(text, inner, before, after, words.length, speechPunctuation)) return 'term';

  // The patterns on `before` (ending in `$`, tried at each of its positions) run after the cheaper conditions beside them.
  if (words.length <= 6 && (NICKNAME_CUES.test(before) || REFERRED_AS_CUES.test(before))) return 'nickname';
  if (words.length <= 6 && (GROUP_LABEL_CUES.test(before) || GROUP_NAMES_CUES.test(before))) return 'term';
  if (titleCase && !speechPunctuation && words.length <= 6 && NAMING_CLAUSE_CUES.test(before)) return 'title';
  if (RATING_WORDS.test(core) && (/\brat(?:e|es|ed|ing|ings)\b[^"“”.]{0,40}$/i.test(before) || /^\s*rating/i.test(after))) return 'term';
  if (titleCase && !speechPunctuation && words.length <= 6 && DETERMINER_BEFORE.test(before) && !FIRST_PERSON_OPENING_RE.test(core)) return 'title';
  if (words.length <= 12 && SIGN_CUES.test(before)) return 'term';
  // Dwayne "The Rock" Johnson: a short phrase between two parts of a name.
  if (words.length <= 4 && !speechPunctuation && !/[,.]$/.test(inner.trim()) && /\p{Lu}[\p{L}.'’-]*\s$/u.test(before) && /^\s\p{Lu}/u.test(after) && /^\p{Lu}/u.test(inner)) {
    const prevWord = /(\p{Lu}[\p{L}.'’-]*)\s$/u.exec(before)?.[1] ?? '';
    if (!/['’]s$/.test(prevWord) && !SPEECH_VERBS.has(prevWord.toLowerCase())) return 'nickname';
  }
  if (words.length <= 8 && usedWordsBefore(before) && !headlineLike(text, span)) return 'quote';
  if (words.length <= 8 && TERM_CUES.test(before)) return 'term';
  // The ad, titled "Unifier?": a title, whatever its punctuation.
  if (words.length <= 12 && /\b(?:titled|entitled)\s*$/i.test(before)) return 'title';
  // "Parks and Recreation" and "Guardians of the Galaxy": a title joined to a title before it.
  if (prev !== null && prev.kind === 'title' && prev.close !== null && span.open - prev.close <= 8 && coordinatedWithTitle(text.slice(prev.close + 1, span.open)) && titleCaseLoose && !speechPunctuation && words.length <= 12) return 'title';
  if (!speechPunctuation && words.length <= 12) {
    // Fiorina told "Fox and Friends": a show's name as the one told.
    if (/\btold\s*$/i.test(before) && titleCaseLoose && words.length >= 2 && words.length <= 6 && !FIRST_PERSON_OPENING_RE.test(core)) return 'title';
    if (TITLE_CUES.test(before) && (titleCase || /\b(?:titled|entitled)\s*$/i.test(before))) return 'title';
    // The checks on `before` (patterns ending in `$`, tried at each of its positions) only where their other conditions hold.
    const named = titleCase ? NAMED_CUES.exec(before) : null;
    if (named && !PRONOUNS.has(named[1].toLowerCase()) && !/^\p{Lu}/u.test(named[1]) && titleCase) return 'title';
    // On CNN's "State of the Union", in The New Yorker's "Talk of the Town".
    // …and after a plural possessive: on GB News’ "Farage at Large".
    if (titleCaseLoose && /\p{Lu}[\p{L}&.]*(?:['’]s|s['’])\s*$/u.test(before)) return 'title';
    // On Fox News channel's "Sunday Morning Futures": two title-case words or more after any possessive.
    if (titleCaseLoose && words.length >= 2 && /\p{L}(?:['’]s|s['’])\s*$/u.test(before) && !FIRST_PERSON_OPENING_RE.test(core)) return 'title';
    // "in an interview with "The View"", "an appearance on CNN's "The Lead with Jake Tapper"": a show's name.
    if (INTERVIEW_WITH.test(before) && isTitleCase(words.filter((w) => !TITLE_SMALL_WORDS.has(w))) && words.length <= 6 && !FIRST_PERSON_OPENING_RE.test(core)) return 'title';
    // "said on "Meet the Press"", "the hosts of "Morning Joe"": a title-case name after "on" or "of" is a show's or a work's.
    if (/\b(?:on|of)\s*$/i.test(before) && titleCase && words.length <= 6 && !FIRST_PERSON_OPENING_RE.test(core)) return 'title';
    if (titleCaseLoose && words.length >= 2 && !speechNearby(before, after)) return 'title';
  }
  // A subhead or a linked story's headline in the body ("Mayor Calls Plan ‘Reckless’", "Ruiz says budget ‘on track’"):
  // a short phrase quoted there is the headline's, not a quote the story reports.
  if (words.length <= 4 && headlineLike(text, span)) return 'term';
  // "a "political army"", "its "national enterprise reporter"": a short noun phrase after a determiner, no speech
  // verb in the sentence, is a term the writer sets off, not anyone's words.
  if (words.length <= 4 && !speechPunctuation && SCARE_DETERMINER_BEFORE.test(before) && !speechNearby(before, after) && !sentenceHasSpeech(text, span)) return 'term';
  // A word or two, quoted with no speech verb in the sentence: a scare quote ("pay-to-play").
  if (words.length <= 2 && !speechPunctuation && !sentenceHasSpeech(text, span)) return 'term';
  return 'quote';
}

/** Past-tense speech verbs of body copy: a paragraph holding one is no headline. */
const BODY_SPEECH_RE = /\b(?:said|told|added|asked|wrote|explained|recalled|according)\b/i;

/**
 * A paragraph written as a headline: one short line whose longer words are all capitalized, or one short sentence
 * quoting with single marks (as headlines do) and no past-tense speech verb.
 */
function headlineLike(text: string, span: { open: number }): boolean {
  if (text.length > 140 || /[.?!]\s+\p{Lu}/u.test(text.slice(0, -2))) return false;
  // A title-case line is a headline even with a speech verb in it ("Star Asked Actors To …").
  const all = text.split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w));
  if (all.length >= 4 && isTitleCase(text.split(/\s+/))) return true;
  if (BODY_SPEECH_RE.test(text)) return false;
  return text[span.open] === '‘' && !/["“”]/.test(text);
}

/** A sentence ending inside the text ("We won. They lost"), not an abbreviation ("Mr. Smith Goes to Washington"). */
function hasInnerSentenceEnd(s: string): boolean {
  for (const m of s.matchAll(/(\S+)[.?!]\s+\S/g)) {
    if (!/^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Prof|Rev|Vol|No|vs|U\.S|U\.K|\p{Lu})$/u.test(m[1])) return true;
  }
  return false;
}

/** A sentence end inside a window: `. `, `? ` or `! `, not the period of a title or an abbreviation (`Mr. Rubel said`). */
function sentenceEnds(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(/[.?!] /g)) {
    if (s[m.index] === '.') {
      // The word before the period, from a bounded slice: an initial or an abbreviation ends no sentence.
      const word = /\p{L}*$/u.exec(s.slice(Math.max(0, m.index - 12), m.index))![0];
      if (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    out.push(m.index);
  }
  return out;
}

/** Whether the sentence around a span, outside the span, has a speech verb or "according to". */
function sentenceHasSpeech(text: string, span: { open: number; close: number | null }): boolean {
  // Within the attribution window on either side, so run-on input stays linear.
  const windowStart = Math.max(0, span.open - ATTRIBUTION_WINDOW);
  const head = text.slice(windowStart, span.open);
  const from = windowStart + (sentenceEnds(head).pop() ?? 0);
  const closeAt = span.close ?? text.length;
  const tail = text.slice(closeAt + 2, closeAt + 2 + ATTRIBUTION_WINDOW);
  const end = sentenceEnds(tail)[0];
  const to = end !== undefined ? closeAt + 2 + end : Math.min(text.length, closeAt + 2 + ATTRIBUTION_WINDOW);
  const lead = text.slice(from, span.open);
  const outside = lead + ' ' + text.slice(closeAt + 1, to);
  return someWord(outside, (w) => SPEECH_VERBS.has(w.toLowerCase()) && !NOUN_READINGS.has(w.toLowerCase())) || /\baccording to\b/i.test(outside);
}

/** Speech verb forms read as nouns as often ("the states", "the United States"): no speech verb of the sentence around a scare quote. */
const NOUN_READINGS = new Set(['states']);

/** An interview or appearance with or on a show, its outlet's name between: `interview with `, `appearance on CNN's `. */
const INTERVIEW_WITH = /\b(?:interviews?|appearances?|conversation|sit-down)\s+(?:with|on)\s+(?:\p{Lu}[\p{L}&.’'-]*\s+){0,3}$/u;
/** Prepositions of four letters or more that a show's title may keep in lower case: "The Lead with Jake Tapper". */
const TITLE_SMALL_WORDS = new Set(['with', 'from', 'into', 'over', 'about']);

/**
 * Title case but for short prepositions kept in lower case ("Midday with Charlie Sykes", "Contract with America"):
 * two capitalized words of four letters or more at least, so that "I'm with her" or "It's about me" is none.
 */
function looseTitleCase(words: string[]): boolean {
  const kept = words.filter((w) => !TITLE_SMALL_WORDS.has(w));
  if (kept.length === words.length || !isTitleCase(kept) || FIRST_PERSON_OPENING_RE.test(words[0])) return false;
  return kept.filter((w) => /^\p{Lu}\p{L}{3,}/u.test(w)).length >= 2;
}

/** Every word of four letters or more (and the first word) capitalized: "State of the Union", "This Week". */
function isTitleCase(words: string[]): boolean {
  // Word by word, stopping at the first that is not (most quotations are sentences, read no further than their first long word).
  let first = true;
  for (const w of words) {
    const clean = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (clean === '') continue;
    if ((first || clean.length >= 4) && !/^[\p{Lu}\p{N}]/u.test(clean)) return false;
    first = false;
  }
  return !first;
}

/** A speech verb among the two words before the quote or the five after it ("Not Yet," he said). */
function speechNearby(before: string, after: string): boolean {
  const prev = words(before).slice(-2);
  const next = words(after).slice(0, 5);
  return [...prev, ...next].some((w) => SPEECH_VERBS.has(w.toLowerCase())) || /^\s*,?\s*according to\b/i.test(after);
}
