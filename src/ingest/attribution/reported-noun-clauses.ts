/**
 * Nominal cues whose complement is a "that" clause, in four shapes the possessive and prepositional patterns of
 * reported-nominal.ts leave out:
 * - the noun as a copula's subject: `Rubio's answer was that …`, `Their fear is that …`, `One view is that …`,
 *   `His message has long been: …` (the possessor is the source; after a determiner there is none in the phrase);
 * - the noun after a verb that voices it: `Holt made the case that …`, `has been pressing the argument that …`,
 *   `raised concern that …` (the verb's subject is the source);
 * - a noun with no determiner: `despite complaints that …`, `and rumors that …` (no source in the phrase);
 * - a noun after a possessive noun phrase in lower case: `the nonprofit's assurances that …`, `budget hawks' warnings
 *   that …` (the possessor is the source; reported-nominal.ts reads names' possessives).
 * Nouns and verbs are listed in `lexicon/noun-clause-cues.json`. Pure; no I/O; bounded by its sentence.
 */
import { alternation } from '../lexicon';
import cues from '../lexicon/noun-clause-cues.json';
import type { Range } from '../text';
import { firstMentionFrom } from './context';
import type { Cue } from './reported-content';
import { type NominalDraft, complementOf, possessorBack } from './reported-nominal';
import { type FoundSource, type ReportedContext, sourceBefore } from './reported-sources';
import { lastLetterRuns } from './word-presence';
import { holdsRunIn } from './sentence-runs';

const COPULA_NOUNS = alternation(cues.copula);
const BARE_NOUNS = alternation(cues.bare);
const VOICING = alternation(cues.voicing);
const VOICED_NOUNS = alternation(cues.voiced);
const POSSESSED_NOUNS = alternation(new Set([...cues.copula, ...cues.bare, ...cues.voiced]));
/** Every listed noun, for the cheap test most sentences fail. */
const NOUN_WORDS = lastLetterRuns([...cues.copula, ...cues.copula.map((n) => `${n}s`), ...cues.bare, ...cues.voiced]);
/** What follows a listed noun in every shape: a copula, "that" or a colon. */
const AFTER_NOUN_RE = /\s+(?:that\s|is\s|was\s|are\s|were\s|has\s|had\s|have\s|remains\s|remained\s)/iuy;

/** "answer was that", "message has long been:": the noun, the copula, "that" or a colon. */
const COPULA_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])((?:${COPULA_NOUNS})s?)\\s+((?:has\\s+(?:long\\s+|always\\s+)?been|had\\s+been|have\\s+been|is|was|are|were|remains|remained)\\s+(?:simply\\s+)?)(?:that\\s+|:\\s*)`,
  'gu',
);
/** A word before the noun that may modify it: no preposition, conjunction or verb of a clause ("the problem with his argument"). */
const MODIFIER = `(?!(?:of|in|on|for|with|to|from|by|at|about|and|or|is|was|that|than)\\s)[\\p{Ll}-]+\\s+`;
/** Before a copula's noun: a name's possessive, a possessive pronoun or a determiner, up to two modifiers. */
const COPULA_LEAD_RE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}.’'-])((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*)['’]s?|(?<![\\p{L}\\p{N}’'-])([Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)|(?<![\\p{L}\\p{N}’'-])([Tt]he|[Oo]ne|[Aa]nother|[Aa]n?))\\s+((?:${MODIFIER}){0,2})$`,
  'u',
);
/** Where a copula's subject may open: the sentence, a clause mark, a conjunction or a sentence adverb. */
const CLAUSE_OPENING_RE = /(?:^\s*["“]?|[,;:—–(“"]\s*|(?:^|\s)(?:and|but|or|so|because|while|although|though|since|as|yet|perhaps|still|indeed|instead|now|then|also|even|if|when|where|whereas|that)\s+)$/iu;
/** Words a name's first word may be that open the sentence instead ("Perhaps Mr. Holt's …"). */
const OPENING_WORD_RE = /^(?:But|And|Or|So|Yet|Perhaps|Still|Indeed|Instead|Now|Then|Also|Even|If|When|While|Because|Although|Though|Since|As)\s+/u;

