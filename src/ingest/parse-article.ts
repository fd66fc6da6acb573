/**
 * Raw article text → structure: section, headline, byline, images, dateline,
 * body paragraphs. Pure; no I/O.
 *
 * Layout it expects, each part optional except a headline and a body:
 *
 *   World & Nation                      ← section: a short line before the headline
 *   Headline of the story               ← headline
 *   By Jane Doe                         ← byline
 *   Alt text line                       ← image: optional alt text,
 *   Caption of the photo.                 caption,
 *   (Photographer / Agency)               credit in parentheses
 *   Published March 5, 2024             ← date lines: dropped, the first gives `published`
 *   WASHINGTON — First paragraph…       ← dateline stripped into `dateline`
 *   …paragraphs separated by blank lines (hard-wrapped lines are joined)
 *   Get our newsletter                  ← trailing promotions dropped
 */
import { BOILERPLATE_PATTERNS, TRAILER_HEADERS } from './page-furniture';
import { dateLineOf, parseNewsDate } from './publication-date';
import { asImage, type ParsedImage } from './image-credits';
import { normalizeText } from './text';
export type { ParsedImage } from './image-credits';

export interface ArticleMeta {
  url?: string | null;
  publishedAt?: string | null;
  section?: string | null;
  byline?: string | null;
  headline?: string | null;
}


export interface ParsedArticle {
  section: string | null;
  headline: string | null;
  /** The summary line between headline and byline ("dek"); read for names, never body. */
  standfirst: string | null;
  byline: string | null;
  dateline: string | null;
  images: ParsedImage[];
  paragraphs: string[];
  /**
   * ISO 8601 UTC: the date a "Published …" or bare date line above the body gives (or, without
   * one, an "Updated …" line), else the date of a dateline with a year ("WASHINGTON, March 5,
   * 2024 —"). Never read from the body: a date in a paragraph or a quote is not the article's.
   */
  published: string | null;
}

type Block = string[];

/** Date lines met above the body, in order. */
type DateLines = { date: string; updated: boolean }[];

export function parseArticle(raw: string, meta: ArticleMeta = {}): ParsedArticle {
  const blocks = toBlocks(normalizeText(raw));
  dropBoilerplate(blocks);
  const result: ParsedArticle = {
    section: clean(meta.section),
    headline: clean(meta.headline),
    standfirst: null,
    byline: clean(meta.byline),
    dateline: null,
    images: [],
    paragraphs: [],
    published: null,
  };
  const dates: DateLines = [];
  const lines = readHeader(blocks, result, meta, dates);
  const body = toParagraphs(lines);
  const paragraphs: string[] = [];
  for (const block of body) {
    const image = asImage(block.lines);
    if (image) result.images.push(image);
    else if (!block.header || !isMetaLine(block.lines.join(' '))) paragraphs.push(block.text);
    else noteDateLine(block.lines.join(' '), dates);
  }
  if (paragraphs.length > 0) {
    const { dateline, rest } = splitDateline(paragraphs[0]);
    if (dateline) {
      result.dateline = dateline;
      const dated = /,\s*(.*\d{4})$/.exec(dateline);
      const date = dated ? parseNewsDate(dated[1]) : null;
      if (date !== null) dates.push({ date, updated: false });
      if (rest === '') paragraphs.shift();
      else paragraphs[0] = rest;
    }
  }
  result.paragraphs = paragraphs.filter((p) => p.trim() !== '');
  result.published = (dates.find((d) => !d.updated) ?? dates[0])?.date ?? null;
  return result;
}

/** Keeps the date of a date line ("Published …", "Updated …", a bare date); other lines are ignored. */
function noteDateLine(line: string, dates: DateLines, label: string | null = null): void {
  const found = dateLineOf(label === null ? line : `${label} ${line}`);
  if (found) dates.push(found);
}

