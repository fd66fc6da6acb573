/**
 * Subjects of reported-speech cues that the plain rules before a cue do not
 * read: a long noun phrase opening a clause cue's clause ("Democrats trying
 * to win back the Senate say", "Insiders in two states — Ohio and Iowa —
 * said"), the subject a coordinated verb phrase shares, the subject of an
 * absolute participle ("with most residents saying"), a relative "that", the
 * source after an inverted cue and its description, and the main clause's
 * subject after an opening participle clause ("After blasting …, X …").
 * What a clause cue reports is reported whoever says it; a phrase no entity
 * reads is the source as written. Pure; no I/O; bounded by the sentence.
 */
import { quotationClosingComma } from './quote-closing-commas';
import { QUANTIFIER_SUBJECTS } from '../lexicon';
import { words, type Range } from '../text';
import { coordinatedNounPhrase, presentNounPhrase, setOffNounPhrase } from './reported-phrase-kinds';
import { NOT_MODIFIERS, openingNounPhrase, subjectKind, type FoundSource, type ReportedContext, type SourceFound } from './reported-sources';
import { openingSubject } from './reported-opening-subjects';
import { isSharePhrase } from './reported-shares';
import { openingAppositiveSubject } from './reported-long-subjects';
import { sentenceAdverb } from './reported-sentence-adverbs';
import { appositiveSetOffSubject, conjoinedSetOffSubject } from './reported-appositive-subjects';

