/**
 * The subject a participle or a verb phrase shares with its sentence: the entity, pronoun or
 * party members opening it, or the speaker of the quotation it opens inside. Pure; no I/O.
 */
import type { Range } from '../text';
import { OPENING_RE } from './reported-phrase-kinds';
import { asWritten, partyMembers, type ReportedContext, type SourceFound } from './reported-sources';

/** The subject a participle (`…, saying …`) shares: the entity or noun phrase opening the sentence. */
export function openingSubject(ctx: ReportedContext, p: number, text: string, sentence: Range, at: number): SourceFound | null {
  const lead = OPENING_RE.exec(text.slice(sentence.start, at))![0];
  const from = sentence.start + lead.length;
  // "“…,” Ruiz said, adding …": a sentence opening inside a quotation has no subject there; the quotation's speaker is it.
  if (insideQuote(ctx.quoteSpans[p], from)) return null;
  const entity = ctx.speakerStartingAt(p, from);
  const members = entity && entity.speaker.type === 'organization' ? partyMembers(text, { type: 'organization', start: text.slice(from, entity.end).search(/\S+$/) + from, end: entity.end }) : null;
  if (members) return members;
  if (entity) return { found: { speaker: entity.speaker, method: 'participle', confidence: 0.8 * entity.confidence }, text: null, start: from };
  // "She's moved …, saying": a contracted auxiliary is written onto the pronoun.
  const pron = /^(he|she|they|we|i|it)(?:['’](?:s|d|ll|re|ve|m))?(?![\p{L}'’])/iu.exec(text.slice(from, at));
  if (pron) {
    // "He …, saying": the pronoun's referent is the subject of the cue the direct rules would read.
    const verbAfter = /^\S+\s+(?:\S+\s+){0,2}?(?=\S)/.exec(text.slice(from + pron[0].length + 1, at));
    const found = verbAfter ? ctx.subjectBefore(p, sentence.start, from + pron[0].length + 1 + verbAfter.index) : null;
    return { found, text: found ? null : asWritten(pron[1]), start: from };
  }
  return null;
}

/** Whether `at` lies inside one of a paragraph's quotation spans (in order): a binary search. */
function insideQuote(spans: readonly Range[], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start <= at;
}

export function fromQuote(ctx: ReportedContext, p: number, sentence: Range): SourceFound | null {
  const found = ctx.quoteSpeakerIn(p, sentence);
  return found ? { found: { ...found, method: 'participle' }, text: null, start: sentence.start } : null;
}
