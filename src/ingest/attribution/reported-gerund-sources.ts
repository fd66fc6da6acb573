/**
 * A speech gerund right after a preposition (`criticized Reyes for saying …`,
 * `quoted an aide as saying …`, `has a long history of backing …`,
 * `was pressed about endorsing …`), which no other reading of participles
 * takes: its source is the attribution it stands in, or the sentence's subject.
 * Read on a bounded number of characters before the gerund: linear in the text.
 */
import type { Range } from '../text';
import type { Draft } from './reported-draft';
import { subjectPastAdverbial } from './reported-subjects';
import type { ReportedContext, SourceFound } from './reported-sources';

/** The preposition right before a gerund, an adverb at most between them ("for publicly saying"). */
export const PREPOSITION_BEFORE_RE = /(?:^|[^\p{L}’'-])(?:for|of|as|from|about|against)\s+(?:\p{Ll}+ly\s+)?$/iu;

/** Gerunds that after a preposition read as modifiers of a noun more than as verbs ("a series of nominating contests"). */
const LEFT_GERUNDS: ReadonlySet<string> = new Set(['nominating', 'opposing', 'writing', 'bragging', 'ruling', 'supporting']);

/** How far before the gerund its preposition is read. */
const REACH = 40;

/**
 * The source of a gerund at `at` (its phrase opening at `phraseStart`) right after a preposition: the sentence's subject
 * past an opening adverbial, else none (`{ found: null, text: null }`: content without a source). Null when no
 * preposition stands right before it.
 */
export function gerundSource(ctx: ReportedContext, p: number, text: string, sentence: Range, phraseStart: number, at: number, word: string): Pick<SourceFound, 'found' | 'text'> | null {
  if (LEFT_GERUNDS.has(word.toLowerCase())) return null;
  if (!PREPOSITION_BEFORE_RE.test(text.slice(Math.max(sentence.start, phraseStart - REACH), phraseStart))) return null;
  return subjectPastAdverbial(ctx, p, text, sentence, at) ?? { found: null, text: null };
}

/**
 * The source of a participle (at `at`, ending at `end`) standing inside the content of the attribution before it (`The Post quoted an aide as
 * saying …`: the Post's), else the one read for it.
 */
export function withinSource(last: Draft | null, at: number, end: number, own: Pick<SourceFound, 'found' | 'text'>): Pick<Draft, 'source' | 'sourceText'> {
  const outer = last !== null && last.content.start <= at && last.content.end >= end && (last.source !== null || last.sourceText !== null);
  return outer ? { source: last.source, sourceText: last.sourceText } : { source: own.found, sourceText: own.text };
}
