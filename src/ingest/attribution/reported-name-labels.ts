/**
 * A transcript line labelled with a person's name as written in running
 * text: `Dana Whitfield: I think the plan is fine on paper.` / `Whitfield:
 * Well, nobody thinks of it that way.` opening a paragraph. The rest of the
 * paragraph is what that person says (the capitalised `TAPPER: …` labels are
 * read in reported-openings.ts). The label must be the name of a person the
 * article names, and nothing else, right before the colon: `Iowa: Tim Smith,
 * Jane Doe` (a place) and `Editor's note: …` (no one) are no turns; nor
 * is a line in title case (`Ruiz: Budget Plan Is Dead`, a headline's shape),
 * a tag line of three words or fewer, a subhead in capitals after the name,
 * or the article's first paragraph.
 * Pure; no I/O; one anchored scan of each paragraph's opening.
 */
import { speakerStartingAt } from './after';
import type { Context } from './context';
import { type ReportedAttribution, make, quotesWithin } from './reported-attribution';
import { trimRange } from './reported-content';
import { type Range, words } from '../text';

/** One to five words, the first capitalised, then a colon and a space: a label's shape (`Mayor Dana Whitfield:`). */
const NAME_LABEL_RE = /^\s*\p{Lu}[\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,4}(?=:\s+\S)/u;
/** Fewest words a turn has: `Now or never` under a name is a subhead's tag line. */
const MIN_TURN_WORDS = 4;
/** A content with this share of its words capitalised is a headline's (`Cruz: Trump Would Put Liberals On Court`). */
const TITLE_CASE_SHARE = 0.6;
/** A subhead in capitals run into the paragraph after the label (`Ruiz: LOOK AHEAD She …`): a section, not a turn. */
const SUBHEAD_RE = /^\p{Lu}{2,}\s+\p{Lu}{2,}\b/u;
/** A label all in capitals is read by the transcript-label rule. */
const CAPITALS_RE = /^[\p{Lu}\s.’'-]+$/u;

/** The turn of each paragraph a person's name labels. */
export function nameLabelTurns(ctx: Context, quoteSpans: readonly Range[][]): ReportedAttribution[] {
  const out: ReportedAttribution[] = [];
  ctx.paragraphs.forEach((text, p) => {
    // An article's first paragraph under a name is its headline when the page gave none apart.
    if (p === 0) return;
    const label = NAME_LABEL_RE.exec(text.slice(0, 80));
    if (!label || CAPITALS_RE.test(label[0])) return;
    const s = speakerStartingAt(ctx, p, label[0].length - label[0].trimStart().length);
    if (!s || s.speaker.type !== 'person' || s.end !== label[0].length) return;
    const content = trimRange(text, { start: label[0].length + 1, end: text.length });
    if (SUBHEAD_RE.test(text.slice(content.start))) return;
    const body = words(text.slice(content.start, content.end));
    if (body.length < MIN_TURN_WORDS || body.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_CASE_SHARE * body.length) return;
    const cue = { at: label[0].length, end: label[0].length + 1, word: ':', phrase: ':', phraseStart: label[0].length };
    const made = make(text, p, content, cue, null, { speaker: s.speaker, method: 'name-label', confidence: 0.7 * s.confidence }, null, quotesWithin(quoteSpans[p], content), 0);
    if (made) out.push(made);
  });
  return out;
}
