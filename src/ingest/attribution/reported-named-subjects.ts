/**
 * Subjects named at a sentence's opening, for the source finder (reported-sources.ts): a name whose appositive runs up
 * to the verb, a list of names joined by "and", members of a party given as written. Pure; no I/O.
 */
import { PARTY_MEMBERS } from '../lexicon';
import type { ExtractedMention } from '../entity-extraction';
import { hasSpeechVerb, type Range } from '../text';
import { firstMentionFrom } from './context';
import type { FoundSource, ReportedContext, SourceFound } from './reported-source-types';

/** What may open a sentence before its subject: a quotation mark, a connective, up to four title words. */
const HOLDER_LEAD_RE = /^\s*["“]?(?:(?:But|And|Yet|Still|However|Meanwhile|Instead|Later|Now|So|Also)\s*,?\s+)?(?:[\p{L}.’'-]+\s+){0,4}$/u;
/**
 * A name's appositive, set off by commas, up to the verb: ", a fellow at the Hale Institute, ", " (D-Ohio), the panel's
 * chair, "; or where the person is from, an age before it: " of Columbia, South Carolina ", ", 50, of Houston ".
 */
const APPOSITIVE_TO_VERB_RE = /^\s*(?:\([^()]{0,40}\)\s*)?(?:,[^;:"“”]{3,220}?,\s*|(?:,\s*\d{1,3}\s*,)?\s*(?:of|from)\s+\p{Lu}[\p{L}.’'-]*(?:,?\s+\p{Lu}[\p{L}.’'-]*){0,3}\s*,?\s*)$/u;

/**
 * The entity opening a sentence whose appositive runs up to the verb ("Ada Holt, a fellow at the Hale Institute, who
 * studies polls, said"): the subject, whatever names the appositive holds. Only the sentence's first mention, and
 * only at its opening, so the check stays bounded.
 */
export function appositiveHolder(ctx: ReportedContext, p: number, text: string, sentence: Range, verbAt: number): SourceFound | null {
  if (verbAt - sentence.start > 300) return null;
  const mentions = ctx.mentions[p];
  const k = firstMentionFrom(mentions, sentence.start);
  const m = k < mentions.length ? mentions[k] : undefined;
  if (!m || m.end >= verbAt || !HOLDER_LEAD_RE.test(text.slice(sentence.start, m.start))) return null;
  const gap = text.slice(m.end, verbAt);
  if (!APPOSITIVE_TO_VERB_RE.test(gap) || /^['’]/.test(gap) || hasSpeechVerb(gap)) return null;
  const found: FoundSource = { speaker: { type: m.type, index: m.entity }, method: 'appositive-holder', confidence: 0.8 * m.confidence };
  return m.type === 'organization' ? (partyMembers(text, m) ?? { found, text: null, start: m.start }) : { found, text: null, start: m.start };
}

/** What may open a sentence before a pair of named subjects: a quotation mark, a connective, "Both", up to three title words (no preposition: "Aides for X and Y"). */
const PAIR_LEAD_RE = /^\s*["“]?(?:(?:But|And|Yet|Still|However|Meanwhile|Instead|Later|Now|So|Also)\s*,?\s+)?(?:Both\s+)?(?:(?!(?:for|of|with|by|to|from|about|against|on|at|in)\s)[\p{L}.’'-]+\s+){0,3}$/u;

/** Between two names of a list: "and", a comma, ", and", a parenthetical of party and state first ("(D-Ohio), "). */
const LIST_JOIN_RE = /^\s*(?:\([^()]{1,24}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)$/u;
/** Most names a list of subjects may hold: a bound on the walk back. */
const MAX_LIST = 6;

/**
 * "Holt and Vance issued", "Both Holt and Vance said", "Holt, Vance and Reyes have all argued": people named at a
 * sentence's opening and joined by "and" (and commas) speak together; the source is the list as written, not the last
 * one alone.
 */
export function namedPair(mentions: readonly ExtractedMention[], text: string, sentence: Range, m: ExtractedMention): SourceFound | null {
  if (m.type !== 'person') return null;
  let k = firstMentionFrom(mentions, m.start) - 1;
  let first = m;
  let joinedByAnd = false;
  for (let n = 0; n < MAX_LIST && k >= 0; n++, k--) {
    const prev = mentions[k];
    if (prev.type !== 'person' || prev.entity === first.entity || prev.start < sentence.start) break;
    const join = LIST_JOIN_RE.exec(text.slice(prev.end, first.start));
    if (!join) break;
    // The last join of a list is "and"; the ones before it are commas.
    if (first === m ? !/and\s+$/.test(join[0]) : /and\s+$/.test(join[0])) break;
    joinedByAnd = true;
    first = prev;
  }
  if (!joinedByAnd || first === m) return null;
  const lead = PAIR_LEAD_RE.exec(text.slice(sentence.start, first.start));
  if (!lead) return null;
  const both = /Both\s+/.exec(lead[0]);
  const start = both ? sentence.start + both.index : first.start;
  return { found: null, text: text.slice(start, m.end), start };
}

/** A quantifier or modifier before a plural of party members ("some", "several House", "an increasing number of"). */
const MEMBERS_LEAD_RE = /(?:(?:some|many|most|other|several|few|all|both|top|leading|senior|fellow|prominent|moderate|conservative|liberal|progressive|establishment|congressional|House|Senate|state|local|national|\d[\d,]*|two|three|four|five|(?:a|an)\s+(?:\p{Ll}+\s+)?(?:number|group|majority|handful|chorus)\s+of)\s+)+$/u;

/** "Democrats", "several House Republicans": members of a party, given as written rather than as the party. */
export function partyMembers(text: string, m: { type: string; start: number; end: number }): SourceFound | null {
  if (m.type !== 'organization' || !PARTY_MEMBERS.has(text.slice(m.start, m.end).toLowerCase())) return null;
  const lead = MEMBERS_LEAD_RE.exec(text.slice(Math.max(0, m.start - 60), m.start));
  const start = lead ? m.start - lead[0].length : m.start;
  return { found: null, text: text.slice(start, m.end), start };
}
