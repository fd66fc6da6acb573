/** The speech-verb patterns attribution matches around a quote, and how far it looks. */
import { APPOSITIVE_GAP, ATTRIBUTION_VERB_ALT, NOT_ADVERBS_IN_LY_ALT, SPEECH_VERB_ALT, SPEECH_VERBS, VERB_ADVERBS } from '../lexicon';
import { type PhraseMatch, phraseMatches, phraseTable } from './phrase-scan';

/** How far before a quote (in characters) its attribution is looked for. */
export const ATTRIBUTION_WINDOW = 400;

const VERB_ALT = SPEECH_VERB_ALT;

/** Next to a quotation: speech verbs and `reported`. */
const QUOTE_VERB_ALT = ATTRIBUTION_VERB_ALT;

/** Listed adverbs and auxiliaries, and adverbs by their ending in -ly (`jokingly`, `boldly`, `sharply`; not `family` or `rally`: lexicon/not-adverbs-in-ly.json). */
const ADVERBS = `(?:${VERB_ADVERBS}|(?!(?:${NOT_ADVERBS_IN_LY_ALT})\\b)[a-z]{2,}ly)`;

export const INVERTED_VERB_RE = new RegExp(`^(?:${QUOTE_VERB_ALT})\\s+`, 'i');

export const PRONOUN_THEN_VERB_RE = new RegExp(`^(he|she)\\s+(?:${ADVERBS}\\s+)*(?:${VERB_ALT})\\b`, 'i');

/**
 * Where a named speaker works or comes from, between the name and the verb: ` of the Sierra Club`,
 * ` at Acme Capital`, ` from New York`; capitalized words with connectors, at most eight.
 */
const AFFILIATION = "(?:\\s+(?:of|at|from|with)\\s+(?:the\\s+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}.’'&-]*(?:\\s+(?:(?:of|for|and|on|in|the|&)\\s+){0,2}[\\p{Lu}][\\p{L}.’'&-]*){0,7})?";

/** The appositive gap with one more comma-delimited part: `Jo Roe, 30, of Salem, Ore., who was polled, said`. */
const LONG_APPOSITIVE_GAP = APPOSITIVE_GAP.replace('{1,3}', '{1,4}');

/** A day or a time between a subject and its verb: ` on Monday`, ` later Thursday`, ` last week`. */
const WHEN = '(?:\\s+(?:(?:on|later|earlier|late|early)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:night|morning|afternoon|evening))?|\\s+(?:last|this|on)\\s+(?:week|month|year|night|morning|weekend))?';

/** A person's affiliation opening the gap before the verb (`Ana Ruiz of Berenberg warned`); case-sensitive, so its words are capitalized. */
export const AFFILIATION_PREFIX_RE = new RegExp(`^${AFFILIATION.slice(0, -1)}`, 'u');

export const GAP_THEN_VERB_RE = new RegExp(`^${AFFILIATION}${LONG_APPOSITIVE_GAP}${WHEN}\\s+(?:${ADVERBS}\\s+)*(?:${QUOTE_VERB_ALT})\\b`, 'iu');

export const DESCRIPTOR_THEN_VERB_RE = new RegExp(`^((?:the|a|an)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?)([\\p{L}-]+)\\s+(?:${ADVERBS}\\s+)*(?:${QUOTE_VERB_ALT})\\b`, 'iu');

export const SPACE_THEN_VERB_RE = new RegExp(`^\\s+(?:${QUOTE_VERB_ALT})\\b`, 'i');

/** "he said", "she’ll argue", "he’d say": he or she (with a contracted auxiliary) and adverbs right before a verb. */
export const PRONOUN_BEFORE_VERB_RE = new RegExp(`\\b(he|she)(?:['’](?:ll|d|s))?\\s+(?:${ADVERBS}\\s+)*$`, 'i');

export const SUBJECT_GAP_RE = new RegExp(`^${APPOSITIVE_GAP}${WHEN}\\s+(?:${ADVERBS}\\s+)*$`, 'i');

export const RELATIVE_GAP_RE = new RegExp(`^,\\s+who\\s+(?:${ADVERBS}\\s+)*$`, 'i');

/** "Karen Whitfield, an analyst at Wedbush Securities, who called": "who" after the person's appositive. */
export const RELATIVE_AFTER_APPOSITIVE_RE = new RegExp(`^,[^,"“”]{1,120},\\s+who\\s+(?:${ADVERBS}\\s+)*$`, 'i');

/** An inverted speech verb right before a name, with title words between: `…," said campaign chairman ` (group 1: the title words). */
export const INVERTED_BEFORE_NAME_RE = new RegExp(`(?:^|[,"”:]\\s*)(?:${VERB_ALT})\\s+((?:[\\p{L}.’'-]+\\s+){0,5}?)$`, 'iu');

/**
 * A person's appositive set off by dashes, or by a comma and closed by an aside in dashes:
 * `Ann Beck — a lawyer who argued the case — told`, `John Roe, the head of Acme -- the firm that owns …, which … -- told`.
 */
