/**
 * Word lists the rule-based extractors rely on. All entries are lower case;
 * callers compare lower-cased tokens. Lists are deliberately general (news
 * vocabulary, world geography), not tuned to any one article.
 *
 * The lists themselves are data, one JSON file a list in lexicon/ (an array
 * of words, or an object from word to what it says); this module loads each
 * into the typed set or map the extractors import, and checks the values a
 * type restricts (genders, organization kinds) as it loads.
 */
// The package's own entry point answers one name at a time; its English map is what the readers need whole.
import englishGivenNames from 'gender-detection-from-name/names/en';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../records/entity-records';
import abbreviations from './lexicon/abbreviations.json';
import acronymStopWords from './lexicon/acronym-stop-words.json';
import notOrganizationAcronyms from './lexicon/not-organization-acronyms.json';
import addresseeVerbs from './lexicon/addressee-verbs.json';
import anonymousSourceNouns from './lexicon/anonymous-source-nouns.json';
import attributionVerbs from './lexicon/attribution-verbs.json';
import notAdverbsInLy from './lexicon/not-adverbs-in-ly.json';
import clubEndings from './lexicon/club-endings.json';
import countryAbbreviationHeads from './lexicon/country-abbreviation-heads.json';
import causativeVerbs from './lexicon/causative-verbs.json';
import cueCompounds from './lexicon/cue-compounds.json';
import occasionVerbs from './lexicon/occasion-verbs.json';
import openingPastVerbs from './lexicon/opening-past-verbs.json';
import demonyms from './lexicon/demonyms.json';
import documentNouns from './lexicon/document-nouns.json';
import documentVerbs from './lexicon/document-verbs.json';
import epithetNouns from './lexicon/epithet-nouns.json';
import epithetRoleNouns from './lexicon/epithet-role-nouns.json';
import femaleNames from './lexicon/female-names.json';
import femaleWords from './lexicon/female-words.json';
import groupSubjects from './lexicon/group-subjects.json';
import quantifierSubjects from './lexicon/quantifier-subjects.json';
import irregularPastVerbs from './lexicon/irregular-past-verbs.json';
import honorifics from './lexicon/honorifics.json';
import knownOrganizations from './lexicon/known-organizations.json';
import maleNames from './lexicon/male-names.json';
import maleWords from './lexicon/male-words.json';
import namePrefixTitles from './lexicon/name-prefix-titles.json';
import namingVerbs from './lexicon/naming-verbs.json';
import nonNameWords from './lexicon/non-name-words.json';
import nonPersonHeads from './lexicon/non-person-heads.json';
import notGivenNames from './lexicon/not-given-names.json';
import wordGivenNames from './lexicon/word-given-names.json';
import organizationCues from './lexicon/organization-cues.json';
import organizationDescriptors from './lexicon/organization-descriptors.json';
import organizationNouns from './lexicon/organization-nouns.json';
import participleSpeech from './lexicon/participle-speech.json';
import personalSpeechVerbs from './lexicon/personal-speech-verbs.json';
import notSpeakerLabels from './lexicon/not-speaker-labels.json';
import partyMembers from './lexicon/party-members.json';
import personNouns from './lexicon/person-nouns.json';
import kinNouns from './lexicon/kin-nouns.json';
import places from './lexicon/places.json';
import reportingCues from './lexicon/reporting-cues.json';
import reportingVerbs from './lexicon/reporting-verbs.json';
import roleNounTitles from './lexicon/role-noun-titles.json';
import sourceNouns from './lexicon/source-nouns.json';
import participleHeadNouns from './lexicon/participle-head-nouns.json';
import participleHeadWords from './lexicon/participle-head-words.json';
import wordNameBlockers from './lexicon/word-name-blockers.json';
import speechVerbs from './lexicon/speech-verbs.json';
import crowdSpeechVerbs from './lexicon/crowd-speech-verbs.json';
import coordinatedSpeechVerbs from './lexicon/coordinated-speech-verbs.json';
import titleExpansions from './lexicon/title-expansions.json';
import titleHeads from './lexicon/title-heads.json';
import titleModifiers from './lexicon/title-modifiers.json';
import ungenderedNames from './lexicon/ungendered-names.json';
import writerNouns from './lexicon/writer-nouns.json';
import { wordTrie } from './word-trie';

