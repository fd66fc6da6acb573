/** The speech-verb patterns attribution matches around a quote, and how far it looks. */
import { APPOSITIVE_GAP, SPEECH_VERB_ALT, VERB_ADVERBS } from '../lexicon';

/** How far before a quote (in characters) its attribution is looked for. */
export const ATTRIBUTION_WINDOW = 400;

const VERB_ALT = SPEECH_VERB_ALT;

const ADVERBS = VERB_ADVERBS;

export const INVERTED_VERB_RE = new RegExp(`^(?:${VERB_ALT})\\s+`, 'i');

export const PRONOUN_THEN_VERB_RE = new RegExp(`^(he|she)\\s+(?:${ADVERBS}\\s+)*(?:${VERB_ALT})\\b`, 'i');

export const GAP_THEN_VERB_RE = new RegExp(`^${APPOSITIVE_GAP}\\s+(?:${ADVERBS}\\s+)*(?:${VERB_ALT})\\b`, 'i');

export const DESCRIPTOR_THEN_VERB_RE = new RegExp(`^((?:the|a|an)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?)([\\p{L}-]+)\\s+(?:${ADVERBS}\\s+)*(?:${VERB_ALT})\\b`, 'iu');

export const SPACE_THEN_VERB_RE = new RegExp(`^\\s+(?:${VERB_ALT})\\b`, 'i');

export const PRONOUN_BEFORE_VERB_RE = new RegExp(`\\b(he|she)\\s+(?:${ADVERBS}\\s+)*$`, 'i');

export const SUBJECT_GAP_RE = new RegExp(`^${APPOSITIVE_GAP}\\s+(?:${ADVERBS}\\s+)*$`, 'i');

export const RELATIVE_GAP_RE = new RegExp(`^,\\s+who\\s+(?:${ADVERBS}\\s+)*$`, 'i');

/** "Karen Whitfield, an analyst at Wedbush Securities, who called": "who" after the person's appositive. */
export const RELATIVE_AFTER_APPOSITIVE_RE = new RegExp(`^,[^,"“”]{1,120},\\s+who\\s+(?:${ADVERBS}\\s+)*$`, 'i');

export const COORDINATED_RE = new RegExp(`,?\\s+(?:but|and)\\s+(?:${ADVERBS}\\s+)*$`, 'i');

export const DESCRIPTOR_BEFORE_VERB_RE = new RegExp(`\\b((?:the|a|an)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?)([\\p{L}-]+)\\s+(?:${ADVERBS}\\s+)*$`, 'iu');

export const END_ATTRIBUTION_RE = new RegExp(`,\\s*([^,]{1,80}?)\\s+(?:${VERB_ALT})(?:\\s+(?:on|in|at)\\s+[^,.]{1,40})?\\.?["”]?\\s*$`, 'i');

export const FOLLOWED_BY_VERB_RE = new RegExp(`^(?:['’]s?)?(?:\\s*\\([^()]{0,60}\\))?(?:\\s*,[^,"“”]{1,140},)?\\s+(?:${ADVERBS}\\s+)*(?:${VERB_ALT})\\b`, 'i');

/** For matchAll only (it copies the regex, so the shared lastIndex is never used). */
// Not inside a hyphenated word: "so-called" is no speech verb.
export const VERB_GLOBAL_RE = new RegExp(`(?<![\\w-])(${VERB_ALT})\\b(?!-)`, 'gi');
