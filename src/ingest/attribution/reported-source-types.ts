/** The types the reported-speech source finder shares with its parts: what it reads and what it finds. */
import type { ExtractedMention } from '../entity-extraction';
import type { Range } from '../text';
import type { LastSource } from './it-speakers';

export interface SourceRef {
  type: 'person' | 'organization';
  index: number;
}

export interface FoundSource {
  speaker: SourceRef;
  method: string;
  confidence: number;
}

/** What the reported-speech pass reads from the direct attributor. */
export interface ReportedContext {
  paragraphs: readonly string[];
  /** Per paragraph: sentence ranges, quotations opaque. */
  sentences: readonly (readonly Range[])[];
  /** Per paragraph: the spans of quotations of kind "quote" (marks included), in order. */
  quoteSpans: readonly (readonly Range[])[];
  /** Per paragraph: mentions outside quotations, in order. */
  mentions: readonly (readonly ExtractedMention[])[];
  /** The subject right before a verb: a mention past an appositive, a pronoun or a descriptor. */
  subjectBefore(paragraph: number, sentenceStart: number, verbAt: number): FoundSource | null;
  /** The entity whose mention starts at `at` (title words allowed before it). */
  speakerStartingAt(paragraph: number, at: number): { speaker: SourceRef; end: number; confidence: number } | null;
  /** The speaker the direct attributor gave a quotation in this sentence, if any. */
  quoteSpeakerIn(paragraph: number, sentence: Range): FoundSource | null;
  /** The source of the last credited quotation in this sentence as `it` may stand for it; null when none is credited. */
  lastQuoteSourceIn(paragraph: number, sentence: Range): LastSource | null;
  /** A person's gender, when known. */
  genderOf(person: number): 'male' | 'female' | null;
  /** Whom "he" or "she" at `at` refers to, by the look-back the direct attributor's pronouns use. */
  personFor(paragraph: number, at: number, pronoun: 'he' | 'she'): FoundSource | null;
}

export interface SourceFound {
  found: FoundSource | null;
  text: string | null;
  /** Where the source phrase starts in the paragraph. */
  start: number;
}
