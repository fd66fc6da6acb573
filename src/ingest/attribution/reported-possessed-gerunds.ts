/**
 * A speech gerund after a possessed noun and its preposition (`Ban's record on promoting …`, `his campaign theme of
 * questioning …`, `their strategy of brutally attacking …`): the possessor is its source, before any subject of the
 * sentence. Read on a bounded number of characters before the gerund: linear in the text.
 */
import type { Range } from '../text';
import { firstMentionFrom } from './context';
import { gerundSource } from './reported-gerund-sources';
import { possessorBack, possessorSubject } from './reported-nominal';
import type { ReportedContext, SourceFound } from './reported-sources';
import { unsetParticipleSource } from './reported-unset-participles';

/** The noun, up to two modifiers and a preposition before the gerund, an adverb at most between. */
const TAIL = String.raw`\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}{3,}\s+(?:of|on|for|about|in)\s+(?:\p{Ll}+ly\s+)?$`;
/** A name's possessive ("Mr. Ban's record on "). */
const NAME_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*?)['’]s?${TAIL}`, 'u');
/** A possessive pronoun ("his campaign theme of "). */
const PRONOUN_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(his|her|their)${TAIL}`, 'iu');
/** Capitalized words that are no possessor. */
const NOT_POSSESSOR_RE = /^(?:The|A|An|This|That|In|On|At|For|By|But|And|It|Its)$/u;

/** How far before the gerund its possessor is read. */
const REACH = 80;

/** The possessor of the noun whose preposition stands right before the gerund's phrase at `phraseStart`; null when there is none. */
export function possessedGerundSource(ctx: ReportedContext, p: number, text: string, sentence: Range, phraseStart: number): Pick<SourceFound, 'found' | 'text'> | null {
  const from = Math.max(sentence.start, phraseStart - REACH);
  const head = text.slice(from, phraseStart);
  const name = /['’]/u.test(head) ? NAME_BEFORE_RE.exec(head) : null;
  if (name && !NOT_POSSESSOR_RE.test(name[1])) {
    const at = from + name.index;
    const nameEnd = at + name[1].length;
    const list = ctx.mentions[p];
    let mention = null;
    for (let k = firstMentionFrom(list, at); k < list.length && list[k].start < nameEnd; k++) if (list[k].end === nameEnd) mention = list[k];
    const entity = mention ? { speaker: { type: mention.type, index: mention.entity }, confidence: mention.confidence } : ctx.speakerStartingAt(p, at);
    return entity ? { found: { speaker: entity.speaker, method: 'possessive', confidence: 0.75 * entity.confidence }, text: null } : { found: null, text: name[1] };
  }
  const pron = PRONOUN_BEFORE_RE.exec(head);
  if (!pron) return null;
  const at = from + pron.index;
  const pronoun = pron[1].toLowerCase();
  const subject = possessorSubject(ctx, p, text, sentence, at, pronoun) ?? possessorBack(ctx, p, at, pronoun);
  return subject ? { found: subject.found, text: subject.text } : null;
}

/**
 * The source of a participle no other reading takes (its phrase opening at `phraseStart`, the word at `at`): a
 * possessor before its noun and preposition, else a gerund's after a preposition (reported-gerund-sources.ts), else a
 * participle's after a verb phrase (reported-unset-participles.ts); null when none of them reads it.
 */
export function participleSourceBefore(ctx: ReportedContext, p: number, text: string, sentence: Range, phraseStart: number, at: number, word: string): Pick<SourceFound, 'found' | 'text'> | null {
  return possessedGerundSource(ctx, p, text, sentence, phraseStart) ?? gerundSource(ctx, p, text, sentence, phraseStart, at, word) ?? unsetParticipleSource(ctx, p, text, sentence, phraseStart, at, word);
}
