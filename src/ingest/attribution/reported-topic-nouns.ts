/**
 * Nouns of talk, report and stance with no possessor, before the word that opens what is said or held: "talk of a
 * merger", "reports that the plant will close", "news of the deal", "claims of abuse", "fears of a recession",
 * "speculation over his health". No source is in the phrase; the content is what the preposition or "that" opens,
 * measured as nominal cues measure it. Word list in lexicon/topic-talk-nouns.json. Pure; no I/O; bounded by its
 * sentence.
 */
import { alternation } from '../lexicon';
import topic from '../lexicon/topic-talk-nouns.json';
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { complementOf, type NominalDraft, objectSubject } from './reported-nominal';
import { producingVerbBefore } from './reported-negated-objects';
import { RELATIVE_THAT_RE, VERB_PREPOSITION_RE } from './reported-noun-clauses';
import { nameBeforeTopicVerb } from './reported-topic-verbs';
import type { ReportedContext } from './reported-sources';
import { holdsRunIn } from './sentence-runs';
import { lastLetterRuns } from './word-presence';

const OPENINGS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(topic.nouns).map(([noun, words]): [string, ReadonlySet<string>] => [noun, new Set(words)]));
const NOUN_LIST = [...OPENINGS.keys()];
const WORDS = alternation([...new Set(NOUN_LIST.flatMap((n) => [...(OPENINGS.get(n) ?? [])]))]).replace(/\s+/g, '\\s+');
const NOUN_WORDS = lastLetterRuns(NOUN_LIST);
const OPENING_RE = new RegExp(`\\s+(?:${WORDS})\\s`, 'iuy');
/** The noun, the opening word of its content. */
const TOPIC_RE = new RegExp(`(?<![\\p{L}\\p{N}’'-])(${alternation(NOUN_LIST)})\\s+(${WORDS})\\s+`, 'giu');
/** A possessive before the noun or up to two modifiers: the possessor's stance, read by the possessed readers. */
const POSSESSIVE_BEFORE_RE = /(?:['’]s?|(?<![\p{L}])(?:his|her|their|its|my|our|your))\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** Right before the noun, what makes it a verb: a pronoun, a relative, a modal, "to", a negation or an auxiliary. */
const SUBJECT_BEFORE_RE = /(?:^|[^\p{L}])(?:he|she|it|they|we|i|you|who|that|which|will|would|could|should|may|might|must|can|to|not|also|does|did|do|never|often)\s+$/iu;

/**
 * In a noun phrase after "of", "about", …: a past-tense verb right after a noun ends it, the verb being the main
 * clause's ("talk of a new stadium faded", "news of the merger reached the docks"); not after an auxiliary, a negation
 * or a relative pronoun, where it is the verb of a clause inside the phrase ("fliers that had not been authorized").
 */
const MAIN_VERB_RE = /(?<![,;]|\s(?:had|has|have|was|were|is|are|be|been|being|not|never|that|who|which|n[’']t|got|get|gets))\s\p{Ll}+ed\b/u;

/** A verb of refusing or avoiding before the noun and up to two modifiers ("declined the question of", "dodged questions over"). */
const REFUSAL_BEFORE_RE = /(?<![\p{L}])(?:refus|declin|reject|dodg|duck|sidestep|deflect|evad|avoid|ignor|skirt)\p{Ll}*\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** The topic nouns of a sentence with no possessor; at most four. */
export function topicNounCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): NominalDraft[] {
  const out: NominalDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!holdsRunIn(slice, NOUN_WORDS, OPENING_RE)) return out;
  for (const m of slice.matchAll(TOPIC_RE)) {
    const at = sentence.start + m.index;
    const nounAt = at;
    const noun = m[1].toLowerCase();
    const opening = m[2].toLowerCase().replace(/\s+/gu, ' ');
    if (!outside(nounAt) || !OPENINGS.get(noun)?.has(opening)) continue;
    const lead = text.slice(Math.max(sentence.start, nounAt - 40), nounAt);
    if (POSSESSIVE_BEFORE_RE.test(lead) || SUBJECT_BEFORE_RE.test(lead)) continue;
    const from = at + m[0].length;
    // "responded to claims that …", "the kind of speculation that the race generated", "reports that were filed":
    // the clause is a verb's object or a relative one, read as the noun clauses read it.
    if (opening === 'that' && (VERB_PREPOSITION_RE.test(lead) || RELATIVE_THAT_RE.test(text.slice(from, from + 12)))) continue;
    // "a reference to the memo": a noun phrase, never an infinitive, after "to" (read as after "of").
    const content = complementOf(text, sentence, from, opening === 'that' ? 'that' : 'of');
    if (!content) continue;
    const verb = opening === 'that' ? null : MAIN_VERB_RE.exec(text.slice(content.start, content.end));
    if (verb) content.end = content.start + verb.index;
    if (content.end <= content.start) continue;
    const cue: Cue = { at: nounAt, end: nounAt + m[1].length, word: noun, phrase: text.slice(nounAt, from).trim(), phraseStart: nounAt };
    // "Cruz has made veiled references to …", "Reyes tried to skirt the question of …": a verb's object is its subject's.
    // "refused a question about …": the verb of refusal reads its object itself; the noun adds no second source.
    const subject = REFUSAL_BEFORE_RE.test(lead) ? null : (objectSubject(ctx, p, text, sentence, nounAt, producingVerbBefore(lead)) ?? nameBeforeTopicVerb(ctx, p, text, sentence, nounAt, noun));
    out.push({ content, cue, source: subject?.found ?? null, sourceText: subject?.text ?? null, sourceAt: subject?.start ?? nounAt, clauseAt: nounAt });
    if (out.length >= 4) break;
  }
  return out;
}