/** "made the case that", "raised concern that", "expressed similar doubts that": a voicing verb, its noun and "that". */
const VOICED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(${VOICING})\\s+(?:(the|a|an)\\s+)?((?:${MODIFIER}){0,2}?)(${VOICED_NOUNS}|${BARE_NOUNS})\\s+that\\s+`,
  'giu',
);
/** A noun a voicing verb takes with no determiner: a plural, or one listed as read bare ("concern"). */
const UNDETERMINED_RE = new RegExp(`^(?:${BARE_NOUNS})$|s$`, 'iu');
/** "complaints that", "rumors that": a listed noun that is no verb form, then "that". */
const BARE_RE = new RegExp(`(?<![\\p{L}\\p{N}’'-])(${BARE_NOUNS})\\s+that\\s+`, 'giu');
/** "assurances that", "warnings that": a noun a possessive may stand before, then "that". */
const POSSESSED_RE = new RegExp(`(?<![\\p{L}\\p{N}’'-])(${POSSESSED_NOUNS})\\s+that\\s+`, 'gu');
/**
 * Before it: a lower-case possessive noun phrase ("the nonprofit's", "budget hawks'"), up to two modifiers; no
 * contraction ("it's", "that's"), no verb form before a plural's possessive ("belying landlords'") and no determiner after
 * the possessive.
 */
const LOWER_POSSESSOR_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])((?:(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?|(?:(?!(?:a|an|the|on|in|of|for|to|at|by|from|with|about|over|and|or|but|is|was|are|were)\\s|\\p{Ll}+(?:ing|ed)\\s)[\\p{Ll}-]+\\s+)?)(?!(?:it|that|there|he|she|who|what|here|where|let|how|this|one|everyone|someone|nobody)['’])[\\p{Ll}-]+(?:['’]s|s['’]))\\s+((?:(?!(?:a|an|the)\\s)${MODIFIER}){0,2})$`,
  'u',
);
/** Before a bare noun: a possessive or a determiner, up to one modifier between (read by other patterns, or none). */
const DETERMINED_RE =
  /(?:['’]s?|(?:^|[^\p{L}])(?:his|her|their|its|my|our|your|the|a|an|this|that|these|those|no|any|each|every|such|growing|widespread|repeated|new|recent))\s+(?:[\p{Ll}-]+\s+)?$/iu;
/**
 * A preposition a verb takes right before a bare noun or its modifiers ("responded to accusations that", "bristled at
 * suggestions that"): the verb reports, and the noun phrase is its content, not an attribution of its own. After
 * "kind of" the "that" opens a relative clause ("the kind of speculation that the race has generated").
 */
export const VERB_PREPOSITION_RE = /(?:^|[^\p{L}])(?:(?:to|at|on|against|with)\s+(?:[\p{Ll}-]+,?\s+){0,2}|(?:kind|sort|type)s?\s+of\s+(?:[\p{Ll}-]+,?\s+){0,4})$/iu;
/** Capitalized words right before a bare noun ("Republican criticism that", "GOP complaints that"): whose it is. */
const HOLDER_BEFORE_RE = /(?<![\p{L}\p{N}.’'-])((?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*)\s+$/u;
/** A voicing verb right before a bare noun or its modifiers: VOICED_RE reads it. */
const VOICING_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${VOICING})\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`, 'iu');
/** After "that": a verb or an auxiliary makes it a relative pronoun ("complaints that were filed"), not a clause's opening. */
export const RELATIVE_THAT_RE = /^(?:is|was|are|were|has|have|had|would|could|will|can|may|might|should|must|did|do|does|been|be|\p{Ll}+ed)\b/u;
/** A negation before a voicing verb: "did not make the case that" voices nothing. */
const NEGATION_RE = /\b(?:not|never)\b|n[’']t\b/iu;
/** Auxiliaries, adverbs and an infinitive's verb before a voicing verb ("has also", "tried to"): the subject stands before them. */
const VERB_LEAD_RE = /(?<![\p{L}’'-])(?:(?:has|have|had|is|was|are|were|been|be|will|would|could|should|may|might|must|can|also|again|repeatedly|already|still|now|just|\p{Ll}+ly)\s+|\p{Ll}+\s+to\s+)+$/u;

/** The copular, voiced and bare nominal cues of a sentence. */
export function nounClauseCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): NominalDraft[] {
  const out: NominalDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!holdsRunIn(slice, NOUN_WORDS, AFTER_NOUN_RE)) return out;
  for (const m of slice.matchAll(COPULA_RE)) {
    if (out.length >= 4) break;
    const draft = copular(ctx, p, text, sentence, sentence.start + m.index, m);
    if (draft && outside(draft.sourceAt)) out.push(draft);
  }
  for (const m of slice.matchAll(VOICED_RE)) {
    if (out.length >= 4) break;
    const verbAt = sentence.start + m.index;
    const from = verbAt + m[0].length;
    // Without a determiner only a plural or a noun read bare is taken ("raised concern that", not "made point that").
    if (!outside(verbAt) || RELATIVE_THAT_RE.test(text.slice(from, from + 12)) || (m[2] === undefined && !UNDETERMINED_RE.test(m[4]))) continue;
    const lead = text.slice(Math.max(sentence.start, verbAt - 60), verbAt);
    if (NEGATION_RE.test(lead)) continue;
    const content = complementOf(text, sentence, from, 'that');
    if (!content) continue;
    const nounStart = verbAt + m[0].lastIndexOf(m[4]);
    const groupAt = verbAt - (VERB_LEAD_RE.exec(lead)?.[0].length ?? 0);
    const subject = sourceBefore(ctx, p, text, sentence, groupAt);
    const cue: Cue = { at: nounStart, end: nounStart + m[4].length, word: m[4].toLowerCase(), phrase: text.slice(verbAt, nounStart + m[4].length), phraseStart: verbAt };
    out.push({ content, cue, source: subject?.found ?? null, sourceText: subject?.text ?? null, sourceAt: subject?.start ?? verbAt, clauseAt: subject?.start ?? verbAt });
  }
  for (const m of slice.matchAll(BARE_RE)) {
    if (out.length >= 4) break;
    const nounAt = sentence.start + m.index;
    const from = nounAt + m[0].length;
    const lead = text.slice(Math.max(sentence.start, nounAt - 60), nounAt);
    // Opening the sentence the noun is a subject, and where its clause ends is not seen ("Complaints that … reached the board").
    if (!outside(nounAt) || !/[\p{L}\p{N}]/u.test(lead) || DETERMINED_RE.test(lead) || VOICING_BEFORE_RE.test(lead) || VERB_PREPOSITION_RE.test(lead) || RELATIVE_THAT_RE.test(text.slice(from, from + 12))) continue;
    const content = complementOf(text, sentence, from, 'that');
    if (!content) continue;
    const cue: Cue = { at: nounAt, end: nounAt + m[1].length, word: m[1].toLowerCase(), phrase: m[1], phraseStart: nounAt };
    // "Republican criticism that …": a capitalized modifier (not the sentence's first word) says whose; else no source.
    const holder = HOLDER_BEFORE_RE.exec(lead);
    const holderAt = holder ? nounAt - holder[0].length : nounAt;
    const named = holder && /\S/u.test(text.slice(sentence.start, holderAt)) && !OPENING_WORD_RE.test(`${holder[1]} `) ? holder[1] : null;
    const entity = named ? ctx.speakerStartingAt(p, holderAt) : null;
    const source: FoundSource | null = entity ? { speaker: entity.speaker, method: 'possessive', confidence: 0.75 * entity.confidence } : null;
    out.push({ content, cue, source, sourceText: source ? null : named, sourceAt: named ? holderAt : nounAt });
  }
  for (const m of /['’]/u.test(slice) ? slice.matchAll(POSSESSED_RE) : []) {
    if (out.length >= 4) break;
    const nounAt = sentence.start + m.index;
    const from = nounAt + m[0].length;
    const leadStart = Math.max(sentence.start, nounAt - 80);
    const lead = LOWER_POSSESSOR_RE.exec(text.slice(leadStart, nounAt));
    if (!lead || !outside(nounAt) || RELATIVE_THAT_RE.test(text.slice(from, from + 12))) continue;
    const content = complementOf(text, sentence, from, 'that');
    if (!content) continue;
    const at = leadStart + lead.index;
    const entity = ctx.speakerStartingAt(p, at);
    const source: FoundSource | null = entity ? { speaker: entity.speaker, method: 'possessive', confidence: 0.75 * entity.confidence } : null;
    const cue: Cue = { at: nounAt, end: nounAt + m[1].length, word: m[1], phrase: m[1], phraseStart: nounAt };
    out.push({ content, cue, source, sourceText: source ? null : lead[1].replace(/['’]s?$/u, ''), sourceAt: at, clauseAt: at });
  }
  return out;
}

/** "Rubio's answer was that …": the noun's possessor (or determiner) before it, the clause after the copula. */
function copular(ctx: ReportedContext, p: number, text: string, sentence: Range, nounAt: number, m: RegExpMatchArray): NominalDraft | null {
  const leadStart = Math.max(sentence.start, nounAt - 120);
  const lead = COPULA_LEAD_RE.exec(text.slice(leadStart, nounAt));
  if (!lead) return null;
  const at = leadStart + lead.index;
  if (!CLAUSE_OPENING_RE.test(text.slice(Math.max(sentence.start, at - 40), at)) && at !== sentence.start) return null;
  const from = nounAt + m[0].length;
  const content = complementOf(text, sentence, from, 'that');
  if (!content) return null;
  const afterNoun = m[0].slice(m[1].length);
  const copulaEnd = nounAt + m[1].length + (afterNoun.length - afterNoun.trimStart().length) + m[2].trimEnd().length;
  const cue: Cue = { at: nounAt, end: nounAt + m[1].length, word: m[1].toLowerCase(), phrase: text.slice(nounAt, copulaEnd), phraseStart: nounAt };
  if (lead[3] !== undefined) return { content, cue, source: null, sourceText: null, sourceAt: nounAt, clauseAt: at };
  if (lead[2] !== undefined) {
    const pronoun = lead[2].toLowerCase();
    const back = pronoun === 'his' || pronoun === 'her' ? possessorBack(ctx, p, at, pronoun) : null;
    return { content, cue, source: back?.found ?? null, sourceText: back ? null : lead[2], sourceAt: at, clauseAt: at };
  }
  // A name's possessive: the entity whose mention ends right before "'s", else the name as written.
  const name = lead[1];
  const nameEnd = at + name.length;
  const list = ctx.mentions[p];
  let source: FoundSource | null = null;
  for (let k = firstMentionFrom(list, at); k < list.length && list[k].start < nameEnd; k++) {
    if (list[k].end === nameEnd) source = { speaker: { type: list[k].type, index: list[k].entity }, method: 'possessive', confidence: 0.75 * list[k].confidence };
  }
  const opening = OPENING_WORD_RE.exec(name)?.[0].length ?? 0;
  if (!source && /^(?:The|A|An|This|That|In|On|At|For|By)$/u.test(name)) return null;
  return { content, cue, source, sourceText: source ? null : name.slice(opening), sourceAt: at + opening, clauseAt: at };
}
