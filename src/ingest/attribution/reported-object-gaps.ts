/**
 * A verb cue whose object stands before its subject, in a relative clause: `…, which he has denied.`, `everything
 * Hale said.`, `something Obama indicated`. The cue is followed by no object of its own (the clause ends), and what it
 * reports is the relative word; its source is the subject between. Pure; no I/O; reads a bounded window around the cue.
 */
import type { Range } from '../text';
import { contactRelative } from './reported-contact-relatives';
import { appositiveGap } from './reported-appositive-gaps';
import { GAP_ADJUNCT, gapEndsAfter } from './reported-gap-adjuncts';
import { asComplementAfter } from './reported-gap-complements';
import { type ReportedContext, type SourceFound, NOT_MODIFIERS, asWritten, subjectKind } from './reported-sources';

/**
 * The subject: a personal pronoun, one word, or up to five words opened by a capital (a name) or a determiner
 * ("most Whigs", "the department"); not "which poll you", where "which" is a determiner.
 */
const SUBJECT = String.raw`(he|she|they|we|i|you|[\p{L}\p{N}.’'-]+|(?:\p{Lu}[\p{L}\p{N}.’'-]*|the|a|an|his|her|their|its|our|my|your|some|many|most|all|both|these|those|several|few)\s+(?:[\p{L}\p{N}.’'-]+\s+){0,3}?[\p{L}\p{N}.’'-]+)`;
/**
 * A relative word (or a pronoun a relative clause may follow without one), then the subject, ending the text; no
 * preposition before it ("in which he declares, …" reports what follows). Not the free relative "what": "below what
 * analysts expected" is mostly no attribution.
 */
const OBJECT_BEFORE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}’'])(?<!\b(?:[Ii]n|[Tt]o|[Ww]ith|[Ff]or|[Oo]f|[Oo]n|[Aa]t|[Bb]y|[Ff]rom|[Aa]bout|[Uu]nder|[Tt]hrough|[Dd]uring|[Aa]fter|[Bb]efore|[Ii]nto|[Uu]pon|[Oo]ver|[Aa]gainst)\s+)(which|whom|who|everything|something|anything|nothing)\s+${SUBJECT}\s+$`,
  'u',
);
/**
 * What may follow a cue whose object is gapped: adverbs, a short time phrase and prepositional adjuncts
 * (`reported-gap-adjuncts.ts`), then the clause's end (punctuation,
 * a dash, `and`/`but`). Not a verb: "which he said was false" reports the clause "which was false".
 */
const GAP_AFTER_RE = new RegExp(
  String.raw`^(?:\s+(?:\p{Ll}+ly|recently|earlier|later|again|before|today|yesterday|(?:on|last|this)\s+\p{L}+|in\s+\d{4}|${GAP_ADJUNCT}))*(?:\s*[,.;:!?)]|\s*$|\s+[-–—]|[—–]|\s+(?:and|but)\b)`,
  'u',
);

/**
 * Whether the cue's gapped object is set off from the clause before it, so that it is an attribution of its own inside
 * that clause's object: a noun phrase summing the clause up ("…, a charge officials denied").
 */
export function setOffGap(text: string, sentence: Range, subjectEnd: number, cueEnd: number): boolean {
  return appositiveGap(text, sentence, subjectEnd, cueEnd) !== null;
}

/** A cue's gapped object and its source. */
export interface GappedObject {
  content: Range;
  source: SourceFound;
}

/**
 * The content and source when a cue's object is the relative word or noun phrase before its subject (`subjectEnd`:
 * where the cue's verb group starts); else null.
 */
export function gappedObject(ctx: ReportedContext, p: number, text: string, sentence: Range, subjectEnd: number, cueEnd: number): GappedObject | null {
  // "…, a charge that officials denied at a hearing": a set-off noun phrase summing up the clause before.
  const appositive = appositiveGap(text, sentence, subjectEnd, cueEnd);
  const byAppositive = appositive ? subjectOf(ctx, p, sentence, appositive.subjectAt, appositive.subject, subjectEnd) : null;
  if (appositive && byAppositive) return { content: appositive.content, source: byAppositive };
  // "which he describes as his second home": the complement is what the cue says of the relative word.
  const complement = asComplementAfter(text, cueEnd, sentence.end);
  if (!complement && !gapEndsAfter(GAP_AFTER_RE, text, cueEnd, sentence.end)) return null;
  const from = Math.max(sentence.start, subjectEnd - 100);
  const before = text.slice(from, subjectEnd);
  const m = OBJECT_BEFORE_RE.exec(before);
  if (!m) {
    // "the campaign Clinton envisioned": a noun phrase, then a name or pronoun with no relative word (or "that").
    const contact = contactRelative(before, from);
    const source = contact ? subjectOf(ctx, p, sentence, contact.subjectAt, contact.subject, subjectEnd) : null;
    return contact && source ? { content: complement ?? contact.content, source } : null;
  }
  // The match ends the window: the subject is its last group, the object the one before.
  const subjectAt = from + m.index + m[0].lastIndexOf(m[2]);
  const objectAt = from + m.index + m[0].indexOf(m[1]);
  const source = subjectOf(ctx, p, sentence, subjectAt, m[2], subjectEnd);
  return source ? { content: complement ?? { start: objectAt, end: objectAt + m[1].length }, source } : null;
}

/** The source the subject phrase names: an entity, a pronoun's referent, else a noun phrase as written. */
function subjectOf(ctx: ReportedContext, p: number, sentence: Range, at: number, phrase: string, subjectEnd: number): SourceFound | null {
  const entity = ctx.speakerStartingAt(p, at);
  if (entity && entity.end <= subjectEnd) return { found: { speaker: entity.speaker, method: 'object-gap', confidence: 0.8 * entity.confidence }, text: null, start: at };
  if (/^(?:he|she|they|we|i|you)$/i.test(phrase)) {
    const found = ctx.subjectBefore(p, sentence.start, subjectEnd);
    return { found, text: found ? null : asWritten(phrase.toLowerCase()), start: at };
  }
  if (subjectKind(phrase) !== 'noun-phrase' || phrase.split(/\s+/).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) return null;
  return { found: null, text: phrase, start: at };
}