/** A word list as a set, entries as the file lists them (lower case). */
function words(list: readonly string[]): ReadonlySet<string> {
  return new Set(list);
}

/** Words or phrases as a regex alternation, longest first (so a phrase is tried before its own first word); plain words factored (word-trie.ts). */
export function alternation(list: Iterable<string>): string {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  return wordTrie(sorted) ?? sorted.join('|');
}

function genderOrNull(value: string | null, file: string): 'male' | 'female' | null {
  if (value === null || value === 'male' || value === 'female') return value;
  throw new Error(`lexicon/${file}.json: "${value}" is no gender (male, female or null)`);
}

function organizationKind(value: string, file: string): OrganizationKind {
  const kind = ORGANIZATION_KINDS.find((k) => k === value);
  if (kind === undefined) throw new Error(`lexicon/${file}.json: "${value}" is no organization kind (${ORGANIZATION_KINDS.join(', ')})`);
  return kind;
}

/** Abbreviations whose final period belongs to the word, not the sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = words(abbreviations);

/** Words that a country abbreviation modifies ("U.S. Senate", "U.N. Security Council"), besides title heads and organization nouns: after one, "U.S." ends no sentence. */
export const COUNTRY_ABBREVIATION_HEADS: ReadonlySet<string> = words(countryAbbreviationHeads);

/** Verbs that introduce speech, in the forms news copy uses. */
export const SPEECH_VERBS: ReadonlySet<string> = words([...speechVerbs, ...crowdSpeechVerbs.forms]);
/**
 * Finite speech verbs that, right after "and"/"but" in a reported clause, open a verb phrase coordinated with the
 * cue's rather than the clause's own (`says he respects her and calls her …`): past forms and present forms that are
 * rarely plural nouns.
 */
export const COORDINATED_SPEECH_VERBS: ReadonlySet<string> = words(coordinatedSpeechVerbs);

/** Speech verbs whose object is whom the speaker addresses (`told Fox News: "…"`): the name after them never speaks. */
export const ADDRESSEE_VERBS: ReadonlySet<string> = words(addresseeVerbs);

/** Verbs that take a reported clause ("said Republicans had promised…"); "was announced" and "called X" do not. */
export const REPORTING_VERBS: ReadonlySet<string> = words(reportingVerbs);

/** Speech verbs as a regex alternation, longest first. */
export const SPEECH_VERB_ALT = alternation(SPEECH_VERBS);

/**
 * Speech verbs and verbs that attribute a quotation next to it without saying its subject is a
 * person (`"…," Fox News reported`): for the attribution patterns only, never as evidence of a name.
 */
export const ATTRIBUTION_VERB_ALT = alternation([...SPEECH_VERBS, ...words(attributionVerbs)]);

/** Words in -ly that are no adverb of manner (`family`, `early`, `rally`): a pattern's negative lookahead. */
export const NOT_ADVERBS_IN_LY_ALT = [...words(notAdverbsInLy)].join('|');

/** Adverbs and auxiliaries that may sit between a subject and its speech verb ("has repeatedly said"). */
export const VERB_ADVERBS =
  '(?:went on to|goes on to|go on to|also|later|then|previously|repeatedly|again|recently|often|frequently|once|publicly|privately|flatly|firmly|just|only|still|quickly|angrily|bluntly|simply|further|earlier|long|never|already|since|has|had|have|was|is|would|will|could|did|does|had|may|might|must|should|can)';

/**
 * Between a name and what follows it: an optional parenthetical ("(D-Calif.)", with a stray comma after it)
 * and an optional appositive or relative clause set off by commas, which may
 * hold a quotation whose comma sits inside the marks (`, whose role critics
 * called "a reinvention,"`, or in two apostrophes as some papers print them:
 * `, a host of ''The Five,''`; a lone apostrophe, `O'Brien`, is a letter of the
 * aside). Up to three such comma pieces: AP's `Rep. Chip Roy,
 * R-Texas, a leader of the Freedom Caucus, said`.
 */
export const APPOSITIVE_GAP = "(?:\\s*\\([^()]{0,60}\\)(?:,(?=\\s))?)?(?:\\s*,(?:(?:[^,\"“”']|'(?!')|[\"“][^\"”“]*[^,\"”][\"”]|''[^'\"“”]*[^,'\"”]'')*(?:,|[\"“][^\"”“]*,[\"”]|''[^'\"“”]*,'')){1,3})?(?:\\s*\\([^()]{0,60}\\))?";

