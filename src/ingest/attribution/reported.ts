/**
 * Reported speech: attributions whose content is not (only) inside quotation
 * marks. `SOURCE CUE (that) CONTENT` ("Lavrov said Russia had agreed to …"),
 * `CONTENT, SOURCE CUE` ("The talks will resume, the ministry said."),
 * `according to SOURCE, CONTENT` and `…, saying (that) CONTENT`. A reported
 * clause that holds a quoted fragment is MIXED, and the fragment belongs to it.
 *
 * Precision first: a sentence yields an attribution only when its cue has a
 * source the grammar can see (a named person or organization, a pronoun, or a
 * noun phrase such as "officials" or "the ministry"); the content runs from
 * the cue to the end of the sentence, or from the start of the sentence to
 * the cue when the cue comes last. Content that is wholly a direct quotation
 * is left to the direct attributor.
 *
 * Pure; no I/O. Linear in the text: every scan is bounded per sentence.
 */
import { REPORTING_CUES, VERB_ADVERBS, type CueInfo } from '../lexicon';
import type { Range } from '../text';
import { TIME_PHRASE } from './patterns';
import {
  type FoundSource,
  type ReportedContext,
  NOT_MODIFIERS,
  fromQuote,
  isSourcePhrase,
  openingSubject,
  sourceBefore,
  words,
} from './reported-sources';

export type { FoundSource, ReportedContext, SourceRef } from './reported-sources';

export type AttributionKind = 'direct' | 'indirect' | 'mixed';

/** A reported attribution as found in one sentence. */
export interface ReportedAttribution {
  kind: 'indirect' | 'mixed';
  paragraph: number;
  /** Offsets of the content in its paragraph (end exclusive). */
  start: number;
  end: number;
  text: string;
  cue: string;
  /** The source as an extracted entity, when it resolves to one. */
  source: FoundSource | null;
  /** The source as written ("officials", "the ministry"), when it is no named entity. */
  sourceText: string | null;
  /** Where the attribution's source phrase (or its cue, when the source follows) begins in the paragraph. */
  sourceAt: number;
}

/** Sentences longer than this are not read for reported speech: no news sentence is this long. */
const LONG_SENTENCE = 1200;
/** Fewest words a reported content may have ("it was over" has three). */
const MIN_CONTENT_WORDS = 3;
/** A content whose characters are this much inside quotation marks is a direct quote. */
const DIRECT_SHARE = 0.85;

