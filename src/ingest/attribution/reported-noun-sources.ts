/**
 * Two nominal cue shapes reported-nominal.ts and reported-noun-clauses.ts leave out:
 * - an intention noun after a possessive, then an infinitive: `Mr. Holt's decision not to run`, `the mayor's
 *   desire to cut taxes`, `its refusal to testify`, `Reyes's pledge last month to resign`. The possessor (a name, a
 *   lower-case noun phrase or a possessive pronoun) is the source; the infinitive, "not" included, the content;
 * - a noun whose source follows it after "by" or "from", then a "that" clause or (for an intention noun) an
 *   infinitive: `claims by state auditors that …`, `a demand, by the speaker, that …`, `criticism from rivals that
 *   …`, `the decision by the board to close …`, `warnings from doctors about the virus`. The object of "by"/"from" is
 *   the source, the clause or topic the content.
 * The nouns are listed in `lexicon/noun-source-cues.json`. Pure; no I/O; each scan is bounded by its sentence and
 * every look-back by a fixed number of characters.
 */
import { alternation } from '../lexicon';
import cues from '../lexicon/noun-source-cues.json';
import type { Range } from '../text';
import { firstMentionFrom } from './context';
import type { Cue } from './reported-content';
import { type NominalDraft, NOMINAL_NOUNS, TIME as NOMINAL_TIME, complementOf, possessorBack, possessorSubject, takesPreposition } from './reported-nominal';
import type { FoundSource, ReportedContext } from './reported-sources';
import { lastLetterRuns } from './word-presence';
import { holdsRunIn } from './sentence-runs';

const INTENTION = alternation(cues.intention.map((e) => e.noun));
const CLAIM = alternation([...new Set([...cues.intention.map((e) => e.noun), ...cues.claim.map((e) => e.noun)])]);
const INTENTION_SET: ReadonlySet<string> = new Set(cues.intention.map((e) => e.noun));
const CLAIM_SET: ReadonlySet<string> = new Set(cues.claim.map((e) => e.noun));
const NOUN_WORDS = lastLetterRuns([...cues.intention.map((e) => e.noun), ...cues.claim.map((e) => e.noun)]);
/** What follows a listed noun in either shape, for the cheap test most sentences fail. */
const AFTER_NOUN_RE = /,?\s+(?:to|not|by|from|last|this|earlier|in)\s/iuy;

/** A time phrase between the noun and its infinitive ("last month", "in 2014"). */
const TIME = `(?:\\s+(?:(?:last|this|earlier\\s+this)\\s+(?:week|month|year|spring|summer|fall|winter|\\p{Lu}\\p{Ll}+)|in\\s+\\d{4}|earlier))?`;
/** An intention noun, a time phrase, "not", "to" and an infinitive's verb (no determiner or pronoun after "to"). */
const INTENTION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(${INTENTION})${TIME}\\s+(not\\s+)?to\\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|him|them|us|me|it|be)\\b)\\p{Ll}`,
  'gu',
);
/** A word before the noun that may modify it: no preposition, conjunction, auxiliary or verb form in -ing/-ed before a noun's possessive. */
const MODIFIER = `(?!(?:of|in|on|for|with|to|from|by|at|about|and|or|is|was|are|were|has|have|had|that|than|not)\\s)[\\p{Ll}-]+\\s+`;
/**
 * Right before the noun: a name's possessive ("Mr. Holt's", "Reyes'"), a lower-case noun phrase's ("the mayor's",
 * "his party's") or a possessive pronoun, then up to two modifiers. No contraction ("it's", "that's").
 */
const POSSESSOR_RE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}.’'-])((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*)['’]s?|(?<![\\p{L}\\p{N}’'-])((?:(?:the|a|an|his|her|their|its|our)\\s+(?:${MODIFIER}){0,2}?)?(?!(?:it|that|there|he|she|who|what|here|where|let|how|this|one|everyone|someone|nobody)['’])[\\p{Ll}-]+(?:['’]s|s['’]))|(?<![\\p{L}\\p{N}’'-])(his|her|their|its|His|Her|Their|Its))\\s+((?:${MODIFIER}){0,2})$`,
  'u',
);
/** A capitalized word that is no name's possessive by itself ("That's", "It's"). */
const NOT_NAME_RE = /^(?:The|A|An|This|That|In|On|At|For|By|But|And|It|He|She|There|What|Here|Let|Who|Where)$/u;
/** A capitalized word opening the sentence before a name ("But Holt's decision", "In Holt's view"). */
const OPENING_RE = /^(?:The|A|An|This|That|In|On|At|For|By|But|And|Yet|So|Still|Now|Then|With|After|Since|Despite|Given|As|If|When|While)\s+/u;