/** Speech verbs that on their own (no object) report a direct quotation after a quote. */
export const PARTICIPLE_SPEECH: ReadonlySet<string> = words(participleSpeech);

/**
 * Speech verbs whose subject is nearly always a person, seldom a company or a body (`Hale recalled`,
 * `Hale quipped`, not `Acme announced`): a lone capitalized word opening a sentence before one is a surname.
 * Past tense only: the narration's tense; a present one is as often a quoted anecdote's.
 */
export const PERSONAL_SPEECH_VERB_ALT = alternation(words(personalSpeechVerbs));

/** Words of a capitalized label before a colon that heads a note, not a speaker's turn (`UPDATE:`, `EDITOR'S NOTE:`). */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = words(notSpeakerLabels);

/**
 * Title heads: the word or phrase a title ends with, just before a name
 * ("Foreign Minister Sergei Lavrov") or at the head of an appositive
 * ("Russia's ambassador to the United States").
 */
export const TITLE_HEADS: ReadonlySet<string> = words(titleHeads);

/** Title heads strong enough to make an otherwise unknown capitalized word a person ("President Obama"). */
export const NAME_PREFIX_TITLES: ReadonlySet<string> = words(namePrefixTitles);

/**
 * Honorifics: mark a person and sometimes gender, but are not titles. British
 * style writes some without a period ("Dr René van Westen", "Prof Penny Holliday").
 */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | null> = new Map(Object.entries(honorifics).map(([word, gender]) => [word, genderOrNull(gender, 'honorifics')]));

/** Abbreviated titles written in full in a person's title. */
export const TITLE_EXPANSIONS: ReadonlyMap<string, string> = new Map(Object.entries(titleExpansions));

/** Words that mark gender in titles and descriptors. */
export const FEMALE_WORDS: ReadonlySet<string> = words(femaleWords);

export const MALE_WORDS: ReadonlySet<string> = words(maleWords);

/** Lower-case words that may precede a title and belong to it ("former", "ousted pro-Russian"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = words(titleModifiers);

/** Nationality adjectives and country forms that qualify a title. */
export const DEMONYMS: ReadonlySet<string> = words(demonyms);

/** Places: countries, capitals, major cities, U.S. states, regions. Never people or organizations. */
export const PLACES: ReadonlySet<string> = words(places);

/** Capitalized words that never begin or form a name on their own. */
export const NON_NAME_WORDS: ReadonlySet<string> = words(nonNameWords);

/** Last words of things' and groups' names that no person's name ends with ("Initiative", "Prize", "Democrats"). */
export const NON_PERSON_HEADS: ReadonlySet<string> = words(nonPersonHeads.words);

/** Capitalized words for groups, not people, that open a sentence before a speech verb: `Critics said`, `Everyone says`. */
export const GROUP_SUBJECTS: ReadonlySet<string> = words(groupSubjects);
/** Quantifiers that stand alone as a plural subject (`Some chanted`, `Many said`): the source as written. */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = words(quantifierSubjects);
/** Past tenses not in -ed that open a verb phrase (`sent out a statement`): never the head of a noun phrase. */
export const IRREGULAR_PAST_VERBS: ReadonlySet<string> = words(irregularPastVerbs);
/** Members of a party named in the plural ("Democrats", "Tories"): people, not the party itself. */
export const PARTY_MEMBERS: ReadonlySet<string> = words(partyMembers);

/** Well-known organizations by name or short form, with their kind. */
export const KNOWN_ORGANIZATIONS: ReadonlyMap<string, { name: string; kind: OrganizationKind; country?: string }> = new Map(
  Object.entries<{ name: string; kind: string; country?: string }>(knownOrganizations).map(([key, { name, kind, country }]) => [key, { name, kind: organizationKind(kind, 'known-organizations'), country }]),
);

/**
 * Words that make a capitalized sequence an organization, with the kind they
 * suggest; among them corporate suffixes as wires write them without periods
 * ("Ford Motor Co", "Stellantis NV") and broadcasters' channel names ("Sky Sports").
 */
export const ORGANIZATION_CUES: ReadonlyMap<string, OrganizationKind> = new Map(Object.entries(organizationCues).map(([word, kind]) => [word, organizationKind(kind, 'organization-cues')]));

