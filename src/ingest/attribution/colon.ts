/**
 * Who speaks a quotation a colon introduces, read from the clause before the
 * colon: `Kasich resisted: "…"`, `Paulsen, the doctor at the clinic, is more
 * blunt: "…"`, `As Tom Ridge, a former secretary, put it: "…"`, `Continued
 * Stone: "…"`, a bare label `Rep. Trey Gowdy (R-S.C.): "…"`. The clause's
 * subject must be the first person or organization it names; names after the
 * verb are objects (`delivered a blunt message to Trump:`) and never speak.
 */
import { speakerStartingAt } from './after';
import { type Context, type Found, mentionsWithin, titleLike } from './context';
import { SPEECH_VERB_ALT } from '../lexicon';

/** How long a clause before a colon may be (characters) for its subject to be read. */
const CLAUSE_WINDOW = 220;

const LEAD = /^\s*(?:(?:And|But|So|Yet|Still|Then|Later|Meanwhile|However)\s*,?\s+)?/u;
const SPEECH_VERB_RE = new RegExp(`\\b(?:${SPEECH_VERB_ALT})\\b`, 'iu');
const INVERTED = new RegExp(`^(?:${SPEECH_VERB_ALT}|continued|added|stated)\\s+`, 'iu');
const AS_PUT_IT = new RegExp(`^(?:As|according\\s+to)\\s+`, 'iu');
/** A short quoted title, its comma kept after it: `"The Long Road,"` → `T,`. */
const QUOTED_TITLE_RE = /(?:["“]|'')[^"“”']{1,80}?(,?)(?:["”]|'')/gu;
/**
 * After the name in `As X put it:` / `According to X:` / `Continued X:`: a parenthetical, an appositive, a verb
 * (after `had`/`has`), occasions and times (`in a statement in July`, `a few years earlier`), nothing else.
 */
const AS_PUT_IT_REST =
  /^(?:\s*\([^()]{0,60}\))?(?:\s*,[^,:"“”]{1,140},)?(?:\s+(?:(?:once|recently|later|had|has|have)\s+)?(?:puts?\s+it|pointed\s+out|points\s+out|said|says|wrote|written|writes|noted|notes|explained|explains|observed|observes|remarked|remarks|argued|argues|warned|warns))?(?:\s+(?:in|on|at)\s+[^,:"“”]{1,60}|\s+(?:just\s+)?(?:a\s+few|a|two|three|several|many)\s+(?:years?|months?|weeks?|days?)\s+(?:earlier|ago|before)){0,2}\s*$/u;

/** After the subject: a parenthetical, an appositive, an adverb, then a verb (a past or present form, or a common irregular one). */
const SUBJECT_THEN_VERB = /^(?:\s*\([^()]{0,60}\))?(?:\s*,[^,:"“”]{1,140},)?\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|\p{Ll}{2,}s|put|was|were|is|are|had|has|gave|took|made|said|wrote|spoke|told|kept|grew|went|came|got|saw|felt|thought|knew|sent|offered|responded)\b/u;

/** The speaker of a quotation opening right after `colon` (its offset) in `paragraph`, from the clause before it. */
export function colonClauseSpeaker(ctx: Context, paragraph: number, clauseStart: number, colon: number): Found | null {
  const text = ctx.paragraphs[paragraph];
  let start = Math.max(clauseStart, colon - CLAUSE_WINDOW);
  // "Pollsters agree - Carl Bialik:" — a label after a dash.
  const dash = /\s[-—–]\s*(?=[^-—–]*$)/.exec(text.slice(start, colon));
  if (dash) start += dash.index + dash[0].length;
  const clause = text.slice(start, colon);
  let at = start + LEAD.exec(clause)![0].length;
  // "Asked about the rivals, Whitaker was blunt:": a lead phrase naming no one.
  const phrase = /^[^,:"“”]{1,60},\s*/.exec(text.slice(at, colon));
  if (phrase && mentionsWithin(ctx, paragraph, at, at + phrase[0].length).length === 0) at += phrase[0].length;
  const body = text.slice(at, colon);
  const mentions = mentionsWithin(ctx, paragraph, at, colon);
  if (mentions.length === 0) return null;
  const inverted = INVERTED.exec(body) ?? AS_PUT_IT.exec(body);
  if (inverted) {
    const s = speakerStartingAt(ctx, paragraph, at + inverted[0].length);
    if (!s) return null;
    // "As X put it:" / "According to X:" / "Continued X:": nothing but a verb or an appositive after the name.
    // A quoted title in the appositive (`author of "The Long Road,"`) counts as a word.
    const rest = text.slice(s.end, colon).replace(QUOTED_TITLE_RE, 'T$1');
    if (!AS_PUT_IT_REST.test(rest)) return null;
    return { speaker: s.speaker, method: 'colon-subject', confidence: 0.75 * s.confidence };
  }
  return subjectOfClause(ctx, paragraph, at, colon) ?? subjectAfterLeadPhrase(ctx, paragraph, at, colon);
}

/** The subject opening the clause at `at` that a colon ends: the first name it holds, then a verb (or nothing, for a label). */
function subjectOfClause(ctx: Context, paragraph: number, at: number, colon: number, label = true): Found | null {
  const text = ctx.paragraphs[paragraph];
  const s = speakerStartingAt(ctx, paragraph, at);
  const first = mentionsWithin(ctx, paragraph, at, colon)[0];
  if (!s || first === undefined) return null;
  if (text.slice(at, first.start).trim() !== '' && !titleLike(text.slice(at, first.start), 3)) return null;
  const rest = text.slice(s.end, colon);
  // A bare label: `Former secretary of state Hillary Rodham Clinton:`.
  if (label && /^(?:\s*\([^()]{0,60}\))?\s*$/.test(rest)) return { speaker: s.speaker, method: 'colon-subject', confidence: 0.7 * s.confidence };
  return SUBJECT_THEN_VERB.test(rest) ? { speaker: s.speaker, method: 'colon-subject', confidence: 0.7 * s.confidence } : null;
}

/**
 * `With party leaders worried about turnout, President Obama is trying a new message: "…"`: a lead
 * phrase that names others and reports no one, then the clause's subject after its last comma.
 */
function subjectAfterLeadPhrase(ctx: Context, paragraph: number, at: number, colon: number): Found | null {
  const text = ctx.paragraphs[paragraph];
  const comma = text.lastIndexOf(',', colon);
  if (comma <= at) return null;
  const lead = text.slice(at, comma);
  if (/["“”(]/.test(lead) || SPEECH_VERB_RE.test(lead)) return null;
  const start = comma + 1 + /^\s*/.exec(text.slice(comma + 1, colon))![0].length;
  return subjectOfClause(ctx, paragraph, start, colon, false);
}