/** A noun, "by" or "from" (commas around an aside allowed), their object, an aside, then "that", "(not) to", "about" or "over". */
const BY_FROM_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(${CLAIM})(,?\\s+(?:by|from)\\s+)((?:(?!(?:that|to|who|which|and|or|in|on|for|of|with|at|about|over|is|was|are|were|has|have|had|not)\\s)[\\p{L}\\p{N}.’'-]+\\s+){0,5}?[\\p{L}\\p{N}.’'-]+)((?:,\\s+[^,.;:]{1,60},)?)(,?)\\s+(that|not\\s+to|to|about|over)\\s+`,
  'gu',
);
/** ", and his …", " and the …": where an infinitive's clause gives way to a coordinated noun phrase. */
const NEXT_PHRASE_RE = /,?\s+(?:and|but)\s+(?:his|her|their|its|the)\s/u;
/** After "that": a verb or an auxiliary makes it a relative pronoun ("claims from donors that were filed"). */
const RELATIVE_THAT_RE = /^(?:is|was|are|were|has|have|had|would|could|will|can|may|might|should|must|did|do|does|been|be|\p{Ll}+ed)\b/u;
/** After "to": an infinitive's verb, not a determiner, a pronoun or a name ("calls from donors to the campaign"). */
const INFINITIVE_RE = /^(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|him|them|us|me|it|be)\b)\p{Ll}/u;

/** The possessive intention nouns and the "by"/"from" sourced nouns of a sentence. */
export function nounSourceCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): NominalDraft[] {
  const out: NominalDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  // Every shape but the colon's holds a listed noun before one of a few words; a possessive needs an apostrophe.
  const apostrophe = /['’]/u.test(slice);
  possessedCues(ctx, p, text, sentence, slice, apostrophe, outside, out);
  if (!holdsRunIn(slice, NOUN_WORDS, AFTER_NOUN_RE)) return out;
  for (const m of apostrophe || /\b(?:his|her|their|its)\s/iu.test(slice) ? slice.matchAll(INTENTION_RE) : []) {
    if (out.length >= 4) break;
    const nounAt = sentence.start + m.index;
    if (!outside(nounAt)) continue;
    const possessor = possessorBefore(text, sentence, nounAt);
    if (!possessor) continue;
    const { at, lead } = possessor;
    // "his campaign hopes to win": after a modifier a plural noun may be the verb of the phrase before it.
    if (lead[4] !== '' && /s$/u.test(m[1]) && !/^(?:calls|demands|plans|pledges|promises|threats|vows|decisions)$/u.test(m[1])) continue;
    const toAt = nounAt + m[0].lastIndexOf('to ');
    const content = complementOf(text, sentence, toAt + 3, 'to');
    if (!content) continue;
    if (m[2] !== undefined) content.start = nounAt + m[0].lastIndexOf(m[2]);
    // "decision to read a text and his mispronunciations …": a possessive or determiner after "and" opens another noun phrase.
    const next = NEXT_PHRASE_RE.exec(text.slice(content.start, content.end));
    if (next) content.end = content.start + next.index;
    const cue: Cue = { at: nounAt, end: nounAt + m[1].length, word: m[1], phrase: m[1], phraseStart: nounAt };
    out.push({ ...possessorSource(ctx, p, text, sentence, at, lead), content, cue, clauseAt: at });
  }
  for (const m of slice.matchAll(BY_FROM_RE)) {
    if (out.length >= 6) break;
    const nounAt = sentence.start + m.index;
    const from = nounAt + m[0].length;
    // "a demand, by the speaker, that …": a comma after the object closes one before "by" or "from", and only that.
    if (m[5] !== '' && !m[2].startsWith(',')) continue;
    const word = m[6].toLowerCase();
    const after = text.slice(from, from + 14);
    // "that" must open a clause, "to" an infinitive after an intention noun; "about"/"over" a topic after one voiced.
    const infinitive = word === 'to' || word.startsWith('not');
    if (!outside(nounAt) || (word === 'that' && RELATIVE_THAT_RE.test(after)) || (infinitive && (!INTENTION_SET.has(m[1]) || !INFINITIVE_RE.test(after)))) continue;
    if (!infinitive && word !== 'that' && !CLAIM_SET.has(m[1])) continue;
    const content = complementOf(text, sentence, from, infinitive ? 'to' : word);
    if (!content) continue;
    if (word.startsWith('not')) content.start = from - m[6].length - 1;
    const sourceAt = nounAt + m[1].length + m[2].length;
    const entity = ctx.speakerStartingAt(p, sourceAt);
    const source: FoundSource | null = entity ? { speaker: entity.speaker, method: 'by-object', confidence: 0.7 * entity.confidence } : null;
    const cue: Cue = { at: nounAt, end: nounAt + m[1].length, word: m[1], phrase: text.slice(nounAt, sourceAt).trim(), phraseStart: nounAt };
    out.push({ content, cue, source, sourceText: source ? null : m[3], sourceAt, clauseAt: nounAt });
  }
  return out;
}

/** "Their argument: …", "Carrier's message: …": a listed noun right before a colon that opens no quotation. */
const COLON_RE = new RegExp(`(?<![\\p{L}\\p{N}’'-])(${alternation(cues.colon.map((e) => e.noun))}):\\s+(?!["“'‘])`, 'gu');
/**
 * "the union's support for …", "the judges' statement that …", "voters' worries about …": a nominal cue of
 * reported-nominal.ts (its listed, stance and own-preposition nouns), a time phrase and its complement's opening word.
 */
const PREPOSITION_RE = new RegExp(`(?<![\\p{L}\\p{N}’'-])(${alternation(NOMINAL_NOUNS)})${NOMINAL_TIME}\\s+(for|of|on|about|against|to|that|in)\\s+`, 'gu');
const NOMINAL_WORDS = lastLetterRuns(NOMINAL_NOUNS);

/**
 * Two possessive shapes: a noun before a colon, after any possessive (`Their argument: only a new Senate can act`),
 * the text after the colon its content; and a nominal cue of reported-nominal.ts (which reads names' and pronouns'
 * possessives) after a lower-case noun phrase's (`the union's support for the levy`), its complement the content.
 */
function possessedCues(ctx: ReportedContext, p: number, text: string, sentence: Range, slice: string, apostrophe: boolean, outside: (i: number) => boolean, out: NominalDraft[]): void {
  const add = (nounAt: number, noun: string, from: number, word: string, lower: boolean): void => {
    const possessor = outside(nounAt) ? possessorBefore(text, sentence, nounAt) : null;
    if (!possessor || (lower && possessor.lead[2] === undefined)) return;
    const content = complementOf(text, sentence, from, word);
    if (!content) return;
    const cue: Cue = { at: nounAt, end: nounAt + noun.length, word: noun, phrase: text.slice(nounAt, from).trim(), phraseStart: nounAt };
    out.push({ ...possessorSource(ctx, p, text, sentence, possessor.at, possessor.lead), content, cue, clauseAt: possessor.at });
  };
  for (const m of slice.includes(':') ? slice.matchAll(COLON_RE) : []) {
    if (out.length >= 2) break;
    add(sentence.start + m.index, m[1], sentence.start + m.index + m[0].length, 'that', false);
  }
  for (const m of apostrophe && holdsRunIn(slice, NOMINAL_WORDS) ? slice.matchAll(PREPOSITION_RE) : []) {
    if (out.length >= 4) break;
    const from = sentence.start + m.index + m[0].length;
    // An intention noun's infinitive is read by nounSourceCues.
    if (m[2] === 'to' && INTENTION_SET.has(m[1]) && INFINITIVE_RE.test(text.slice(from, from + 12))) continue;
    // A stance noun only before its own preposition; "that" opening a relative clause ("the plan that was filed") is no content.
    if (!takesPreposition(m[1], m[2]) || (m[2] === 'that' && RELATIVE_THAT_RE.test(text.slice(from, from + 14)))) continue;
    add(sentence.start + m.index, m[1], from, m[2], true);
  }
}

/** The possessive right before a noun (a clause's capitalized opening word left out: "But Holt's decision"), or null. */
function possessorBefore(text: string, sentence: Range, nounAt: number): { at: number; lead: RegExpExecArray } | null {
  const leadStart = Math.max(sentence.start, nounAt - 100);
  const lead = POSSESSOR_RE.exec(text.slice(leadStart, nounAt));
  if (!lead || (lead[1] !== undefined && NOT_NAME_RE.test(lead[1]))) return null;
  const opening = lead[1] !== undefined ? OPENING_RE.exec(lead[1]) : null;
  if (opening) lead[1] = lead[1].slice(opening[0].length);
  return { at: leadStart + lead.index + (opening?.[0].length ?? 0), lead };
}

/** Whose intention it is: the entity whose mention ends at a name's possessive, the pronoun's referent, or the phrase as written. */
function possessorSource(ctx: ReportedContext, p: number, text: string, sentence: Range, at: number, lead: RegExpExecArray): Pick<NominalDraft, 'source' | 'sourceText' | 'sourceAt'> {
  if (lead[3] !== undefined) {
    const pronoun = lead[3].toLowerCase();
    // "its decision": any subject before a verb group; "his"/"her": a person of that gender, else the look-back.
    const subject = possessorSubject(ctx, p, text, sentence, at, pronoun === 'its' ? 'their' : pronoun) ?? possessorBack(ctx, p, at, pronoun);
    return subject ? { source: subject.found, sourceText: subject.text, sourceAt: subject.start } : { source: null, sourceText: lead[3], sourceAt: at };
  }
  const phrase = (lead[1] ?? lead[2]).replace(/['’]s?$/u, '');
  const end = at + phrase.length;
  const list = ctx.mentions[p];
  for (let k = firstMentionFrom(list, at); k < list.length && list[k].start < end; k++) {
    if (list[k].end === end) return { source: { speaker: { type: list[k].type, index: list[k].entity }, method: 'possessive', confidence: 0.75 * list[k].confidence }, sourceText: null, sourceAt: at };
  }
  const entity = ctx.speakerStartingAt(p, at);
  if (entity && entity.end <= end + 2) return { source: { speaker: entity.speaker, method: 'possessive', confidence: 0.75 * entity.confidence }, sourceText: null, sourceAt: at };
  return { source: null, sourceText: phrase, sourceAt: at };
}