/** A subject this far from its sentence's start is not read. */
const MAX_HEAD = 300;
/** A subject of more words is no subject this rule trusts. */
const MAX_WORDS = 16;
/** Asides inside a subject: " — Ohio and Iowa — ", " - including X - ", "(D-Ga.)". */
const ASIDE_RE = /\s[—–-]\s[^—–"“”]{1,150}?\s[—–-]\s|\([^()]{0,80}\)/gu;
/** A relative clause set off by dashes, quotations allowed in it: " - who once said he would "drain it" - ". */
const RELATIVE_ASIDE_RE = /\s[—–-]\s(?:who|whose|which)\s[^—–]{1,150}?\s[—–-]\s/giu;
/**
 * A comma aside right before the verb that modifies the subject ("…, on boats or from the docks, said", "…, including
 * Ms. Holt, said"): a prepositional phrase, nothing between its closing comma and the verb.
 */
const CLOSING_COMMA_ASIDE_RE = /,\s*(?:including|especially|notably|among|on|in|at|from|with|across|for|by|like)\s[^,;:"“”—–()]{1,80},\s*$/u;
/** A relative word after a subject's head ("officials whose permits were revoked"): the head decides what the phrase is. */
const AFTER_HEAD_RE = /\s(?:who|whose|that|which)\s/iu;
/** Words that open a clause before its subject ("…, but insiders say", "… than the industry says"). */
const CONJUNCTION_RE = /^(?:and|but|yet|so|that|because|while|although|though|since|whereas|than|now)\s+/iu;
/** A word after which no subject ends ("… prison and says"). */
const OPEN_END_RE = /\b(?:and|or|but|nor|to|of|that|which|who|whose)\s*$/iu;
/** An auxiliary in a subject: a clause of its own unless a relative word or a pronoun opened it ("officials whose laws were struck down"). */
const AUXILIARY_RE = /\b(?:is|was|are|were|has|have|had|will|would|could|should|can|may|might|must|do|does|did)\b/iu;
const RELATIVE_OR_PRONOUN_RE = /\b(?:who|whom|whose|that|which|where|i|we|you|they|he|she)\b|['’](?:ve|re|d|ll)\b/iu;

/** The noun phrase opening the clause before `verbAt`, when nothing in it says it is no subject. */
export function looseSubject(text: string, sentence: Range, verbAt: number): SourceFound | null {
  if (verbAt - sentence.start > MAX_HEAD) return null;
  const head = text.slice(sentence.start, verbAt);
  // Asides blanked out, offsets kept.
  const blank = (m: string): string => ' '.repeat(m.length);
  let plain = head.replace(RELATIVE_ASIDE_RE, blank).replace(ASIDE_RE, blank);
  if (/["“”]/u.test(plain)) return null;
  // "Fishers who have worked the lake for decades, on boats or from the docks, said": the aside closing the subject.
  const closing = CLOSING_COMMA_ASIDE_RE.exec(plain);
  // Only for a subject opening the sentence: after an earlier comma the aside may close a clause, not a subject.
  if (closing && closing.index > 0 && !/[,;:—–]/u.test(plain.slice(0, closing.index))) plain = plain.slice(0, closing.index) + blank(closing[0]);
  const cut = Math.max(plain.lastIndexOf(','), plain.lastIndexOf(';'), plain.lastIndexOf(':'), plain.lastIndexOf('—'), plain.lastIndexOf('–'));
  // "Ada Holt, 60, a nurse from Dayton, said": a comma right before the verb closes an appositive of the opening phrase.
  if (cut >= 0 && plain.slice(cut + 1).trim() === '') return openingAppositiveSubject(sentence, plain.slice(0, cut));
  let from = cut + 1;
  const lead = /^\s*(?:(?:But|And|Yet|Still|However|Meanwhile|Now|So|Also)\s+)?/u.exec(plain.slice(from))![0];
  from += lead.length;
  const conj = CONJUNCTION_RE.exec(plain.slice(from));
  if (conj) from += conj[0].length;
  const phrase = plain.slice(from).trim();
  const list = words(phrase);
  if (list.length === 0 || list.length > MAX_WORDS || OPEN_END_RE.test(phrase)) return null;
  // "The officials whose permits were revoked": a relative clause after the head; its last word says nothing of the phrase.
  const relative = AFTER_HEAD_RE.exec(phrase);
  if (subjectKind(relative && relative.index > 0 ? phrase.slice(0, relative.index) : phrase) !== 'noun-phrase') return null;
  const aux = AUXILIARY_RE.exec(phrase);
  if (aux && !RELATIVE_OR_PRONOUN_RE.test(phrase.slice(0, aux.index + aux[0].length))) return null;
  const start = sentence.start + from;
  return { found: null, text: text.slice(start, sentence.start + from + plain.slice(from).trimEnd().length).replace(/\s+/g, ' '), start };
}

/** "with NOUN PHRASE" right before a participle: "with most residents", "with 40 percent of voters". */
const WITH_SUBJECT_RE = /(?:^|[\s,(])with\s+((?:[\p{L}\p{N}%.’'-]+\s+){0,6}?[\p{L}\p{N}%.’'-]+)\s+$/iu;

/** The subject of an absolute participle ("…, with most residents saying …"): the noun phrase after "with". */
export function withSubject(text: string, sentence: Range, verbAt: number): SourceFound | null {
  const from = Math.max(sentence.start, verbAt - 80);
  const m = WITH_SUBJECT_RE.exec(text.slice(from, verbAt));
  if (!m || (!isSharePhrase(m[1]) && (subjectKind(m[1]) !== 'noun-phrase' || words(m[1]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))))) return null;
  return { found: null, text: m[1], start: from + m.index + m[0].indexOf(m[1]) };
}

/** Words before "that" that make it no relative pronoun: "so that", "now that", "the fact that", "such that". */
const NOT_ANTECEDENT = new Set('so such now given than fact idea notion view hope belief sure clear true possible likely like just only even all except despite about is was are were be been'.split(' '));
/** A word that opens a noun phrase. */
const DETERMINER_RE = /^(?:the|a|an|this|these|those|his|her|its|their|our|my|your|some|many|several|two|three|four|five|other|each|every|one|\p{Lu}[\p{L}.’'-]*['’]s)$/iu;
/** The words before a relative "that": up to four, after the last punctuation. */
const BEFORE_THAT_RE = /((?:[\p{L}\p{N}.’'&-]+\s+){0,3}[\p{L}\p{N}’'&-]+)\s+that\s+$/u;

/** Whether `near` ends with "that" between white space (and at least one space after it): what BEFORE_THAT_RE needs. */
function endsWithThat(near: string): boolean {
  const trimmed = near.trimEnd();
  return trimmed.length < near.length && trimmed.endsWith('that') && /\s/.test(trimmed.charAt(trimmed.length - 5));
}

/**
 * "A farm group that backed the levy", "two unions that have endorsed Reyes": "that" right after a noun and before
 * a cue that is no base form (or follows an auxiliary, so "that support" stays a noun phrase) stands for the noun
 * phrase before it. `isVerb` tells a word that is a verb form (a cue, "said"), after which "that" opens a clause.
 */
export function relativeThat(text: string, sentence: Range, verbAt: number, isVerb: (w: string) => boolean): SourceFound | null {
  const from = Math.max(sentence.start, verbAt - 80);
  const near = text.slice(from, verbAt);
  // BEFORE_THAT_RE tries every start of the text, at great cost: only text ending in " that " can match.
  const m = endsWithThat(near) ? BEFORE_THAT_RE.exec(near) : null;
  if (!m) return null;
  const list = m[1].split(/\s+/);
  const last = list[list.length - 1].toLowerCase();
  if (NOT_ANTECEDENT.has(last) || NOT_MODIFIERS.has(last) || isVerb(last) || /ly$/.test(last)) return null;
  // The noun phrase from its determiner ("put forth a plan that" → "a plan"), else its last word and the names before it.
  let first = list.length - 1;
  const determiner = list.map((w) => DETERMINER_RE.test(w)).lastIndexOf(true);
  if (determiner >= 0 && determiner < list.length - 1) first = determiner;
  else while (first > 0 && /^\p{Lu}/u.test(list[first - 1]) && /^\p{Lu}/u.test(list[first])) first--;
  if (list.slice(first).some((w, i) => i > 0 && (NOT_MODIFIERS.has(w.toLowerCase()) || isVerb(w.toLowerCase())))) return null;
  const phrase = list.slice(first).join(' ');
  if (subjectKind(phrase) !== 'noun-phrase') return null;
  return { found: null, text: phrase, start: from + m.index + m[1].lastIndexOf(phrase) };
}

/**
 * What may follow the source of an inverted cue and describe it, to the end of the sentence: an appositive after a
 * comma, a relative clause, a place ("…, said Ada Holt, a fellow at the institute, who studies polls."), not a
 * coordinated clause (", and …").
 */
export const DESCRIBES_SOURCE_RE = /^(?:\s*,\s*(?!(?:and|but|or|so|yet|while|though|although|because|as|when|if)\b)\p{L}|\s+(?:who|whose|which|in|of|at|from|with)\b)/u;

/** A noun phrase after an inverted cue, to its first comma or relative word ("said several analysts who follow the race"). */
const INVERTED_PHRASE_RE = /^\s+((?:[\p{L}\p{N}.%’'&-]+\s+){0,9}?[\p{L}\p{N}.%’'&-]+)(?=\s*(?:[,.;]|\s(?:who|whose|which|in|at|from)\b|$))/u;

/** The source of an inverted cue that is no entity: a noun phrase, whatever describes it after. */
export function invertedNounPhrase(after: string): string | null {
  const m = INVERTED_PHRASE_RE.exec(after.slice(0, 200));
  if (!m) return null;
  const list = words(m[1]);
  if (list.length === 0 || NOT_MODIFIERS.has(list[0].toLowerCase()) || subjectKind(m[1]) !== 'noun-phrase') return null;
  if (list.slice(1).some((w) => NOT_MODIFIERS.has(w.toLowerCase()) && w.toLowerCase() !== 'and')) return null;
  const rest = after.slice(m[0].length);
  // The sentence's period is no part of the phrase (an abbreviation's is: "U.S.").
  return /^\s*[.]?["”]?\s*$/.test(rest) || DESCRIBES_SOURCE_RE.test(rest) ? m[1].replace(/(\p{L}{3})\.$/u, '$1') : null;
}

/**
 * A preposition opening the sentence before a participle ("After blasting …, X …", "Besides attacking …", "In addition
 * to stating …"), after a connective too ("But while denouncing …", "Now, after arguing …"), after a measure of time
 * ("Eight years after backing …", "Nearly six months after praising …").
 */
export const OPENING_ADVERBIAL_PARTICIPLE_RE =
  /^\s*["“]?(?:(?:But|And|Yet|Still|Now|So)\s*,?\s+)?(?:(?:(?:[Nn]early|[Aa]lmost|[Aa]bout|[Jj]ust|[Oo]nly|[Mm]ore than|[Ll]ess than)\s+)?(?:[\p{L}\d]+\s+)?(?:[Yy]ears?|[Mm]onths?|[Ww]eeks?|[Dd]ays?|[Hh]ours?|[Mm]inutes?)\s+(?:after|before|since)|[Aa]fter|[Bb]efore|[Ww]hile|[Ss]ince|[Bb]y|[Ii]n|[Uu]pon|[Dd]espite|[Ww]ithout|[Ww]hen|[Bb]esides|[Ii]n addition to|[Aa]side from|[Aa]part from)\s+(?:(?:first|initially|repeatedly|publicly|also|again|falsely)\s+)?$/u;

/** "Having", "Having been" opening a sentence: a perfect participle clause, whose subject is the main clause's. */
export const OPENING_PERFECT_RE = /^\s*["“]?(?:(?:But|And|Yet|Still)\s+)?Having(?:\s+(?:been|already|first|publicly))?\s+$/u;

/** The first word of an adverb run before a cue. */
const FIRST_WORD_RE = /^(\p{L}+)(?=\s)/u;
/** Nothing but a quotation mark or a connective before a clause's first word. */
const SENTENCE_LEAD_RE = /^\s*["“]?(?:(?:But|And|Yet|Still|So|Now)\s*,?\s+)?$/u;

/**
 * Where the subject before a cue ends when the adverbs before the cue start at `groupEnd`: past a quantifier opening
 * the sentence that the adverb list takes in ("Both said", "Both want"), else at `groupEnd`.
 */
export function quantifierSubjectEnd(text: string, sentence: Range, groupEnd: number, at: number): number {
  const m = FIRST_WORD_RE.exec(text.slice(groupEnd, at));
  return m && QUANTIFIER_SUBJECTS.has(m[1].toLowerCase()) && SENTENCE_LEAD_RE.test(text.slice(sentence.start, groupEnd)) ? groupEnd + m[0].length : groupEnd;
}

/**
 * The subject of the main clause after an opening participle clause: what follows the clause's comma, an entity,
 * a pronoun or a noun phrase before its verb.
 */
export function mainSubjectAfter(ctx: ReportedContext, p: number, text: string, sentence: Range, from: number, outside: (i: number) => boolean): SourceFound | null {
  let comma = -1;
  for (let i = from; i < sentence.end && i < from + 300; i++) {
    if (text[i] === ',' && outside(i)) {
      comma = i;
      break;
    }
  }
  if (comma < 0) return null;
  // A comma closing a quotation is followed by its closing mark, then the main clause.
  const at = comma + 1 + ((quotationClosingComma(text, comma) ? /^\s*(?:[”"]|'')?\s*/u : /^\s*/).exec(text.slice(comma + 1))?.[0].length ?? 0);
  const entity = ctx.speakerStartingAt(p, at);
  if (entity) return { found: { speaker: entity.speaker, method: 'participle', confidence: 0.8 * entity.confidence }, text: null, start: at };
  const rest = { start: at, end: sentence.end };
  const pron = /^(he|she|they|we|i)\b/i.exec(text.slice(at, at + 5));
  if (pron) {
    const found = ctx.subjectBefore(p, sentence.start, at + pron[0].length + 1);
    return { found, text: found ? null : pron[1], start: at };
  }
  const np = openingNounPhrase(text, rest, sentence.end);
  return np ? { ...np, start: at } : null;
}

/** What the attribution before a coordinated cue gives it: where its cue ends, its source. */
export interface Previous {
  cue: { end: number };
  source: FoundSource | null;
  sourceText: string | null;
}

/** A cue right after "and" or "but" (a comma or a closing dash before it or not: "…”—and promised"). */
const COORDINATED_RE = /\S\s*(?:,?\s+(?:and|but)\s+(?:then\s+)?|,\s+then\s+)$|\S[—–](?:and|but)\s+$/iu;

/**
 * The subject a verb phrase after "and"/"but" shares: the source of the sentence's attribution before it, else the
 * entity or pronoun opening the sentence ("The senator voted no but said …").
 */
export function coordinated(ctx: ReportedContext, p: number, text: string, sentence: Range, verbAt: number, previous: Previous | null, finite = true): SourceFound | null {
  const before = text.slice(Math.max(sentence.start, verbAt - 12), verbAt);
  // "…, then challenged him": "then" is read with the verb's adverbs, so the comma stands right before them.
  if (!COORDINATED_RE.test(before) && !(/\S\s*,\s+$/u.test(before) && /^then\s/iu.test(text.slice(verbAt, verbAt + 5)))) return null;
  // "X said …, while Y proposed … and said": past another clause's subject, the verb is Y's, not X's.
  const sameClause = previous !== null && !/[;]|\b(?:while|whereas|although|though|because|when|after|before)\b/i.test(text.slice(previous.cue.end, verbAt));
  if (previous && sameClause && (previous.source || previous.sourceText)) return { found: previous.source, text: previous.sourceText, start: verbAt };
  // "The mayor met residents and promised …": before a finite verb, the noun phrase before the first verb, an irregular past too.
  const subject = subjectPastAdverbial(ctx, p, text, sentence, verbAt) ?? (finite ? coordinatedNounPhrase(text, pastAdverbial(text, sentence, verbAt), verbAt) : null);
  // "The bank runs two plants and says …": an -s cue shares the subject of an -s verb before it.
  const present = !subject && finite && /^\p{Ll}+s\b/u.test(text.slice(verbAt, verbAt + 20)) ? presentNounPhrase(text, pastAdverbial(text, sentence, verbAt), verbAt) : null;
  const shared = subject ?? present;
  return shared ? { ...shared, start: verbAt } : null;
}

/**
 * The subject opening a sentence, past an opening adverbial ("During the debate, Holt praised …"): an entity, a
 * pronoun, or a noun phrase before the clause's first verb ("The Ohio Republican served two terms …").
 */
export function subjectPastAdverbial(ctx: ReportedContext, p: number, text: string, sentence: Range, verbAt: number): SourceFound | null {
  const clause = pastAdverbial(text, sentence, verbAt);
  const opening = openingSubject(ctx, p, text, clause, verbAt);
  if (opening && (opening.found || opening.text)) return opening;
  return openingNounPhrase(text, clause, verbAt);
}

/** The sentence past its opening adverbial. */
function pastAdverbial(text: string, sentence: Range, verbAt: number): Range {
  const head = text.slice(sentence.start, verbAt);
  const adverbial = OPENING_ADVERBIAL_RE.exec(head) ?? sentenceAdverb(head) ?? OPENING_DASH_ADVERBIAL_RE.exec(head);
  return adverbial ? { start: sentence.start + adverbial[0].length, end: sentence.end } : sentence;
}

/**
 * The subject of the clause a set-off participle follows ("The families of the founders had mobilized, warning …",
 * "Shortly after the vote, party leaders went further, arguing …"): past an opening adverbial, the noun phrase before
 * the clause's first verb, an irregular past too.
 */
export function setOffSubject(ctx: ReportedContext, p: number, text: string, sentence: Range, verbAt: number): SourceFound | null {
  const head = text.slice(sentence.start, verbAt);
  const adverbial = OPENING_ADVERBIAL_RE.exec(head) ?? SET_OFF_ADVERBIAL_RE.exec(head);
  // "On Thursday, however, Holt spoke …": a connective set off after the adverbial.
  const connective = adverbial ? SET_OFF_CONNECTIVE_RE.exec(head.slice(adverbial[0].length)) : null;
  const clause = adverbial ? { start: sentence.start + adverbial[0].length + (connective?.[0].length ?? 0), end: sentence.end } : sentence;
  // A name or pronoun opening the clause past the adverbial ("On Thursday, however, Holt spoke …").
  const opening = connective ? openingSubject(ctx, p, text, clause, verbAt) : null;
  if (opening && (opening.found || opening.text)) return opening;
  const subject = setOffNounPhrase(text, clause, verbAt);
  if (!subject) return appositiveSetOffSubject(ctx, p, text, clause, verbAt) ?? conjoinedSetOffSubject(text, clause, verbAt);
  // "The first sight of him is his head on a $100 bill, calling them …": after a copula and its complement, the complement does.
  if (subject && COPULA_COMPLEMENT_RE.test(text.slice(subject.start + subject.text.length, verbAt))) return null;
  return subject;
}

/** A connective set off after an opening adverbial: "however, ", "though, ". */
const SET_OFF_CONNECTIVE_RE = /^(?:however|though|too|meanwhile|then),\s+/u;

/** A copula, then a noun phrase: the clause's complement, not its subject, is what a participle after it describes. */
const COPULA_COMPLEMENT_RE = /^\s+(?:is|are|was|were)\s+(?:the|a|an|his|her|their|its|our|my|one)\s/iu;

/**
 * More adverbials opening a sentence before a set-off participle's clause: "Shortly after the vote, ", "The next month, ",
 * "Chastened by the polls, as well as by the costs, ".
 */
const SET_OFF_ADVERBIAL_RE = /^\s*(?:\p{Lu}\p{Ll}+(?:ly|ed)\s|(?:The|That|A|One)\s+(?:next|following|same|previous|day|week|month|year)\b)[^,;:"“”]{0,80},(?:\s+(?:as well as|and|or)\s[^,;:"“”]{1,60},)?\s+/u;

/**
 * An adverbial opening a sentence, then its comma: "During the debate, ", "Walking to the car, ", "In Ohio, ", after
 * "But" or "And" and a measure of time ("But just before the vote, ", "Hours after the attack, "), and up to two more
 * adverbials set off after it ("On Thursday, after weeks of silence, ").
 */
const OPENING_ADVERBIAL_RE = /^\s*(?:(?:But|And|Yet)\s+)?(?:(?:[Jj]ust|[Ss]hortly|[Ss]oon|[Ll]ong|[Ee]ven|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Mm]inutes|[Mm]oments|[Yy]ears)\s+)?(?:(?:In|On|At|During|After|Before|Since|Over|Earlier|Later|Last|This|For|Through|Throughout|Without|With|Despite|Until|Like|Unlike|Once|As|When|While|in|on|at|during|after|before|since|when|while)\s|\p{Lu}\p{Ll}+ing\s)[^,;:"“”]{0,80},\s+(?:(?:after|before|during|since|despite|amid|following|in|on|at|when|while|without)\s[^,;:"“”]{0,80},\s+){0,2}/u;

/**
 * An adverbial opening a sentence closed by a relative clause set off by dashes instead of a comma: "In a speech from
 * Ohio -- which votes on Saturday -- ", "At the rally — where Holt spoke first — ".
 */
const OPENING_DASH_ADVERBIAL_RE = /^\s*(?:(?:But|And|Yet)\s+)?(?:In|On|At|During|After|Before|Since|Over|Earlier|Later|Last|This|For|Through|Throughout|Despite|Until)\s[^,;:"“”—–]{0,80}?\s(?:--|[—–])\s(?:which|where|who|when|whose)\s[^,;:"“”—–]{1,120}?\s(?:--|[—–])\s+/u;

/** A relative word opening a clause inside a subject ("officials who …", "Holt, whose …"). */
const RELATIVE_WORD_RE = /\b(?:who|whom|whose|which|that)\b/iu;

/** What `subjectHost` reads of an attribution: where its clause opens, where its cue stands. */
export interface ClauseSpan {
  clauseAt: number;
  cue: { at: number; end: number; phraseStart: number };
}

/**
 * The attribution whose subject holds `d` in a relative clause ("Farmers who have praised the levy warned that …",
 * "Holt, a clerk who opposed the merger, argued …"): its clause opens before `d`'s cue with a relative word between,
 * and its verb (`isVerb`) stands inside `d`'s content, after `d`'s cue. `d`'s content then ends before that verb,
 * and the relative word stands for that subject.
 */
export function subjectHost<T extends ClauseSpan>(text: string, drafts: readonly T[], d: ClauseSpan, content: Range, isVerb: (n: T) => boolean): T | undefined {
  return drafts.find(
    (n) =>
      n !== d &&
      isVerb(n) &&
      n.clauseAt < d.cue.phraseStart &&
      n.cue.at > d.cue.end &&
      n.cue.phraseStart > content.start &&
      n.cue.phraseStart < content.end &&
      RELATIVE_WORD_RE.test(text.slice(n.clauseAt, d.cue.phraseStart)),
  );
}
