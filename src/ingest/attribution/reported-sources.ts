/**
 * Who reported speech is from: the source right before a cue (an entity, a
 * noun phrase, a share of those polled, a name, a pronoun), the subject a
 * participle shares, and what "according to" may name. Pure; no I/O.
 */
import { SOURCE_NOUNS, alternation } from '../lexicon';
import type { ExtractedMention } from '../entity-extraction';
import { words, type Range } from '../text';
import { firstMentionFrom } from './context';
import { hasLetterRunIn, lastLetterRuns } from './word-presence';
import { trimmedEndMatches } from './cue-scan';
import { itAntecedentAt } from './it-speakers';
import { NOT_MODIFIERS, PRONOUN_WORDS, openingNounPhrase, opensWithVerb, subjectKind } from './reported-phrase-kinds';
import { groupWordSubject, shareSubject } from './reported-shares';
import { relativeAntecedent } from './reported-relative-source';
import { appositiveHolder, namedPair, partyMembers } from './reported-named-subjects';
import { dashAsideBefore } from './reported-dash-asides';
import { CLAUSE_WORDS, ClauseHead, stickyCopy } from './clause-starts';
import { compiledNow } from './compiled-now';
import { endsWithDatedParticiple } from './dated-subject-phrases';
import type { ReportedContext, SourceFound, SourceRef } from './reported-source-types';

export { partyMembers };

export { NOT_MODIFIERS, openingNounPhrase, subjectKind };
export type { FoundSource, ReportedContext, SourceFound, SourceRef } from './reported-source-types';

const SOURCE_NOUN_ALT = alternation(SOURCE_NOUNS);
/** "officials", "the ministry", "a senior U.S. official", "Trump's campaign", "two people familiar with the talks". */
export const CLAUSE_START = `(?:^|[,;(—–:]\\s*|\\b(?:${CLAUSE_WORDS})\\s+)`;
/** "officials", "the ministry", "a senior U.S. official", "Trump's campaign", "people familiar with the talks", opening a clause. */
export const NOUN_SOURCE_RE = new RegExp(
  `${CLAUSE_START}((?:(?:the|a|an|some|many|most|several|other|both|all|two|three|four|five|his|her|their|its|our|my|your|these|those|one|[\\p{Lu}][\\p{L}.’'-]*['’]s?)\\s+)?((?:[\\p{L}.’'/&-]+\\s+){0,3}?)(?:${SOURCE_NOUN_ALT})(?:\\s+(?:familiar\\s+with|close\\s+to|briefed\\s+on|involved\\s+in|knowledgeable\\s+about|with\\s+knowledge\\s+of|of|for|at|in|with|from|on)(?:\\s+[\\p{L}.’'-]+){1,4}?)?)\\s*(?:,[^,]{1,80},\\s*)?$`,
  'iu',
);
/** What a source noun ends with: a head holding none of these has no noun source. */
const SOURCE_NOUN_ENDS = lastLetterRuns(SOURCE_NOUNS);
/**
 * "52 percent said", "half said", "a majority say", "six in 10 said", "29 percent of Republicans said", "at least half of
 * voters say", "about one in five say", "as many as three-fourths of them say": a share of those polled.
 */
const SHARE_SOURCE_RE = new RegExp(
  `${CLAUSE_START}((?:about |nearly |almost |only |just |some |roughly |more than |fewer than |less than |at least |as many as |as few as |well over |over |under )?(?:\\d[\\d.,]*\\s*(?:percent|%)|(?:one|two|three|four|five|six|seven|eight|nine|\\d)\\s+(?:in|out\\s+of)\\s+(?:10|ten|three|four|five|six|seven|eight|nine|\\d)|half|a third|a quarter|a fifth|(?:one|two|three|four)-(?:thirds?|fourths?|quarters?|fifths?)|three-quarters|a majority|a plurality|majorities|most|many|few|a few|others|some)(?:\\s+(?:of\\s+)?(?:[\\p{L}.’'-]+\\s*){1,4}?)?(?:\\s*\\([^()]{1,60}\\))?)\\s*$`,
  'iu',
);
/** "Reynolds says", "Forbes says": a capitalized name opening a clause that the extraction did not take for an entity. */
const NAME_SOURCE_RE = new RegExp(`${CLAUSE_START}((?:\\p{Lu}[\\p{L}.’'-]+\\s+){0,2}\\p{Lu}[\\p{L}.’'-]+)\\s*(?:,[^,]{1,80},\\s*)?$`, 'u');
const PRONOUN_SOURCE_RE = new RegExp(`${CLAUSE_START}(they|we|i|it|he|she|you)\\s*$`, 'iu');
/** The end PRONOUN_SOURCE_RE needs, read first on the last characters (that pattern tries every clause start of the text). */
const PRONOUN_END_RE = compiledNow(/(?:they|we|i|it|he|she|you)$/iu);
const endsWithPronoun = (head: string): boolean => trimmedEndMatches(head, PRONOUN_END_RE, 4, false);

