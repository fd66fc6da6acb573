/**
 * Direct quotations and their speakers. Pure; no I/O.
 *
 * Two steps: `findQuotations` pairs quotation marks and tells quotes from
 * titles, nicknames and scare quotes (the entity extractor skips titles);
 * `attributeQuotes` then finds each quote's speaker from the extracted
 * entities. When the speaker is unclear the quote keeps no speaker rather
 * than a guess.
 *
 * Conventions: a quote's text is exactly the characters inside its marks
 * (trailing comma or period included: `In the end, … decision,`), and its
 * start/end are the offsets of that text in its paragraph (end exclusive).
 * A quotation running over several paragraphs is one quote per paragraph,
 * the later ones attributed by method "continuation". A quotation split by
 * its attribution (`"First," he said, "second."`) is two quotes.
 */
import type { EntityExtraction, ExtractedMention, ExtractedPerson, Gender } from './extract-entities';
import { canonicalNation } from './extract-entities';
import {
  APPOSITIVE_GAP,
  DEMONYMS,
  FEMALE_WORDS,
  MALE_WORDS,
  ORGANIZATION_NOUNS,
  PARTICIPLE_SPEECH,
  PERSON_NOUNS,
  ROLE_NOUN_TITLES,
  SPEECH_VERB_ALT,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  VERB_ADVERBS,
} from './lexicon';
import { sentenceRanges, type Range } from './text';

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

export interface SpeakerRef {
  type: 'person' | 'organization';
  /** Index into the extraction's people or organizations. */
  index: number;
}

/** DIRECT: words inside quotation marks; INDIRECT: reported content; MIXED: reported content holding a quoted fragment. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface ExtractedQuote {
  kind: QuoteKind;
  /** The quoted words (direct), or the reported content (indirect, mixed). */
  text: string;
  paragraph: number;
  start: number;
  end: number;
  partial: boolean;
  speaker: SpeakerRef | null;
  /** The speaker's name as the article gives it; null without a speaker. */
  speakerName: string | null;
  /** "said-after-quote", "said-before-quote", "pronoun", "descriptor", "according-to", "continuation", "same-paragraph", "colon-intro", "previous-paragraph". */
  method: string | null;
  confidence: number | null;
  /** The reporting verb or phrase as written ("said", "according to"); null when none ties the quote to its source (see quote-cues.ts). */
  cue: string | null;
  /** Who the attribution names, a person or an organization (for direct quotes, the speaker). */
  source: SpeakerRef | null;
}

const OPENERS = new Set(['“', '"', '„', '«']);
const CLOSERS = new Set(['”', '"', '»', '“']);

/** Pairs quotation marks in each paragraph and classifies each span. */
export function findQuotations(paragraphs: readonly string[]): Quotation[] {
  const out: Quotation[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const span of pairMarks(text)) {
      const inner = text.slice(span.start, span.end);
      if (inner.trim() === '') continue;
      out.push({ paragraph, ...span, text: inner, kind: classify(text, span, inner) });
    }
  });
  return out;
}

function pairMarks(text: string): { start: number; end: number; open: number; close: number | null }[] {
  const spans: { start: number; end: number; open: number; close: number | null }[] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open === null) {
      if (OPENERS.has(c) && isOpening(text, i)) open = i;
      else if (c === '‘' && isOpening(text, i)) {
        const close = findSingleClose(text, i + 1);
        if (close !== null) {
          spans.push({ open: i, start: i + 1, end: close, close });
          i = close;
        }
      }
      continue;
    }
    if (CLOSERS.has(c) && (c !== '"' || isClosing(text, i)) && i > open + 1) {
      spans.push({ open, start: open + 1, end: i, close: i });
      open = null;
    } else if (c === '“' && isOpening(text, i)) {
      // An opening mark while one is open: the earlier one was never closed.
      open = i;
    }
  }
  if (open !== null) spans.push({ open, start: open + 1, end: text.length, close: null });
  return spans;
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

/** A closing ’ for a ‘ (not an apostrophe: not between letters). */
function findSingleClose(text: string, from: number): number | null {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '’' && !/\p{L}/u.test(text[j + 1] ?? '') && !/\s/.test(text[j - 1])) return j;
    if (text[j] === '“' || text[j] === '"') return null;
  }
  return null;
}

const TITLE_CUES =
  /\b(?:show|program|programme|film|movie|book|novel|memoir|song|album|single|segment|series|episode|documentary|podcast|play|musical|opera|painting|exhibition|exhibit|column|op-ed|essay|article|report|titled|entitled|sitcom|drama|comedy|track|hit|newsletter|magazine|headline|poem|video|speech titled|anthem|blog|broadcast|special)\s*$/i;
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
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'their', 'what']);

