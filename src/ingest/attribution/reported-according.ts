/**
 * "According to X": the one cue that is a preposition, before or after its content or set off
 * inside it. Pure; no I/O; one pass over the sentence.
 */
import { words, type Range } from '../text';
import { MIN_CONTENT_WORDS, make } from './reported-attribution';
import { trimRange } from './reported-content';
import { appositiveLength } from './according-appositives';
import { type ReportedContext, isSourcePhrase, partyMembers } from './reported-sources';
import type { Draft } from './reported-draft';
import type { CueInfo } from '../lexicon';

/** "according to", and a passive "as" clause read the same way: "as first reported by", "as noted by". */
const ACCORDING_RE =
  /(?<![\p{L}])(?:according\s+to|as\s+(?:(?:first|previously|originally|earlier|also|recently)\s+)?(?:reported|noted|stated|announced|described|revealed|detailed|explained|told)\s+by)\s+/giu;
const ACCORDING_WORD_RE = /according|\sby\s/i;

/** "That's", "This is" before "according to": a demonstrative standing for the sentence before. */
const DEMONSTRATIVE_LEAD_RE = /^\s*["“]?(That|This)(?:['’]s|\s+is|\s+was)$/u;
/** The frame of a content of one word. */
const ONE_WORD: CueInfo = { frame: 'object', object: 'none', participle: false };

/** Whether nothing but the sentence's end follows the source phrase. */
function closesAfter(rest: string): boolean {
  return /^\s*[.!?]?["”]?\s*$/u.test(rest);
}

/** `According to X, CONTENT.` · `CONTENT, according to X.` · `As reported by X, CONTENT.` · `CONTENT, as first reported by X.` */
export function according(ctx: ReportedContext, p: number, text: string, sentence: Range, quotes: readonly Range[], outside: (i: number) => boolean): Draft | null {
  const slice = text.slice(sentence.start, sentence.end);
  // Most sentences lack the words: a plain search first (no character folds to these letters only under `u`).
  if (!ACCORDING_WORD_RE.test(slice)) return null;
  for (const m of slice.matchAll(ACCORDING_RE)) {
    const at = sentence.start + m.index;
    if (!outside(at)) continue;
    const sourceAt = at + m[0].length;
    const named = ctx.speakerStartingAt(p, sourceAt);
    // "according to numerous fellow Democrats": members of the party, as written.
    const members = named?.speaker.type === 'organization' ? partyMembers(text, { type: 'organization', start: text.slice(sourceAt, named.end).search(/\S+$/) + sourceAt, end: named.end }) : null;
    const entity = members ? null : named;
    // The source phrase runs to the next comma or the end of the sentence.
    const rest = text.slice(sourceAt, sentence.end);
    // A parenthesis or a spaced dash ends it too: "according to exit polls (a wide margin)", "… poll - the same as …".
    const phraseEnd = sourceAt + (/[,;()]|\s[-—–]\s|\.\s*$|\.["”]?\s*$/.exec(rest)?.index ?? rest.length);
    // "as reported by the Ledger on Monday": after "by", the source as written stops before a time or place.
    const byEnd = /^according/i.test(m[0]) ? -1 : text.slice(sourceAt, phraseEnd).search(/\s(?:on|in|at|last|this|earlier)\s/i);
    const sourceText = members?.text ?? text.slice(sourceAt, byEnd > 0 ? sourceAt + byEnd : phraseEnd).trim();
    // "according to" names a source whatever its noun phrase: "three networks", "state law", "exit polls".
    if (!entity && !isSourcePhrase(sourceText) && !/^(?:\p{L}[\p{L}\p{N}.’'-]*\s+){0,24}\p{L}[\p{L}\p{N}.’'-]*$/u.test(sourceText)) continue;
    let before = text.slice(sentence.start, at).replace(/[\s,—–-]+$/, '');
    // "Iowa (93 percent were white, according to exit polls)", "X - who made up half, according to a survey - …":
    // inside a parenthesis or a pair of dashes the content is what it holds.
    const closingDash = /^\s[-—–]\s/.test(text.slice(phraseEnd, phraseEnd + 3));
    const dash = closingDash ? Math.max(before.lastIndexOf(' - '), before.lastIndexOf(' — '), before.lastIndexOf(' – ')) : -1;
    const open = text[phraseEnd] === ')' ? before.lastIndexOf('(') : dash >= 0 ? dash + 2 : -1;
    const inParenthesis = open >= 0 && (closingDash || before.indexOf(')', open) < 0);
    const from = inParenthesis ? sentence.start + open + 1 : sentence.start;
    if (inParenthesis) before = before.slice(open + 1);
    const cue = { at, end: at + m[0].trimEnd().length, word: /^according/i.test(m[0]) ? 'according to' : m[0].trim().split(/\s+/).at(-2)!.toLowerCase(), phrase: m[0].trim(), phraseStart: at };
    const source = entity ? { speaker: entity.speaker, method: 'according-to', confidence: 0.85 * entity.confidence } : null;
    // "That's according to exit polls.": the demonstrative stands for the sentence before; it is the content.
    const demonstrative = DEMONSTRATIVE_LEAD_RE.exec(before);
    if (demonstrative && closesAfter(text.slice(phraseEnd, sentence.end))) {
      const start = sentence.start + demonstrative[0].indexOf(demonstrative[1]);
      const one: Range = { start, end: start + demonstrative[1].length };
      const draft: Draft = { content: one, cue, info: ONE_WORD, source, sourceText: entity ? null : sourceText, sourceAt: at, clauseAt: at };
      if (make(text, p, one, cue, ONE_WORD, source, draft.sourceText, quotes)) return draft;
      continue;
    }
    let content: Range;
    // "while — according to emails — knowing …": a dash before and after sets the source off like commas.
    const after = /^\s*,\s*/.exec(text.slice(phraseEnd)) ?? (closingDash && /(?<![\p{L}])(?:while|and|but|that|because|when|although|though|since|if|which|who)\s*[—–-]\s*$/iu.test(text.slice(sentence.start, at)) ? /^\s[-—–]\s*/.exec(text.slice(phraseEnd)) : null);
    // "According to Ines Vidal, the board's director, the board has …": an appositive on a named source is no content.
    const described = after && entity ? appositiveLength(text, phraseEnd + after[0].length, sentence.end) : 0;
    const afterContent = after ? trimRange(text, { start: phraseEnd + after[0].length + described, end: sentence.end }) : null;
    // "And it has not gone unnoticed: according to polls, CONTENT": what follows a colon or a dash is the content.
    const leads = /[:;—–]$/.test(before) && afterContent !== null && words(text.slice(afterContent.start, afterContent.end)).length >= MIN_CONTENT_WORDS;
    // "Since May, according to the agency, prices have doubled.": set off inside its content, the sentence around it.
    // Only after a word that leaves its clause open ("while —"): "X – as described by Y – many believe …" reports X.
    const dashAside = afterContent !== null && closingDash && /(?<![\p{L}])(?:while|and|but|that|because|when|although|though|since|if|which|who)\s*[—–-]\s*$/iu.test(text.slice(sentence.start, at));
    const aside = afterContent !== null && !leads && !inParenthesis && !dashAside && /,\s*$/.test(text.slice(sentence.start, at)) && words(text.slice(afterContent.start, afterContent.end)).length >= MIN_CONTENT_WORDS;
    let textOverride: string | undefined;
    if (aside) {
      content = trimRange(text, { start: sentence.start, end: afterContent.end });
      textOverride = `${text.slice(content.start, sentence.start + before.length)} ${text.slice(afterContent.start, afterContent.end)}`;
    } else if (dashAside && words(text.slice(afterContent.start, afterContent.end)).length >= MIN_CONTENT_WORDS) content = afterContent;
    else if (words(before).length >= MIN_CONTENT_WORDS && !leads) content = trimRange(text, { start: from, end: from + before.length });
    else if (afterContent) content = afterContent;
    else continue;
    const draft: Draft = { content, cue, info: null, source, sourceText: entity ? null : sourceText, sourceAt: at, clauseAt: content.start < at ? at : sentence.start, ...(textOverride === undefined ? {} : { textOverride }) };
    if (make(text, p, content, cue, null, source, draft.sourceText, quotes)) return draft;
  }
  return null;
}
