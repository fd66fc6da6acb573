/**
 * Nominal reporting cues after a named possessor: "Trump's call for a wall",
 * "Lavrov's claim that …", "the union's support for the bill", "Ortiz's
 * decision to resign". The possessor is the source; the content is what the
 * preposition, "that" or "to" introduces: to the end of its clause for a
 * clause, to the first comma or auxiliary of the main clause otherwise. Pure; no I/O; bounded by its sentence.
 */
import { alternation } from '../lexicon';
import bareNominal from '../lexicon/bare-nominal-prepositions.json';
import receivingVerbs from '../lexicon/receiving-verbs.json';
import nominalNouns from '../lexicon/nominal-cues.json';
import ownPrepositions from '../lexicon/nominal-own-prepositions.json';
import sourceCues from '../lexicon/noun-source-cues.json';
import type { Range } from '../text';
import { lastLetterRuns } from './word-presence';
import { holdsRunIn } from './sentence-runs';
import { firstMentionFrom } from './context';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import { complementEndIn } from './reported-extent';
import { type FoundSource, type ReportedContext, type SourceFound, sourceBefore } from './reported-sources';
import { receivedCues } from './reported-received';

export interface NominalDraft {
  content: Range;
  cue: Cue;
  source: FoundSource | null;
  sourceText: string | null;
  sourceAt: number;
  /** Where the attribution's clause begins when not at its source: the noun phrase of a cue whose source is a verb's subject. */
  clauseAt?: number;
}

