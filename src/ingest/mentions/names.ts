/**
 * Name runs (capitalized words joined by single spaces and connectors), the
 * shape of a personal name, and the evidence that a run names a person.
 */
import type { Gender } from '../entity-extraction';
import placeHeads from '../lexicon/place-head-words.json';
import { APPOSITIVE_GAP, DEMONYMS, GIVEN_NAMES, GROUP_SUBJECTS, NAME_PREFIX_TITLES, NON_NAME_WORDS, ORGANIZATION_CUES, PERSON_NOUNS, PERSONAL_SPEECH_VERB_ALT, PLACES, REPORTING_CUES, SOURCE_NOUNS, SPEECH_VERB_ALT, SPEECH_VERBS, TITLE_HEADS, VERB_ADVERBS, WORD_GIVEN_NAMES, WORD_NAME_BLOCKERS } from '../lexicon';
import { personBeforeOf, speaksAfterOf } from './name-of-org';
import { namedAfterRoleNoun } from './role-noun-names';
import { norm } from './state';
import { type TitleMatch, lastTitleHead, readAppositive } from './titles';
import { type Range, type Token, foldMojibake, isCapitalized } from '../text';

/** Head words of places and named events: a given name before one is no person's (lexicon place-head-words.json). */
const PLACE_HEAD_WORDS: ReadonlySet<string> = new Set(placeHeads.words);

export const CONNECTORS = new Set(['of', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'del', 'dos', 'das', 'the', 'for', 'and', 'on']);

/** Connectors allowed only inside organization names ("Bank of America", "National Institute on Aging"). */
const ORG_ONLY_CONNECTORS = new Set(['the', 'for', 'and', 'on']);

/** Corporate suffixes: "and" after one starts another name ("Lear Corp. and Magna International Inc."). */
const CORPORATE_SUFFIX = /^(?:Inc|Corp|Co|Ltd|LLC|PLC|Plc|NV|SA|SAB|AG|SE|SpA|GmbH|LP|Group|Holdings)\.?$/;

export function isPlaceOrDemonym(word: string): boolean {
  const w = word.toLowerCase();
  return PLACES.has(w) || DEMONYMS.has(w) || /^(?:pro|anti|non)-/.test(w);
}

