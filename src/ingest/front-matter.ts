/**
 * What stands between a headline and the body, as news pages and article extractors deliver it:
 * bylines ("By Jane Doe", a name line over a role or outlet line), date lines and timestamps,
 * share prompts and a standfirst. Pure; no I/O. parse-article.ts reads the rest of the layout.
 */
import { dateLineOf, parseNewsDate } from './publication-date';

/** What the front matter fills in of the parsed article. */
export interface FrontMatter {
  byline: string | null;
  standfirst: string | null;
}

/** The lines of one block (lines with no blank line between them). */
export type Block = string[];

/** Date lines met above the body, in order. */
export type DateLines = { date: string; updated: boolean }[];

/** Keeps the date of a date line ("Published …", "Updated …", a bare date); other lines are ignored. */
export function noteDateLine(line: string, dates: DateLines, label: string | null = null): void {
  const found = dateLineOf(label === null ? line : `${label} ${line}`);
  if (found) dates.push(found);
}

/** A metadata line that gives a date: never a section or a headline. */
export function isDateLine(line: string): boolean {
  return isMetaLine(line) && /\d/.test(line);
}

/**
 * Front matter between the headline and the body, as scraped pages deliver
 * it: bylines in their several forms ("By X", "Interview by X", a name line
 * over a role or outlet line), timestamps ("2 hours ago", "Sat 2 Sep 2023
 * 09.00 BST"), share/save prompts, and a standfirst (a summary line that a
 * byline or timestamp follows). Stops at the first line that is none of these.
 */
export function readFrontMatter(rest: Block[], out: FrontMatter, shiftLine: () => string, dates: DateLines): void {
  let standfirstAllowed = true;
  let bylineBlock: Block | null = null;
  // "Published" or "Updated" alone on its line labels the date on the next.
  let label: string | null = null;
  while (rest.length > 0 && rest[0].length > 0) {
    const block = rest[0];
    const line = block[0];
    const labelled = label;
    label = null;
    const byline = pipedByline(line, dates) ?? bylineOf(line);
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
export function bylineOf(line: string): string | null {
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

/**
 * "By Jane Doe", "By Jane Doe, Staff Writer", "By KATE PAYNE and CURT ANDERSON | Associated Press": a byline
 * as the first line of a text, where a headline would stand. Stricter than `bylineOf` (a capital "By", then
 * capitalized name words), so that "By the numbers: …" and "By The Way" stay headlines.
 */
export function opensWithByline(line: string): boolean {
  const name = line.split(SEGMENT_BREAK)[0];
  return OPENING_BYLINE.test(name) && bylineOf(name) !== null;
}

/** Where a byline line's segments part: "By Jane Doe | Oct. 3, 2016", "By Jane Doe • 5:32 p.m.". */
const SEGMENT_BREAK = /\s+[|•·]\s+/;
/** A time of day alone, maybe labelled: "Updated 5:32 p.m.", "9:10 AM ET". */
const TIME_SEGMENT = /^(?:(?:updated|published|posted)\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{1,4})?$/i;

/**
 * "By Jane Doe | Oct. 3, 2016 | Updated 5:32 p.m.": a byline whose later segments give dates or times. The dates are
 * noted, the byline keeps the other segments ("By Jane Doe | The Dispatch | May 2, 2024" → "Jane Doe | The Dispatch").
 * Null when the line has no such segment (`bylineOf` reads it whole).
 */
function pipedByline(line: string, dates: DateLines): string | null {
  const segments = line.split(SEGMENT_BREAK);
  if (segments.length < 2) return null;
  const name = bylineOf(segments[0]);
  if (name === null) return null;
  const kept = [name];
  for (const segment of segments.slice(1)) {
    if (isMetaLine(segment) || TIME_SEGMENT.test(segment)) noteDateLine(segment, dates);
    else kept.push(segment);
  }
  return kept.length === segments.length ? null : kept.join(' | ');
}

const OPENING_BYLINE =
  /^By\s+(?!(?:The|A|An|This|That|Our|Their|Its|Any|All|Way|Then|Now)\b)\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|de|van|von|da|del|der|bin|al)){1,6}(?:\s*[,|—–-]\s*[^.!?]{1,80})?$/u;

/** Date/time stamps and "Updated …" lines that are metadata, not body. */
export function isMetaLine(line: string): boolean {
  return (
    line.length <= 80 &&
    (/^(?:published|updated|posted|last updated|first published)\b/i.test(line) ||
      /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|march|mar|april|apr|may|june|jun|july|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?:[,\s].*)?$/i.test(
        line,
      ) ||
      /^\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?$/.test(line) ||
      // "Sat 2 Sep 2023 09.00 BST", "23 June 2025"
      /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}\s+(?:jan|feb|march|mar|april|apr|may|june|jun|july|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?\s+\d{4}(?:[,\s].*)?$/i.test(line) ||
      /^(?:updated\s+)?\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago$/i.test(line) ||
      // "5:32 p.m. EDT Oct. 3, 2016", "3/5/2024": any other form the date reader takes, alone on its line.
      (/^\d/.test(line) && parseNewsDate(line) !== null))
  );
}

/** A line that may be a headline: short, and not ending like a sentence. */
export function isHeadlineLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (line.length > 200 || words > 30) return false;
  if (/^\(.*\)$/.test(line)) return false;
  // A headline rarely ends like a sentence, unless with an abbreviation ("…with U.S.") or a short question.
  if (/[.!]["”’)]*$/.test(line) && !/(?:\b\p{Lu}\.)+$/u.test(line)) return false;
  if (/\?["”’)]*$/.test(line) && words > 15) return false;
  return true;
}