/** The listed nominal cues and the stance nouns read the same way ("doubts about", "frustration over" is not read: no "over"). */
/** Stance nouns read only before their own preposition ("hopes of", "confidence in"): noun → that preposition. */
const OWN_PREPOSITION: ReadonlyMap<string, string> = new Map([
  ...ownPrepositions.of.map((e): [string, string] => [e.noun, 'of']),
  ...ownPrepositions.in.map((e): [string, string] => [e.noun, 'in']),
]);
/** Whether a noun takes a preposition as its complement's opening: its own for those listed; "in" for none other. */
export const takesPreposition = (noun: string, prep: string): boolean => OWN_PREPOSITION.get(noun.toLowerCase()) === prep || (!OWN_PREPOSITION.has(noun.toLowerCase()) && prep !== 'in');
export const NOMINAL_NOUNS = [...nominalNouns, ...sourceCues.stance.map((e) => e.noun), ...OWN_PREPOSITION.keys()];
const NOUNS = alternation(NOMINAL_NOUNS);
const NOUN_WORDS = lastLetterRuns(NOMINAL_NOUNS);
/** A time phrase between a noun and its complement ("Lee's statement last week that", "Cole's announcement in 2014 of", "Ray's claim Monday that"). */
export const TIME = `(?:\\s+(?:(?:last|this|earlier\\s+this)\\s+(?:week|month|year|spring|summer|fall|winter)|in\\s+\\d{4}|earlier|(?:on\\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?`;
/** "Trump's call for", "the union's support for": a capitalized possessor (up to four words), the noun, its complement's opening word. */
const NOMINAL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*)['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${NOUNS})${TIME}\\s+(for|of|on|about|against|to|that|in)\\s+`,
  'gu',
);
/** "his call for", "their criticism of": a possessive pronoun (resolved later, as "he said" is), the noun, its complement's opening word. */
const PRONOUN_NOMINAL_RE = new RegExp(`(?<![\\p{L}\\p{N}])(his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${NOUNS})${TIME}\\s+(for|of|on|about|against|to|that|in)\\s+`, 'giu');
/** "calls for a recount", "new questions about the deal": a nominal cue with no possessor before its complement's preposition. */
const BARE_NOMINAL_RE = new RegExp(`(?<![\\p{L}\\p{N}’'])((?:(a|an|the|no|any|new|more|growing|fresh|sharp|harsh|public|widespread|strong)\\s+)*(?:[\\p{Ll}-]+\\s+){0,1}?)(${NOUNS})\\s+(for|of|on|about|against|to|in|not\\s+to)\\s+`, 'giu');
/** What follows a nominal cue in all three patterns: its complement's opening word (BARE_NOMINAL_RE's are among these). */
const COMPLEMENT_OPENING_RE = new RegExp(`${TIME}\\s+(?:for|of|on|about|against|to|that|in|not\\s+to)\\s`, 'iuy');
const OF_NOUNS: ReadonlySet<string> = new Set(bareNominal.of);
const TO_NOUNS: ReadonlySet<string> = new Set(bareNominal.to);
const TO_INFINITIVE_NOUNS: ReadonlySet<string> = new Set(bareNominal['to-infinitive']);
/** One to three lower-case words right before a bare nominal cue: a verb and its auxiliaries or adverbs ("has renewed"). */
const VERB_BEFORE_RE = /(?:^|\s)((?:\p{Ll}+\s+){1,3})$/u;
/** Up to five lower-case words right before a bare nominal cue, read for a determiner among them. */
const WORDS_BEFORE_RE = /(?:^|\s)((?:\p{Ll}+\s+){1,5})$/u;
/** A determiner: the words after it are a subject's noun phrase up to its verb ("The city council heard"). */
const DETERMINER_RE = /^(?:the|a|an|this|these|those|its|their|his|her|our|my|your|each|every)$/iu;
/** A determiner, capitalized or not, right before those words. */
const DETERMINER_END_RE = /(?:^|[^\p{L}])(?:the|a|an|this|these|those|its|their|his|her|our|my|your|each|every)\s+$/iu;
/** Verbs whose subject takes in what the noun names rather than voicing it ("heard concerns about", "received complaints about"). */
const RECEIVING: ReadonlySet<string> = new Set(receivingVerbs.filter((w) => !w.startsWith('_')));
/** What before a noun with no determiner makes it a verb: a name, a pronoun, a relative pronoun, a modal or "to". */
const SUBJECT_BEFORE_RE = /(?:^|[^\p{L}])(?:\p{Lu}[\p{L}.’'-]*|he|she|it|they|we|i|you|who|that|which|will|would|could|should|may|might|must|can|to|not|also|does|did|do)\s+$/u;
/** Words that make the noun phrase no verb's object: prepositions, conjunctions, a copula. */
const NOT_VERBS_RE = /\b(?:in|of|for|to|with|amid|despite|by|about|on|at|from|after|before|over|under|against|into|than|as|and|or|but|is|was|are|were|be|been|there|that|which|who|because|while|since|he|she|it|they|we|i|you|this|these|those)\b/u;
/** After "to": an infinitive's verb, not a determiner, a pronoun or a name. */
const INFINITIVE_RE = /^(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|him|them|us|me|it|be)\b)\p{Ll}/u;

/** "the claim that …", "reports that …", "left no doubt that …": a nominal cue with no possessor before a clause; the source is not in the phrase. */
const BARE_CLAUSE_NOUN_RE =
  /(?<![\p{L}\p{N}])((?:the|a|an|no|little|growing|widespread|repeated|new|recent)\s+(?:[\p{Ll}-]+\s+){0,2}?)(belief|doubt|claims?|assertions?|idea|notion|suggestions?|arguments?|allegations?|accusations?|charges?|fears?|hopes?|concerns?|perception|impression|expectations?|promises?|pledges?|warnings?|insistence|reports?|rumou?rs?|speculation|predictions?|assurances?|complaints?|criticism|denials?)\s+that\s+/giu;
/** What BARE_CLAUSE_NOUN_RE needs (most sentences lack it): "that" between spaces. */
const THAT_WORD_RE = /\sthat\s/iu;
/** Where a noun phrase complement ends: a comma, a verb or auxiliary of the main clause. */
const NP_END_RE = /[,;:—–(]|\s(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|did|does|drew|came|comes|made|makes|left|got|helped|won|cost|remains|remained|seems|seemed)\b/gu;
const CLAUSE_END_RE = /[;—–(]|,\s/gu;
/** A complement that is a clause opened by a question word ("whether the mayor will run", "how it would work"). */
const WH_CLAUSE_RE = /^(?:whether|how|why|what|where|when|who)\s/iu;

/**
 * The source a possessor names (`Lee's`, `Sen. Ruiz's`), written from `at`: the person or organization whose mention ends
 * right before "'s" (title words may stand before it), else the one a name starting there refers to; else its text.
 */
export function namedPossessor(ctx: ReportedContext, p: number, at: number, name: string): { source: FoundSource | null; sourceText: string | null } {
  const nameEnd = at + name.length;
  const list = ctx.mentions[p];
  let mention = null;
  for (let k = firstMentionFrom(list, at); k < list.length && list[k].start < nameEnd; k++) if (list[k].end === nameEnd) mention = list[k];
  const entity = mention ? { speaker: { type: mention.type, index: mention.entity }, confidence: mention.confidence } : ctx.speakerStartingAt(p, at);
  return entity ? { source: { speaker: entity.speaker, method: 'possessive', confidence: 0.75 * entity.confidence }, sourceText: null } : { source: null, sourceText: name };
}

/** The nominal attributions of a sentence. */
export function nominalCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): NominalDraft[] {
  // "Reyes drew criticism from unions": the stance is the source's, its subject what it is toward; no other reading of the noun.
  const out: NominalDraft[] = receivedCues(ctx, p, text, sentence, outside);
  const received = (i: number): boolean => out.some((d) => i >= d.cue.phraseStart && i < d.cue.end);
  const slice = text.slice(sentence.start, sentence.end);
  // The three patterns need one of the listed nouns before a preposition or "that", the first a possessive too;
  // most sentences hold none.
  const hasNoun = holdsRunIn(slice, NOUN_WORDS, COMPLEMENT_OPENING_RE);
  for (const m of hasNoun && /['’]/.test(slice) ? slice.matchAll(NOMINAL_RE) : []) {
    const at = sentence.start + m.index;
    if (!outside(at) || /^(?:The|A|An|This|That|In|On|At|For|By|But|And)$/.test(m[1]) || !takesPreposition(m[2], m[3].toLowerCase())) continue;
    const nounAt = at + m[0].lastIndexOf(m[2], m[0].length - m[3].length - 1);
    if (received(nounAt)) continue;
    const from = at + m[0].length;
    const content = complementOf(text, sentence, from, m[3]);
    if (!content) continue;
    const cue: Cue = { at: nounAt, end: nounAt + m[2].length, word: m[2].toLowerCase(), phrase: text.slice(nounAt, from).trim(), phraseStart: nounAt };
    out.push({ content, cue, ...namedPossessor(ctx, p, at, m[1]), sourceAt: at });
    if (out.length >= 4) break;
  }
  for (const m of hasNoun ? slice.matchAll(PRONOUN_NOMINAL_RE) : []) {
    const at = sentence.start + m.index;
    if (!outside(at) || out.length >= 6 || !takesPreposition(m[2], m[3].toLowerCase())) continue;
    const nounAt = at + m[0].lastIndexOf(m[2], m[0].length - m[3].length - 1);
    if (received(nounAt)) continue;
    const content = complementOf(text, sentence, at + m[0].length, m[3]);
    if (!content) continue;
    const cue: Cue = { at: nounAt, end: nounAt + m[2].length, word: m[2].toLowerCase(), phrase: text.slice(nounAt, at + m[0].length).trim(), phraseStart: nounAt };
    const subject = possessorSubject(ctx, p, text, sentence, at, m[1].toLowerCase()) ?? possessorBack(ctx, p, at, m[1].toLowerCase());
    out.push({ content, cue, source: subject?.found ?? null, sourceText: subject?.text ?? null, sourceAt: subject?.start ?? at });
  }
  for (const m of hasNoun ? slice.matchAll(BARE_NOMINAL_RE) : []) {
    const at = sentence.start + m.index;
    const nounAt = at + m[1].length;
    // After a possessive (or one as the modifier: "her criticism of") the noun is read above.
    if (!outside(at) || out.length >= 6 || received(nounAt) || /(?:['’]s?|\b(?:his|her|their|its|my|our|your))\s+$/iu.test(text.slice(sentence.start, at)) || /^(?:his|her|their|its|my|our|your)\s/iu.test(m[1])) continue;
    const from = at + m[0].length;
    // "the concerns of voters" names whose concerns; "a statement to reporters" whom it was made to.
    const noun = m[3].toLowerCase();
    // "a warning not to travel": "not" and the infinitive are the content, as "to" and it are.
    const negated = /^not\s/iu.test(m[4]);
    const prep = negated ? 'to' : m[4].toLowerCase();
    if (!takesPreposition(noun, prep) || (prep === 'of' && !OF_NOUNS.has(noun) && !OWN_PREPOSITION.has(noun)) || (prep === 'to' && (negated || !TO_NOUNS.has(noun)) && !(TO_INFINITIVE_NOUNS.has(noun) && INFINITIVE_RE.test(text.slice(from, from + 12))))) continue;
    const content = complementOf(text, sentence, from, prep);
    if (!content) continue;
    if (negated) content.start = from - m[4].length - 1;
    const cue: Cue = { at: nounAt, end: nounAt + m[3].length, word: noun, phrase: text.slice(nounAt, from).trim(), phraseStart: nounAt };
    // "Ruiz has renewed her call for …": the object of a verb is its subject's. With no determiner the words right
    // before the noun must be that verb ("renewed calls for"), never a pronoun ("she calls for": a verb itself).
    const before = m[2] === undefined ? nounAt : at;
    const lead = text.slice(Math.max(sentence.start, before - 40), before);
    // With no determiner, a subject right before makes the noun a verb ("she calls for", "Republicans plan to").
    if (m[2] === undefined && SUBJECT_BEFORE_RE.test(lead)) continue;
    const subject = objectSubject(ctx, p, text, sentence, before);
    out.push({ content, cue, source: subject?.found ?? null, sourceText: subject?.text ?? null, sourceAt: subject?.start ?? nounAt, clauseAt: at });
  }
  for (const m of THAT_WORD_RE.test(slice) ? slice.matchAll(BARE_CLAUSE_NOUN_RE) : []) {
    const at = sentence.start + m.index;
    const nounAt = at + m[1].length;
    // After a possessive the noun is read above ("Trump's claim that", "his claim that").
    if (!outside(at) || out.length >= 6 || /(?:['’]s?|\b(?:his|her|their|its|my|our|your))\s+$/iu.test(text.slice(sentence.start, at))) continue;
    const content = complementOf(text, sentence, at + m[0].length, 'that');
    if (!content) continue;
    const cue: Cue = { at: nounAt, end: nounAt + m[2].length, word: m[2].toLowerCase(), phrase: text.slice(nounAt, at + m[0].length).trim(), phraseStart: nounAt };
    out.push({ content, cue, source: null, sourceText: null, sourceAt: nounAt });
  }
  return out;
}

/**
 * "Ruiz has renewed calls for …": the subject of the verb whose object the noun phrase starting at `before` is, when
 * a verb group stands right before it. A negated verb ("did not discuss the proposal to …") makes its subject no
 * source (unless `negated` allows it: a negated verb of producing, reported-negated-objects.ts); so does a verb
 * of receiving. Null when there is none.
 */
export function objectSubject(ctx: ReportedContext, p: number, text: string, sentence: Range, before: number, negated = false): SourceFound | null {
  const lead = text.slice(Math.max(sentence.start, before - 40), before);
  const verb = verbGroupBefore(lead);
  return verb && !NOT_VERBS_RE.test(verb) && !RECEIVING.has(verb.trim().split(/\s+/).pop() ?? '') && (negated || !/\b(?:not|never)\b|n[’']t\b/u.test(lead.slice(-60)))
    ? sourceBefore(ctx, p, text, sentence, before - verb.length)
    : null;
}

/**
 * The verb group right before a bare nominal cue ("has renewed "): the lower-case words VERB_BEFORE_RE takes, or,
 * after a determiner ("The city council has renewed "), the verb and the auxiliaries and adverbs before it, the
 * words between being the subject's noun. Null when there is none.
 */
function verbGroupBefore(lead: string): string | null {
  const run = WORDS_BEFORE_RE.exec(lead);
  if (!run) return null;
  const words = run[1].trim().split(/\s+/);
  let det = -1;
  for (let k = words.length - 1; k >= 0 && det < 0; k--) if (DETERMINER_RE.test(words[k])) det = k;
  // det stays -1 for a determiner right before the run: every word of it may then be the noun's or the verb's.
  if (det < 0 && !DETERMINER_END_RE.test(lead.slice(0, lead.length - run[1].length))) return VERB_BEFORE_RE.exec(lead)?.[1] ?? null;
  let first = words.length - 1;
  while (first > det + 1 && AUX_RE.test(words[first - 1])) first--;
  // With no noun between the determiner and the verb group ("that has renewed"), or a word no noun phrase holds
  // between them ("past the long line and answering"), the words are read as before.
  if (first <= det + 1 || NOT_VERBS_RE.test(words.slice(det + 1, first).join(' '))) return VERB_BEFORE_RE.exec(lead)?.[1] ?? null;
  return `${words.slice(first).join(' ')}${run[1].slice(run[1].trimEnd().length)}`;
}

/** What a nominal cue's complement covers: to the end of its clause after "that", to the end of its noun phrase otherwise. */
export function complementOf(text: string, sentence: Range, from: number, word: string): Range | null {
  const rest = text.slice(from, sentence.end);
  // "questions about whether the mayor will run": a clause after a question word has a verb of its own.
  const clause = word.toLowerCase() === 'that' || WH_CLAUSE_RE.test(rest);
  const end = complementEndIn(text, from, rest, clause ? CLAUSE_END_RE : NP_END_RE, clause);
  const content = trimRange(text, { start: word.toLowerCase() === 'to' ? from - 3 : from, end: from + end });
  return content.end > content.start ? content : null;
}

/** A verb group before a possessive pronoun: auxiliaries and adverbs, the verb, a particle ("has toned down", "is lending"). */
const VERB_GROUP_RE = /(?:^|\s)((?:(?:is|was|are|were|has|have|had|been|will|would|also|now|again|still|\p{Ll}+ly)\s+)*(\p{Ll}+)\s+(?:(?:up|down|out|back|off)\s+)?)$/u;
const AUX_RE = /^(?:is|was|are|were|has|have|had|been|will|would|also|now|again|still|\p{Ll}+ly)$/u;

/**
 * "Vidal has toned down her criticism of …", "Reyes is lending his support to …": a possessive pronoun right after a
 * verb group stands for that verb's subject when their gender agrees (a person's for "his"/"her", anyone's for "their").
 */
export function possessorSubject(ctx: ReportedContext, p: number, text: string, sentence: Range, at: number, pronoun: string): SourceFound | null {
  const lead = text.slice(Math.max(sentence.start, at - 40), at);
  const verb = VERB_GROUP_RE.exec(lead);
  if (!verb || /\b(?:not|never)\b|n[’']t\b/u.test(lead) || NOT_VERBS_RE.test(verb[2]) || AUX_RE.test(verb[2])) return null;
  const subject = sourceBefore(ctx, p, text, sentence, at - verb[1].length);
  if (!subject || (subject.found === null && subject.text === null)) return null;
  if (pronoun === 'their') return subject;
  if (subject.found?.speaker.type !== 'person') return null;
  const gender = ctx.genderOf(subject.found.speaker.index);
  return gender === null || gender === (pronoun === 'his' ? 'male' : 'female') ? subject : null;
}

/**
 * "Mr. Holt is revered by activists. His attacks on lobbyists …", "Holt did not renew his call for …": a "his" or "her"
 * that no verb's subject explains stands for whom "he" or "she" there would (the same look-back), its source phrase
 * the pronoun itself: whoever the verb's subject, the call is the one of whom "his" means.
 */
export function possessorBack(ctx: ReportedContext, p: number, at: number, pronoun: string): SourceFound | null {
  if (pronoun === 'their') return null;
  const found = ctx.personFor(p, at, pronoun === 'his' ? 'he' : 'she');
  return found ? { found: { ...found, method: 'possessive-pronoun' }, text: null, start: at } : null;
}
