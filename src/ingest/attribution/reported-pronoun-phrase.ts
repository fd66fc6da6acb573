/**
 * A source written as a phrase that holds its clause's he or she ("She didn't", "this time he", "She started the
 * week with an address"): the noun-phrase rules read the words, but the source is whom the pronoun means.
 */
import type { FoundSource, ReportedContext } from './reported-sources';

/** He or she opening the phrase, as a word ("She didn't", not "Shell"), and alone: "She and her aides" are more than her. */
const OPENING_PRONOUN_RE = /^(he|she)(?![\p{L}\p{N}]|\s*(?:,|and\b|or\b|&))/iu;
/** He or she ending the phrase after a short adverbial ("this time he", "by then she"). */
const CLOSING_PRONOUN_RE = /\s(he|she)$/iu;

export interface SourceParts {
  source: FoundSource | null;
  sourceText: string | null;
  sourceAt: number;
}

/** The source with a phrase holding he or she as its subject replaced by whom the pronoun means (none when no one fits). */
export function pronounInPhrase(ctx: ReportedContext, p: number, by: SourceParts): SourceParts {
  if (by.source !== null || by.sourceText === null) return by;
  const opening = OPENING_PRONOUN_RE.exec(by.sourceText);
  const closing = opening ? null : CLOSING_PRONOUN_RE.exec(by.sourceText);
  const m = opening ?? closing;
  if (!m) return by;
  const at = by.sourceAt + (opening ? 0 : m.index + 1);
  const pronoun = m[1].toLowerCase() === 'she' ? 'she' : 'he';
  return { source: ctx.personFor(p, at, pronoun), sourceText: null, sourceAt: at };
}