/** A word that can be part of a personal name: "Kerry", "F.", "O'Brien", "D’Souza", "al-Assad", "Jean-Marc". */
export function isNameShaped(word: string): boolean {
  word = foldMojibake(word);
  // "I'll", "I've", "I'm": a pronoun's contraction.
  if (/^I['’]/.test(word)) return false;
  if (/^\p{Lu}\.$/u.test(word) || /^(?:St|Ste)\.$/.test(word)) return true;
  if (/^(?:al|el|bin|ibn|abu|de|van|von|da|di|du|del|la|le|der|den|dos|das|ter|ten)$/i.test(word)) return true;
  if (/^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(word)) return true;
  return /^\p{Lu}[\p{Ll}\p{M}'’]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u.test(word) || /^(?:Mc|Mac|[OD]['’])\p{Lu}\p{Ll}+$/u.test(word) || /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(word);
}

/** A word that may be part of a personal name before `of` (name-of-org.ts): name-shaped, and no place or demonym. */
function isPersonalNameWord(word: string): boolean {
  return isNameShaped(word) && !isPlaceOrDemonym(word);
}

const CONTRACTED_I_RE = /^I['’]\p{Ll}/u;
const ARTICLE_PREFIX_RE = /^(?:al|el|bin|ibn|abu)-\p{Lu}/u;

function isRunWord(t: Token): boolean {
  // The patterns only where the first letter allows them: this runs on every token.
  const c = t.text.charCodeAt(0);
  if (c === 0x49 && CONTRACTED_I_RE.test(t.text)) return false;
  return isCapitalized(t.text) || ((c === 0x61 || c === 0x65 || c === 0x62 || c === 0x69) && ARTICLE_PREFIX_RE.test(t.text));
}

/**
 * Maximal sequences of capitalized tokens separated by single spaces, with
 * connectors ("of", "de", "van") inside. A possessive or any punctuation ends a run.
 */
export function findRuns(text: string, tokens: Token[], nicknames: readonly Range[] = [], headline = false): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  const joins = (a: Token, b: Token): boolean => {
    const gap = text.slice(a.end, b.start);
    if (gap === ' ') return true;
    return /^ ["“][^"”“]+["”] $/.test(gap) && nicknames.some((r) => r.start >= a.end && r.end <= b.start);
  };
  let i = 0;
  let skipVerb = false;
  while (i < tokens.length) {
    if (!isRunWord(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && (!tokens[j].possessive || possessiveInOrgName(tokens[j], tokens[j + 1])) && joins(tokens[j], tokens[j + 1])) {
      const next = tokens[j + 1];
      // A title-case headline: "Chris Christie Calls Hillary Clinton …" is two names around a verb.
      if (isRunWord(next) && isHeadlineVerb(next.text) && tokens[j + 2] !== undefined && isRunWord(tokens[j + 2]) && joins(next, tokens[j + 2])) break;
      // In a title-case headline a verb ends a person's name ("Ada Pruitt Endorses …", "Ada Pruitt Could Win") and
      // is no part of the next one ("… Praises Ada Pruitt").
      if (headline && isRunWord(next)) {
        const verb = titleCaseVerb(tokens, i, j, next);
        if (verb) {
          skipVerb = true;
          break;
        }
      }
      if (isRunWord(next)) {
        j++;
        continue;
      }
      // Two connectors in a row before a capitalized word: "Ursula von der Leyen", "Jan van den Berg".
      const second = tokens[j + 2];
      const third = tokens[j + 3];
      if (
        CONNECTORS.has(next.text) &&
        !ORG_ONLY_CONNECTORS.has(next.text) &&
        second &&
        third &&
        CONNECTORS.has(second.text) &&
        !ORG_ONLY_CONNECTORS.has(second.text) &&
        isRunWord(third) &&
        text.slice(next.end, second.start) === ' ' &&
        text.slice(second.end, third.start) === ' '
      ) {
        j += 3;
        continue;
      }
      // A connector joins only when a capitalized word follows it directly.
      const after = tokens[j + 2];
      if (next.text === 'and' && CORPORATE_SUFFIX.test(tokens[j].text)) break;
      // "Sen. Ted Cruz of Texas", "Patricia Moran of Cheyenne": a person's name, then where they are from.
      if (next.text === 'of' && j > i && !ORGANIZATION_CUES.has(tokens[j].base.toLowerCase()) && tokens.slice(i, j).some((t) => GIVEN_NAMES.has(norm(t.base)))) break;
      // "Holger Marten of Kessler Bank warned", "said Holger Marten of Kessler Bank.": a speech verb says so too.
      if (next.text === 'of' && personBeforeOf(text, tokens, i, j, isPersonalNameWord)) break;
      if (
        CONNECTORS.has(next.text) &&
        after &&
        isRunWord(after) &&
        /^ $/.test(text.slice(next.end, after.start)) &&
        (!ORG_ONLY_CONNECTORS.has(next.text) || orgish(tokens, i, j + 2)) &&
        !(next.text === 'on' && NON_NAME_WORDS.has(after.base.toLowerCase()))
      ) {
        j += 2;
        continue;
      }
      break;
    }
    runs.push({ from: i, to: j });
    // The verb after the name is in no run.
    i = skipVerb ? j + 2 : j + 1;
    skipVerb = false;
  }
  return runs;
}

const HEADLINE_AUXILIARIES = /^(?:Could|Would|Will|Should|Can|May|Might|Must|Has|Had|Is|Was|Says|Does|Did)$/;

/**
 * A title-case word after a personal name opening the run (a given name, then a surname) that is a verb: an
 * auxiliary, or a word in -s that is no organization word (nor one's plural) and no given name
 * ("Endorses", "Wins"; not "Ministries"); after a lone word, a reporting verb in -s ("Sees", "Slams").
 */
function titleCaseVerb(tokens: Token[], from: number, at: number, next: Token): boolean {
  // A lone surname before a reporting verb in -s: "Obama Sees …", "Pruitt Slams …".
  if (at === from) return !tokens[at].possessive && /^\p{Lu}\p{Ll}+s$/u.test(next.text) && REPORTING_CUES.has(next.text.toLowerCase()) && !ORGANIZATION_CUES.has(next.text.toLowerCase());
  if (at - from !== 1 || tokens[at].possessive || !GIVEN_NAMES.has(norm(tokens[from].base))) return false;
  if (HEADLINE_AUXILIARIES.test(next.text)) return true;
  const lower = next.text.toLowerCase();
  // A past tense ends the name too (`Ada Pruitt Described …`), when it is no word of a firm's name (`Limited`, `United`).
  if (/^\p{Lu}\p{Ll}{2,}ed$/u.test(next.text)) return !FIRM_PARTICIPLES.test(next.text) && !ORGANIZATION_CUES.has(next.text.toLowerCase()) && !NON_NAME_WORDS.has(next.text.toLowerCase()) && !GIVEN_NAMES.has(norm(next.text));
  if (!/^\p{Lu}\p{Ll}+[^s'’]s$/u.test(next.text) || GIVEN_NAMES.has(norm(next.text))) return false;
  const singulars = lower.endsWith('ies') ? [`${lower.slice(0, -3)}y`] : [lower.slice(0, -1), lower.slice(0, -2)];
  return ![lower, ...singulars].some((w) => ORGANIZATION_CUES.has(w));
}

/** Words in -ed of firms' names: `Ada Pruitt Limited`, `Harlan Pruitt Associated`. */
const FIRM_PARTICIPLES = /^(?:Limited|United|Incorporated|Allied|Associated|Consolidated|Federated|Integrated|Unlimited|Registered|Chartered)$/;

/** A capitalized speech verb in the present ("Calls", "Tells", "Slams") before another name: never part of a name. */
function isHeadlineVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return /s$/.test(lower) && SPEECH_VERBS.has(lower);
}

/**
 * "Alzheimer’s Association", "McDonald's Corp": a possessive inside an
 * organization's name, when an organization word follows it directly. A
 * place's possessive ("Russia's Foreign Ministry") still ends the run.
 */
function possessiveInOrgName(possessive: Token, next: Token): boolean {
  return isCapitalized(next.text) && ORGANIZATION_CUES.has(next.base.toLowerCase()) && !isPlaceOrDemonym(possessive.base) && !GIVEN_NAMES.has(norm(possessive.base));
}

/** Whether the run around a "the"/"for"/"and" connector looks like an organization name ("Department of the Treasury"). */
function orgish(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= Math.min(to + 2, tokens.length - 1); k++) {
    if (ORGANIZATION_CUES.has(tokens[k].base.toLowerCase())) return true;
  }
  return false;
}

/**
 * How sure we are a capitalized sequence is a person, or null when nothing
 * says so: a title, an honorific, a known given name, an appositive role,
 * or a speech verb.
 */
export function personEvidence(
  text: string,
  tokens: Token[],
  nameFrom: number,
  to: number,
  parts: string[],
  title: TitleMatch | null,
  honorific: Gender | null | undefined,
): number | null {
  const single = parts.length === 1;
  if (parts.length > 5) return null;
  if (single && modifiesRoleNoun(text, tokens[nameFrom], tokens[nameFrom + 1])) return null;
  if (title && NAME_PREFIX_TITLES.has(lastTitleHead(title.text))) return 0.95;
  if (honorific !== undefined) return 0.9;
  if (title && !single) return 0.9;
  if (title === null && namedAfterRoleNoun(text, tokens, nameFrom, to, parts)) return 0.85;
  if (single) return quotedSurname(text, tokens[nameFrom], parts[0]) ? 0.7 : null;
  if (isPlaceOrDemonym(parts[0]) && !GIVEN_NAMES.has(norm(parts[0]))) return null;
  if (isPlaceInAddress(text, tokens[nameFrom].start, tokens[to].baseEnd)) return null;
  // "Cowen Research", "Morgan Stanley Group": a given name opening a firm's name; "the Ridge Fire", "Shasta Lake": a place's.
  const lastWord = parts[parts.length - 1].toLowerCase();
  if (GIVEN_NAMES.has(norm(parts[0])) && !ORGANIZATION_CUES.has(lastWord) && !PLACE_HEAD_WORDS.has(lastWord)) return 0.9;
  if (wordGivenNameInSentence(text, tokens, nameFrom, parts)) return 0.85;
  // "Unai Emery, who said…" — but not "an analyst at Cox Automotive, who said…", where "who" is the analyst.
  if (!tokens[to].possessive && RELATIVE_SPEAKER.test(text.slice(tokens[to].baseEnd, tokens[to].baseEnd + 120)) && !/\b(?:at|of|for|from|with|by|in|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, tokens[nameFrom].start - 10), tokens[nameFrom].start))) return 0.8;
  if (namedAfterPersonNoun(text, tokens[nameFrom].start, tokens[to].baseEnd)) return 0.85;
  if (readAppositive(text, tokens[to].baseEnd) && !tokens[to].possessive) return 0.85;
  if (!tokens[to].possessive && (SUBJECT_OF_SPEECH.test(text.slice(tokens[to].baseEnd, tokens[to].baseEnd + 240)) || speaksAfterOf(text, tokens, nameFrom, to, isPersonalNameWord))) return 0.8;
  const prev = tokens[nameFrom - 1];
  if (prev && /^(?:said|says|told|added)$/i.test(prev.text) && text.slice(prev.end, tokens[nameFrom].start) === ' ') return 0.8;
  if (prev && invertedAfterQuote(text, prev, tokens[nameFrom])) return 0.8;
  return null;
}

/** The close of a quotation's last sentence piece, then one space: `…,” `, `…?" `, `…!’” `. */
const QUOTE_CLOSE_BEFORE_VERB = /[\p{L}\d,!?…]["”’]{1,2} $/u;

/**
 * `"…," explained Jane Roe`, `"…?" wrote Ann Lee`: any speech verb of the lexicon right after a quotation's close
 * and right before the name inverts its subject, as `said` does anywhere.
 */
function invertedAfterQuote(text: string, verb: Token, first: Token): boolean {
  if (!SPEECH_VERBS.has(verb.text.toLowerCase()) || text.slice(verb.end, first.start) !== ' ') return false;
  return QUOTE_CLOSE_BEFORE_VERB.test(text.slice(Math.max(0, verb.start - 4), verb.start));
}

/** Determiners and prepositions, after which a capitalized word-name is the word: "the Rose Bowl", "after Pearl Harbor", "songs by Pearl Jam". */
const BEFORE_WORD_NOT_NAME = WORD_NAME_BLOCKERS;
/** Lexicon words no surname after a word-given-name is ("Grant County", "Hope Group"). */
const NOT_SURNAME_WORDS: readonly { has(word: string): boolean }[] = [ORGANIZATION_CUES, NON_NAME_WORDS, PERSON_NOUNS, SOURCE_NOUNS, TITLE_HEADS, GROUP_SUBJECTS];

/**
 * "spokeswoman Hope Hicks said", "told Rush Limbaugh": a given name that is also a common word (lexicon
 * word-given-names.json), capitalized inside a sentence after a lower-case word that is no determiner or preposition,
 * before one or two surname-shaped words that are no lexicon words. Opening a sentence, or after "the" or "at", the
 * capital proves nothing ("Hope Ranch", "the Rose Bowl", "at Pearl Harbor"): other evidence must name the person.
 */
function wordGivenNameInSentence(text: string, tokens: Token[], nameFrom: number, parts: string[]): boolean {
  if (parts.length < 2 || parts.length > 3 || !WORD_GIVEN_NAMES.has(norm(parts[0]))) return false;
  const prev = tokens[nameFrom - 1];
  if (prev === undefined || prev.possessive || !/^\p{Ll}+$/u.test(prev.text) || BEFORE_WORD_NOT_NAME.has(prev.text)) return false;
  if (!/^,?\s+$/.test(text.slice(prev.end, tokens[nameFrom].start))) return false;
  return parts.slice(1).every((p) => {
    const lower = p.toLowerCase();
    return /^\p{Lu}\p{Ll}/u.test(p) && !/(?:ing|ed)$/.test(lower) && !isPlaceOrDemonym(p) && !NOT_SURNAME_WORDS.some((set) => set.has(lower)) && !WORD_GIVEN_NAMES.has(lower);
  });
}

/** "chief Democratic rival", "a Muslim cleric": one capitalized word qualifying a person noun or title after it is no name. */
function modifiesRoleNoun(text: string, word: Token, next: Token | undefined): boolean {
  if (word.possessive || next === undefined || text.slice(word.end, next.start) !== ' ' || !/^\p{Ll}+$/u.test(next.text)) return false;
  return SOURCE_NOUNS.has(next.text) || TITLE_HEADS.has(next.text);
}

/** ", who said …": only people take "who". */
const RELATIVE_SPEAKER = new RegExp(`^,\\s+who\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SPEECH_VERB_ALT})\\b`, 'i');

/** "Her daughter, Claire Voss-Hammond, said": a name set off by commas after a person noun. */
function namedAfterPersonNoun(text: string, nameStart: number, nameEnd: number): boolean {
  if (!/^\s*,/.test(text.slice(nameEnd))) return false;
  const m = /\b(?:his|her|their|its|our|my|the|a|an|another)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)\s*,\s*$/u.exec(text.slice(Math.max(0, nameStart - 60), nameStart).toLowerCase());
  return m !== null && PERSON_NOUNS.has(m[1]);
}

/** "in Beverly Hills, California": a place named with its state or country, however name-like. */
function isPlaceInAddress(text: string, nameStart: number, nameEnd: number): boolean {
  const region = /^,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\b/u.exec(text.slice(nameEnd, nameEnd + 40));
  return region !== null && PLACES.has(region[1].toLowerCase()) && /\b(?:in|at|from|near|outside|to|of)\s+$/.test(text.slice(Math.max(0, nameStart - 10), nameStart));
}

/** `"…," Bryne said.` / `"…," said Bryne.`: a lone name attributing a quotation is someone's surname. */
// A closing mark may follow another (`…,’”` closes a quote within a quote), or a word with no comma (`…too” Hale said`);
// any speech verb of the lexicon attributes it.
const QUOTE_THEN_NAME = /[\p{L}\d,!?…]["”’]{1,2}\s*$/u;
const QUOTE_SAID_THEN_NAME = new RegExp(`[,!?…]["”’]{1,2}\\s+(?:${SPEECH_VERB_ALT})\\s+$`, 'i');
const NAME_THEN_SAID = new RegExp(`^\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SPEECH_VERB_ALT})\\b`, 'i');

function quotedSurname(text: string, token: Token, word: string): boolean {
  if (token.possessive || !/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (isPlaceOrDemonym(word) || ORGANIZATION_CUES.has(lower) || PERSON_NOUNS.has(lower) || NON_NAME_WORDS.has(lower)) return false;
  const before = text.slice(Math.max(0, token.start - 24), token.start);
  const after = text.slice(token.baseEnd, token.baseEnd + 40);
  if (((QUOTE_THEN_NAME.test(before) && NAME_THEN_SAID.test(after)) || (QUOTE_SAID_THEN_NAME.test(before) && /^\s*[.,]/.test(after))) && !groupWord(lower, false)) return true;
  // `Beck said the party had lost its way.`, `Wines believes …`: a lone name opening a sentence as the subject of a speech verb.
  if (!(token.start === 0 || SENTENCE_THEN_NAME.test(before) || CLAUSE_THEN_NAME.test(before)) || groupWord(lower)) return false;
  // A plural noun takes `said` as a surname does (`Critics said`): a word ending in -s needs a verb in the singular (`Reynolds says`).
  return (/[^s]s$/.test(lower) ? OPENING_NAME_THEN_SAYS : OPENING_NAME_THEN_SAID).test(after);
}

/** Just after a sentence's end (the name opens the next sentence). */
const SENTENCE_THEN_NAME = /[.?!]["”’]?\s+["“]?$|^["“]$/;
/** Inside a sentence, opening a clause: `On Monday, Hale said …`, `… while Hale told …`, `… and Hale argued …`. */
// Not after "and" closing a list of names ("Sciences, Engineering and Medicine noted").
const CLAUSE_THEN_NAME = /(?:[\p{L}\d],|(?:(?<![\p{L}'’])\p{Ll}+,?|[.;:])\s+(?:and|but)|\b(?:while|whereas|as|when|after|before|because|though|although|since|until|so|then|where))\s+$/u;
const SINGULAR_SPEECH = 'says|tells|adds|writes|insists|explains|notes|argues|believes|thinks';
// `Nimbus says it will …`, `… said its`: a company speaking of itself.
const NOT_ITSELF = '(?!\\s+(?:its\\b|it\\s+(?:will|would|plans|expects|intends|has|had|is|was)\\b))';
const OPENING_NAME_THEN_SAID = new RegExp(`^\\s+(?:${VERB_ADVERBS}\\s+)*(?:said|told|added|wrote|insisted|explained|noted|argued|${PERSONAL_SPEECH_VERB_ALT}|${SINGULAR_SPEECH})\\b${NOT_ITSELF}`, 'i');
const OPENING_NAME_THEN_SAYS = new RegExp(`^\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SINGULAR_SPEECH})\\b${NOT_ITSELF}`, 'i');

/** A group (`Everyone`, `Women`, `Critics`, `Democrats`): a listed group word, or a plural whose singular is a person noun, a demonym or an agent noun. */
// `allAgentNouns`: a plural of any agent-noun shape (`Organizers`); otherwise not those in -er/-or/-al/-ant/-ent, which are
// as often surnames (`Rogers`, `Sanders`) where the verb's tense cannot tell them apart.
function groupWord(lower: string, allAgentNouns = true): boolean {
  if (GROUP_SUBJECTS.has(lower)) return true;
  const singulars = lower.endsWith('ies') ? [`${lower.slice(0, -3)}y`] : lower.endsWith('es') ? [lower.slice(0, -2), lower.slice(0, -1)] : lower.endsWith('s') ? [lower.slice(0, -1)] : [];
  return singulars.some((w) => PERSON_NOUNS.has(w) || isPlaceOrDemonym(w) || ORGANIZATION_CUES.has(w) || (allAgentNouns ? /(?:er|or|ist|ian|ant|ent|crat|can|ic|al)$/ : /(?:ist|yst|ian|crat|can|ic)$/).test(w));
}

const SUBJECT_OF_SPEECH = new RegExp(`^${APPOSITIVE_GAP}\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SPEECH_VERB_ALT})\\b`, 'i');
