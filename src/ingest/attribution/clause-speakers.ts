/**
 * Speakers of direct quotations read from the reported clause around them.
 * Pure; no I/O.
 *
 * A quotation with no speaker of its own that lies inside a reported clause
 * (`Ortiz praised the plan's "sheer nerve"`, `Ortiz called it "a disgrace"`) is a
 * fragment of that clause's source's words: it takes that source (method
 * "reported-clause") and the clause's cue. Not when someone else stands between
 * the clause's start and the quotation (`Ortiz asked Lee about it, and Lee replied,
 * "…"`): another named entity, or a speech verb, may give the quotation to another voice.
 */
import type { ExtractedMention } from '../entity-extraction';
import type { Quotation } from '../quotations';
import type { ExtractedQuote } from '../quote-types';
import { type Context, mentionsWithin, setSpeaker } from './context';
import type { ReportedAttribution } from './reported-attribution';
import { SPEECH_VERB_TABLE } from './patterns';
import { phraseMatches } from './phrase-scan';

/** A clause's source passes on at most this confidence to the quotations inside it. */
const CONFIDENCE = 0.7;

/**
 * `quotes` are the quotations of kind "quote" and `results` their attributions, in the same
 * order; attributions are in paragraph order, each quotation found by a binary search over its
 * paragraph's quotations.
 */
export function speakersFromReportedClauses(ctx: Context, reported: readonly ReportedAttribution[], quotes: readonly Quotation[], results: ExtractedQuote[]): void {
  const resultOf = new Map<Quotation, ExtractedQuote>();
  quotes.forEach((q, i) => resultOf.set(q, results[i]));
  for (const a of reported) {
    if (a.kind !== 'mixed' || a.source === null) continue;
    const list = ctx.byParagraph[a.paragraph];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < a.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < list.length && list[k].start < a.end; k++) {
      const q = list[k];
      const r = resultOf.get(q);
      if (!r || r.speaker !== null || q.end > a.end || anotherVoiceBefore(ctx, a, q)) continue;
      setSpeaker(ctx, r, { speaker: a.source.speaker, method: 'reported-clause', confidence: Math.min(a.source.confidence, CONFIDENCE) });
      r.cue = a.cue;
    }
  }
}

/** Whether another entity is named, or a speech verb stands, between the clause's start and the quotation (outside quotations). */
function anotherVoiceBefore(ctx: Context, a: ReportedAttribution, q: Quotation): boolean {
  const source = a.source?.speaker;
  const text = ctx.paragraphs[a.paragraph];
  // A possessor names no voice: `denounced Trump's remarks as "…"`.
  // Nor does the reported clause's own subject (`said Trump had "…"`): the quotation is the predicate the source words.
  const other = (m: ExtractedMention): boolean =>
    (m.type !== source?.type || m.entity !== source.index) && !/^['’]s?\s/.test(text.slice(m.end, m.end + 3)) && !CLAUSE_SUBJECT_LEAD_RE.test(text.slice(a.start, m.start));
  if (mentionsWithin(ctx, a.paragraph, a.start, q.open).some(other)) return true;
  let from = a.start;
  for (const o of ctx.byParagraph[a.paragraph]) {
    if (o.open >= q.open) break;
    if (o.close === null || o.close < from) continue;
    if (hasSpeechVerbWord(text.slice(from, o.open))) return true;
    from = o.close + 1;
  }
  return hasSpeechVerbWord(text.slice(from, q.open));
}

/** Before the subject opening a reported clause: `that` and title words at most. */
const CLAUSE_SUBJECT_LEAD_RE = /^\s*(?:that\s+)?(?:(?:the\s+)?[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;

/** A possessor right before a word: `Trump's remarks`, `his comments` (a noun there, no verb). */
const POSSESSOR_BEFORE_RE = /(?:['’]s?|\b(?:his|her|their|its|my|our|your))\s+$/iu;

/** Whether a speech verb stands in `text` as a whole word (not inside "so-called", nor a noun after a possessor). */
function hasSpeechVerbWord(text: string): boolean {
  for (const m of phraseMatches(text, SPEECH_VERB_TABLE)) if (!POSSESSOR_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) return true;
  return false;
}