function classify(text: string, span: { start: number; end: number; open: number; close: number | null }, inner: string): QuotationKind {
  const before = text.slice(Math.max(0, span.open - 80), span.open);
  const after = span.close === null ? '' : text.slice(span.close + 1, span.close + 40);
  const core = inner.trim().replace(/[.,]$/, '');
  const words = core.split(/\s+/);
  const speechPunctuation = /[?!…—–:;]$/.test(inner.trim()) || hasInnerSentenceEnd(core);
  const titleCase = isTitleCase(words);

  if ((NICKNAME_CUES.test(before) || REFERRED_AS_CUES.test(before)) && words.length <= 6) return 'nickname';
  if ((GROUP_LABEL_CUES.test(before) || GROUP_NAMES_CUES.test(before)) && words.length <= 6) return 'term';
  if (NAMING_CLAUSE_CUES.test(before) && titleCase && !speechPunctuation && words.length <= 6) return 'title';
  if (RATING_WORDS.test(core) && (/\brat(?:e|es|ed|ing|ings)\b[^"“”.]{0,40}$/i.test(before) || /^\s*rating/i.test(after))) return 'term';
  if (DETERMINER_BEFORE.test(before) && titleCase && !speechPunctuation && words.length <= 6 && !/^(?:I|I'm|I’m|We|You)\b/.test(core)) return 'title';
  if (SIGN_CUES.test(before) && words.length <= 12) return 'term';
  // Dwayne "The Rock" Johnson: a short phrase between two parts of a name.
  if (words.length <= 4 && !speechPunctuation && !/[,.]$/.test(inner.trim()) && /\p{Lu}[\p{L}.'’-]*\s$/u.test(before) && /^\s\p{Lu}/u.test(after) && /^\p{Lu}/u.test(inner)) {
    const prevWord = /(\p{Lu}[\p{L}.'’-]*)\s$/u.exec(before)?.[1] ?? '';
    if (!/['’]s$/.test(prevWord) && !SPEECH_VERBS.has(prevWord.toLowerCase())) return 'nickname';
  }
  if (TERM_CUES.test(before) && words.length <= 8) return 'term';
  if (!speechPunctuation && words.length <= 12) {
    if (TITLE_CUES.test(before) && (titleCase || /\b(?:titled|entitled)\s*$/i.test(before))) return 'title';
    const named = NAMED_CUES.exec(before);
    if (named && !PRONOUNS.has(named[1].toLowerCase()) && !/^\p{Lu}/u.test(named[1]) && titleCase) return 'title';
    // On CNN's "State of the Union", in The New Yorker's "Talk of the Town".
    // …and after a plural possessive: on GB News’ "Farage at Large".
    if (/\p{Lu}[\p{L}&.]*(?:['’]s|s['’])\s*$/u.test(before) && titleCase) return 'title';
    if (titleCase && words.length >= 2 && !speechNearby(before, after)) return 'title';
  }
  // A word or two, quoted with no speech verb in the sentence: a scare quote ("pay-to-play").
  if (words.length <= 2 && !speechPunctuation && !sentenceHasSpeech(text, span)) return 'term';
  return 'quote';
}

/** A sentence ending inside the text ("We won. They lost"), not an abbreviation ("Mr. Smith Goes to Washington"). */
function hasInnerSentenceEnd(s: string): boolean {
  for (const m of s.matchAll(/(\S+)[.?!]\s+\S/g)) {
    if (!/^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Prof|Rev|Vol|No|vs|U\.S|U\.K|\p{Lu})$/u.test(m[1])) return true;
  }
  return false;
}

/** Whether the sentence around a span, outside the span, has a speech verb or "according to". */
function sentenceHasSpeech(text: string, span: { open: number; close: number | null }): boolean {
  // Within the attribution window on either side, so run-on input stays linear.
  const windowStart = Math.max(0, span.open - ATTRIBUTION_WINDOW);
  const head = text.slice(windowStart, span.open);
  const from = windowStart + Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '), 0);
  const closeAt = span.close ?? text.length;
  const tail = text.slice(closeAt + 2, closeAt + 2 + ATTRIBUTION_WINDOW);
  const ends = ['. ', '? ', '! '].map((e) => tail.indexOf(e)).filter((i) => i >= 0);
  const to = ends.length > 0 ? closeAt + 2 + Math.min(...ends) : Math.min(text.length, closeAt + 2 + ATTRIBUTION_WINDOW);
  const outside = text.slice(from, span.open) + ' ' + text.slice(closeAt + 1, to);
  return hasSpeechVerb(outside) || /\baccording to\b/i.test(outside);
}

/** Every word of four letters or more (and the first word) capitalized: "State of the Union", "This Week". */
function isTitleCase(words: string[]): boolean {
  const clean = words.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w !== '');
  if (clean.length === 0 || !/^[\p{Lu}\p{N}]/u.test(clean[0])) return false;
  return clean.every((w) => w.length < 4 || /^[\p{Lu}\p{N}]/u.test(w));
}

/** A speech verb among the two words before the quote or the five after it ("Not Yet," he said). */
function speechNearby(before: string, after: string): boolean {
  const prev = words(before).slice(-2);
  const next = words(after).slice(0, 5);
  return [...prev, ...next].some((w) => SPEECH_VERBS.has(w.toLowerCase())) || /^\s*,?\s*according to\b/i.test(after);
}

interface Context {
  paragraphs: readonly string[];
  entities: EntityExtraction;
  quotations: Quotation[];
  /** Per paragraph: sentence ranges, with quotations opaque. */
  sentences: Range[][];
  /** Per paragraph: mentions outside quotations, in order. */
  mentions: ExtractedMention[][];
  /** Per paragraph: its quotations (every kind), in order of their opening marks. */
  byParagraph: Quotation[][];
  /** Each quotation's position in its paragraph's list, so neighbours are found without scanning. */
  position: Map<Quotation, number>;
}

/**
 * Paragraphs longer than this get no same-paragraph or previous-paragraph
 * propagation: no news paragraph is this long, and those passes compare
 * every quote of a paragraph with every other.
 */
const LONG_PARAGRAPH = 5000;

/** Speakers, partial flags and confidence for every quotation of kind "quote". */
export function attributeQuotes(paragraphs: readonly string[], quotations: Quotation[], entities: EntityExtraction): ExtractedQuote[] {
  const byParagraph: Quotation[][] = paragraphs.map(() => []);
  const position = new Map<Quotation, number>();
  for (const q of quotations) {
    position.set(q, byParagraph[q.paragraph].length);
    byParagraph[q.paragraph].push(q);
  }
  const mentionsByParagraph: ExtractedMention[][] = paragraphs.map(() => []);
  for (const m of entities.mentions) mentionsByParagraph[m.paragraph]?.push(m);
  const ctx: Context = {
    paragraphs,
    entities,
    quotations,
    sentences: paragraphs.map((text, p) => sentenceRanges(text, byParagraph[p].map((q) => ({ start: q.open, end: (q.close ?? text.length) + 1 })))),
    mentions: mentionsByParagraph.map((ms, p) => ms.filter((m) => !insideQuote(byParagraph[p], m))),
    byParagraph,
    position,
  };
  const quotes = quotations.filter((q) => q.kind === 'quote');
  const results: ExtractedQuote[] = quotes.map((q) => ({
    kind: 'direct',
    text: q.text,
    paragraph: q.paragraph,
    start: q.start,
    end: q.end,
    partial: isPartial(ctx, q),
    speaker: null,
    speakerName: null,
    method: null,
    confidence: null,
    cue: null,
    source: null,
  }));
  quotes.forEach((q, i) => {
    const found = attributeOwn(ctx, q);
    if (found) setSpeaker(ctx, results[i], found);
  });
  propagate(ctx, quotes, results);
  return results;
}

/** Whether a mention lies inside a quotation of kind "quote" (binary search over quotations in order). */
function insideQuote(quotations: readonly Quotation[], m: ExtractedMention): boolean {
  let lo = 0;
  let hi = quotations.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotations[mid].start <= m.start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Quotations do not overlap, but a title inside a quote may follow it; look back a little.
  for (let k = at; k >= 0 && k >= at - 3; k--) {
    const q = quotations[k];
    if (q.kind === 'quote' && m.start >= q.start && m.end <= q.end) return true;
  }
  return false;
}

interface Found {
  speaker: SpeakerRef;
  method: string;
  confidence: number;
}

function setSpeaker(ctx: Context, result: ExtractedQuote, found: Found): void {
  result.speaker = found.speaker;
  result.source = found.speaker;
  result.method = found.method;
  result.confidence = found.confidence;
  result.speakerName = found.speaker.type === 'person' ? ctx.entities.people[found.speaker.index].name : ctx.entities.organizations[found.speaker.index].name;
}

function sentenceOf(ctx: Context, paragraph: number, at: number): Range {
  const sentences = ctx.sentences[paragraph];
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < sentences[mid].start) hi = mid - 1;
    else if (at >= sentences[mid].end) lo = mid + 1;
    else return sentences[mid];
  }
  return { start: 0, end: ctx.paragraphs[paragraph].length };
}

/** The quotations of q's paragraph before it, nearest first. */
function* quotationsBefore(ctx: Context, q: Quotation): Generator<Quotation> {
  const list = ctx.byParagraph[q.paragraph];
  for (let k = (ctx.position.get(q) ?? 0) - 1; k >= 0; k--) yield list[k];
}

/**
 * Full when the quote opens its sentence, or follows an attribution that
 * ends with a comma or colon (`Kerry said, "…"`), or continues a quote from
 * the previous paragraph. Otherwise it is a fragment inside a sentence.
 */
function isPartial(ctx: Context, q: Quotation): boolean {
  const text = ctx.paragraphs[q.paragraph];
  const sentence = sentenceOf(ctx, q.paragraph, q.open);
  const before = text.slice(Math.max(sentence.start, q.open - ATTRIBUTION_WINDOW), q.open);
  const startsUpper = /^[\p{Lu}\p{N}'"‘“(…]/u.test(q.text.trimStart()) || /^\.\.\./.test(q.text);
  if (before.trim() === '') return !(startsUpper || continuesPrevious(ctx, q));
  if (/[,:]\s*$/.test(before) || /[—–]\s*$/.test(before)) {
    // `"First," he said, "second."` and `Kerry said: "…"` introduce a whole quotation.
    const clause = before.replace(/[,:—–]\s*$/, '');
    let lastQuoteEnd: Quotation | undefined;
    for (const o of quotationsBefore(ctx, q)) {
      if (o.close !== null && o.close < q.open) {
        lastQuoteEnd = o;
        break;
      }
    }
    const splitQuote = lastQuoteEnd !== undefined && lastQuoteEnd.close! >= sentence.start;
    if (splitQuote || (hasSpeechVerb(clause) && /^[\p{Lu}\p{N}'"‘“]/u.test(q.text))) return false;
  }
  return true;
}

function continuesPrevious(ctx: Context, q: Quotation): boolean {
  if (q.paragraph === 0 || q.open !== 0) return false;
  const prev = ctx.byParagraph[q.paragraph - 1];
  return prev.length > 0 && prev[prev.length - 1].close === null;
}

function hasSpeechVerb(s: string): boolean {
  return words(s).some((w) => SPEECH_VERBS.has(w.toLowerCase()));
}

function words(s: string): string[] {
  return s.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
}

/** Verbs that take a reported clause ("said Republicans had promised…"); "was announced" and "called X" do not. */
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'tells', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'warned', 'warns', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'acknowledged', 'admitted', 'suggested', 'contended', 'maintained', 'stressed', 'explained']);

/** How far before a quote (in characters) its attribution is looked for. */
const ATTRIBUTION_WINDOW = 400;
const VERB_ALT = SPEECH_VERB_ALT;
const ADVERBS = VERB_ADVERBS;
const INVERTED_VERB_RE = new RegExp(`^(?:${VERB_ALT})\\s+`, 'i');
const PRONOUN_THEN_VERB_RE = new RegExp(`^(he|she)\\s+(?:${ADVERBS}\\s+)*(?:${VERB_ALT})\\b`, 'i');
const GAP_THEN_VERB_RE = new RegExp(`^${APPOSITIVE_GAP}\\s+(?:${ADVERBS}\\s+)*(?:${VERB_ALT})\\b`, 'i');
const DESCRIPTOR_THEN_VERB_RE = new RegExp(`^((?:the|a|an)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?)([\\p{L}-]+)\\s+(?:${ADVERBS}\\s+)*(?:${VERB_ALT})\\b`, 'iu');
const SPACE_THEN_VERB_RE = new RegExp(`^\\s+(?:${VERB_ALT})\\b`, 'i');
const PRONOUN_BEFORE_VERB_RE = new RegExp(`\\b(he|she)\\s+(?:${ADVERBS}\\s+)*$`, 'i');
const SUBJECT_GAP_RE = new RegExp(`^${APPOSITIVE_GAP}\\s+(?:${ADVERBS}\\s+)*$`, 'i');
const RELATIVE_GAP_RE = new RegExp(`^,\\s+who\\s+(?:${ADVERBS}\\s+)*$`, 'i');
/** "Karen Whitfield, an analyst at Wedbush Securities, who called": "who" after the person's appositive. */
const RELATIVE_AFTER_APPOSITIVE_RE = new RegExp(`^,[^,"“”]{1,120},\\s+who\\s+(?:${ADVERBS}\\s+)*$`, 'i');
const COORDINATED_RE = new RegExp(`,?\\s+(?:but|and)\\s+(?:${ADVERBS}\\s+)*$`, 'i');
const DESCRIPTOR_BEFORE_VERB_RE = new RegExp(`\\b((?:the|a|an)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?)([\\p{L}-]+)\\s+(?:${ADVERBS}\\s+)*$`, 'iu');
const END_ATTRIBUTION_RE = new RegExp(`,\\s*([^,]{1,80}?)\\s+(?:${VERB_ALT})(?:\\s+(?:on|in|at)\\s+[^,.]{1,40})?\\.?["”]?\\s*$`, 'i');
const FOLLOWED_BY_VERB_RE = new RegExp(`^(?:['’]s?)?(?:\\s*\\([^()]{0,60}\\))?(?:\\s*,[^,"“”]{1,140},)?\\s+(?:${ADVERBS}\\s+)*(?:${VERB_ALT})\\b`, 'i');
/** For matchAll only (it copies the regex, so the shared lastIndex is never used). */
// Not inside a hyphenated word: "so-called" is no speech verb.
const VERB_GLOBAL_RE = new RegExp(`(?<![\\w-])(${VERB_ALT})\\b(?!-)`, 'gi');

function attributeOwn(ctx: Context, q: Quotation): Found | null {
  const after = attributeAfter(ctx, q);
  // "X said … "…," according to the agency": the agency is the source, X the speaker.
  if (after && after.method !== 'according-to') return after;
  return attributeBefore(ctx, q) ?? after ?? attributeSentenceEnd(ctx, q) ?? attributeNamedNext(ctx, q) ?? attributeColonSubject(ctx, q);
}

/** The sentence after a quote that stands alone names its speaker: "That warning came from X", "So said X". */
const NAMED_NEXT_RE =
  /^\s+(?:(?:That|This|The|Those|These)\s+(?:[\p{Ll}-]+\s+){0,2}(?:warning|assessment|verdict|view|message|comment|comments|remark|remarks|words|prediction|observation|criticism|complaint|appeal|plea|advice|judgment|judgement|quip|admission|boast|promise|pledge|threat|rebuke|diagnosis|forecast|reaction|response)\s+(?:came|comes)\s+from|So\s+(?:said|says)|(?:Those|These)\s+were\s+the\s+words\s+of)\s+/u;

/** `"The timeline has slipped every year." That warning came from Tom Ferrante, an analyst…` */
function attributeNamedNext(ctx: Context, q: Quotation): Found | null {
  if (q.close === null || !/[.?!]$/.test(q.text.trimEnd())) return null;
  const text = ctx.paragraphs[q.paragraph];
  // The quotation is a sentence of its own: nothing of its sentence before it.
  if (!/(?:^|[.?!]["”’]?)\s*$/.test(text.slice(Math.max(0, q.open - 40), q.open))) return null;
  // The naming sentence follows in the same paragraph, or opens the next one when the quotation ends its paragraph.
  // Bounded slices: the pattern and a name fit in a few hundred characters, and run-on input stays linear.
  const rest = text.slice(q.close + 1, q.close + 1 + ATTRIBUTION_WINDOW);
  const [paragraph, from] = rest.trim() === '' && q.paragraph + 1 < ctx.paragraphs.length ? [q.paragraph + 1, 0] : [q.paragraph, q.close + 1];
  const m = NAMED_NEXT_RE.exec(' ' + ctx.paragraphs[paragraph].slice(from, from + ATTRIBUTION_WINDOW));
  if (!m) return null;
  const s = speakerStartingAt(ctx, paragraph, from + m[0].length - 1);
  return s ? { speaker: s.speaker, method: 'named-after', confidence: 0.8 * s.confidence } : null;
}

/**
 * `Asked about the rivals, Whitaker was blunt: "…"`: a sentence whose subject is
 * the only person or organization named before the colon that opens a whole quotation.
 */
function attributeColonSubject(ctx: Context, q: Quotation): Found | null {
  const text = ctx.paragraphs[q.paragraph];
  if (!/:\s*$/.test(text.slice(Math.max(0, q.open - 3), q.open)) || !/^[\p{Lu}\p{N}'"‘“]/u.test(q.text)) return null;
  const sentence = sentenceOf(ctx, q.paragraph, q.open);
  if (q.open - sentence.start > ATTRIBUTION_WINDOW) return null;
  // Binary search, then at most two mentions looked at: run-on input stays linear.
  const mentions = ctx.mentions[q.paragraph];
  const k = firstMentionFrom(mentions, sentence.start);
  const m = mentions[k];
  if (m === undefined || m.end > q.open || (mentions[k + 1] !== undefined && mentions[k + 1].end <= q.open)) return null;
  // The mention opens the clause (after an optional lead phrase ending in a comma) and a verb follows it.
  const lead = /^\s*(?:[^,:"“”]{1,60},\s*)?((?:[\p{L}.’'-]+\s+){0,4})$/u.exec(text.slice(sentence.start, m.start));
  if (!lead || (lead[1] !== '' && !titleLike(lead[1])) || !/^\s+(?:was|is|were|had|has|did|kept|grew)\b/.test(text.slice(m.end))) return null;
  return { speaker: { type: m.type, index: m.entity }, method: 'colon-subject', confidence: 0.75 * m.confidence };
}

/** `"…," said Kerry` · `"…," Kerry said` · `"…," he said` · `"…," the ministry said` · `"…," according to X`. */
function attributeAfter(ctx: Context, q: Quotation): Found | null {
  if (q.close === null) return null;
  const text = ctx.paragraphs[q.paragraph];
  const inner = q.text.trimEnd();
  const pos = q.close + 1;
  const rest = text.slice(pos);
  if (/\.$/.test(inner) && !/^\s*[,—–]/.test(rest) && !/^\s+\p{Ll}/u.test(rest)) return null;
  if (/^\s*\p{Lu}\p{Ll}*\s/u.test(rest) && /[.]$/.test(inner)) return null;
  const lead = /^\s*[,—–-]?\s*/.exec(rest)![0];
  const at = pos + lead.length;
  const according = /^according to\s+/i.exec(text.slice(at));
  if (according) {
    const s = speakerStartingAt(ctx, q.paragraph, at + according[0].length);
    return s ? { speaker: s.speaker, method: 'according-to', confidence: 0.9 * s.confidence } : null;
  }
  const inverted = INVERTED_VERB_RE.exec(text.slice(at));
  if (inverted) {
    const verb = inverted[0].trim().toLowerCase();
    if (PARTICIPLE_SPEECH.has(verb)) return null;
    const s = speakerStartingAt(ctx, q.paragraph, at + inverted[0].length);
    if (s) return { speaker: s.speaker, method: 'said-after-quote', confidence: 0.95 * s.confidence };
    const pron = /^(he|she)\b/i.exec(text.slice(at + inverted[0].length));
    if (pron) return viaPronoun(ctx, q, pron[1], at);
    return null;
  }
  // `"…," KCNA quoted Kim as saying`: the one quoted speaks, not the outlet; "quoted a … official" is unnamed.
  const quoted = /^(?:[\p{L}.’'-]+\s+){1,4}?quoted\s+/u.exec(text.slice(at));
  if (quoted) {
    const s = speakerStartingAt(ctx, q.paragraph, at + quoted[0].length);
    return s && /^\s+as\s+saying\b/.test(text.slice(s.end)) ? { speaker: s.speaker, method: 'quoted-as-saying', confidence: 0.85 * s.confidence } : null;
  }
  const subject = subjectThenVerb(ctx, q.paragraph, at);
  if (subject) return { ...subject, method: subject.method === 'name' ? 'said-after-quote' : subject.method };
  return null;
}

/**
 * A subject at `at` followed by a speech verb: a mention (with optional
 * title words before it and a parenthetical or appositive after it), a
 * pronoun, or a descriptor ("the ministry", "the U.S. diplomat").
 */
function subjectThenVerb(ctx: Context, paragraph: number, at: number): (Found & { method: string }) | null {
  const text = ctx.paragraphs[paragraph];
  const tail = text.slice(at);
  const pron = PRONOUN_THEN_VERB_RE.exec(tail);
  if (pron) return viaPronounAt(ctx, paragraph, at, pron[1]);
  const s = speakerStartingAt(ctx, paragraph, at);
  if (s) {
    const afterName = text.slice(s.end);
    const gap = GAP_THEN_VERB_RE.exec(afterName);
    if (gap) return { speaker: s.speaker, method: 'name', confidence: 0.95 * s.confidence };
    return null;
  }
  const descriptor = DESCRIPTOR_THEN_VERB_RE.exec(tail);
  if (descriptor) {
    const found = resolveDescriptor(ctx, paragraph, at, descriptor[1], descriptor[2]);
    return found ? { ...found, method: 'descriptor' } : null;
  }
  return null;
}

/**
 * The entity whose mention starts at `at`, allowing title words before it
 * ("said Russian Foreign Minister Sergei Lavrov").
 */
function speakerStartingAt(ctx: Context, paragraph: number, at: number): { speaker: SpeakerRef; end: number; confidence: number } | null {
  const text = ctx.paragraphs[paragraph];
  // Mentions chained from `at` through title words: "ECB President Christine Lagarde" is ECB, then Lagarde.
  let firstOrg: ExtractedMention | null = null;
  const mentions = ctx.mentions[paragraph];
  for (let k = firstMentionFrom(mentions, at); k < mentions.length; k++) {
    const m = mentions[k];
    const between = text.slice(at, m.start);
    const fits = between === '' || (/^(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,7}$/iu.test(between) && !/[,;]/.test(between) && !hasSpeechVerb(between) && titleLike(between));
    if (!fits) break;
    if (/^['’]s\b/.test(text.slice(m.end))) {
      // "Kessler's campaign": the possessor is not the subject; an organization may still head a title.
      if (m.type === 'person') return null;
      continue;
    }
    if (m.type === 'person') return { speaker: { type: 'person', index: m.entity }, end: m.end, confidence: m.confidence };
    firstOrg ??= m;
  }
  if (firstOrg) {
    const rest = text.slice(firstOrg.end);
    // An organization followed by more title words belongs to someone's title, not the subject.
    if (/^\s+\p{Lu}/u.test(rest) && !SPACE_THEN_VERB_RE.test(rest)) return null;
    return { speaker: { type: 'organization', index: firstOrg.entity }, end: firstOrg.end, confidence: firstOrg.confidence };
  }
  return null;
}

/** Mentions (outside quotations) lying within [from, to) of a paragraph, by binary search. */
function mentionsWithin(ctx: Context, paragraph: number, from: number, to: number): ExtractedMention[] {
  const mentions = ctx.mentions[paragraph];
  const out: ExtractedMention[] = [];
  for (let k = firstMentionFrom(mentions, from); k < mentions.length && mentions[k].start < to; k++) if (mentions[k].end <= to) out.push(mentions[k]);
  return out;
}

/** Index of the sentence holding offset `at` (the last one starting before it). */
function sentenceIndexAt(sentences: readonly Range[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first mention starting at or after `at` (mentions are in order). */
function firstMentionFrom(mentions: readonly ExtractedMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words before a name that can be its title: no lower-case words except title words and modifiers. */
function titleLike(s: string): boolean {
  return words(s).every((w) => {
    const lower = w.toLowerCase();
    return (
      /^\p{Lu}/u.test(w) ||
      /^(?:the|of|and|co|former|acting|interim|deputy|ousted|then|pro|anti|chief|senior|top|lead|retired|longtime|veteran|fellow)$/i.test(w) ||
      /^(?:spokes\w+|ambassador|minister|secretary|president|senator|governor|mayor|chairman|chairwoman|chair|director|leader|official|lawmaker|envoy|diplomat|analyst|executive|general|judge|coach|prosecutor|attorney)$/i.test(w) ||
      TITLE_HEADS.has(lower) ||
      TITLE_MODIFIERS.has(lower) ||
      PERSON_NOUNS.has(lower) ||
      // Agent nouns: "steelworker Jesús Ramírez", "epidemiologist Maria Lopez".
      /\p{Ll}{3,}(?:er|or|ist|ian)$/u.test(w)
    );
  });
}

/** `Kerry said "…"` · `X insisted on ABC's "This Week" that … "…"` · `…, saying that "…"`. */
function attributeBefore(ctx: Context, q: Quotation): Found | null {
  const text = ctx.paragraphs[q.paragraph];
  const sentence = sentenceOf(ctx, q.paragraph, q.open);
  // An attribution sits within a few hundred characters of its quote; the window keeps run-on text linear.
  const spanStart = Math.max(sentence.start, q.open - ATTRIBUTION_WINDOW);
  const before = text.slice(spanStart, q.open);
  const nearby: Quotation[] = [];
  for (const o of quotationsBefore(ctx, q)) {
    if ((o.close ?? text.length) <= spanStart) break;
    nearby.push(o);
  }
  // Speech verbs before the quote, outside other quotations, nearest first.
  const verbRe = VERB_GLOBAL_RE;
  const verbs: { index: number; word: string }[] = [];
  for (const m of before.matchAll(verbRe)) {
    const abs = spanStart + m.index;
    if (nearby.some((o) => abs > o.open && abs < (o.close ?? text.length))) continue;
    verbs.push({ index: abs, word: m[1] });
  }
  // Only the nearest verb: "X said Russia warned that "…"" quotes Russia, whom we cannot name.
  const nearest = verbs.pop();
  if (!nearest) return null;
  const found = speakerOfVerb(ctx, q, spanStart, nearest);
  if (found && found.method !== 'pronoun' && insideReportedClause(ctx, q.paragraph, verbs, nearest, found)) return null;
  return found;
}

/**
 * `X said Republicans had promised voters "…"`: the subject found for the
 * nearest verb sits inside what an earlier verb of the sentence reports, so
 * whose words the quotation holds is unclear. Coordination (`…, and Y argued
 * "…"`) starts a clause of its own and does not count.
 */
function insideReportedClause(ctx: Context, paragraph: number, earlier: readonly { index: number; word: string }[], nearest: { index: number }, found: Found): boolean {
  const outer = earlier[earlier.length - 1];
  if (!outer) return false;
  const text = ctx.paragraphs[paragraph];
  // `"…," said X, an analyst, who called …`: the name after an inverted verb is its subject, not a reported clause.
  if (/[”"]\s*,?\s*$|,\s*[”"]\s*$/.test(text.slice(Math.max(0, outer.index - 4), outer.index))) return false;
  const from = outer.index + outer.word.length;
  const between = text.slice(from, nearest.index);
  const mention = ctx.mentions[paragraph].find((m) => m.type === found.speaker.type && m.entity === found.speaker.index && m.start >= from && m.end <= nearest.index);
  if (!mention) return false;
  // The subject right after the outer verb, as a reported clause begins: "said (Tuesday) (that) Republicans…", "told reporters that Kerry…".
  const lead = text.slice(from, mention.start);
  return REPORTING_VERBS.has(outer.word.toLowerCase()) && /^\s+(?:[\p{L}-]+\s+){0,4}$/u.test(lead) && between.length < 200;
}

function speakerOfVerb(ctx: Context, q: Quotation, spanStart: number, verb: { index: number; word: string }): Found | null {
  const text = ctx.paragraphs[q.paragraph];
  const word = verb.word.toLowerCase();
  // Inverted before the quote: `said Kerry: "…"`.
  const afterVerb = verb.index + verb.word.length;
  const inv = /^\s+/.exec(text.slice(afterVerb));
  if (inv) {
    const s = speakerStartingAt(ctx, q.paragraph, afterVerb + inv[0].length);
    if (s && /^\s*(?:\([^()]*\))?\s*[,:]?\s*$/.test(text.slice(s.end, q.open))) return { speaker: s.speaker, method: 'said-before-quote', confidence: 0.9 * s.confidence };
  }
  if (PARTICIPLE_SPEECH.has(word)) {
    // `KCNA quoted Kim as saying: "…"`: the one quoted, if named.
    const quotedAs = /\bquoted\s+([^"“”]{1,80}?)\s+as\s+$/.exec(text.slice(spanStart, verb.index));
    if (quotedAs) {
      const s = speakerStartingAt(ctx, q.paragraph, spanStart + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]));
      return s ? { speaker: s.speaker, method: 'quoted-as-saying', confidence: 0.85 * s.confidence } : null;
    }
    const subject = sentenceSubject(ctx, q.paragraph, spanStart, verb.index) ?? leadingQuoteSpeaker(ctx, q, spanStart, verb.index);
    return subject ? { ...subject, method: subject.method === 'name' ? 'said-before-quote' : subject.method } : null;
  }
  return subjectBefore(ctx, q.paragraph, spanStart, verb.index);
}

/** The subject directly before a verb: a mention (past a parenthetical or appositive), a pronoun or a descriptor. */
function subjectBefore(ctx: Context, paragraph: number, sentenceStart: number, verbAt: number): Found | null {
  const text = ctx.paragraphs[paragraph];
  const head = text.slice(sentenceStart, verbAt);
  const pron = PRONOUN_BEFORE_VERB_RE.exec(head);
  if (pron) return viaPronounAt(ctx, paragraph, sentenceStart + pron.index, pron[1]);
  const candidates = mentionsWithin(ctx, paragraph, sentenceStart, verbAt).reverse();
  const gapRe = SUBJECT_GAP_RE;
  const relativeRe = RELATIVE_GAP_RE;
  for (const m of candidates) {
    const gap = text.slice(m.end, verbAt);
    if (/^['’]s\b/.test(gap)) continue;
    // "His spokesman, Nick Alvarez, said": the name is itself the appositive.
    const appositiveName = /^,\s+$/.test(gap) && appositiveLead(text.slice(sentenceStart, m.start), m.type === 'person');
    // Only people take "who": an organization before ", who" sits inside a person's appositive.
    if (m.type === 'organization' && (relativeRe.test(gap) || RELATIVE_AFTER_APPOSITIVE_RE.test(gap))) continue;
    if (gapRe.test(gap) || relativeRe.test(gap) || appositiveName || (m.type === 'person' && RELATIVE_AFTER_APPOSITIVE_RE.test(gap))) {
      return { speaker: { type: m.type, index: m.entity }, method: 'said-before-quote', confidence: 0.9 * m.confidence };
    }
  }
  // "She said …, but insisted, "…"": a coordinated verb shares the sentence's subject.
  if (COORDINATED_RE.test(head)) {
    const subject = sentenceSubject(ctx, paragraph, sentenceStart, verbAt);
    if (subject) return { ...subject, method: subject.method === 'name' ? 'said-before-quote' : subject.method };
  }
  const descriptor = DESCRIPTOR_BEFORE_VERB_RE.exec(head);
  if (descriptor) {
    const found = resolveDescriptor(ctx, paragraph, sentenceStart + descriptor.index, descriptor[1], descriptor[2]);
    if (found) return { ...found, method: 'descriptor' };
  }
  return null;
}

/**
 * Text before a name that sets the name off as an appositive: it ends with a
 * comma, optionally followed by an honorific, or for a person by title words
 * ("Its lead investor, Sequoia partner Marcus Holt, wrote").
 */
function appositiveLead(lead: string, titled: boolean): boolean {
  const comma = lead.lastIndexOf(',');
  if (comma < 0) return false;
  const between = lead.slice(comma + 1);
  if (/^\s*(?:(?:Sir|Dame|Dr|Prof|Mr|Mrs|Ms|Lord|Lady)\.?\s+)?$/.test(between)) return true;
  // Title words only before a person: ", chairwoman of the Senate Intelligence Committee," is her appositive, not the committee's.
  return titled && /^\s+(?:[\p{L}.’'-]+\s+){1,4}$/u.test(between) && titleLike(between);
}

/**
 * `"…," Ebrard told reporters, adding that … "…"`: the participle shares the
 * subject of the attribution after the quotation that opens the sentence.
 */
function leadingQuoteSpeaker(ctx: Context, q: Quotation, sentenceStart: number, verbAt: number): Found | null {
  let first: Quotation | null = null;
  for (const o of quotationsBefore(ctx, q)) {
    if (o.open < sentenceStart) break;
    first = o;
  }
  if (first === null || first.kind !== 'quote' || first.close === null || first.close > verbAt) return null;
  if (ctx.paragraphs[q.paragraph].slice(sentenceStart, first.open).trim() !== '') return null;
  const found = attributeAfter(ctx, first);
  return found && found.method !== 'according-to' && found.method !== 'quoted-as-saying' ? found : null;
}

/** For "…, saying that "…"": the subject that opens the sentence. */
function sentenceSubject(ctx: Context, paragraph: number, sentenceStart: number, verbAt: number): (Found & { method: string }) | null {
  const text = ctx.paragraphs[paragraph];
  const lead = /^\s*(?:(?:But|And|However|Meanwhile|Still|Later|Earlier|Yet|So|Also|Then|On \p{Lu}\p{Ll}+|In \p{Lu}\p{Ll}+)\s*,?\s+)?/u.exec(text.slice(sentenceStart, verbAt))![0];
  const at = sentenceStart + lead.length;
  const pron = /^(He|She)\b/.exec(text.slice(at));
  if (pron) return viaPronounAt(ctx, paragraph, at, pron[1]);
  const s = speakerStartingAt(ctx, paragraph, at);
  if (s) return { speaker: s.speaker, method: 'name', confidence: 0.85 * s.confidence };
  // "His lawyer, Daniel Fryer, had asked …, arguing that": the name in apposition to the opening noun phrase.
  const np = /^(?:his|her|their|its|the)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}’'-]+),\s+/iu.exec(text.slice(at, verbAt));
  if (np && (PERSON_NOUNS.has(np[1].toLowerCase()) || TITLE_HEADS.has(np[1].toLowerCase()))) {
    const named = speakerStartingAt(ctx, paragraph, at + np[0].length);
    if (named && named.speaker.type === 'person' && /^\s*,/.test(text.slice(named.end))) return { speaker: named.speaker, method: 'name', confidence: 0.8 * named.confidence };
  }
  const descriptor = /^((?:the|a|an)\s+(?:[\p{L}.’'-]+\s+){0,4}?)([\p{L}-]+)\s+(?:\p{Ll}+)/iu.exec(text.slice(at, verbAt));
  if (descriptor) {
    const found = resolveDescriptor(ctx, paragraph, at, descriptor[1], descriptor[2]);
    if (found) return { ...found, method: 'descriptor' };
  }
  return null;
}

/** `The plan is "dead on arrival," and must change, Smith said.` and `…, according to X.` at the end of the sentence. */
function attributeSentenceEnd(ctx: Context, q: Quotation): Found | null {
  if (q.close === null) return null;
  const text = ctx.paragraphs[q.paragraph];
  const sentence = sentenceOf(ctx, q.paragraph, q.open);
  const tail = text.slice(q.close + 1, sentence.end);
  const list = ctx.byParagraph[q.paragraph];
  for (let k = (ctx.position.get(q) ?? 0) + 1; k < list.length && list[k].open < sentence.end; k++) if (list[k].kind === 'quote' && list[k].open > q.close) return null;
  const according = /,\s*according to\s+/i.exec(tail);
  if (according) {
    const s = speakerStartingAt(ctx, q.paragraph, q.close + 1 + according.index + according[0].length);
    if (s) return { speaker: s.speaker, method: 'according-to', confidence: 0.8 * s.confidence };
  }
  const endAttr = END_ATTRIBUTION_RE.exec(tail);
  if (endAttr) {
    const at = q.close + 1 + endAttr.index + endAttr[0].indexOf(endAttr[1]);
    const s = subjectThenVerb(ctx, q.paragraph, at);
    if (s) return { ...s, method: s.method === 'name' ? 'said-after-quote' : s.method, confidence: 0.85 * s.confidence };
  }
  return null;
}

function viaPronoun(ctx: Context, q: Quotation, pronoun: string, at: number): Found | null {
  return viaPronounAt(ctx, q.paragraph, at, pronoun);
}

/**
 * He/she → the most recent person in subject position, compatible in gender,
 * looking back over up to four sentences. Two compatible subjects in the
 * same sentence, or nobody, give no speaker.
 */
function viaPronounAt(ctx: Context, paragraph: number, at: number, pronoun: string): Found | null {
  const gender: Gender = pronoun.toLowerCase() === 'she' ? 'female' : 'male';
  const compatible = (i: number): boolean => {
    const g = ctx.entities.people[i].gender;
    return g === null || g === gender;
  };
  // A pronoun attributing a quotation that opens its sentence (`"…," she said`) means the nearest
  // subject. Inside a clause of a sentence with another subject (`Critics dubbed her "…," a label
  // she said …`), or past a sentence whose own he/she was that, the nearest fit of unknown gender
  // is held while the look-back goes on: a person of the pronoun's known gender further back
  // makes the reference ambiguous, and then there is no speaker.
  const own = sentenceOf(ctx, paragraph, at);
  let holdUnknown = /\p{L}/u.test(ctx.paragraphs[paragraph].slice(own.start, at).replace(/["“][^"“”]*["”]/g, ''));
  let held: Found | null = null;
  const fit = (index: number, confidence: number): Found | 'held' | null => {
    if (ctx.entities.people[index].gender !== null) return held !== null && held.speaker.index !== index ? null : person(index, 'pronoun', confidence);
    if (!holdUnknown) return person(index, 'pronoun', confidence);
    held ??= person(index, 'pronoun', confidence);
    return 'held';
  };
  const samePronoun = new RegExp(`\\b${pronoun.toLowerCase()}\\b`, 'i');
  const samePronounOpens = new RegExp(`^\\s*["“]?(?:(?:But|And|Yet|Still|Later|Then)\\s*,?\\s+)?${pronoun.charAt(0).toUpperCase()}${pronoun.slice(1).toLowerCase()}\\b`);
  let looked = 0;
  for (let p = paragraph; p >= 0 && p >= paragraph - 3 && looked < 5; p--) {
    const text = ctx.paragraphs[p];
    // Only the few sentences the look-back can reach, found by binary search: run-on input stays linear.
    const all = ctx.sentences[p];
    const upto = p === paragraph ? sentenceIndexAt(all, at) : all.length - 1;
    const sentences = all.slice(Math.max(0, upto - 5), upto + 1).reverse();
    for (const s of sentences) {
      looked++;
      const limit = p === paragraph ? Math.min(s.end, at) : s.end;
      const described = describedSubject(ctx, p, s.start, limit);
      if (described === 'unnamed') return held;
      if (described !== null) {
        const g = ctx.entities.people[described].gender;
        if (g === null || g === gender) {
          const r = fit(described, 0.8);
          if (r !== 'held') return r;
          if (looked >= 5) break;
          continue;
        }
      }
      const people = mentionsWithin(ctx, p, s.start, limit).filter((m) => m.type === 'person');
      // The speaker of an earlier quotation in this sentence counts as its subject.
      if (people.length === 0) {
        if (samePronoun.test(text.slice(s.start, limit).replace(/["“][^"“”]*["”]/g, ''))) holdUnknown = true;
        if (looked >= 5) break;
        continue;
      }
      const subjects = people.filter((m) => isSubject(text, s.start, m, people));
      // "John Smith and Peter Jones met…": coordinated subjects are subjects too.
      for (const m of people) {
        if (subjects.includes(m)) continue;
        if (subjects.some((sub) => /^,?\s+(?:and|or)\s+$/.test(text.slice(sub.end, m.start)))) subjects.push(m);
      }
      const fits = [...new Set(subjects.map((m) => m.entity))].filter(compatible);
      if (fits.length === 1) {
        const r = fit(fits[0], 0.85);
        if (r !== 'held') return r;
        if (looked >= 5) break;
        continue;
      }
      if (fits.length > 1) return held;
      const anyFit = [...new Set(people.map((m) => m.entity))].filter(compatible);
      // "She credited her cast, particularly Ama Boateng": under a subject pronoun of the same
      // gender, a name in the predicate is not whom the next "she" means; the chain goes on back.
      const chained = samePronounOpens.test(text.slice(s.start, limit));
      if (anyFit.length === 1 && subjects.length === 0 && !chained) {
        const r = fit(anyFit[0], 0.7);
        if (r !== 'held') return r;
        if (looked >= 5) break;
        continue;
      }
      if (anyFit.length > 1 && !chained) return held;
      if (looked >= 5) break;
    }
  }
  return held;
}

/**
 * A sentence opening with a person descriptor: "The mayor, who…," resolves to
 * a person named earlier; "A Brightline spokeswoman declined…" or "One woman…"
 * is someone unnamed ('unnamed'). Null when the sentence opens otherwise.
 */
function describedSubject(ctx: Context, paragraph: number, start: number, limit: number): number | 'unnamed' | null {
  const text = ctx.paragraphs[paragraph].slice(start, limit);
  const m = /^\s*["“]?(?:(?:But|And|Yet|Still|Meanwhile|Later)\s*,?\s+)?(the|a|an|one|another|his|her|their)\s+((?:[\p{L}.’'-]+\s+){0,4}[\p{L}.’'-]+)/iu.exec(text);
  if (!m) return null;
  const npWords = m[2].split(/\s+/);
  const headAt = npWords.findIndex((w) => PERSON_NOUNS.has(w.toLowerCase()));
  if (headAt < 0) return null;
  const afterHead = text.slice(m.index + m[0].length - m[2].length + npWords.slice(0, headAt + 1).join(' ').length);
  // "Her colleague, Tom Fletcher, said" / "Her husband Peter Hall started…": named right after; the mention decides.
  if (/^\s*,\s*\p{Lu}/u.test(afterHead)) return null;
  const headEnd = start + text.length - afterHead.length;
  if (ctx.mentions[paragraph].some((x) => x.type === 'person' && x.start >= headEnd && x.start <= headEnd + 2)) return null;
  const det = m[1].toLowerCase();
  if (det !== 'the') return 'unnamed';
  const found = resolveDescriptor(ctx, paragraph, start, `the ${npWords.slice(0, headAt).join(' ')} `, npWords[headAt]);
  return found && found.speaker.type === 'person' ? found.speaker.index : 'unnamed';
}

function person(index: number, method: string, confidence: number): Found {
  return { speaker: { type: 'person', index }, method, confidence };
}

/** A mention opening its sentence (after a conjunction or short adverbial) or followed by a verb. */
function isSubject(text: string, sentenceStart: number, m: ExtractedMention, all: ExtractedMention[]): boolean {
  const before = text.slice(sentenceStart, m.start);
  const opener = /^\s*["“]?(?:(?:But|And|Yet|So|However|Meanwhile|Still|Later|Earlier|Then|Now|Also|Both)\s*,?\s+|(?:On|In|At|After|Before|During|Since)\s[^,]{1,40},\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+|(?:the|former|ousted|acting)\s+|[\p{Ll}-]+\s+(?=\p{Lu})){0,6}$/u;
  if (opener.test(before) && !all.some((o) => o.end <= m.start && o.start >= sentenceStart)) return true;
  // "Her colleague, Tom Fletcher, said…": the name in apposition to the opening noun phrase.
  if (/^\s*(?:the|a|an|his|her|their|its)\s+[\p{L}\s’'-]{1,50},\s*$/iu.test(before) && /^\s*,/.test(text.slice(m.end))) return true;
  const after = text.slice(m.end, m.end + 160);
  return FOLLOWED_BY_VERB_RE.test(after);
}

/**
 * "the U.S. diplomat", "the senator", "the ministry": an entity named earlier
 * that fits the nationality, role and gender the descriptor gives. Only a
 * single fit resolves; an indefinite descriptor ("a spokesman") never does.
 */
function resolveDescriptor(ctx: Context, paragraph: number, at: number, determinerPart: string, noun: string): Found | null {
  const det = determinerPart.trim().split(/\s+/)[0].toLowerCase();
  if (det !== 'the') return null;
  const head = noun.toLowerCase();
  const modifiers = determinerPart
    .trim()
    .split(/\s+/)
    .slice(1)
    .map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  const seen = mentionedBefore(ctx, paragraph, at);
  if (ORGANIZATION_NOUNS.has(head) && !ROLE_NOUN_TITLES.has(head)) {
    const orgs = [...new Set(seen.filter((m) => m.type === 'organization').map((m) => m.entity))].filter((i) =>
      ctx.entities.organizations[i].name.toLowerCase().split(/\s+/).some((w) => w === head || (head === 'kremlin' && w === 'kremlin')),
    );
    const implied = ctx.entities.organizations.map((o, i) => ({ o, i })).filter(({ o }) => o.implied && o.name.toLowerCase().split(/\s+/).includes(head));
    const all = [...new Set([...orgs, ...implied.map((x) => x.i)])];
    return all.length === 1 ? { speaker: { type: 'organization', index: all[0] }, method: 'descriptor', confidence: 0.75 } : null;
  }
  const titles = ROLE_NOUN_TITLES.get(head);
  if (titles === undefined) return null;
  const nation = modifiers.map((w) => (DEMONYMS.has(w) || ['u.s.', 'american'].includes(w) ? canonicalNation(w) : null)).find((n) => n !== null) ?? null;
  const gender: Gender | null = FEMALE_WORDS.has(head) ? 'female' : MALE_WORDS.has(head) ? 'male' : null;
  const people = [...new Set(seen.filter((m) => m.type === 'person').map((m) => m.entity))].filter((i) => {
    const p: ExtractedPerson = ctx.entities.people[i];
    if (gender && p.gender && p.gender !== gender) return false;
    if (nation && p.nationality !== nation) return false;
    const title = (p.title ?? '').toLowerCase();
    const roleTitles = [title, ...p.roles.map((r) => r.title.toLowerCase())];
    return titles.length === 0 ? false : roleTitles.some((t) => titles.some((x) => t.includes(x.replace(/\.$/, ''))));
  });
  return people.length === 1 ? person(people[0], 'descriptor', 0.8) : null;
}

function mentionedBefore(ctx: Context, paragraph: number, at: number): ExtractedMention[] {
  const out: ExtractedMention[] = [];
  for (let p = 0; p <= paragraph; p++) out.push(...ctx.mentions[p].filter((m) => p < paragraph || m.end <= at));
  return out;
}

/**
 * Quotes without their own attribution take a speaker from their neighbours:
 * the other pieces of a quotation continued across paragraphs, another quote
 * in the same paragraph (a split quote), or the intro of the paragraph before
 * ("Kerry said:").
 */
function propagate(ctx: Context, quotes: Quotation[], results: ExtractedQuote[]): void {
  // Per paragraph: indexes into quotes/results, in order.
  const indexes: number[][] = ctx.paragraphs.map(() => []);
  quotes.forEach((q, i) => indexes[q.paragraph].push(i));
  propagateContinuations(quotes, results, indexes, ctx);
  propagateSameParagraph(ctx, quotes, results, indexes);
  propagateContinuations(quotes, results, indexes, ctx);
  // A paragraph that is nothing but quotation: the intro before it, or the speaker of the paragraph before.
  const only = new Map<number, boolean>();
  for (let i = 0; i < quotes.length; i++) {
    if (results[i].speaker) continue;
    const q = quotes[i];
    if (q.paragraph === 0 || ctx.paragraphs[q.paragraph].length > LONG_PARAGRAPH) continue;
    if (!only.has(q.paragraph)) only.set(q.paragraph, onlyQuotation(ctx, q.paragraph));
    if (!only.get(q.paragraph)) continue;
    const prevText = ctx.paragraphs[q.paragraph - 1];
    const intro = /:\s*$/.test(prevText) ? colonIntro(ctx, q.paragraph - 1) : null;
    if (intro) {
      setSpeaker(ctx, results[i], { ...intro, method: 'colon-intro', confidence: 0.85 });
      continue;
    }
    const prevIndexes = indexes[q.paragraph - 1];
    if (prevIndexes.length === 0) continue;
    const last = results[prevIndexes[prevIndexes.length - 1]];
    if (!last.speaker) continue;
    const lastQ = quotes[prevIndexes[prevIndexes.length - 1]];
    const laterPeople = ctx.mentions[q.paragraph - 1].filter((m) => m.start > lastQ.end && m.type === 'person' && !(last.speaker!.type === 'person' && m.entity === last.speaker!.index));
    const prevIsQuoteLed = quotes[prevIndexes[0]].open <= 1;
    if (laterPeople.length === 0 && prevIsQuoteLed) copy(ctx, results[i], last, 'previous-paragraph', 0.7);
  }
}

/** Continuation chains: a piece without a closing mark and the piece opening the next paragraph share a speaker. */
function propagateContinuations(quotes: Quotation[], results: ExtractedQuote[], indexes: number[][], ctx: Context): void {
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i];
      if (q.close !== null) continue;
      const next = (indexes[q.paragraph + 1] ?? []).find((j) => quotes[j].open === 0);
      if (next === undefined) continue;
      const a = results[i];
      const b = results[next];
      if (a.speaker && !b.speaker) copy(ctx, b, a, 'continuation', 0.9);
      else if (b.speaker && !a.speaker) copy(ctx, a, b, 'continuation', 0.9);
    }
  }
}

/** A whole quote with no attribution of its own takes the speaker every attributed quote in its paragraph agrees on. */
function propagateSameParagraph(ctx: Context, quotes: Quotation[], results: ExtractedQuote[], indexes: number[][]): void {
  for (let i = 0; i < quotes.length; i++) {
    if (results[i].speaker || results[i].partial) continue;
    const p = quotes[i].paragraph;
    if (ctx.paragraphs[p].length > LONG_PARAGRAPH) continue;
    const siblings = indexes[p].filter((j) => j !== i && results[j].speaker).map((j) => ({ r: results[j], j }));
    const keys = new Set(siblings.map(({ r }) => `${r.speaker!.type}:${r.speaker!.index}`));
    if (keys.size !== 1) continue;
    const sib = siblings[0];
    const from = Math.min(quotes[i].end, quotes[sib.j].end);
    const to = Math.max(quotes[i].start, quotes[sib.j].start);
    const text = ctx.paragraphs[p];
    // "…," Judge Whitlock told Vell before …: the one addressed is no rival speaker.
    const addressed = (m: ExtractedMention): boolean => /\b(?:told|tells|asked|asks|urged|urges|thanked|assured|reminded|warned)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start));
    const others = ctx.mentions[p].filter((m) => m.start >= from && m.end <= to && m.type === 'person' && !(m.entity === sib.r.speaker!.index && sib.r.speaker!.type === 'person') && !addressed(m));
    if (others.length === 0) copy(ctx, results[i], sib.r, 'same-paragraph', 0.85);
  }
}

function copy(ctx: Context, to: ExtractedQuote, from: ExtractedQuote, method: string, confidence: number): void {
  setSpeaker(ctx, to, { speaker: from.speaker!, method, confidence: Math.min(confidence, from.confidence ?? confidence) });
}

function onlyQuotation(ctx: Context, paragraph: number): boolean {
  const text = ctx.paragraphs[paragraph];
  let rest = text;
  const spans = [...ctx.byParagraph[paragraph]].sort((a, b) => b.open - a.open);
  for (const s of spans) rest = rest.slice(0, s.open) + rest.slice((s.close ?? text.length - 1) + 1);
  return rest.replace(/[\s.,;:!?—–-]/g, '') === '' && spans.length > 0;
}

/** "Kerry said:" / "In a statement, the ministry said:" ending a paragraph. */
function colonIntro(ctx: Context, paragraph: number): Found | null {
  const text = ctx.paragraphs[paragraph];
  const sentence = ctx.sentences[paragraph][ctx.sentences[paragraph].length - 1];
  const verbRe = VERB_GLOBAL_RE;
  let verbAt = -1;
  let verbWord = '';
  for (const m of text.slice(sentence.start).matchAll(verbRe)) {
    verbAt = sentence.start + m.index;
    verbWord = m[1];
  }
  if (verbAt < 0) return null;
  const afterVerb = verbAt + verbWord.length;
  const inv = /^\s+/.exec(text.slice(afterVerb));
  if (inv) {
    const s = speakerStartingAt(ctx, paragraph, afterVerb + inv[0].length);
    if (s) return { speaker: s.speaker, method: 'colon-intro', confidence: 0.85 };
  }
  return subjectBefore(ctx, paragraph, sentence.start, verbAt);
}
