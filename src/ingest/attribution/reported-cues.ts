/**
 * The reporting cues reported speech reads: the forms listed one by one in
 * `lexicon/reporting-cues.json` (they win), and every form of the lemmas in
 * `lexicon/reporting-cue-lemmas.json` (base, -s, -ed and -ing, generated here:
 * "call for" → "calls for", "called for", "calling for") and of the measured object cues in
 * `lexicon/object-cue-lemmas.json`, and of the cue lemmas found by measurement in `lexicon/mined-cue-lemmas.json` and the phrasal
 * ones in `lexicon/phrase-cue-lemmas.json` (its patterns spelt out by `phrase-cue-patterns.ts`). Pure; no I/O.
 */
import { REPORTING_CUES, type CueInfo } from '../lexicon';
import adjectives from '../lexicon/reporting-adjectives.json';
import closing from '../lexicon/closing-object-cues.json';
import objectLemmas from '../lexicon/object-cue-lemmas.json';
import listedLemmas from '../lexicon/reporting-cue-lemmas.json';
import desireLemmas from '../lexicon/desire-cue-lemmas.json';
import asLemmas from '../lexicon/as-complement-cue-lemmas.json';
import minedLemmas from '../lexicon/mined-cue-lemmas.json';
import phraseLexicon from '../lexicon/phrase-cue-lemmas.json';
import negatable from '../lexicon/negatable-cues.json';
import requestNouns from '../lexicon/declined-request-nouns.json';
import negatedOnly from '../lexicon/negated-only-cues.json';
import moneyObjectCues from '../lexicon/money-object-cues.json';
import { expandPhraseLemmas } from './phrase-cue-patterns';

interface LemmaEntry {
  frame: string;
  object?: string;
  past?: string;
  /** A past participle unlike the past ("spoke" → "spoken"). */
  perfect?: string;
  double?: boolean;
  noun?: boolean;
  plural?: boolean;
  participle?: boolean;
  that?: boolean;
  to?: boolean;
  as?: boolean;
}

/** A cue's frame, and whether it reports only what "that" introduces ("maintained that …", not "maintained the road"). */
export interface ReportedCue extends CueInfo {
  thatOnly?: boolean;
  /** Only before an infinitive ("declined to comment", not "sales declined"). */
  toOnly?: boolean;
  /** Only with an "as" complement a few words on ("cast her rival as a spoiler", not "cast a ballot"). */
  asOnly?: boolean;
  /** An adjective after a form of "be" ("is critical of"): the copula is no passive. */
  adjective?: boolean;
  /** The base form of a lemma that is mostly a noun ("plan", "view"): a verb only right after a modal, "do" or a subject pronoun. */
  nounBase?: boolean;
  /** The -s form of a lemma whose -s form is mostly a plural ("questions"): a verb only after "he", "she", "who" or a name and an adverb. */
  nounPlural?: boolean;
  /** Read only when negated ("did not respond to a request for comment"; `lexicon/negated-only-cues.json`). */
  negatedOnly?: boolean;
}

/** The phrasal lemmas, their patterns spelt out ("take a {modifier} {noun} at" → "take a veiled swipe at", …). */
const phraseLemmas = expandPhraseLemmas<LemmaEntry>(phraseLexicon);

/** Every lemma: the measured ones (any listed lemma wins), the verbs read only with an "as" complement, the reporting cues, then the verbs of desire and conviction read in one frame only. */
const lemmas: Record<string, LemmaEntry | string> = { ...minedLemmas, ...phraseLemmas, ...asLemmas, ...listedLemmas, ...desireLemmas };

const VOWEL = /[aeiou]/;

/** "plan" → "plann" before -ed/-ing: a one-syllable word ending consonant-vowel-consonant (not w, x, y), or `double`. */
function stem(word: string, double: boolean): string {
  const cvc = /[^aeiou][aeiou][^aeiouwxy]$/.test(word);
  const oneSyllable = (word.match(/[aeiouy]+/g) ?? []).length === 1;
  return cvc && (double || oneSyllable) ? word + word[word.length - 1] : word;
}

