/*
 * The quotes attribution yields, with who said them. The attribution strategies
 * (attribution/), cues (quote-cues.ts) and the pipeline read these types; the
 * code that builds them is extract-quotes.ts.
 */

export interface SpeakerRef {
  type: 'person' | 'organization';
  /** Index into the extraction's people or organizations. */
  index: number;
}

/** DIRECT: words inside quotation marks; INDIRECT: reported content; MIXED: reported content holding a quoted fragment. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface ExtractedQuote {
  kind: QuoteKind;
  /** The quoted words (direct), or the reported content (indirect, mixed). */
  text: string;
  paragraph: number;
  start: number;
  end: number;
  partial: boolean;
  speaker: SpeakerRef | null;
  /** The speaker's name as the article gives it; null without a speaker. */
  speakerName: string | null;
  /** "said-after-quote", "said-before-quote", "pronoun", "descriptor", "according-to", "continuation", "same-paragraph", "colon-intro", "previous-paragraph", "previous-sentence", "descriptor-last-speaker". */
  method: string | null;
  confidence: number | null;
  /** The reporting verb or phrase as written ("said", "according to"); null when none ties the quote to its source (see quote-cues.ts). */
  cue: string | null;
  /** Who the attribution names, a person or an organization (for direct quotes, the speaker). */
  source: SpeakerRef | null;
}