/** A short description right before a verb ("the candidate ", "the former governor "): a determiner and up to four words. */
const DESCRIPTION_BEFORE_RE = compiledNow(/(?:^|[\s,;(—–])((?:the|this|that|our|their|his|her)\s+(?:[\p{L}.’'-]+\s+){1,4})$/iu);


/** The source right before a cue: an entity (through the direct attributor's subject rules), a noun phrase or a pronoun. */
/** A source phrase that is a determiner or a possessive pronoun alone. */
const BARE_DETERMINER_RE = /^(?:the|a|an|this|that|these|those|their|its|our|my|your|his|her)$/iu;

export function sourceBefore(ctx: ReportedContext, p: number, text: string, sentence: Range, verbAt: number, asides = true): SourceFound | null {
  // "Some economists - including two on the board - warn": the subject before the aside, its phrase without it (one
  // aside: the subject before it is read without another).
  const aside = asides ? dashAsideBefore(text, sentence, verbAt) : null;
  const before = aside ? sourceBefore(ctx, p, text, sentence, aside.start, false) : null;
  if (aside && before) return before;
  const found = sourceRightBefore(ctx, p, text, sentence, verbAt);
  // "The reports show", "Their calls grew": a determiner alone is no source; the cue's noun is its subject's head.
  // "those who want …" is a source: the relative word stands for it.
  const relative = found !== null && /^(?:who|which)\b/iu.test(text.slice(found.start, found.start + 6));
  if (found && found.found === null && found.text !== null && !relative && BARE_DETERMINER_RE.test(found.text)) return { found: null, text: null, start: found.start };
  return found && found.found === null && found.text !== null ? withListBefore(text, sentence, found) : found;
}

/** A list of short items opening a sentence up to its last item: "Ms. Toretti, Mrs. Rao and ", "Friends, lobbyists and ". */
const LIST_LEAD_RE = /^(\s*["“]?(?:(?:But|And|Yet|Still|However|Meanwhile|Now|So|Also)\s*,?\s+)?)((?:[^,;:"“”()]{1,40},\s+){0,5}(?:[^,;:"“”()]{1,40}?,?\s+)?and\s+)$/u;

/**
 * "Ms. Toretti, Mrs. Rao and other prominent bundlers said", "45% of Republicans, 28% of independents and 12% of
 * Democrats say": a noun phrase that ends a list opening the sentence stands for the whole list, as written.
 */
function withListBefore(text: string, sentence: Range, found: SourceFound): SourceFound {
  const lead = LIST_LEAD_RE.exec(text.slice(sentence.start, found.start));
  if (!lead) return found;
  // Every item is a short noun phrase: no verb or function word a clause would hold ("While some friends say …", "Officials met Tuesday and").
  if (lead[2].split(/,\s+|\s+and\s+/).some((item) => words(item).length > 6 || opensWithVerb(item) || words(item).some((w) => NOT_MODIFIERS.has(w.toLowerCase()) && w.toLowerCase() !== 'and'))) return found;
  const start = sentence.start + lead[1].length;
  return { found: null, text: text.slice(start, found.start) + found.text, start };
}

function sourceRightBefore(ctx: ReportedContext, p: number, text: string, sentence: Range, verbAt: number): SourceFound | null {
  // "About four in 10 Ohio Republican primary voters say": a share of a group, whatever names the group holds; "others say".
  const share = shareSubject(text, sentence.start, verbAt) ?? groupWordSubject(text, sentence.start, verbAt);
  if (share) return { found: null, ...share };
  const head = text.slice(Math.max(sentence.start, verbAt - 160), verbAt);
  const offset = verbAt - head.length;
  const clauses = new ClauseHead(head);
  // "Silva specifically mentioned", "Silva last year proposed": the subject stands before the adverbial.
  const timed = trimmedEndMatches(head, ADVERBIAL_END_RE, 9, true) ? ADVERBIAL_BEFORE_RE.exec(head) : null;
  // "A poll conducted last week found": a time phrase after a participle dates the noun phrase, not the verb.
  const adverbial = timed && !endsWithDatedParticiple(head.slice(0, timed.index), NOT_MODIFIERS) ? timed : null;
  const entity = ctx.subjectBefore(p, sentence.start, verbAt) ?? (adverbial ? ctx.subjectBefore(p, sentence.start, offset + adverbial.index + /^\s*/.exec(adverbial[0])![0].length) : null);
  // "Some Democrats think", "85% of Republicans said": members of a party or people, not the organization itself.
  const group = entity?.speaker.type === 'organization' ? GROUP_SOURCE_RE.exec(head) : null;
  if (group) return { found: null, text: group[1].trim(), start: offset + group.index + group[0].indexOf(group[1]) };
  const holder = entity === null || entity.speaker.type === 'organization' || entity.method !== 'pronoun' ? appositiveHolder(ctx, p, text, sentence, verbAt) : null;
  // "people close to Ms. Holt said", "someone familiar with her thinking said": the one named is the postmodifier's object.
  const near = entity ? nearSourcePhrase(clauses, head, offset) : null;
  if (near) return near;
  if (entity) {
    // "…, but she said": the source phrase is the pronoun, not an earlier mention of its referent.
    const pronoun = endsWithPronoun(head) ? clauses.match(PRONOUN_SOURCE_AT) : null;
    if (pronoun) return { found: entity, text: null, start: offset + pronoun.index + pronoun[0].lastIndexOf(pronoun[1]) };
    // "Officials who spoke with the Hale Institute said": the noun the relative clause modifies, not a name inside it.
    const modified = modifiedNoun(clauses, offset, ctx.mentions[p], entity.speaker, sentence.start, verbAt);
    if (modified) return modified;
    // "Ada Holt, a fellow at the Hale Institute, said": the one the appositive describes, not a name inside it.
    if (holder && (holder.found?.speaker.type !== entity.speaker.type || holder.found.speaker.index !== entity.speaker.index)) return holder;
    const mention = lastMentionOf(ctx.mentions[p], entity.speaker, sentence.start, verbAt);
    // "Holt at the Hale Institute said", "Republicans on the finance committee approved": the one the affiliation describes.
    const affiliated = mention && entity.speaker.type === 'organization' ? affiliationHolder(ctx.mentions[p], text, sentence, mention, verbAt) : null;
    if (affiliated) return affiliated;
    const members = mention ? partyMembers(text, mention) : null;
    if (members) return members;
    const pair = mention ? namedPair(ctx.mentions[p], text, sentence, mention) : null;
    if (pair) return pair;
    // "the candidate said": a description resolved to someone has no mention; its phrase starts at its determiner.
    const description = mention ? null : DESCRIPTION_BEFORE_RE.exec(head);
    return { found: entity, text: null, start: mention?.start ?? (description ? offset + description.index + description[0].indexOf(description[1]) : verbAt) };
  }
  if (holder) return holder;
  // "Broaddrick Sunday night recounted": any source before the adverbial.
  if (adverbial) return sourceBefore(ctx, p, text, sentence, offset + adverbial.index);
  const noun = hasLetterRunIn(head, SOURCE_NOUN_ENDS) ? clauses.match(NOUN_SOURCE_AT) : null;
  if (noun && !words(noun[2]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) {
    const phrase = noun[1].trim();
    return { found: null, text: phrase, start: offset + noun.index + noun[0].indexOf(noun[1]) };
  }
  const name = clauses.match(NAME_SOURCE_AT);
  if (name && !words(name[1]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()) || PRONOUN_WORDS.has(w.toLowerCase()))) {
    return { found: null, text: name[1].trim(), start: offset + name.index + name[0].indexOf(name[1]) };
  }
  const shareOf = clauses.match(SHARE_SOURCE_AT);
  if (shareOf) return { found: null, text: shareOf[1].trim(), start: offset + shareOf.index + shareOf[0].indexOf(shareOf[1]) };
  const pron = endsWithPronoun(head) ? clauses.match(PRONOUN_SOURCE_AT) : null;
  if (pron) {
    const start = offset + pron.index + pron[0].lastIndexOf(pron[1]);
    return { ...itSource(ctx, p, pron[1], start), start };
  }
  // "voters who say …", "a poll that shows …": the relative pronoun stands for a noun phrase outside the clause.
  const relative = RELATIVE_SOURCE_RE.exec(head);
  if (relative) {
    // "Rubio, who supported …", "the Communications Workers of America, which endorsed …": the entity right before.
    const before = offset + relative.index + 1 + (/^[\p{L}]/u.test(relative[0]) ? 0 : -1);
    const at = offset + relative.index + relative[0].indexOf(relative[1]);
    // "Sen. Holt of Ohio, who …", "superdelegates who …": else the antecedent past a postmodifier, or its noun phrase.
    const antecedent = relativeAntecedent(ctx.mentions[p], text, sentence.start, at);
    const named = mentionEndingNear(ctx.mentions[p], before, sentence.start) ?? antecedent.named ?? undefined;
    if (named) return { found: { speaker: { type: named.type, index: named.entity }, method: 'relative', confidence: 0.8 * named.confidence }, text: null, start: at };
    return { found: null, text: antecedent.text, start: at };
  }
  // "Senior advisers who have run the numbers argue …": the noun phrase before a restrictive relative clause.
  const restricted = WHO_OR_THAT_RE.test(head) ? clauses.match(RESTRICTED_SUBJECT_AT) : null;
  if (restricted && !words(restricted[2]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) {
    return { found: null, text: restricted[1].replace(/\s+(?:who|that)$/i, '').trim(), start: offset + restricted.index + restricted[0].indexOf(restricted[1]) };
  }
  const subject = clauses.match(GENERIC_SUBJECT_AT);
  const kind = subject ? subjectKind(subject[1]) : 'none';
  // A clause opening that is no clean noun phrase still has a subject: the attribution stands, unnamed.
  if (subject && kind !== 'none') return { found: null, text: kind === 'noun-phrase' ? subject[1].trim() : null, start: offset + subject.index + subject[0].indexOf(subject[1]) };
  return null;
}

/**
 * A source noun's postmodifier naming whom it is near to ("close to", "familiar with") or works for ("attorneys for
 * Ms. Holt", "strategists for Holt and Vance"): its object is no subject.
 */
const NEAR_POSTMODIFIER_RE = /\s(?:close\s+to|familiar\s+with|briefed\s+on|knowledgeable\s+about|with\s+knowledge\s+of|for)\s/iu;

/** The source noun phrase with a postmodifier of nearness that closes the head ("people close to Ms. Holt "), or null. */
function nearSourcePhrase(clauses: ClauseHead, head: string, offset: number): SourceFound | null {
  if (!NEAR_POSTMODIFIER_RE.test(head)) return null;
  const noun = clauses.match(NOUN_SOURCE_AT);
  if (!noun || !NEAR_POSTMODIFIER_RE.test(noun[1]) || words(noun[2]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) return null;
  return { found: null, text: noun[1].trim(), start: offset + noun.index + noun[0].indexOf(noun[1]) };
}

/** A source noun phrase, then a relative clause with no comma or quotation ("activists who want him out"). */
const RESTRICTED_SUBJECT_RE = new RegExp(
  `${CLAUSE_START}((?:(?:the|a|an|some|many|most|several|other|both|all|two|three|four|five|these|those)\\s+)?((?:[\\p{L}.’'/&-]+\\s+){0,3}?)(?:(?:${SOURCE_NOUN_ALT})\\s+(?:who|that)|[\\p{L}.’'/&-]+\\s+who))\\s+[^,;"“”()]{3,90}?\\s*$`,
  'iu',
);

/** The words before an organization that make it an affiliation: a subject, then "at", "on", "from", "with" (and "the"; not "of": "the head of the union" speaks for it). */
const AFFILIATION_BEFORE_RE = /(?:^|[,;]\s*|\b(?:and|but|that|while|because)\s+)([^,;:"“”()—–]{2,80}?)\s+(?:at|on|from|with)\s+(?:the\s+)?$/u;

/**
 * "Ada Holt at the Hale Institute agreed", "senior Democrats on the finance committee wrote": an organization named
 * right before the verb after a preposition is the subject's affiliation; the subject is the entity ending before the
 * preposition (a list of people as written), else the noun phrase there.
 */
function affiliationHolder(mentions: readonly ExtractedMention[], text: string, sentence: Range, org: ExtractedMention, verbAt: number): SourceFound | null {
  if (!/^\s*$/.test(text.slice(org.end, verbAt))) return null;
  const before = text.slice(Math.max(sentence.start, org.start - 120), org.start);
  const m = AFFILIATION_BEFORE_RE.exec(before);
  if (!m) return null;
  const start = org.start - before.length + m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  const k = firstMentionFrom(mentions, end) - 1;
  const holder = k >= 0 && mentions[k].end === end && mentions[k].start >= start ? mentions[k] : undefined;
  if (holder) {
    const members = partyMembers(text, holder);
    if (members) return members;
    const pair = namedPair(mentions, text, sentence, holder);
    if (pair) return pair;
    return { found: { speaker: { type: holder.type, index: holder.entity }, method: 'affiliation-holder', confidence: 0.8 * holder.confidence }, text: null, start: holder.start };
  }
  const phrase = m[1].trim().replace(/^(?:But|And|Yet|Still|However|Meanwhile|Now|So|Also)\s+/u, '');
  if (subjectKind(phrase) !== 'noun-phrase' || words(phrase).length > 6 || words(phrase).some((w) => NOT_MODIFIERS.has(w.toLowerCase()) || PRONOUN_WORDS.has(w.toLowerCase()))) return null;
  return { found: null, text: phrase, start: end - phrase.length };
}

/** A source noun phrase, then "who" or "that" and a clause with no comma or quotation up to the cue ("officials who spoke with X"). */
const RELATIVE_MODIFIED_RE = new RegExp(
  `${CLAUSE_START}((?:(?:the|a|an|some|many|most|several|other|both|all|two|three|four|five|these|those)\\s+)?((?:[\\p{L}.’'/&-]+\\s+){0,3}?)(?:${SOURCE_NOUN_ALT}))\\s+(?:who|that)\\s+[^,;"“”()]{3,90}?\\s*$`,
  'iu',
);

/**
 * "Current and former officials who spoke with the Hale Institute said": when the entity the subject rules found is
 * named inside a relative clause on a source noun, the source is that noun phrase (without its clause).
 */
function modifiedNoun(clauses: ClauseHead, offset: number, mentions: readonly ExtractedMention[], ref: SourceRef, from: number, to: number): SourceFound | null {
  const head = clauses.text;
  const m = WHO_OR_THAT_RE.test(head) && hasLetterRunIn(head, SOURCE_NOUN_ENDS) ? clauses.match(RELATIVE_MODIFIED_AT) : null;
  if (!m || words(m[2]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()) && !/^(?:and|or)$/i.test(w))) return null;
  const start = offset + m.index + m[0].indexOf(m[1]);
  const mention = lastMentionOf(mentions, ref, from, to);
  if (!mention || mention.start < start + m[1].length) return null;
  return { found: null, text: m[1].trim(), start };
}

/** What RESTRICTED_SUBJECT_RE needs (a cheap test first: the pattern tries every clause start of the text): "who" or "that" between spaces. */
const WHO_OR_THAT_RE = compiledNow(/\s(?:who|that)\s/iu);
/** A quantified plural of capitalized people ("some Democrats", "a 45% plurality of Democrats", "other Republicans"). */
const GROUP_SOURCE_RE =
  compiledNow(/(?:^|[\s,;(])((?:(?:some|many|most|other|few|fewer|more|all|both|several|younger|older|\d[\d.,]*\s*(?:%|percent)(?:\s+of)?|(?:a|an|the)\s+(?:\d+%\s+)?(?:majority|plurality|minority|share|number|third|quarter|half)(?:\s+of)?|half\s+of|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:10|ten)|of)\s+)+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?\p{Lu}\p{L}+s|(?:[\p{Lu}][\p{L}-]+\s+)?(?:Republicans|Democrats|Conservatives|Liberals|Progressives|Independents|Libertarians|Tories|Socialists))(?:\s+(?:also|still|now|then|later|quickly|largely|mostly|generally))?\s*$/u);

/** An adverb, a time phrase or the occasion ("in a statement") right before a verb, after a word (never the whole subject). */
const ADVERBIAL_BEFORE_RE = compiledNow(/(?<=\p{L}[.’']?,?)\s+(?:\p{Ll}+ly|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?|today|yesterday|tonight|(?:last|this|next|earlier|later|this\s+past|the\s+past)\s+(?:week|weekend|month|year|spring|summer|fall|autumn|winter)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:in|on)\s+(?:a|an|his|her|their|its)\s+(?:\p{Ll}+\s+){0,2}?(?:statement|interview|letter|tweet|post|email|speech|op-ed|memo|filing|video|message|release))\s+$/u);
/** How every alternative of ADVERBIAL_BEFORE_RE ends (its last word, at most nine letters): read first on the text's end. */
const ADVERBIAL_END_RE = compiledNow(/(?:ly|day|night|morning|afternoon|evening|week|weekend|month|year|spring|summer|fall|autumn|winter|statement|interview|letter|tweet|post|email|speech|op-ed|memo|filing|video|message|release)$/u);

/** The last mention of an entity within [from, to): a binary search, then a walk back (the paragraph may be long). */
function lastMentionOf(mentions: readonly ExtractedMention[], ref: SourceRef, from: number, to: number): ExtractedMention | undefined {
  for (let k = firstMentionFrom(mentions, to) - 1; k >= 0 && mentions[k].start >= from; k--) {
    const m = mentions[k];
    if (m.end <= to && m.type === ref.type && m.entity === ref.index) return m;
  }
  return undefined;
}

/** A source noun phrase ending right before a participle ("a new poll showing", "Republicans backing Trump"): its head is a source noun. */
const NOUN_BEFORE_RE = new RegExp(`((?:(?:the|a|an|some|many|most|other|those|these|two|three|[\\p{Lu}][\\p{L}.’'-]*['’]s?)\\s+)?(?:[\\p{L}.’'/&-]+\\s+){0,3}?(?:${SOURCE_NOUN_ALT}))\\s+$`, 'iu');

/** What NOUN_BEFORE_RE needs, read first on the text's trimmed end (that pattern is tried at every position of its text): a source noun. */
const SOURCE_NOUN_END_RE = new RegExp(`(?:${SOURCE_NOUN_ALT})$`, 'iu');
const SOURCE_NOUN_LONGEST = Math.max(...[...SOURCE_NOUNS].map((n) => n.length));

/** The entity or source noun phrase right before a participle, if any (a reduced relative clause). */
export function nounBefore(ctx: ReportedContext, p: number, text: string, sentence: Range, at: number): SourceFound | null {
  const named = mentionEndingNear(ctx.mentions[p], at - 1, sentence.start);
  // "Democrats supporting Mrs. Clinton": members of the party, as written.
  const members = named && /^\s+$/.test(text.slice(named.end, at)) ? partyMembers(text, named) : null;
  if (members) return members;
  if (named && /^\s+$/.test(text.slice(named.end, at))) return { found: { speaker: { type: named.type, index: named.entity }, method: 'participle', confidence: 0.7 * named.confidence }, text: null, start: named.start };
  const head = text.slice(Math.max(sentence.start, at - 80), at);
  const noun = trimmedEndMatches(head, SOURCE_NOUN_END_RE, SOURCE_NOUN_LONGEST, true) ? NOUN_BEFORE_RE.exec(head) : null;
  if (!noun) return null;
  // "went to voters backing …": the noun phrase is what follows the last word no noun phrase holds.
  const parts = noun[1].trim().split(/\s+/);
  let first = parts.length;
  while (first > 0 && !NOT_MODIFIERS.has(parts[first - 1].toLowerCase())) first--;
  if (first === parts.length) return null;
  const phrase = parts.slice(first).join(' ');
  const offset = noun[1].lastIndexOf(phrase);
  return { found: null, text: phrase, start: at - head.length + noun.index + Math.max(0, offset) };
}

/** The mention ending at `at` or up to two characters before it (a comma, a closing parenthesis), within the sentence. */
function mentionEndingNear(mentions: readonly ExtractedMention[], at: number, from: number): ExtractedMention | undefined {
  for (let k = firstMentionFrom(mentions, at) - 1; k >= 0 && mentions[k].start >= from; k--) {
    if (mentions[k].end <= at && mentions[k].end >= at - 2) return mentions[k];
    if (mentions[k].end < at - 2 && mentions[k].start < at - 120) break;
  }
  return undefined;
}

/** "who say", "which shows": a relative pronoun right before the cue (after a noun, a share "18%", a parenthesis or a dash; never opening the sentence). */
const RELATIVE_SOURCE_RE = compiledNow(/(?:[\p{L}%,]\s+|\p{L}\s*[(—–]\s*|[\p{L},]\s+[(—–]\s*)(who|which|(?:all|both|each|most|many|some|several|none|one|two|three|four|five)\s+of\s+(?:whom|which))\s*$/iu);
/**
 * Any noun phrase opening a clause: "Federal officials familiar with the server, speaking on condition of anonymity,",
 * "About one in five", "The last man to mount a third-party race". Checked by `plainSubject`.
 */
const SUBJECT_WORD = `(?!(?:${[...NOT_MODIFIERS].join('|')})\\b)[\\p{L}\\p{N}.%$’'/&-]+`;
const GENERIC_SUBJECT_RE = new RegExp(`${CLAUSE_START}((?:${SUBJECT_WORD}\\s+){0,9}?${SUBJECT_WORD})(?:\\s+(?:first|later|then|now|once|\\p{L}+ly))?\\s*(?:\\([^()]{0,60}\\)\\s*)?(?:,[^,"“”]{1,140},\\s*)?$`, 'iu');
/** The clause-start patterns, sticky: tried at a head's clause starts only (ClauseHead). */
const NOUN_SOURCE_AT = stickyCopy(NOUN_SOURCE_RE);
const NAME_SOURCE_AT = stickyCopy(NAME_SOURCE_RE);
const SHARE_SOURCE_AT = stickyCopy(SHARE_SOURCE_RE);
const PRONOUN_SOURCE_AT = stickyCopy(PRONOUN_SOURCE_RE);
const RESTRICTED_SUBJECT_AT = stickyCopy(RESTRICTED_SUBJECT_RE);
const RELATIVE_MODIFIED_AT = stickyCopy(RELATIVE_MODIFIED_RE);
const GENERIC_SUBJECT_AT = stickyCopy(GENERIC_SUBJECT_RE);

/** "It said …": the document or organization a sentence before opens with, else the pronoun as `asWritten` gives it. */
function itSource(ctx: ReportedContext, p: number, pronoun: string, at: number): Pick<SourceFound, 'found' | 'text'> {
  const it = pronoun.toLowerCase() === 'it' ? itAntecedentAt(ctx, p, at) : null;
  if (it && 'org' in it) return { found: { speaker: it.org, method: 'pronoun-it', confidence: 0.5 }, text: null };
  return { found: null, text: it ? it.phrase : asWritten(pronoun) };
}

/** A plural or first- or second-person pronoun no rule resolves is the source as written ("they", "we", "I"); "he", "she" and "it" are left to the pronoun rules. */
export function asWritten(pronoun: string): string | null {
  return /^(?:they|we|i|you)$/i.test(pronoun) ? pronoun : null;
}

/** What "according to" names: a source noun phrase, a name, or a document ("a lawsuit filed in Kiev", "polling by Gallup"). */
export function isSourcePhrase(s: string): boolean {
  if (s === '' || s.length > 160) return false;
  if (/^(?:the|a|an|his|her|their|its|one|two|several|new|recent|\d)\b/i.test(s) && words(s).length <= 12) return true;
  return NOUN_SOURCE_RE.test(s) || /^(?:the\s+)?\p{Lu}/u.test(s);
}