/** Third person singular: "push" → "pushes", "deny" → "denies", "say" → "says". */
export function thirdPerson(word: string): string {
  if (word === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** Regular past: "note" → "noted", "deny" → "denied", "plan" → "planned". */
export function pastOf(word: string, double = false): string {
  if (word.endsWith('e')) return `${word}d`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
  return `${stem(word, double)}ed`;
}

/** Present participle: "note" → "noting", "tie" → "tying", "plan" → "planning", "see" → "seeing". */
export function ingOf(word: string, double = false): string {
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (/[^eoy]e$/.test(word) && VOWEL.test(word.slice(0, -1))) return `${word.slice(0, -1)}ing`;
  return `${stem(word, double)}ing`;
}

/** The forms of one lemma with the cue information each has. */
export function cueForms(lemma: string, entry: LemmaEntry): [string, ReportedCue][] {
  if (entry.frame !== 'clause' && entry.frame !== 'object') throw new Error(`lexicon/reporting-cue-lemmas.json: "${lemma}" has frame "${entry.frame}"`);
  const object = entry.object ?? 'none';
  if (object !== 'required' && object !== 'optional' && object !== 'none') throw new Error(`lexicon/reporting-cue-lemmas.json: "${lemma}" has object "${object}"`);
  const [verb, ...rest] = lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const finite: ReportedCue = { object, participle: false, frame: entry.frame, ...(entry.that ? { thatOnly: true } : {}), ...(entry.to ? { toOnly: true } : {}), ...(entry.as ? { asOnly: true } : {}) };
  const out: [string, ReportedCue][] = [];
  if (!entry.noun) out.push([lemma, finite]);
  if (!entry.plural) out.push([thirdPerson(verb) + tail, finite]);
  out.push([(entry.past ?? pastOf(verb, entry.double)) + tail, finite]);
  if (entry.perfect) out.push([entry.perfect + tail, finite]);
  if (entry.participle !== false) out.push([ingOf(verb, entry.double) + tail, { ...finite, participle: true }]);
  return out;
}

/** The stance adjectives after a form of "be" (`lexicon/reporting-adjectives.json`), with how each takes its content. */
function adjectiveCues(): ReadonlyMap<string, ReportedCue> {
  const map = new Map<string, ReportedCue>();
  for (const [phrase, entry] of Object.entries(adjectives)) {
    if (phrase.startsWith('_') || typeof entry === 'string') continue;
    const [[, info]] = cueForms(phrase, { frame: entry.frame, noun: false, plural: true, participle: false });
    map.set(phrase, { ...info, adjective: true, ...('that' in entry && entry.that ? { thatOnly: true } : {}) });
  }
  return map;
}

/** Every stance adjective; a form listed as a verb cue too ("worried") is read as this after a copula. */
export const ADJECTIVE_CUES: ReadonlyMap<string, ReportedCue> = adjectiveCues();

function build(): ReadonlyMap<string, ReportedCue> {
  const map = new Map<string, ReportedCue>();
  for (const [lemma, entry] of [...Object.entries(lemmas), ...Object.entries(objectLemmas)]) {
    if (lemma.startsWith('_') || typeof entry === 'string') continue;
    for (const [form, info] of cueForms(lemma, entry as LemmaEntry)) if (!map.has(form)) map.set(form, info);
    // "they plan to", "would view it as", "Others question whether": the base form of a noun lemma, read only where a verb must stand.
    const [[form, info]] = cueForms(lemma, { ...(entry as LemmaEntry), noun: false });
    if ((entry as LemmaEntry).noun && !map.has(form)) map.set(form, { ...info, nounBase: true });
    // "she questions whether", "Reyes often attacks": the -s form of a lemma whose -s form is mostly a plural noun.
    const [, [plural, pluralInfo]] = cueForms(lemma, { ...(entry as LemmaEntry), noun: false, plural: false });
    if ((entry as LemmaEntry).plural && !map.has(plural)) map.set(plural, { ...pluralInfo, nounPlural: true });
  }
  // "officials worried about …": a form that is a verb as well keeps its verb entry; after a copula it is read as the adjective.
  for (const [phrase, info] of ADJECTIVE_CUES) if (!map.has(phrase)) map.set(phrase, info);
  for (const [form, info] of REPORTING_CUES) map.set(form, info);
  for (const lemma of negatedOnly.lemmas) for (const [form, info] of cueForms(lemma, { frame: 'object' })) if (!map.has(form)) map.set(form, { ...info, negatedOnly: true });
  return map;
}

/** "that" within a few words after a cue ("ruled on Monday that"). */
const THAT_SOON_RE = /^\s*,?\s*(?:[\p{L}\p{N}’'.-]+,?\s+){0,5}?that\b/iu;
/** "as" within a few words after a cue ("cast the mayor as", "cast herself more as"), not opening a conjunction ("billed them as soon as", "as well as"). */
const AS_SOON_RE = /^\s+(?:(?!as\s)[\p{L}\p{N}’'.-]+\s+){1,6}?as\s(?!(?:soon|well|long|far|much)\s+as\b|a\s+result\b)/iu;

/**
 * A request put to the subject, the object of a cue that otherwise reports only before an infinitive ("declined
 * comment", "declined an interview request", "refused a question about …"; `lexicon/declined-request-nouns.json`).
 */
const REQUEST_OBJECT_RE = new RegExp(
  `^\\s+(?:further\\s+)?(?:(?:a|an|the|any|all|repeated|several|multiple)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${requestNouns.nouns.join('|')})s?\\b`,
  'iu',
);

/** Whether a cue that reports only with a "that" clause, an infinitive or an "as" complement lacks it in what follows. */
export function lacksComplement(info: ReportedCue, after: string): boolean {
  return (
    (info.thatOnly === true && !THAT_SOON_RE.test(after)) ||
    (info.toOnly === true && !/^\s+to\s+\p{Ll}/u.test(after) && !REQUEST_OBJECT_RE.test(after)) ||
    (info.asOnly === true && !AS_SOON_RE.test(after))
  );
}

/** A modal or an auxiliary opening what follows: no object a verb takes, the predicate of a noun before it. */
const AUXILIARY_AFTER_RE = /^\s+(?:can|could|will|would|shall|should|may|might|must|is|are|was|were|has|have|had|do|does|did|(?:can|won|don|doesn|didn|isn|aren|wasn|weren|hasn|haven)['’]t)\b/iu;

/** A relative or question word a few words before a cue: its clause may lack the object ("a deal that she hopes will pass"). */
const RELATIVE_BEFORE_RE = /\b(?:that|which|who|whom|what)\s+(?:[\p{L}\p{N}’'.-]+\s+){1,5}$/iu;

/**
 * Whether an object cue's -s form is a plural noun here: a modal or an auxiliary follows it ("the billionaire lists
 * can grow contentious", "those lists don't hit"), where a verb's object would stand, and no relative word before
 * its subject leaves the verb without an object ("which he estimates will …").
 */
export function pluralNounBeforeVerb(info: ReportedCue, word: string, near: string, after: string): boolean {
  return info.frame === 'object' && word.endsWith('s') && AUXILIARY_AFTER_RE.test(after) && !RELATIVE_BEFORE_RE.test(near);
}

/** The forms that report nothing before an amount of money (`lexicon/money-object-cues.json`). */
const MONEY_OBJECT_CUES: ReadonlySet<string> = new Set(moneyObjectCues.forms);
/** An amount of money opening what follows, after a hedge ("$3 million", "more than $26 million", "nearly £2 billion"). */
const MONEY_AFTER_RE =
  /^\s+(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|roughly\s+|just\s+|only\s+|at\s+least\s+|an?\s+(?:estimated|record|additional|combined|total\s+of)\s+|another\s+)*(?:US)?[$£€]\s?\d/u;

/** Whether a cue raises money rather than a concern: "raised more than $3 million" (`lexicon/money-object-cues.json`). */
export function moneyObject(word: string, after: string): boolean {
  return MONEY_OBJECT_CUES.has(word) && MONEY_AFTER_RE.test(after);
}

/** Every reporting cue form, lower case, with how it takes its content. */
export const CUES: ReadonlyMap<string, ReportedCue> = build();

/**
 * The forms of object cues that may close their sentence and report the clause before them ("…, records show.",
 * "…, the board admitted."), unlike "…, the town celebrated.": verbs that take a clause as well as a noun phrase
 * (their irregular forms as in the lemma list).
 */
export const CLOSING_OBJECT_CUES: ReadonlySet<string> = new Set(
  Object.entries(closing as Record<string, { past?: string } | string>).flatMap(([lemma, entry]) =>
    lemma.startsWith('_') || typeof entry === 'string' ? [] : cueForms(lemma, { ...(lemmas as unknown as Record<string, LemmaEntry | undefined>)[lemma], ...entry, frame: 'object', noun: false, plural: false }).map(([form]) => form),
  ),
);

/** The base forms of the listed lemmas ("support", "call for"): after "that" they may be nouns ("that support"). */
export const BASE_FORMS: ReadonlySet<string> = new Set([...Object.keys(lemmas), ...Object.keys(objectLemmas)].filter((lemma) => !lemma.startsWith('_')));

/** The forms of the cues that report a stance when negated ("did not mention", "hasn't endorsed"; `lexicon/negatable-cues.json`). */
export const NEGATABLE_CUES: ReadonlySet<string> = new Set(negatable.lemmas.flatMap((lemma) => cueForms(lemma, { frame: 'object' }).map(([form]) => form)));