const CUE_ALT = [...REPORTING_CUES.keys()].sort((a, b) => b.length - a.length).join('|');
// Not inside a hyphenated word, not after "so-"; a cue is a whole word.
const CUE_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${CUE_ALT})(?![\\p{L}\\p{N}-])`, 'giu');
const AUX_BEFORE_RE = new RegExp(`(?:\\b(?:${VERB_ADVERBS.slice(3, -1)}|not|n[’']t)\\s+)+$`, 'iu');
const ACCORDING_RE = /(?<![\p{L}])according\s+to\s+/giu;
/** What may follow a cue that closes its sentence: a time phrase, a participle or "according to" clause, the period. */
const CLOSES_SENTENCE_RE = new RegExp(`^(?:${TIME_PHRASE.source.slice(1)})?\\s*(?:,\\s*(?:adding|noting|according)[^]*)?[.?!]?["”]?\\s*$`, 'iu');
/** A cue set off inside its content: a time phrase, then the comma that resumes the content. */
const ASIDE_RE = new RegExp(`^(?:${TIME_PHRASE.source.slice(1)})?\\s*,\\s*`, 'u');
/**
 * Reported attributions of every sentence (`ctx.quoteSpans` holds, per
 * paragraph, the quotation spans the direct attributor took as quotes).
 */
export function findReportedSpeech(ctx: ReportedContext): ReportedAttribution[] {
  const out: ReportedAttribution[] = [];
  ctx.paragraphs.forEach((text, p) => {
    for (const sentence of ctx.sentences[p]) {
      if (sentence.end - sentence.start > LONG_SENTENCE) continue;
      out.push(...readSentence(ctx, p, text, sentence));
    }
  });
  return out;
}

interface Cue {
  at: number;
  end: number;
  word: string;
  /** The cue as written, auxiliaries included ("has said", "according to"). */
  phrase: string;
  phraseStart: number;
}

/** Clause boundaries inside a content where a coordinated attribution may begin: "…, but Kerry insisted that …". */
const COORDINATION_RE = /(?:,\s*(?:but|and|while|whereas)|;)\s+(?!that\b)/giu;

/** Every attribution of a sentence: the first, then any coordinated after it. */
function readSentence(ctx: ReportedContext, p: number, text: string, sentence: Range): ReportedAttribution[] {
  const quotes = quotesWithin(ctx.quoteSpans[p], sentence);
  const outside = (i: number): boolean => !quotes.some((q) => i >= q.start && i < q.end);
  const found: ReportedAttribution[] = [];
  // "X said …, according to the agency": X is whom the words are from; the agency only relays them.
  let current = verbCue(ctx, p, text, sentence, quotes, outside) ?? according(ctx, p, text, sentence, quotes, outside);
  while (current && found.length < 8) {
    found.push(current);
    const next = coordinated(ctx, p, text, current, quotes, outside);
    if (!next) break;
    current = next.attribution;
    const cut = trimRange(text, { start: found[found.length - 1].start, end: next.boundary });
    Object.assign(found[found.length - 1], { end: cut.end, text: text.slice(found[found.length - 1].start, cut.end) });
  }
  return found;
}

/** A second attribution whose source opens a coordinated clause inside the first one's content. */
function coordinated(
  ctx: ReportedContext,
  p: number,
  text: string,
  first: ReportedAttribution,
  quotes: readonly Range[],
  outside: (i: number) => boolean,
): { attribution: ReportedAttribution; boundary: number } | null {
  const body = text.slice(first.start, first.end);
  for (const m of body.matchAll(COORDINATION_RE)) {
    const boundary = first.start + m.index;
    if (!outside(boundary)) continue;
    const clause = { start: boundary + m[0].length, end: first.end + (text.slice(first.end).match(/^[.?!"”’]*/)?.[0].length ?? 0) };
    const next = verbCue(ctx, p, text, clause, quotes, outside);
    if (next && next.sourceAt - clause.start <= 60 && !text.slice(clause.start, next.sourceAt).includes(',')) return { attribution: next, boundary };
  }
  return null;
}

/** `According to X, CONTENT.` · `CONTENT, according to X.` */
function according(ctx: ReportedContext, p: number, text: string, sentence: Range, quotes: readonly Range[], outside: (i: number) => boolean): ReportedAttribution | null {
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(ACCORDING_RE)) {
    const at = sentence.start + m.index;
    if (!outside(at)) continue;
    const sourceAt = at + m[0].length;
    const entity = ctx.speakerStartingAt(p, sourceAt);
    // The source phrase runs to the next comma or the end of the sentence.
    const rest = text.slice(sourceAt, sentence.end);
    const phraseEnd = sourceAt + (/[,;]|\.\s*$|\.["”]?\s*$/.exec(rest)?.index ?? rest.length);
    const sourceText = text.slice(sourceAt, phraseEnd).trim();
    if (!entity && !isSourcePhrase(sourceText)) continue;
    const before = text.slice(sentence.start, at).replace(/[\s,—–-]+$/, '');
    const cue = { at, end: at + m[0].trimEnd().length, word: 'according to', phrase: m[0].trim(), phraseStart: at };
    const source = entity ? { speaker: entity.speaker, method: 'according-to', confidence: 0.85 * entity.confidence } : null;
    let content: Range;
    if (words(before).length >= MIN_CONTENT_WORDS) content = trimRange(text, { start: sentence.start, end: sentence.start + before.length });
    else {
      const after = /^\s*,\s*/.exec(text.slice(phraseEnd));
      if (!after) continue;
      content = trimRange(text, { start: phraseEnd + after[0].length, end: sentence.end });
    }
    const made = make(text, p, content, cue, source, entity ? null : sourceText, quotes);
    if (made) return made;
  }
  return null;
}

function verbCue(ctx: ReportedContext, p: number, text: string, sentence: Range, quotes: readonly Range[], outside: (i: number) => boolean): ReportedAttribution | null {
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(CUE_RE)) {
    const at = sentence.start + m.index;
    if (!outside(at)) continue;
    const word = m[1].toLowerCase();
    const info = REPORTING_CUES.get(word);
    if (!info) continue;
    const head = text.slice(sentence.start, at);
    const aux = AUX_BEFORE_RE.exec(head);
    // "declined to say", "did not say": no statement is reported.
    if (aux && /\b(?:not|n[’']t|never)\s+$/i.test(aux[0])) continue;
    if (/\b(?:declined|refused|wouldn[’']t|won[’']t|to)\s+$/i.test(head)) continue;
    const subjectEnd = aux ? at - aux[0].length : at;
    const cue: Cue = { at, end: at + m[1].length, word, phrase: text.slice(subjectEnd, at + m[1].length).trim(), phraseStart: subjectEnd };
    const after = text.slice(cue.end, sentence.end);

    if (info.participle) {
      // `…, saying (that) CONTENT`: the subject of the main clause.
      if (!/,\s*$/.test(head)) continue;
      const source = openingSubject(ctx, p, text, sentence, at) ?? fromQuote(ctx, p, sentence);
      if (!source) continue;
      const content = contentAfter(text, cue, info, sentence);
      if (!content) continue;
      const made = make(text, p, content, cue, source.found, source.text, quotes);
      if (made) return made;
      continue;
    }

    // Subject before the cue.
    const source = sourceBefore(ctx, p, text, sentence, subjectEnd);
    if (source) {
      let content = contentAfter(text, cue, info, sentence);
      // "Lavrov, who has contended that …, showed no willingness": the content ends with the relative clause.
      if (content && /,\s*(?:who|which)\s*$/i.test(text.slice(sentence.start, subjectEnd))) content = untilComma(text, content, outside);
      if (content) {
        const made = make(text, p, content, cue, source.found, source.text, quotes, source.start);
        if (made) return made;
      }
      // `CONTENT, X said.`: the cue closes the sentence (title words may stand before the name:
      // `…, harbor master Ines Vidal said.`).
      const lead = withoutTitleWords(text.slice(sentence.start, source.start));
      if (/,\s*$/.test(lead) && closesSentence(after)) {
        const made = make(text, p, trimRange(text, { start: sentence.start, end: sentence.start + lead.replace(/[\s,]+$/, '').length }), cue, source.found, source.text, quotes);
        if (made) return made;
      }
      // `Within marriages, they said, women now have more say.`: the attribution set off inside its content,
      // which is the sentence around it; its text leaves the attribution out.
      const aside = ASIDE_RE.exec(after);
      if (/,\s*$/.test(lead) && words(lead).length >= 2 && aside && words(text.slice(cue.end + aside[0].length, sentence.end)).length >= MIN_CONTENT_WORDS) {
        const content = trimRange(text, { start: sentence.start, end: sentence.end });
        const made = make(text, p, content, cue, source.found, source.text, quotes, source.start);
        if (made) {
          made.text = `${lead.replace(/[\s,]+$/, '')} ${text.slice(cue.end + aside[0].length, content.end)}`;
          return made;
        }
      }
      continue;
    }
    // `CONTENT, said X.` (inverted).
    if (/,\s*$/.test(head) && !aux) {
      const entity = ctx.speakerStartingAt(p, cue.end + (/^\s*/.exec(after)?.[0].length ?? 0));
      if (entity && closesSentence(text.slice(entity.end, sentence.end).replace(/^\s*,[^,]{1,100},?/, ''))) {
        const content = trimRange(text, { start: sentence.start, end: sentence.start + head.replace(/[\s,]+$/, '').length });
        const made = make(text, p, content, cue, { speaker: entity.speaker, method: 'said-after', confidence: 0.9 * entity.confidence }, null, quotes);
        if (made) return made;
      }
    }
  }
  return null;
}

/** The content after a cue: past an object ("told reporters"), time phrases and "that", to the end of the sentence. */
function contentAfter(text: string, cue: Cue, info: CueInfo, sentence: Range): Range | null {
  let at = cue.end;
  const skip = (re: RegExp): boolean => {
    const m = re.exec(text.slice(at, sentence.end));
    if (!m) return false;
    at += m[0].length;
    return true;
  };
  skip(TIME_PHRASE);
  if (info.object !== 'none') {
    // "told reporters", "told The Associated Press", "told CNN's Jake Tapper", "told him".
    if (!skip(/^\s+(?:him|her|them|us|me|you|reporters|journalists|supporters|the crowd|an audience|the audience|lawmakers|members|voters|colleagues|(?:the\s+)?[\p{Lu}][\p{L}.&’'-]*(?:\s+(?:of\s+|the\s+)?[\p{Lu}][\p{L}.&’'-]*){0,5}(?:['’]s\s+[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,2})?|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|crowd|audience|rally|meeting|gathering|group|interviewer|newspaper|station|network|committee|panel))\b/u)) {
      if (info.object === 'required') return null;
    }
    skip(TIME_PHRASE);
  }
  const that = skip(/^\s*,?\s*that\b/i);
  if (!that) skip(/^\s*:/);
  // "agreed to work with …", "promised to build …": an intention, not a statement; "wrote when …",
  // "responded by …", "said of …": no reported clause follows (after "that" one does: "said that after …").
  if (/^\s*to\b/i.test(text.slice(at, sentence.end))) return null;
  if (!that && /^\s*(?:when|while|after|before|because|as|since|during|by|of|about|for|with|in|on|at|from|so|and|but|or|if|until|than)\b/i.test(text.slice(at, sentence.end))) return null;
  if (/^\s*[,;.?!]/.test(text.slice(at, sentence.end)) && !/^\s*,\s*["“]/.test(text.slice(at, sentence.end))) return null;
  const range = trimRange(text, { start: at, end: sentence.end });
  return range.end > range.start ? range : null;
}

/** A clause's text without the title words that end it ("…, harbor master " → "…, "). */
function withoutTitleWords(lead: string): string {
  const m = /,\s*((?:[\p{L}\p{N}.’'-]+\s+){1,4})$/u.exec(lead);
  if (!m || words(m[1]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) return lead;
  return lead.slice(0, lead.length - m[1].length);
}

/** A content cut at its first comma outside quotation marks. */
function untilComma(text: string, r: Range, outside: (i: number) => boolean): Range {
  for (let i = r.start; i < r.end; i++) if (text[i] === ',' && outside(i)) return trimRange(text, { start: r.start, end: i });
  return r;
}

/** Whether what follows a cue ends the sentence: an optional time phrase, then the period. */
function closesSentence(after: string): boolean {
  return CLOSES_SENTENCE_RE.test(after);
}

function make(
  text: string,
  p: number,
  content: Range,
  cue: Cue,
  source: FoundSource | null,
  sourceText: string | null,
  quotes: readonly Range[],
  sourceAt: number = cue.phraseStart,
): ReportedAttribution | null {
  if (content.end <= content.start) return null;
  const body = text.slice(content.start, content.end);
  if (words(body).length < MIN_CONTENT_WORDS) return null;
  const holdsQuote = quotes.some((q) => Math.min(q.end, content.end) > Math.max(q.start, content.start));
  const letters = body.replace(/[\s.,;:!?"“”‘’'—–-]/g, '').length;
  const quotedLetters = quotes.reduce((n, q) => n + text.slice(Math.max(q.start, content.start), Math.min(q.end, content.end)).replace(/[\s.,;:!?"“”‘’'—–-]/g, '').length, 0);
  if (letters === 0 || quotedLetters / letters >= DIRECT_SHARE) return null;
  // A quotation that runs past the content is someone else's words, not part of this clause.
  if (quotes.some((q) => q.start < content.end && q.end > content.end + 1)) return null;
  return {
    kind: holdsQuote ? 'mixed' : 'indirect',
    paragraph: p,
    start: content.start,
    end: content.end,
    text: body,
    cue: cue.phrase,
    source,
    sourceText: source ? null : sourceText,
    sourceAt,
  };
}

function quotesWithin(spans: readonly Range[], sentence: Range): Range[] {
  return spans.filter((q) => q.end > sentence.start && q.start < sentence.end);
}

/** Trims spaces, a closing period and stray commas from both ends of a range. */
function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
  while (end > start && /[\s,;:.!?—–-]/.test(text[end - 1])) end--;
  // A closing quotation mark right after the trimmed end belongs to the content.
  if (/["”’]/.test(text[end] ?? '') && text.slice(start, end).split(/["“”]/).length % 2 === 0) end++;
  return { start, end };
}