/**
 * Lower-case nouns that, written just before a capitalized name, make it an
 * organization: "industry group Canacero", "carmaker Stellantis", "startup Nimbus".
 */
export const ORGANIZATION_DESCRIPTORS: ReadonlySet<string> = words(organizationDescriptors);

/**
 * All-capital words that are no organization's acronym ("TV", "CEO", "GDP", "US"), with time zones, state
 * abbreviations and the terms of not-organization-acronyms.json ("EST", "N.H.", "VP", "FOIA"), periods dropped.
 */
export const ACRONYM_STOP: ReadonlySet<string> = words([...acronymStopWords, ...notOrganizationAcronyms.words]);

/**
 * Football club name endings: "Manchester United", "Blackburn Rovers". Only as
 * the last of two or three words, never to join runs ("United States and Russia").
 */
export const CLUB_ENDINGS: ReadonlySet<string> = words(clubEndings);

/** Nouns for a relative (`wife`, `son`, `family`): a text naming one may name people who share a surname. */
export const KIN_NOUNS: ReadonlySet<string> = words(kinNouns);

/** Nouns for a person a descriptor may use as a subject ("a spokeswoman said", "one woman said"). */
export const PERSON_NOUNS: ReadonlySet<string> = words(personNouns);

/**
 * Nouns for a person's office or calling that, after "the", refer back to someone named earlier
 * ("the billionaire", "the Ohio governor", "the actress"), unlike nouns that may bring in someone new ("the woman").
 */
export const EPITHET_NOUNS: ReadonlySet<string> = words([...epithetNouns, ...epithetRoleNouns]);

/** Nouns that, after "the", refer back to an organization named earlier ("the ministry said"). */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = words(organizationNouns);

/**
 * How a reporting cue takes its content: "told reporters that …" needs an object; "…, saying that …" shares its
 * clause's subject; a `clause` cue reports a clause ("said (that) …"), an `object` cue any complement: a clause, a
 * noun phrase or an infinitive ("endorsed Trump", "urged Congress to act", "promised to build").
 */
export interface CueInfo {
  object: 'required' | 'optional' | 'none';
  participle: boolean;
  frame: 'clause' | 'object';
}

/** Cues that take a reported clause ("said that …", "told reporters …", "…, adding that …"), lower case. */
export const REPORTING_CUES: ReadonlyMap<string, CueInfo> = new Map(
  Object.entries(reportingCues).map(([cue, info]): [string, CueInfo] => {
    if (!['required', 'optional', 'none'].includes(info.object)) throw new Error(`lexicon/reporting-cues.json: "${cue}" has object "${info.object}"`);
    if (!['clause', 'object'].includes(info.frame)) throw new Error(`lexicon/reporting-cues.json: "${cue}" has frame "${info.frame}"`);
    return [cue, { object: info.object as CueInfo['object'], participle: info.participle, frame: info.frame as CueInfo['frame'] }];
  }),
);

/** Compound nouns holding a cue word ("think tank", "talk show"): there the word is no cue. Lower case. */
export const CUE_COMPOUNDS: ReadonlySet<string> = words(cueCompounds);

/** Verbs of an occasion a purpose infinitive may follow ("took to Twitter to say", "held a news conference to announce"). */
export const OCCASION_VERBS: ReadonlySet<string> = words(occasionVerbs);

/**
 * More past tenses not in -ed (beyond IRREGULAR_PAST_VERBS) after which a noun phrase opening a clause ends: its
 * subject ("The mayor met residents and promised …"). Lower case.
 */
export const OPENING_PAST_VERBS: ReadonlySet<string> = words(openingPastVerbs);

/** Causatives whose object speaks in the infinitive after it ("led Republicans to say", "prompting some to wonder"). */
export const CAUSATIVE_VERBS: ReadonlySet<string> = words(causativeVerbs);

/** Things that carry words and may stand as a quotation's source after "the" ("the statement said", "the crowd chanted"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = words(documentNouns);

/** Verbs that name or label what their object is (`calling Christie "…"`): a quotation right after one is no words of the subject's, lower case. */
export const NAMING_VERBS: ReadonlySet<string> = words(namingVerbs);

/** Verbs by which a document, never a person, carries a quotation ("the letter reads"), lower case. */
export const DOCUMENT_VERBS: ReadonlySet<string> = words(documentVerbs);