export const DASH_APPOSITIVE_GAP_RE = new RegExp(`^(?:,[^,"“”—–]{1,120}?)?\\s*(?:--|—|–)\\s*[^"“”—–]{1,240}?\\s*(?:--|—|–),?\\s+(?:\\p{Ll}+ly\\s+)?$`, 'u');

export const COORDINATED_RE = new RegExp(`,?\\s+(?:but|and)\\s+(?:${ADVERBS}\\s+)*$`, 'i');

export const DESCRIPTOR_BEFORE_VERB_RE = new RegExp(`\\b((?:the|a|an)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?)([\\p{L}-]+)\\s+(?:${ADVERBS}\\s+)*$`, 'iu');

export const END_ATTRIBUTION_RE = new RegExp(`,\\s*([^,]{1,80}?)\\s+(?:${VERB_ALT})(?:\\s+(?:on|in|at)\\s+[^,.]{1,40})?\\.?["”]?\\s*$`, 'i');

export const FOLLOWED_BY_VERB_RE = new RegExp(`^(?:['’]s?)?(?:\\s*\\([^()]{0,60}\\))?(?:\\s*,[^,"“”]{1,140},)?\\s+(?:${ADVERBS}\\s+)*(?:${VERB_ALT})\\b`, 'i');

/** The speech verbs by first letter, for phraseMatches (the matches of `/(?<![\w-])(?:VERB_ALT)\b(?!-)/gi`). */
export const SPEECH_VERB_TABLE = phraseTable(SPEECH_VERBS);

/** A capitalized word (no period) and the spaces after it, ending the text before a verb. */
const CAPITALIZED_BEFORE_RE = /\p{Lu}[\p{L}’'-]*\s+$/u;

/**
 * The speech verbs of `text` as whole words (not inside a hyphenated word:
 * "so-called" is no speech verb), less a capitalized one right after a
 * capitalized word: that is the end of a name (`the United States`,
 * `Consumer Reports`), not a verb.
 */
export function* speechVerbs(text: string): Generator<PhraseMatch> {
  for (const m of phraseMatches(text, SPEECH_VERB_TABLE)) {
    if (/^\p{Lu}/u.test(m.text) && CAPITALIZED_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    yield m;
  }
}

/** Time and occasion between a reporting cue and its content: " Tuesday", " in a statement", " on CNN's “State of the Union”". */
export const TIME_PHRASE = new RegExp(
  '^(?:\\s*,?\\s*(?:' +
    [
      '(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:night|morning|afternoon|evening))?',
      'today|yesterday|tonight|recently|earlier|later|previously|again|repeatedly|publicly|privately|afterward|afterwards',
      '(?:last|this|next)\\s+(?:week|month|year|night|morning|weekend|spring|summer|fall|autumn|winter)',
      '(?:earlier|later)\\s+(?:this|that|in\\s+the)\\s+(?:week|month|year|day)',
      '(?:on|in|at|during|after|before|via|through)\\s+(?:a|an|the|his|her|their|its|one)\\s+(?:[\\p{L}’\'.-]+\\s+){0,4}?(?:statement|interview|speech|conference|call|appearance|hearing|letter|post|tweet|email|e-mail|video|rally|debate|event|briefing|message|op-ed|show|broadcast|meeting|session|memo|filing|release|report|radio\\s+interview|town\\s+hall|news\\s+conference|press\\s+conference|conference\\s+call|Facebook\\s+post|blog\\s+post|sermon|address|remarks|testimony)(?:\\s+(?:with|on|to|at|in|for|from)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.’\'-]*(?:[’\']s)?\\s*){1,4})?',
      '(?:on|to)\\s+(?:[\\p{Lu}][\\p{L}.’\'-]*(?:[’\']s)?\\s*){1,3}(?:["“][^"”“]{1,60}["”])?',
      '(?:in|since)\\s+\\d{4}',
      // How long: "for weeks", "for two years", "for the past month", "for a while".
      'for\\s+(?:(?:the\\s+)?(?:past|last)\\s+)?(?:(?:a\\s+)?(?:few|several|many|couple\\s+of)\\s+|two\\s+|three\\s+|four\\s+|five\\s+|six\\s+|\\d{1,2}\\s+)?(?:days|weeks|months|years|decades)',
      'for\\s+(?:a|the\\s+(?:past|last))\\s+(?:day|week|month|year|decade|while|long\\s+time)',
      'in\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?',
      '(?:on\\s+)?(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.\\s+\\d{1,2}',
    ].join('|') +
    // A whole word or phrase: "again" is not the start of "against".
    ')(?![\\p{L}\\p{N}]))*',
  'u',
);

/** A comma right before a word, a closing quotation mark after it or not (`said, `, `"corrupt," `). */
export const COMMA_BEFORE_RE = /,(?:["”’]|'')?\s*$/u;
