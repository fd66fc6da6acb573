/**
 * Raw article text → structure: section, headline, byline, images, dateline,
 * body paragraphs. Pure; no I/O. An HTML or Markdown body is made plain first (markup.ts).
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
import { parseNewsDate } from './publication-date';
import { type Block, type DateLines, bylineOf, isDateLine, isHeadlineLike, isMetaLine, noteDateLine, opensWithByline, readFrontMatter } from './front-matter';
export { isHeadlineLike } from './front-matter';
import { asImage, type ParsedImage } from './image-credits';
import { normalizeText } from './text';
import { plainText } from './markup';
import { curlSingleQuotes } from './single-quotes';
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

export function parseArticle(raw: string, meta: ArticleMeta = {}): ParsedArticle {
  const blocks = toBlocks(curlSingleQuotes(normalizeText(plainText(raw))));
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
  // A body-only text may open with its byline ("By Jane Doe, Staff Writer"): front matter, no headline.
  if (candidate !== undefined && isHeadlineLike(candidate) && !isDateLine(candidate) && !opensWithByline(candidate) && !asImage(rest[0]) && rest.length > 1) {
    const metaHeadline = clean(meta.headline);
    if (metaHeadline === null || metaHeadline.toLowerCase() === candidate.toLowerCase()) {
      out.headline = candidate;
      shiftLine();
    }
  } else if (out.headline === null && candidate !== undefined && rest.length === 1 && rest[0].length > 1 && isHeadlineLike(candidate) && !isDateLine(candidate) && !opensWithByline(candidate)) {
    out.headline = candidate;
    shiftLine();
  }
  readFrontMatter(rest, out, shiftLine, dates);
  return rest;
}

const SENTENCE_END = /[.!?:;,]["”’)]?$/;

function isSectionLike(line: string): boolean {
  return line.length <= 40 && line.split(/\s+/).length <= 5 && !SENTENCE_END.test(line) && !/["“”]/.test(line);
}

/** The block after a section line starts like a headline, not an image or a paragraph. */
function followsHeadline(block: Block | undefined): boolean {
  if (!block) return false;
  return isHeadlineLike(block[0]) && !asImage(block) && bylineOf(block[0]) === null && !isMetaLine(block[0]);
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