/**
 * Nouns for a speaker whose anonymity is the point ("the source", "the official", "the spokesman"): after "the"
 * they need not refer back to anyone named, so the phrase as written is the source the text credits.
 */
export const ANONYMOUS_SOURCE_NOUNS: ReadonlySet<string> = words(anonymousSourceNouns);

/** People who speak or write a quotation in a noun phrase, besides PERSON_NOUNS ("one user wrote", "a Democratic strategist said"). */
export const WRITER_NOUNS: ReadonlySet<string> = words(writerNouns);

/** Nouns that can head a source phrase: "officials said", "a new poll found", "his campaign said". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([...PERSON_NOUNS, ...ORGANIZATION_NOUNS, ...sourceNouns]);

/** Nouns for a message or for people holding a view that a participle after them reports from (`ads attacking …`, `a petition calling for …`). */
export const PARTICIPLE_HEAD_NOUNS: ReadonlySet<string> = words(participleHeadNouns);

/** The small words read around a participle's noun phrase: pronouns for people, determiners, prepositions. */
export const PARTICIPLE_HEAD_WORDS = {
  pronouns: words(participleHeadWords.pronouns),
  groups: words(participleHeadWords.groups),
  determiners: words(participleHeadWords.determiners),
  boundaries: words(participleHeadWords.boundaries),
} as const;

/** Determiners and prepositions after which a capitalized word-given-name is the word ("the Rose Bowl"). */
export const WORD_NAME_BLOCKERS: ReadonlySet<string> = words(wordNameBlockers.words);

/** Role nouns a descriptor may use for a person named earlier ("the senator", "the U.S. diplomat"). */
export const ROLE_NOUN_TITLES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(roleNounTitles));

/** Common given names, with the gender they most often carry in news copy. */
const MALE_NAMES = words(maleNames);

const FEMALE_NAMES = words(femaleNames);

/**
 * Words on the given-name lists that say nothing of gender in news copy:
 * Korean and Chinese family names written first ("Kim Yo Jong", "Li Qiang")
 * and names common to both sexes. They still count as evidence of a name.
 */
export const UNGENDERED_NAMES: ReadonlySet<string> = words(ungenderedNames);

/**
 * Given names with their usual gender: the 32,000 English-language names of
 * the gender-detection-from-name package, less the ones that are also words,
 * places or demonyms in news copy ("Will", "Grant", "Georgia", "Christian":
 * lexicon/not-given-names.json and the place lists), with the short lists in
 * lexicon/ on top: the gender news copy gives a name (Hillary, Kellyanne,
 * Lindsey) and world figures' names the package lacks (Reince, Volodymyr, Xi).
 */
export const GIVEN_NAMES: ReadonlyMap<string, 'male' | 'female'> = (() => {
  const map = new Map<string, 'male' | 'female'>();
  const excluded = new Set<string>([...notGivenNames, ...NON_NAME_WORDS, ...PLACES, ...DEMONYMS]);
  for (const [name, gender] of englishGivenNames) {
    if (name.length >= 3 && !excluded.has(name) && (gender === 'male' || gender === 'female')) map.set(name, gender);
  }
  for (const n of FEMALE_NAMES) map.set(n, 'female');
  // Male second so that names common to both (e.g. "jean") lean to the more frequent news usage.
  for (const n of MALE_NAMES) if (!FEMALE_NAMES.has(n)) map.set(n, 'male');
  return map;
})();

/**
 * Given names that are also common words ("Hope", "Grant", "Rush", "Angel"), kept off GIVEN_NAMES: with the gender
 * the names package gives them. They count as a given name only before a surname, inside a sentence (names.ts).
 */
export const WORD_GIVEN_NAMES: ReadonlyMap<string, 'male' | 'female'> = (() => {
  const genders = new Map<string, string>(englishGivenNames);
  const map = new Map<string, 'male' | 'female'>();
  for (const n of wordGivenNames) {
    const g = genders.get(n);
    if (g === 'male' || g === 'female') map.set(n, g);
  }
  return map;
})();

/**
 * Every name of the names package, words and demonyms included ("German", "Al", "Angel", "Israel"): a name only
 * where the sentence's shape already says a person is named (mentions/inverted-given-names.ts).
 */
export const PACKAGE_GIVEN_NAMES: ReadonlySet<string> = new Set([...englishGivenNames.keys()]);