/** A metadata line that gives a date: never a section or a headline. */
function isDateLine(line: string): boolean {
  return isMetaLine(line) && /\d/.test(line);
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(trimmed);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function isBoilerplate(line: string): boolean {
  return line.length <= 200 && BOILERPLATE_PATTERNS.some((re) => re.test(line));
}

/** Removes promotion and boilerplate lines anywhere, and everything after a trailing run of them. */
function dropBoilerplate(blocks: Block[]): void {
  // A link-list header after the body starts the page's trailer: drop it and everything after.
  const trailer = blocks.findIndex((b, i) => i >= 3 && TRAILER_HEADERS.test(b[0]));
  if (trailer >= 0) blocks.splice(trailer);
  for (let i = blocks.length - 1; i >= 0; i--) {
    blocks[i] = blocks[i].filter((line) => !isBoilerplate(line));
    if (blocks[i].length === 0) blocks.splice(i, 1);
  }
}

/**
 * Consumes section, headline and byline from the front of the block list,
 * returning the remaining blocks (images and body).
 */
function readHeader(blocks: Block[], out: ParsedArticle, meta: ArticleMeta, dates: DateLines): Block[] {
  const rest = blocks.map((b) => [...b]);
  const first = (): string | undefined => rest[0]?.[0];
  const shiftLine = (): string => {
    const line = rest[0].shift()!;
    if (rest[0].length === 0) rest.shift();
    return line;
  };
  // A date line above everything ("Published March 5, 2024" over the headline).
  while (rest.length > 1 && isDateLine(first()!)) noteDateLine(shiftLine(), dates);
  const head = first();
  if (head !== undefined && rest.length > 2) {
    const metaSection = clean(meta.section);
    const sameAsMeta = metaSection !== null && head.toLowerCase() === metaSection.toLowerCase();
    if (sameAsMeta || (rest[0].length === 1 && isSectionLike(head) && !isDateLine(head) && followsHeadline(rest[1]))) {
      out.section ??= head;
      shiftLine();
    }
  }
  const candidate = first();
  if (candidate !== undefined && isHeadlineLike(candidate) && !isDateLine(candidate) && !asImage(rest[0]) && rest.length > 1) {
    const metaHeadline = clean(meta.headline);
    if (metaHeadline === null || metaHeadline.toLowerCase() === candidate.toLowerCase()) {
      out.headline = candidate;
      shiftLine();
    }
  } else if (out.headline === null && candidate !== undefined && rest.length === 1 && rest[0].length > 1 && isHeadlineLike(candidate) && !isDateLine(candidate)) {
    out.headline = candidate;
    shiftLine();
  }
  readFrontMatter(rest, out, shiftLine, dates);
  return rest;
}

/**
 * Front matter between the headline and the body, as scraped pages deliver
 * it: bylines in their several forms ("By X", "Interview by X", a name line
 * over a role or outlet line), timestamps ("2 hours ago", "Sat 2 Sep 2023
 * 09.00 BST"), share/save prompts, and a standfirst (a summary line that a
 * byline or timestamp follows). Stops at the first line that is none of these.
 */
function readFrontMatter(rest: Block[], out: ParsedArticle, shiftLine: () => string, dates: DateLines): void {
  let standfirstAllowed = true;
  let bylineBlock: Block | null = null;
  // "Published" or "Updated" alone on its line labels the date on the next.
  let label: string | null = null;
  while (rest.length > 0 && rest[0].length > 0) {
    const block = rest[0];
    const line = block[0];
    const labelled = label;
    label = null;
    const byline = bylineOf(line);
    if (byline !== null) {
      out.byline ??= byline;
      bylineBlock = block;
      shiftLine();
    } else if (isMetaLine(line) || FRONT_NOISE.test(line)) {
      noteDateLine(line, dates, labelled);
      if (/^(?:published|updated|posted)$/i.test(line)) label = line;
      shiftLine();
    } else if (SUMMARY_HEADER.test(line)) {
      rest.shift();
    } else if (out.byline !== null && bylineBlock === block && isOutletLikeLine(line)) {
      // "By LARRY NEUMEISTER" over "Associated Press": a short proper-name line in the byline's own block.
      shiftLine();
    } else if (out.byline !== null && isRoleOrOutletLine(line)) {
      shiftLine();
    } else if (isNameLine(line) && block.length <= 3 && block.slice(1).every((l) => isRoleOrOutletLine(l) || isMetaLine(l)) && (block.length > 1 || endsWithRole(line))) {
      out.byline ??= block.filter((l) => !isMetaLine(l)).join(', ');
      rest.shift();
    } else if (standfirstAllowed && out.standfirst === null && block.length === 1 && isStandfirstLike(line) && frontMatterFollows(rest[1])) {
      out.standfirst = line;
      shiftLine();
    } else break;
    standfirstAllowed = false;
  }
}

/**
 * A standfirst is a line or two of summary; unlike a headline it may end with a
 * period ("Early testers are not so sure."). What follows it (a byline or a
 * timestamp) is what tells it from a first paragraph.
 */
function isStandfirstLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (words < 4) return false;
  if (isHeadlineLike(line)) return true;
  return words <= 60 && line.length <= 400 && (line.match(/[.!?]["”’)]*(?:\s|$)/g) ?? []).length <= 3;
}

/** A "Key events" / "Key points" summary list at the top of a live page: a block of its own, never body. */
const SUMMARY_HEADER = /^(?:key events|key points|key developments|summary)$/i;

const FRONT_NOISE = /^(?:save|share|listen|print|\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago|published|updated|posted)$/i;

/** "By Jane Doe", "By KATE PAYNE and CURT ANDERSON", "Interview by Lisa Allardice", "By Jane Doe | The Dispatch". */
function bylineOf(line: string): string | null {
  const m = /^(?:(?:interview|words|story|text|analysis|review|photographs?|reporting)\s+)?by\s+(\p{Lu}.{1,120})$/iu.exec(line);
  if (!m || line.split(/\s+/).length > 14) return null;
  if (/[.!?]$/.test(line.replace(/\b[A-Z]\.$/, ''))) {
    // "By Priya Raman, a senior reporter covering AI." — a name, then a description of the writer.
    const described = /^((?:\p{Lu}[\p{L}'’.-]*|and)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and)){1,5}),\s+(?:a|an|the|senior|chief|staff)\b[^.!?]*\.$/u.exec(m[1]);
    return described ? m[1].replace(/\.$/, '').trim() : null;
  }
  return m[1].trim();
}

/** "Associated Press", "The Brookhaven Courier": a short line of capitalized words with no end punctuation. */
function isOutletLikeLine(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length <= 5 && !/[.,;:!?"“”]$/.test(line) && words.every((w) => /^(?:\p{Lu}[\p{L}&'’.-]*|the|of|and)$/u.test(w)) && /^\p{Lu}/u.test(line);
}

/** "Chris Mason", "Jennifer Park", "Damian Carrington Environment editor": a byline name without "By". */
function isNameLine(raw: string): boolean {
  // Live pages name their writers by shift: "Tom Ambrose (now) and Severin Carrell (earlier)".
  const line = raw.replace(/\s*\((?:now|earlier|later|previously)\)/gi, '');
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 8 || /[.,;:!?"“”]$/.test(line)) return false;
  const roleAt = words.findIndex((w) => ROLE_WORD.test(w));
  const name = roleAt > 1 ? words.slice(0, roleAt - 1) : words;
  return name.length >= 2 && name.length <= 6 && name.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|and|de|van|von|da|del|der|bin|al)$/u.test(w));
}

function endsWithRole(line: string): boolean {
  return ROLE_WORD.test(line.split(/\s+/).pop() ?? '');
}

const ROLE_WORD = /^(?:editor|correspondent|reporter|writer|columnist|critic|contributor|journalist|staff)$/i;

/** "Political editor", "AP Sports Writer", "The Columbus Dispatch", "Reuters". */
function isRoleOrOutletLine(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length > 6 || /[.,;:!?"“”]$/.test(line)) return false;
  if (words.some((w) => ROLE_WORD.test(w))) return true;
  return words.every((w) => /^(?:\p{Lu}[\p{L}&'’.-]*|the|of|and)$/u.test(w)) && /^(?:the\s+)?\p{Lu}/u.test(line) && words.length <= 4 && /^(?:the|reuters|bloomberg|afp|ap|bbc|cnn)\b/i.test(line);
}

/** A standfirst is told from a short first paragraph by the byline, timestamp or image that follows it. */
function frontMatterFollows(block: Block | undefined): boolean {
  if (!block) return false;
  const line = block[0];
  return bylineOf(line) !== null || isMetaLine(line) || FRONT_NOISE.test(line) || (isNameLine(line) && ((block.length >= 2 && isRoleOrOutletLine(block[1])) || endsWithRole(line)));
}

const SENTENCE_END = /[.!?:;,]["”’)]?$/;

function isSectionLike(line: string): boolean {
  return line.length <= 40 && line.split(/\s+/).length <= 5 && !SENTENCE_END.test(line) && !/["“”]/.test(line);
}

export function isHeadlineLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (line.length > 200 || words > 30) return false;
  if (/^\(.*\)$/.test(line)) return false;
  // A headline rarely ends like a sentence, unless with an abbreviation ("…with U.S.") or a short question.
  if (/[.!]["”’)]*$/.test(line) && !/(?:\b\p{Lu}\.)+$/u.test(line)) return false;
  if (/\?["”’)]*$/.test(line) && words > 15) return false;
  return true;
}

/** The block after a section line starts like a headline, not an image or a paragraph. */
function followsHeadline(block: Block | undefined): boolean {
  if (!block) return false;
  return isHeadlineLike(block[0]) && !asImage(block) && bylineOf(block[0]) === null && !isMetaLine(block[0]);
}

/** Date/time stamps and "Updated …" lines that are metadata, not body. */
function isMetaLine(line: string): boolean {
  return (
    line.length <= 80 &&
    (/^(?:published|updated|posted|last updated|first published)\b/i.test(line) ||
      /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|march|mar|april|apr|may|june|jun|july|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?:[,\s].*)?$/i.test(
        line,
      ) ||
      /^\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?$/.test(line) ||
      // "Sat 2 Sep 2023 09.00 BST", "23 June 2025"
      /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}\s+(?:jan|feb|march|mar|april|apr|may|june|jun|july|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?\s+\d{4}(?:[,\s].*)?$/i.test(line) ||
      /^(?:updated\s+)?\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago$/i.test(line))
  );
}

interface BodyBlock {
  lines: string[];
  text: string;
  /** True for blocks before the first real paragraph (where stray metadata lines live). */
  header: boolean;
}

/**
 * Blank-line separated blocks become paragraphs with their hard-wrapped lines
 * joined. When the body has no blank lines at all (one block of many lines),
 * each line is a paragraph: that export style puts one paragraph per line.
 */
function toParagraphs(blocks: Block[]): BodyBlock[] {
  const textBlocks = blocks.filter((b) => !asImage(b));
  const onePerLine = textBlocks.length === 1 && textBlocks[0].length > 2 && !looksHardWrapped(textBlocks[0]);
  const out: BodyBlock[] = [];
  let seenBody = false;
  for (const block of blocks) {
    if (asImage(block)) {
      out.push({ lines: block, text: block.join(' '), header: !seenBody });
      continue;
    }
    const pieces = onePerLine || linePerParagraph(block) ? block.map((l) => [l]) : [block];
    for (const piece of pieces) {
      const text = joinWrapped(piece);
      out.push({ lines: piece, text, header: !seenBody });
      if (!isMetaLine(text)) seenBody = true;
    }
  }
  return out;
}

/**
 * Lines that are paragraphs although no blank line separates them: some exports
 * put one paragraph per line in part of the body. A line longer than any hard
 * wrap makes (and most lines ending a sentence) tells them from wrapped prose.
 */
const LONGER_THAN_A_WRAP = 160;

function linePerParagraph(lines: readonly string[]): boolean {
  return lines.length > 1 && lines.some((l) => l.length > LONGER_THAN_A_WRAP) && !looksHardWrapped(lines);
}

/** Hard-wrapped prose: most lines end mid-sentence. */
function looksHardWrapped(lines: readonly string[]): boolean {
  const midSentence = lines.slice(0, -1).filter((l) => !/[.!?:"”’)]$/.test(l)).length;
  return midSentence > (lines.length - 1) / 2;
}

function joinWrapped(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line; // "inter-\nnational"
    else text += ' ' + line;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * "WASHINGTON — The top…" → { dateline: "WASHINGTON", rest: "The top…" }.
 * Also "KYIV, Ukraine (Reuters) - …", "SEOUL, Aug 20 (Reuters) - …", "SAN JOSE, Calif. — …", "LONDON (AP) — …",
 * "WASHINGTON, March 5, 2024 — …".
 */
export function splitDateline(paragraph: string): { dateline: string | null; rest: string } {
  // Reuters without a place: "Oct 23 (Reuters) - …".
  const dated = /^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s*\((?:Reuters|AP|AFP|Bloomberg)\)\s*(?:—|–|--|-)\s+/.exec(paragraph);
  if (dated) return { dateline: dated[1], rest: paragraph.slice(dated[0].length) };
  const m =
    /^(\p{Lu}[\p{Lu}\p{M}'’.\- ]*\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}.]*(?:\s(?:\p{Lu}[\p{L}.]*|\d{1,2})){0,3}(?:,\s*\d{4})?)?)(?:\s*\((?:[^)]{1,40})\))?\s*(?:—|–|--|-)\s+/u.exec(
      paragraph,
    );
  if (!m) return { dateline: null, rest: paragraph };
  const place = m[1].trim();
  // The first word must be all capitals, as datelines are ("WASHINGTON", not "Washington").
  const firstWord = place.split(/[\s,]/)[0];
  if (!/^[\p{Lu}.'’-]{2,}$/u.test(firstWord)) return { dateline: null, rest: paragraph };
  return { dateline: place, rest: paragraph.slice(m[0].length) };
}
