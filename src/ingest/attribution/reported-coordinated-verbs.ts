/**
 * A cue verb coordinated with an object cue's (`had opposed the levy and once again did not like its terms`, `has not
 * endorsed her or conceded the race`, `criticized the levy but later backed it`) that no other rule read: the first
 * cue's object ends before the conjunction, and the second verb reports on its own, with the same subject. The second
 * verb must be a cue word, in the form of a past (in -ed or irregular), the cue's own -ing or -s form, or after an
 * auxiliary; a noun phrase with "and" in it ("praised the harbor and quayside workers") or a verb reporting nothing
 * ("praised the crew and left the hall") goes on. Measured on PolNeAR train: a verb outside the cue list
 * ("and took the stage") found 12 more attributions for 34 more false positives, so it is left out.
 * A clause cue's content ends so too when the second verb is a cue in the clause cue's own form, both past or both in
 * -s, with no auxiliary (`says she respects the mayor and praises his work`, `said … but later denied …`), unless a cue
 * inside the clause stands before the conjunction (that cue takes the coordinated verb).
 * Pure; no I/O; one bounded scan per draft.
 */
import { IRREGULAR_PAST_VERBS, OPENING_PAST_VERBS } from '../lexicon';
import groupAdverbs from '../lexicon/verb-group-adverbs.json';
import type { CueInfo } from '../lexicon';
import { words, type Range } from '../text';
import { type Cue, contentAfter, trimRange } from './reported-content';
import type { Draft } from './reported-draft';
import { CUES } from './reported-cues';

/** The coordinated verb's content is an object, never a clause. */
const OBJECT: CueInfo = { object: 'none', participle: false, frame: 'object' };

/**
 * Adverbs between the conjunction and the verb ("and then boomed", "but later conceded", "and once again did not like",
 * "but in the past backed"): those listed for this rule and for verb groups (`lexicon/verb-group-adverbs.json`,
 * `coordinated` and `adverbs`), and any in -ly; one alternation, built once.
 */
const ADVERBS = `(?:(?:${[...groupAdverbs.coordinated, ...groupAdverbs.adverbs].map((a) => a.replace(/ /gu, '\\s+')).join('|')}|\\p{Ll}{3,}ly)\\s+)*`;
/** An auxiliary opening a verb group, negated or not, then its verb ("has been", "would not identify", "didn't like"). */
const AUX = "(?:has|have|had|is|was|are|were|did|does|do|would|will|could|can|may|might|should|must)(?:n[’']t|\\s+not)?\\s+(?:(?:also|never|always|since|long|repeatedly|publicly)\\s+)?";
/** " and VERB", " or VERB", " but VERB", a comma before or not, ", yet VERB": group 1 the verb group, group 2 its verb. */
const COORDINATED_RE = new RegExp(`(?:,?\\s(?:and|or|but)|,\\s*yet|(,))\\s+${ADVERBS}((?:${AUX})?(\\p{Ll}[\\p{Ll}-]+))(?![\\p{L}’'-])`, 'gu');
/** After an -s verb the coordinated -s word is a verb only before its object or infinitive opens ("supports the bill and ranks it …", "…, yet refuses to …"). */
const OBJECT_OPENS_RE = /^\s+(?:him|her|them|it|us|me|the|a|an|his|their|its|this|that|these|those|to)\b/u;
/** Most words an object ended by a coordinated verb has ("a similar effort in 2007", "the council to join a coalition to build a bridge over the river"). */
const MAX_OBJECT_WORDS = 25;
/** A word opening a clause inside the object: past it "and" may join the clause's own verbs. */
const CLAUSE_WORD_RE = /(?:^|[^\p{L}])(?:that|which|who|whom|whose|whether|if|because|when|while|where|he|she|they|we|I)(?![\p{L}’'])/iu;

/** A past form: in -ed, or irregular. */
function pastForm(word: string): boolean {
  return (/ed$/u.test(word) && word.length >= 5) || IRREGULAR_PAST_VERBS.has(word) || OPENING_PAST_VERBS.has(word);
}

/** Both past, or both in -s: a verb coordinated with a clause cue, not with its content's own verb. */
function sameForm(word: string, cueWord: string): boolean {
  if (pastForm(word)) return pastForm(cueWord);
  return /[^s]s$/u.test(word) && /[^s]s$/u.test(cueWord);
}

/** Whether `word` (after the conjunction, with `aux` before it or not) reads as a verb coordinated with the cue `cueWord`. */
function coordinatedVerb(word: string, aux: string | null, cueWord: string, after: string): boolean {
  const past = IRREGULAR_PAST_VERBS.has(word) || OPENING_PAST_VERBS.has(word);
  // "and deep-seated anger", "or unauthorized access": a compound or negated adjective before a noun, no verb.
  const participle = /ed$/u.test(word) && word.length >= 5 && !word.includes('-') && !/^un/u.test(word);
  if (aux !== null) {
    // "and has been a critic", "and was swayed", "and is hosting": a participle after a form of "have" or "be";
    // "and would not identify": any cue verb after a modal or "did".
    if (/^(?:has|have|had)/u.test(aux)) return participle || past || /(?:en|wn)$/u.test(word);
    if (/^(?:is|was|are|were)/u.test(aux)) return participle || /ing$/u.test(word);
    return true;
  }
  if (past) return true;
  if (participle) return true;
  if (/ing$/u.test(cueWord) && /ing$/u.test(word) && word.length >= 6) return true;
  return /[^s]s$/u.test(cueWord) && /[^s]s$/u.test(word) && word.length >= 4 && OBJECT_OPENS_RE.test(after);
}

export interface CoordinatedVerb {
  /** Where the first draft's content now ends. */
  end: number;
  /** The second verb's attribution, when its object can be read. */
  next: Draft | null;
}

/**
 * The first verb phrase coordinated with an object cue inside its content, outside quotation marks: where the content
 * ends and the second verb's own draft. `taken(at)` says whether another draft's cue already stands at an offset.
 */
export function coordinatedVerbAt(text: string, sentence: Range, d: Draft, outside: (i: number) => boolean, taken: (at: number) => boolean): CoordinatedVerb | null {
  const clause = d.info?.frame === 'clause';
  if ((d.info?.frame !== 'object' && !clause) || d.content.start < d.cue.end) return null;
  const body = text.slice(d.content.start, d.content.end);
  for (const m of body.matchAll(COORDINATED_RE)) {
    const at = d.content.start + m.index;
    if (m.index === 0 || !outside(at)) continue;
    const [, bare, group, verb] = m;
    const groupAt = at + m[0].length - group.length;
    const verbEnd = at + m[0].length;
    const word = verb.toLowerCase();
    const aux = group.length > verb.length ? group.toLowerCase() : null;
    // "mocked the reporter, referred to the crowd as …": with a comma alone, two pasts of object cues and no auxiliary
    // (not "…, said Obama" closing a subject, "…, called the best by …" or "…, compared to …").
    if (bare !== undefined && (aux !== null || !pastForm(word) || !pastForm(d.cue.word.toLowerCase()) || CUES.get(word)?.frame !== 'object' || word === 'compared' || /^\s+(?:as|by)\b/u.test(text.slice(verbEnd, verbEnd + 4)))) continue;
    // Only an object a few words long ends there: in a longer content or a clause "and" joins the content's own parts.
    const object = body.slice(0, m.index);
    if (words(object).length > MAX_OBJECT_WORDS || (!clause && CLAUSE_WORD_RE.test(object))) return null;
    if (clause && (aux !== null || bare !== undefined || !CUES.has(word) || !sameForm(word, d.cue.word.toLowerCase()))) continue;
    if (!coordinatedVerb(word, aux, d.cue.word.toLowerCase(), text.slice(verbEnd, verbEnd + 8))) continue;
    // Another cue already reads the second verb; the sibling boundary ends this content.
    if (taken(groupAt) || taken(verbEnd - verb.length)) return null;
    // A verb that reports nothing ("and took the stage") is no attribution of its own, and the object may run on.
    if (!CUES.has(word)) return null;
    const end = trimRange(text, { start: d.content.start, end: at }).end;
    const cue: Cue = { at: verbEnd - verb.length, end: verbEnd, word, phrase: text.slice(groupAt, verbEnd), phraseStart: groupAt };
    const content = contentAfter(text, cue, OBJECT, { start: sentence.start, end: d.content.end });
    const next: Draft | null = content ? { content, cue, info: OBJECT, source: d.source, sourceText: d.sourceText, sourceAt: d.sourceAt, clauseAt: groupAt } : null;
    return { end, next };
  }
  return null;
}

/**
 * Ends each verb cue's object before a coordinated verb and adds that verb's draft (in place; a bounded number).
 * `stands(d, content)` says whether the draft still makes an attribution with the shorter content (one that would be
 * mostly a quotation keeps its whole content).
 */
export function splitCoordinatedVerbs(text: string, sentence: Range, drafts: Draft[], outside: (i: number) => boolean, stands: (d: Draft, content: Range) => boolean): void {
  const count = drafts.length;
  for (let i = 0; i < count; i++) {
    const d = drafts[i];
    const found = coordinatedVerbAt(text, sentence, d, outside, (at) => drafts.some((o) => o.cue.at === at || o.cue.phraseStart === at));
    if (found === null || !stands(d, { start: d.content.start, end: found.end })) continue;
    // "said he will vote for her but hasn't endorsed her or conceded": a clause cue's content holding a cue of its own
    // leaves the coordinated verb to that cue.
    if (d.info?.frame === 'clause' && drafts.some((o) => o !== d && o.cue.at > d.content.start && o.cue.at < found.end)) continue;
    drafts[i] = { ...d, content: { start: d.content.start, end: found.end } };
    if (found.next) drafts.push(found.next);
  }
}
