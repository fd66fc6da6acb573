/**
 * People and organizations named in an article, rule-based: capitalized name
 * sequences, a title lexicon, appositives, organization cues, a gazetteer of
 * places that are never entities, and coreference of later short mentions
 * ("Kerry", "Mr. Kerry") to the person first named in full. Pure; no I/O.
 */
import type { OrganizationKind } from '../entities/records';
import {
  CLUB_ENDINGS,
  DEMONYMS,
  FEMALE_WORDS,
  GIVEN_NAMES,
  HONORIFICS,
  KNOWN_ORGANIZATIONS,
  MALE_WORDS,
  NAME_PREFIX_TITLES,
  NON_NAME_WORDS,
  ORGANIZATION_CUES,
  PERSON_NOUNS,
  PLACES,
  APPOSITIVE_GAP,
  SPEECH_VERB_ALT,
  SPEECH_VERBS,
  TITLE_EXPANSIONS,
  VERB_ADVERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  UNGENDERED_NAMES,
} from './lexicon';
import { isAllCaps, isCapitalized, tokenize, type Range, type Token } from './text';

export type Gender = 'male' | 'female';

export interface ExtractedRole {
  title: string;
  /** Index into `organizations`, or null. */
  organization: number | null;
}

export interface ExtractedPerson {
  name: string;
  aliases: string[];
  /** The most specific title the article gives. */
  title: string | null;
  roles: ExtractedRole[];
  gender: Gender | null;
  /** Lower-case demonym or country form from the title ("u.s.", "russian"), for descriptor resolution. */
  nationality: string | null;
}

export interface ExtractedOrganization {
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  country: string | null;
  /** Implied by a title ("Secretary of State" → State Department), never written as such. */
  implied: boolean;
}

export interface ExtractedMention {
  type: 'person' | 'organization';
  /** Index into `people` or `organizations`. */
  entity: number;
  text: string;
  paragraph: number;
  start: number;
  end: number;
  /** "full-name", "title-name", "surname", "given-name", "honorific", "organization", "acronym". */
  method: string;
  confidence: number;
}

export interface EntityExtraction {
  /** In order of first mention in the body. */
  people: ExtractedPerson[];
  organizations: ExtractedOrganization[];
  /** In reading order. */
  mentions: ExtractedMention[];
}

export interface EntitySource {
  paragraphs: readonly string[];
  /** Headline and image captions: read for titles and aliases, never stored as mentions. */
  context?: readonly string[];
  /** Per paragraph, spans to ignore (titles of shows and films, nicknames, terms in quotation marks). */
  skip?: readonly (readonly Range[])[];
  /** Per paragraph, nickname spans a name runs across (Dwayne "The Rock" Johnson). */
  nicknames?: readonly (readonly Range[])[];
}

interface PersonState extends ExtractedPerson {
  tokens: string[];
  titleScore: number;
  appositives: { unit: number; range: Range; title: string }[];
  titleRanges: { unit: number; range: Range; title: string }[];
}

interface PersonKey {
  full: string;
  first: string;
  last: string;
  count: number;
}

const personKeys = new WeakMap<PersonState, { tokens: string[]; key: PersonKey }>();

/** Normalized name parts of a person, cached until the person's tokens change. */
function personKey(p: PersonState): PersonKey {
  const cached = personKeys.get(p);
  if (cached && cached.tokens === p.tokens) return cached.key;
  const parts = p.tokens.map(norm);
  const full = parts.filter((t) => !/^\p{L}\.?$/u.test(t)).join(' ');
  const key = { full, first: parts[0], last: parts[parts.length - 1], count: parts.length };
  personKeys.set(p, { tokens: p.tokens, key });
  return key;
}

interface OrgState extends ExtractedOrganization {
  key: string;
}

/** A raw mention before people without body mentions are dropped; unit < 0 is a context line. */
interface RawMention extends Omit<ExtractedMention, 'paragraph'> {
  unit: number;
}

const CONNECTORS = new Set(['of', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'del', 'dos', 'das', 'the', 'for', 'and', 'on']);
/** Connectors allowed only inside organization names ("Bank of America", "National Institute on Aging"). */
const ORG_ONLY_CONNECTORS = new Set(['the', 'for', 'and', 'on']);
/** Corporate suffixes: "and" after one starts another name ("Lear Corp. and Magna International Inc."). */
const CORPORATE_SUFFIX = /^(?:Inc|Corp|Co|Ltd|LLC|PLC|Plc|NV|SA|SAB|AG|SE|SpA|GmbH|LP|Group|Holdings)\.?$/;
/**
 * Lower-case nouns that, written just before a capitalized name, make it an
 * organization: "industry group Canacero", "carmaker Stellantis", "startup Nimbus".
 */
const ORGANIZATION_DESCRIPTORS = new Set(
  `group|company|firm|carmaker|automaker|chipmaker|drugmaker|lender|bank|startup|start-up|retailer|insurer|airline|broker|brokerage|regulator|watchdog|conglomerate|developer|publisher|broadcaster|newspaper|studio|supplier|manufacturer|miner|operator|utility|distributor|exchange|union|charity|nonprofit|non-profit|think-tank|outlet`.split('|'),
);

export function extractEntities(source: EntitySource): EntityExtraction {
  let x = readAll(source, new Set());
  // Wire copy names people with no title ("Zadie Smith is sitting…") and then
  // by surname as a subject ("Smith, who…", "Smith said"): that later use is
  // the evidence, so such names are read again as people.
  const promoted = x.surnamesUsedAsSubjects(source.paragraphs);
  if (promoted.size > 0) x = readAll(source, promoted);
  return x.result(source.paragraphs.length);
}

/** Tokens overlapping none of the ranges; both come in order, so one pointer walks the ranges. */
function outside(tokens: Token[], ranges: readonly Range[]): Token[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Token[] = [];
  let k = 0;
  for (const t of tokens) {
    while (k < sorted.length && sorted[k].end <= t.start) k++;
    let overlaps = false;
    for (let j = k; j < sorted.length && sorted[j].start < t.end; j++) {
      if (t.start < sorted[j].end && t.end > sorted[j].start) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) out.push(t);
  }
  return out;
}

function readAll(source: EntitySource, promoted: ReadonlySet<string>): Extractor {
  const x = new Extractor(promoted);
  const context = source.context ?? [];
  context.forEach((text, i) => x.readUnit(text, -1 - i, [], []));
  source.paragraphs.forEach((text, i) => x.readUnit(text, i, source.skip?.[i] ?? [], source.nicknames?.[i] ?? []));
  x.inferGendersFromPronouns(source.paragraphs);
  return x;
}

/** After a lone surname: a speech verb (past an appositive), ", who", or a finite verb. */
const SURNAME_AS_SUBJECT = new RegExp(`^(?:${APPOSITIVE_GAP}\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SPEECH_VERB_ALT})\\b|,\\s+who\\b|\\s+(?:is|was|has|had|says|said|told|added)\\b)`, 'i');

class Extractor {
  readonly people: PersonState[] = [];
  readonly orgs: OrgState[] = [];
  readonly mentions: RawMention[] = [];
  private readonly unitTexts = new Map<number, string>();
  /** Two- and three-word names read without evidence, by their last word (normalized). */
  private readonly unproven = new Map<string, string>();

  /** `promoted`: normalized full names to take as people though nothing else marks them. */
  constructor(private readonly promoted: ReadonlySet<string> = new Set()) {}

  /**
   * Normalized names read without evidence whose last word later stands alone
   * in the body as a subject ("Smith, who…", "Kelce said"), and is no known
   * person's or organization's word.
   */
  surnamesUsedAsSubjects(paragraphs: readonly string[]): Set<string> {
    const out = new Set<string>();
    // A surname a fully named person already carries is theirs ("Kelce said" is Travis, not Jason), unless
    // an honorific of the other gender claims it ("Ms. Voss" beside Daniel Voss). A person known by one
    // word ("Ms. Voss") is evidence for the full name, not a rival to it.
    const claimed = new Map<string, Gender | null>();
    for (const p of this.people) if (p.tokens.length > 1) for (const part of p.tokens) claimed.set(norm(part), claimed.has(norm(part)) ? null : p.gender);
    for (const o of this.orgs) for (const part of o.key.split(' ')) this.unproven.delete(part);
    if (this.unproven.size === 0) return out;
    paragraphs.forEach((text) => {
      const tokens = tokenize(text);
      tokens.forEach((t, i) => {
        const key = norm(t.base);
        const full = this.unproven.get(key);
        if (full === undefined || out.has(full) || t.possessive || !isCapitalized(t.text)) return;
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        const honorific = prev !== undefined && text.slice(prev.end, t.start) === ' ' ? HONORIFICS.get(prev.text.toLowerCase()) : undefined;
        const afterHonorific = honorific !== undefined;
        if (claimed.has(key)) {
          const owner = claimed.get(key) ?? null;
          if (!(honorific && owner && honorific !== owner)) return;
        }
        if (prev && isCapitalized(prev.text) && text.slice(prev.end, t.start) === ' ' && !/^(?:said|says|told)$/i.test(prev.text) && !afterHonorific) return;
        if (next && isCapitalized(next.text) && text.slice(t.end, next.start) === ' ') return;
        const inverted = prev !== undefined && /^(?:said|says)$/i.test(prev.text) && text.slice(prev.end, t.start) === ' ' && /^\s*(?:[,.;:]|$)/.test(text.slice(t.baseEnd, t.baseEnd + 4));
        // "Ms. Voss": an honorific before the bare surname says it is a person's.
        if (inverted || afterHonorific || SURNAME_AS_SUBJECT.test(text.slice(t.baseEnd, t.baseEnd + 240))) out.add(full);
      });
    });
    return out;
  }

  readUnit(text: string, unit: number, skip: readonly Range[], nicknames: readonly Range[]): void {
    this.unitTexts.set(unit, text);
    const tokens = outside(tokenize(text), skip);
    for (const run of findRuns(text, tokens, nicknames)) this.readRun(text, unit, tokens, run);
  }

  private readRun(text: string, unit: number, tokens: Token[], run: { from: number; to: number }): void {
    let from = run.from;
    const to = run.to; // inclusive
    while (from <= to && NON_NAME_WORDS.has(tokens[from].base.toLowerCase()) && !HONORIFICS.has(tokens[from].text.toLowerCase())) from++;
    if (from > to) return;
    // Named storms are not people: "Hurricane Milton", "Typhoon Haiyan", "Storm Ciarán".
    if (from < to && /^(?:hurricane|typhoon|cyclone|storm|tropical)$/i.test(tokens[from].text)) return;
    const slice = tokens.slice(from, to + 1);
    const phrase = text.slice(slice[0].start, slice[slice.length - 1].baseEnd);
    const lower = phrase.toLowerCase();

    // A title inside the run ("Russian Foreign Minister Sergei Lavrov", "White House Press Secretary Jay Carney")
    // makes the rest a person, unless the rest is organization-shaped ("General Motors").
    const split = splitTitle(slice);
    const rest = slice.slice(split.nameStart);
    const titled =
      split.nameStart > 0 &&
      rest.every((t) => isNameShaped(t.base) && !ORGANIZATION_CUES.has(t.base.toLowerCase())) &&
      rest.some((t) => !TITLE_HEADS.has(t.text.toLowerCase()));
    if (!titled) {
      const prev = tokens[from - 1];
      const descriptor = prev && text.slice(prev.end, slice[0].start) === ' ' && /^\p{Ll}/u.test(prev.text) ? prev.text.toLowerCase() : null;
      const org = this.matchOrganization(slice, phrase, descriptor);
      if (org) {
        this.addOrgMention(org.index, unit, slice[0].start, slice[slice.length - 1].baseEnd, phrase, org.method, org.confidence);
        return;
      }
      if (PLACES.has(lower) || NON_NAME_WORDS.has(lower) || slice.every((t) => isPlaceOrDemonym(t.base))) return;
    } else {
      this.readOrganizationInTitle(text, unit, slice.slice(0, split.nameStart));
    }
    let nameFrom = from + (titled ? split.nameStart : 0);
    let honorific: Gender | null | undefined;
    const firstName = tokens[nameFrom];
    if (HONORIFICS.has(firstName.text.toLowerCase()) && nameFrom < to) {
      honorific = HONORIFICS.get(firstName.text.toLowerCase()) ?? null;
      nameFrom++;
    }
    // A capitalized common word opening the sentence before a given name: "Co-author Javier Montes".
    // Only a role-like word: "Eleanor Marie Kovach" keeps an unlisted given name.
    if (
      to - nameFrom >= 2 &&
      !GIVEN_NAMES.has(norm(tokens[nameFrom].base)) &&
      GIVEN_NAMES.has(norm(tokens[nameFrom + 1].base)) &&
      honorific === undefined &&
      (tokens[nameFrom].text.includes('-') || PERSON_NOUNS.has(tokens[nameFrom].text.toLowerCase()) || TITLE_HEADS.has(tokens[nameFrom].text.toLowerCase()))
    )
      nameFrom++;
    const nameTokens = tokens.slice(nameFrom, to + 1);
    if (nameTokens.some((t) => ORGANIZATION_CUES.has(t.base.toLowerCase()) || NON_NAME_WORDS.has(t.base.toLowerCase()))) return;
    if (!nameTokens.every((t) => isNameShaped(t.base))) return;
    const nameStart = nameTokens[0].start;
    const nameEnd = nameTokens[nameTokens.length - 1].baseEnd;
    const title = readTitleBefore(text, tokens, nameFrom) ?? readTitleBeforeComma(text, nameStart, nameEnd);
    const parts = nameTokens.map((t) => t.base);
    const written = text.slice(nameStart, nameEnd);
    const name = /["“”]/.test(written) ? parts.join(' ') : written;

    const known = this.findPerson(parts, honorific ?? null);
    if (known !== null) {
      const method = parts.length === 1 ? (honorific !== undefined ? 'honorific' : this.people[known].tokens.length === 1 ? 'full-name' : this.surnameOrGiven(known, parts[0])) : 'full-name';
      this.addPersonMention(known, unit, nameStart, nameEnd, name, method, parts.length === 1 ? 0.9 : 0.98);
      this.enrichPerson(known, parts, title, unit, text, nameEnd, honorific, tokens[to]);
      return;
    }
    if (parts.length === 1 && (PLACES.has(lower) || isPlaceOrDemonym(parts[0]))) return;
    const key = parts.map(norm).join(' ');
    const evidence = personEvidence(text, tokens, nameFrom, to, parts, title, honorific) ?? (this.promoted.has(key) ? 0.75 : null);
    if (evidence === null) {
      if (parts.length >= 2 && parts.length <= 3 && unit >= 0 && !this.unproven.has(norm(parts[parts.length - 1]))) this.unproven.set(norm(parts[parts.length - 1]), key);
      return;
    }
    const index = this.addPerson(parts, name);
    this.addPersonMention(index, unit, nameStart, nameEnd, name, title ? 'title-name' : 'full-name', evidence);
    this.enrichPerson(index, parts, title, unit, text, nameEnd, honorific, tokens[to]);
  }

  /** "White House" in "White House Press Secretary", "Apple" in "Apple CEO": the longest organization-shaped prefix. */
  private readOrganizationInTitle(text: string, unit: number, titleTokens: Token[]): void {
    for (let end = titleTokens.length - 1; end >= 1; end--) {
      const part = titleTokens.slice(0, end);
      const phrase = text.slice(part[0].start, part[part.length - 1].baseEnd);
      const org = this.matchOrganization(part, phrase);
      if (org) {
        this.addOrgMention(org.index, unit, part[0].start, part[part.length - 1].baseEnd, phrase, org.method, org.confidence);
        return;
      }
    }
  }

  private surnameOrGiven(person: number, part: string): string {
    const p = this.people[person];
    return norm(p.tokens[p.tokens.length - 1]) === norm(part) ? 'surname' : 'given-name';
  }

  /** A known person by full name, or by surname / given name when exactly one person carries it. */
  findPerson(parts: readonly string[], gender: Gender | null = null): number | null {
    const key = parts.map(norm).filter((p) => !/^\p{L}\.?$/u.test(p));
    if (key.length === 0) return null;
    const full = key.join(' ');
    const keys = this.people.map((p) => personKey(p));
    const exact = keys.findIndex((k) => k.full === full);
    if (exact >= 0) return exact;
    const last = key[key.length - 1];
    const matching = (pred: (k: PersonKey, i: number) => boolean): number[] => keys.flatMap((k, i) => (pred(k, i) ? [i] : []));
    if (key.length >= 2) {
      // A one-word person ("Ms. Voss") is not "Daniel Voss" when the given name says another gender.
      const given = UNGENDERED_NAMES.has(key[0]) ? undefined : GIVEN_NAMES.get(key[0]);
      const same = matching((k, i) => k.last === last && (k.first === key[0] || (k.count === 1 && !(given && this.people[i].gender && this.people[i].gender !== given))));
      if (same.length > 0) return same.length === 1 ? same[0] : null;
      // "Van Westen" for "René van Westen", "López Obrador" for "Andrés Manuel López Obrador": the end of a longer name.
      const suffix = keys.flatMap((k, i) => (k.count > key.length && k.full.endsWith(' ' + full) ? [i] : []));
      return suffix.length === 1 ? suffix[0] : null;
    }
    const bySurname = matching((k) => k.last === last);
    if (bySurname.length === 1) return bySurname[0];
    if (bySurname.length > 1) {
      // "Ms. Voss" when Eleanor and Daniel Voss are both named: the honorific's gender decides, if it leaves one.
      const fit = gender === null ? [] : bySurname.filter((i) => this.people[i].gender === gender);
      return fit.length === 1 ? fit[0] : null;
    }
    const byGiven = matching((k) => k.count > 1 && k.first === last);
    if (byGiven.length > 0) return byGiven.length === 1 ? byGiven[0] : null;
    // "Lula" for "Luiz Inácio Lula da Silva": a name word inside a name of three words or more, when only one person has it.
    const inner = keys.flatMap((k, i) => (k.count >= 3 && k.full.split(' ').slice(1, -1).includes(last) && !CONNECTORS.has(last) ? [i] : []));
    return inner.length === 1 ? inner[0] : null;
  }

  private addPerson(parts: string[], name: string): number {
    this.people.push({
      name,
      aliases: [],
      title: null,
      roles: [],
      gender: null,
      nationality: null,
      tokens: parts,
      titleScore: -1,
      appositives: [],
      titleRanges: [],
    });
    return this.people.length - 1;
  }

  private enrichPerson(
    index: number,
    parts: string[],
    title: TitleMatch | null,
    unit: number,
    text: string,
    nameEnd: number,
    honorific: Gender | null | undefined,
    lastToken: Token,
  ): void {
    const p = this.people[index];
    // A fuller form of the name ("John F. Kerry" after "Kerry") becomes the name.
    if (parts.length > p.tokens.length) {
      addAlias(p, p.name);
      p.tokens = parts;
      p.name = parts.join(' ');
    }
    const written = parts.join(' ');
    if (written !== p.name) addAlias(p, written);
    if (honorific) p.gender ??= honorific;
    if (p.gender === null && parts.length > 1 && !UNGENDERED_NAMES.has(norm(parts[0]))) p.gender = GIVEN_NAMES.get(norm(parts[0])) ?? null;
    if (title) {
      this.considerTitle(p, title.text, title.formal ? 100 + title.text.length : title.text.length);
      p.titleRanges.push({ unit, range: title.range, title: title.text });
      p.gender ??= genderOfWords(title.text);
    }
    if (!lastToken.possessive) {
      const appositive = readAppositive(text, nameEnd);
      if (appositive) {
        p.appositives.push({ unit, range: appositive.range, title: appositive.title });
        this.considerTitle(p, appositive.title, appositive.title.length);
        p.gender ??= genderOfWords(appositive.title);
      }
    }
  }

  private considerTitle(p: PersonState, title: string, score: number): void {
    if (score > p.titleScore) {
      p.title = title;
      p.titleScore = score;
      p.nationality = nationalityOf(title);
    }
  }

  private addPersonMention(entity: number, unit: number, start: number, end: number, text: string, method: string, confidence: number): void {
    this.mentions.push({ type: 'person', entity, unit, start, end, text, method, confidence });
  }

  private addOrgMention(entity: number, unit: number, start: number, end: number, text: string, method: string, confidence: number): void {
    this.mentions.push({ type: 'organization', entity, unit, start, end, text, method, confidence });
  }

  /** `descriptor`: the lower-case word written just before the name ("group" in "industry group Canacero"), if any. */
  private matchOrganization(slice: Token[], phrase: string, descriptor: string | null = null): { index: number; method: string; confidence: number } | null {
    const lower = phrase.toLowerCase();
    const known = KNOWN_ORGANIZATIONS.get(lower) ?? KNOWN_ORGANIZATIONS.get(lower.replace(/^the\s+/, ''));
    const isAcronym = slice.length === 1 && isAllCaps(slice[0].base);
    if (known && (!/^[a-z.]{2,5}$/.test(lower) || isAcronym)) {
      return { index: this.orgIndex(known.name, known.kind, known.country ?? null, false, phrase), method: 'organization', confidence: 0.95 };
    }
    const existing = this.orgs.findIndex((o) => o.key === orgKey(phrase) || o.aliases.some((a) => orgKey(a) === orgKey(phrase)));
    if (existing >= 0) return { index: existing, method: 'organization', confidence: 0.9 };
    if (PLACES.has(lower)) return null;
    if (slice.length >= 2 && slice.length <= 3 && CLUB_ENDINGS.has(slice[slice.length - 1].base.toLowerCase()) && !GIVEN_NAMES.has(norm(slice[0].base))) {
      return { index: this.orgIndex(phrase, 'OTHER', null, false, phrase), method: 'organization', confidence: 0.8 };
    }
    if (slice.length >= 2) {
      const cue = slice.map((t) => ORGANIZATION_CUES.get(t.base.toLowerCase())).find((k) => k !== undefined);
      const lastIsName = GIVEN_NAMES.has(norm(slice[0].base)) && slice.length <= 3 && !ORGANIZATION_CUES.has(slice[slice.length - 1].base.toLowerCase());
      if (cue && !lastIsName) {
        return { index: this.orgIndex(phrase, cue, null, false, phrase), method: 'organization', confidence: 0.85 };
      }
    }
    if (descriptor !== null && ORGANIZATION_DESCRIPTORS.has(descriptor) && !GIVEN_NAMES.has(norm(slice[0].base)) && !HONORIFICS.has(slice[0].text.toLowerCase()) && slice.length <= 4) {
      return { index: this.orgIndex(phrase, 'COMPANY', null, false, phrase), method: 'organization', confidence: 0.75 };
    }
    if (isAcronym && slice[0].base.replace(/\./g, '').length >= 2 && slice[0].base.length <= 6) {
      const a = slice[0].base.toLowerCase();
      if (!PLACES.has(a) && !TITLE_HEADS.has(a) && !ACRONYM_STOP.has(a) && !/\d/.test(a)) {
        return { index: this.orgIndex(slice[0].base, 'OTHER', null, false, phrase), method: 'acronym', confidence: 0.6 };
      }
    }
    return null;
  }

  orgIndex(name: string, kind: OrganizationKind, country: string | null, implied: boolean, written: string = name): number {
    const key = orgKey(name);
    let index = this.orgs.findIndex((o) => o.key === key);
    if (index < 0) {
      this.orgs.push({ key, name, aliases: [], kind, country, implied });
      index = this.orgs.length - 1;
    } else if (!implied) this.orgs[index].implied = false;
    const o = this.orgs[index];
    if (orgKey(written) !== key && !o.aliases.includes(written)) o.aliases.push(written);
    return index;
  }

  /** He/she evidence: a sentence naming exactly one person, followed by a sentence opening with He or She. */
  inferGendersFromPronouns(paragraphs: readonly string[]): void {
    const votes = new Map<number, { male: number; female: number }>();
    paragraphs.forEach((text, unit) => {
      const here = this.mentions.filter((m) => m.unit === unit && m.type === 'person');
      const re = /(^|[.!?]["”]?\s+)(He|She|His|Her)\b/g;
      for (const m of text.matchAll(re)) {
        const at = m.index + m[1].length;
        const before = here.filter((x) => x.end <= at);
        const prevUnit = before.length === 0 ? this.mentions.filter((x) => x.unit === unit - 1 && x.type === 'person') : before;
        const people = new Set(prevUnit.map((x) => x.entity));
        if (people.size !== 1) continue;
        const [person] = people;
        const v = votes.get(person) ?? { male: 0, female: 0 };
        if (m[2] === 'He' || m[2] === 'His') v.male++;
        else v.female++;
        votes.set(person, v);
      }
    });
    for (const [person, v] of votes) {
      const p = this.people[person];
      if (p.gender === null && v.male !== v.female) p.gender = v.male > v.female ? 'male' : 'female';
    }
  }

  result(paragraphCount: number): EntityExtraction {
    this.linkRoles();
    this.addImpliedOrganizations();
    const body = this.mentions.filter((m) => m.unit >= 0 && m.unit < paragraphCount);
    const firstSeen = new Map<string, number>();
    body.forEach((m, i) => {
      const key = `${m.type}:${m.entity}`;
      if (!firstSeen.has(key)) firstSeen.set(key, i);
    });
    const keptPeople = this.people.map((_, i) => i).filter((i) => firstSeen.has(`person:${i}`));
    keptPeople.sort((a, b) => firstSeen.get(`person:${a}`)! - firstSeen.get(`person:${b}`)!);
    const keptOrgs = this.orgs
      .map((_, i) => i)
      .filter((i) => firstSeen.has(`organization:${i}`) || (this.orgs[i].implied && this.isRoleOrgOfKept(i, keptPeople)));
    const personMap = new Map(keptPeople.map((old, i) => [old, i]));
    const orgMap = new Map(keptOrgs.map((old, i) => [old, i]));
    const people: ExtractedPerson[] = keptPeople.map((i) => {
      const p = this.people[i];
      return {
        name: p.name,
        aliases: p.aliases.filter((a) => a !== p.name),
        title: p.title,
        roles: dedupeRoles(p.roles.map((r) => ({ title: r.title, organization: r.organization === null ? null : (orgMap.get(r.organization) ?? null) }))),
        gender: p.gender,
        nationality: p.nationality,
      };
    });
    const organizations: ExtractedOrganization[] = keptOrgs.map((i) => {
      const o = this.orgs[i];
      return { name: o.name, aliases: o.aliases, kind: o.kind, country: o.country, implied: o.implied };
    });
    const mentions: ExtractedMention[] = body
      .map((m) => ({
        type: m.type,
        entity: m.type === 'person' ? personMap.get(m.entity) : orgMap.get(m.entity),
        text: m.text,
        paragraph: m.unit,
        start: m.start,
        end: m.end,
        method: m.method,
        confidence: m.confidence,
      }))
      .filter((m): m is ExtractedMention => m.entity !== undefined)
      .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    return { people, organizations, mentions };
  }

  private isRoleOrgOfKept(org: number, keptPeople: number[]): boolean {
    return keptPeople.some((p) => this.people[p].roles.some((r) => r.organization === org));
  }

  /** Roles: each title and appositive, with the organization named inside it, if any. */
  private linkRoles(): void {
    const orgMentions = new Map<number, RawMention[]>();
    for (const m of this.mentions) if (m.type === 'organization') orgMentions.set(m.unit, [...(orgMentions.get(m.unit) ?? []), m]);
    for (const p of this.people) {
      const seen = new Set<string>();
      for (const t of [...p.titleRanges, ...p.appositives]) {
        // The same title repeated on every mention (run-on input) is one role.
        const key = `${t.unit}:${t.range.start}:${t.title}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const org = (orgMentions.get(t.unit) ?? []).find((m) => m.start >= t.range.start && m.end <= t.range.end);
        p.roles.push({ title: t.title, organization: org ? org.entity : null });
      }
      // Surname as an alias, so that later articles' "Kerry" finds "John F. Kerry".
      if (p.tokens.length > 1) {
        addAlias(p, p.tokens[p.tokens.length - 1]);
        const noInitials = p.tokens.filter((t) => !/^\p{Lu}\.$/u.test(t));
        if (noInitials.length !== p.tokens.length && noInitials.length > 1) addAlias(p, noInitials.join(' '));
      }
    }
  }

  /** "Secretary of State" implies the State Department; "Russian Foreign Minister" the Russian Foreign Ministry. */
  private addImpliedOrganizations(): void {
    for (const p of this.people) {
      for (const role of p.roles) {
        if (role.organization !== null) continue;
        const implied = impliedOrganization(role.title);
        if (implied) role.organization = this.orgIndex(implied.name, implied.kind, implied.country, true);
      }
    }
  }
}

const APPOSITIVE_STOP = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'who', 'which', 'that', 'and', 'but', 'or', 'not', 'did', 'does', 'do', 'said', 'says', 'told', 'with', 'when', 'where', 'if', 'as', 'he', 'she', 'they', 'it', 'we', 'i']);

/** Finite verbs that make a comma phrase a clause rather than an appositive (not "states", "calls": nouns too). */
const CLAUSE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'did', 'does', 'can', 'could', 'said', 'says', 'told', 'tells', 'added', 'wrote', 'insisted', 'argued', 'warned', 'replied']);

const ACRONYM_STOP = new Set(['tv', 'ok', 'am', 'pm', 'gdp', 'ceo', 'cfo', 'coo', 'mp', 'mep', 'vip', 'id', 'dna', 'ai', 'us', 'usa', 'uk', 'ii', 'iii', 'iv', 'jr', 'sr', 'covid', 'hiv', 'aids', 'n', 's', 'e', 'w', 'i', 'a', 'it', 'lol', 'omg', 'q', 'pdf', 'gop']);

function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’]/g, "'");
}

function orgKey(name: string): string {
  return norm(name)
    .replace(/^the\s+/, '')
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function addAlias(p: PersonState, alias: string): void {
  if (alias !== p.name && !p.aliases.includes(alias)) p.aliases.push(alias);
}

function dedupeRoles(roles: ExtractedRole[]): ExtractedRole[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const key = `${r.title.toLowerCase()}|${r.organization}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isPlaceOrDemonym(word: string): boolean {
  const w = word.toLowerCase();
  return PLACES.has(w) || DEMONYMS.has(w) || /^(?:pro|anti|non)-/.test(w);
}

/** A word that can be part of a personal name: "Kerry", "F.", "O'Brien", "al-Assad", "Jean-Marc". */
function isNameShaped(word: string): boolean {
  if (/^\p{Lu}\.$/u.test(word) || /^(?:St|Ste)\.$/.test(word)) return true;
  if (/^(?:al|el|bin|ibn|abu|de|van|von|da|di|du|del|la|le|der|den|dos|das|ter|ten)$/i.test(word)) return true;
  if (/^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(word)) return true;
  return /^\p{Lu}[\p{Ll}\p{M}'’]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u.test(word) || /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}+$/u.test(word) || /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(word);
}

function isRunWord(t: Token): boolean {
  return isCapitalized(t.text) || /^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(t.text);
}

/**
 * Maximal sequences of capitalized tokens separated by single spaces, with
 * connectors ("of", "de", "van") inside. A possessive or any punctuation ends a run.
 */
function findRuns(text: string, tokens: Token[], nicknames: readonly Range[] = []): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  const joins = (a: Token, b: Token): boolean => {
    const gap = text.slice(a.end, b.start);
    if (gap === ' ') return true;
    return /^ ["“][^"”“]+["”] $/.test(gap) && nicknames.some((r) => r.start >= a.end && r.end <= b.start);
  };
  let i = 0;
  while (i < tokens.length) {
    if (!isRunWord(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && (!tokens[j].possessive || possessiveInOrgName(tokens[j], tokens[j + 1])) && joins(tokens[j], tokens[j + 1])) {
      const next = tokens[j + 1];
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
      if (
        CONNECTORS.has(next.text) &&
        after &&
        isRunWord(after) &&
        /^ $/.test(text.slice(next.end, after.start)) &&
        (!ORG_ONLY_CONNECTORS.has(next.text) || orgish(tokens, i, j + 2))
      ) {
        j += 2;
        continue;
      }
      break;
    }
    runs.push({ from: i, to: j });
    i = j + 1;
  }
  return runs;
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

function matchHeadEndingAt(words: readonly string[], k: number): number {
  for (let len = Math.min(5, k + 1); len >= 1; len--) {
    const phrase = words.slice(k - len + 1, k + 1).join(' ');
    if (TITLE_HEADS.has(phrase)) return len;
  }
  return 0;
}

/** Splits "Russian Foreign Minister Sergei Lavrov" into a title part and the name part (index of the name's first token). */
function splitTitle(slice: Token[]): { nameStart: number } {
  const words = slice.map((t) => stripTitlePrefix(t.text.toLowerCase()));
  for (let k = slice.length - 2; k >= 0; k--) {
    if (matchHeadEndingAt(words, k) > 0) return { nameStart: k + 1 };
  }
  return { nameStart: 0 };
}

function stripTitlePrefix(word: string): string {
  return word.replace(/^(?:then|ex|former)-/, '');
}

interface TitleMatch {
  text: string;
  range: Range;
  /** Capitalized head, as formal titles are written ("Foreign Minister"); "diplomat" is not. */
  formal: boolean;
}

/**
 * The title written just before a name: scans back over title words,
 * modifiers ("former", "ousted", "pro-Russian"), nationality and organization
 * words, and requires a title head directly before the name.
 */
function readTitleBefore(text: string, tokens: Token[], nameFrom: number): TitleMatch | null {
  const k = nameFrom - 1;
  if (k < 0 || text.slice(tokens[k].end, tokens[nameFrom].start) !== ' ') return null;
  // Only the few tokens a title can span are lower-cased; indexes stay those of `tokens`.
  const from = Math.max(0, k - 12);
  const words: string[] = [];
  for (let i = from; i <= k; i++) words[i] = stripTitlePrefix(tokens[i].text.toLowerCase());
  if (HONORIFICS.has(words[k])) return null;
  const headLen = matchHeadEndingAt(words, k);
  if (headLen === 0) return null;
  let first = k - headLen + 1;
  // Extend left over modifiers, nationality, organization names and possessive countries.
  while (first > from) {
    const prev = tokens[first - 1];
    const gap = text.slice(prev.end, tokens[first].start);
    if (gap !== ' ') break;
    const w = prev.text.toLowerCase();
    const base = prev.base.toLowerCase();
    if (NON_NAME_WORDS.has(base) && !TITLE_MODIFIERS.has(w)) break;
    if (SPEECH_VERBS.has(w)) break;
    const ok =
      TITLE_MODIFIERS.has(w) ||
      DEMONYMS.has(base) ||
      /^(?:pro|anti)-\p{L}+$/u.test(w) ||
      (prev.possessive && isCapitalized(prev.text)) ||
      TITLE_HEADS.has(w) ||
      (isCapitalized(prev.text) && !prev.possessive) ||
      (w === 'of' && first - 2 >= 0 && isCapitalized(tokens[first - 2].text));
    if (!ok) break;
    first--;
    if (prev.possessive) break;
  }
  // Drop leading capitalized words that start the sentence but are not part of a title ("Both", "Yesterday").
  while (first < k - headLen + 1 && NON_NAME_WORDS.has(tokens[first].base.toLowerCase()) && !TITLE_MODIFIERS.has(words[first])) first++;
  const start = tokens[first].start;
  const end = tokens[k].end;
  const raw = text.slice(start, end);
  const head = tokens[k - headLen + 1].text;
  return { text: expandTitle(raw, text, tokens[nameFrom]), range: { start, end }, formal: isCapitalized(head) };
}

const EXPANSION_RES: [RegExp, string][] = [...TITLE_EXPANSIONS].map(([abbr, full]) => [new RegExp(`(^|\\s)${abbr.replace(/\./g, '\\.')}(?=\\s|$)`, 'i'), full]);

/** "Sen." → "Senator"; a party-state tag "(D-Calif.)" after the name makes a bare legislator title "U.S. …". */
function expandTitle(raw: string, text: string, nameToken: Token): string {
  let title = raw;
  if (title.includes('.')) for (const [re, full] of EXPANSION_RES) title = title.replace(re, `$1${full}`);
  const after = text.slice(nameToken.end, nameToken.end + 80);
  const partyTag = /^[^,.()]{0,40}\(\s*[DRI]-[A-Z][A-Za-z.]*\s*\)/.test(after);
  if (partyTag && /^(?:Senator|Representative)$/.test(title)) title = `U.S. ${title}`;
  return title;
}

/**
 * An appositive giving a role right after a name: ", Russia's ambassador to
 * the United States," or " (D-Calif.), chairwoman of the Senate Intelligence Committee,".
 */
function readAppositive(text: string, nameEnd: number): { title: string; range: Range } | null {
  const m = /^(\s*\([^()]{1,40}\))?\s*,\s+/.exec(text.slice(nameEnd));
  if (!m) return null;
  const start = nameEnd + m[0].length;
  let end = start;
  const rest = text.slice(start);
  const stop = /,|;|\(|\)|—|–|:|\.(?=\s|$)(?<!\b\p{Lu}\.)(?<!\bU\.S\.)(?<!\bU\.N\.)(?<!\bU\.K\.)|["“”]/u.exec(rest);
  end = start + (stop ? stop.index : rest.length);
  let phrase = text.slice(start, end).trim();
  if (phrase === '' || phrase.split(/\s+/).length > 14) return null;
  if (/^\d+$/.test(phrase)) return null;
  const words = phrase.split(/\s+/);
  const first = words[0].toLowerCase();
  if (['who', 'which', 'that', 'where', 'when', 'and', 'but', 'or', 'said', 'says', 'told'].includes(first)) return null;
  if (SPEECH_VERBS.has(first)) return null;
  // The head of the appositive must be a title word within its first few words.
  const lowerWords = words.map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  let headAt = -1;
  for (let k = 0; k < Math.min(lowerWords.length, 6); k++) {
    if (matchHeadEndingAt(lowerWords, k) > 0) {
      headAt = k;
      break;
    }
  }
  if (headAt < 0) return null;
  // Before the head: a noun phrase's pre-modifiers ("the union's general", "a senior"), never a verb or clause word.
  for (let k = 0; k < headAt; k++) {
    if (APPOSITIVE_STOP.has(lowerWords[k]) || SPEECH_VERBS.has(lowerWords[k]) || /^\d/.test(lowerWords[k])) return null;
  }
  // "…, the prime minister said:" is a clause about someone else, not an appositive.
  if (lowerWords.slice(headAt + 1).some((w) => CLAUSE_VERBS.has(w))) return null;
  phrase = phrase.replace(/^(?:a|an|the)\s+/i, '');
  return { title: phrase, range: { start, end } };
}

/**
 * How sure we are a capitalized sequence is a person, or null when nothing
 * says so: a title, an honorific, a known given name, an appositive role,
 * or a speech verb.
 */
function personEvidence(
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
  if (title && NAME_PREFIX_TITLES.has(lastTitleHead(title.text))) return 0.95;
  if (honorific !== undefined) return 0.9;
  if (title && !single) return 0.9;
  if (single) return null;
  if (isPlaceOrDemonym(parts[0]) && !GIVEN_NAMES.has(norm(parts[0]))) return null;
  if (isPlaceInAddress(text, tokens[nameFrom].start, tokens[to].baseEnd)) return null;
  if (GIVEN_NAMES.has(norm(parts[0]))) return 0.9;
  // "Unai Emery, who said…" — but not "an analyst at Cox Automotive, who said…", where "who" is the analyst.
  if (!tokens[to].possessive && RELATIVE_SPEAKER.test(text.slice(tokens[to].baseEnd, tokens[to].baseEnd + 120)) && !/\b(?:at|of|for|from|with|by|in|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, tokens[nameFrom].start - 10), tokens[nameFrom].start))) return 0.8;
  if (namedAfterPersonNoun(text, tokens[nameFrom].start, tokens[to].baseEnd)) return 0.85;
  if (readAppositive(text, tokens[to].baseEnd) && !tokens[to].possessive) return 0.85;
  if (!tokens[to].possessive && SUBJECT_OF_SPEECH.test(text.slice(tokens[to].baseEnd, tokens[to].baseEnd + 240))) return 0.8;
  const prev = tokens[nameFrom - 1];
  if (prev && /^(?:said|says|told|added)$/i.test(prev.text) && text.slice(prev.end, tokens[nameFrom].start) === ' ') return 0.8;
  return null;
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

const SUBJECT_OF_SPEECH = new RegExp(`^${APPOSITIVE_GAP}\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SPEECH_VERB_ALT})\\b`, 'i');

/**
 * A title set off before the name by a comma: "Labour's shadow health
 * secretary, Wes Streeting, accused…", "His spokesman, Nick Alvarez, said…".
 * The name must be closed by a comma too.
 */
function readTitleBeforeComma(text: string, nameStart: number, nameEnd: number): TitleMatch | null {
  if (!/^\s*,/.test(text.slice(nameEnd))) return null;
  const before = text.slice(Math.max(0, nameStart - 100), nameStart);
  const m = /(?:^|[.;:!?]\s+|,\s+|\b(?:and|but)\s+)((?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+)\s*,\s*$/u.exec(before);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  if (!TITLE_HEADS.has(head)) return null;
  let phrase = m[1];
  phrase = phrase.replace(/^(?:the|a|an|his|her|their|its|our)\s+/i, '');
  if (phrase.split(/\s+/).some((w) => APPOSITIVE_STOP.has(w.toLowerCase()))) return null;
  const start = nameStart - (before.length - before.lastIndexOf(m[1])) + (m[1].length - phrase.length);
  return { text: phrase, range: { start, end: start + phrase.length }, formal: false };
}

function lastTitleHead(title: string): string {
  const words = title.toLowerCase().split(/\s+/);
  for (let len = Math.min(4, words.length); len >= 1; len--) {
    const phrase = words.slice(words.length - len).join(' ');
    if (NAME_PREFIX_TITLES.has(phrase)) return phrase;
    const abbreviated = [...TITLE_EXPANSIONS].find(([, full]) => full.toLowerCase() === phrase);
    if (abbreviated && NAME_PREFIX_TITLES.has(abbreviated[0])) return abbreviated[0];
  }
  return words[words.length - 1];
}

function genderOfWords(s: string): Gender | null {
  const words = s.toLowerCase().split(/[\s,]+/);
  if (words.some((w) => FEMALE_WORDS.has(w) && !['her', 'she'].includes(w))) return 'female';
  if (words.some((w) => MALE_WORDS.has(w) && !['he', 'his', 'him'].includes(w))) return 'male';
  return null;
}

function nationalityOf(title: string): string | null {
  const lower = title.toLowerCase().replace(/[’']s\b/g, '');
  for (const w of lower.split(/\s+/)) {
    if (DEMONYMS.has(w)) return canonicalNation(w);
    if (PLACES.has(w)) return canonicalNation(w);
  }
  return null;
}

/** "american", "us", "united states" → "u.s."; "russia" → "russian". */
export function canonicalNation(word: string): string {
  const w = word.toLowerCase();
  if (['american', 'us', 'u.s.', 'usa', 'united states', 'america'].includes(w)) return 'u.s.';
  if (['british', 'uk', 'u.k.', 'britain'].includes(w)) return 'british';
  const country: Record<string, string> = { russia: 'russian', ukraine: 'ukrainian', china: 'chinese', france: 'french', germany: 'german', israel: 'israeli', iran: 'iranian' };
  return country[w] ?? w;
}

const MINISTRY_TITLE = /^(?:(\p{Lu}[\p{L}.]*)(?:[’']s)?\s+)?(Foreign|Defen[cs]e|Interior|Finance|Justice|Health|Economy|Energy|Trade|Education|Agriculture)\s+Minister$/u;

function impliedOrganization(title: string): { name: string; kind: OrganizationKind; country: string | null } | null {
  const bare = title.replace(/^(?:former|acting|interim|deputy|outgoing|incoming)\s+/i, '');
  if (/^(?:U\.S\.\s+)?Secretary of State$/.test(bare)) return { name: 'State Department', kind: 'GOVERNMENT_AGENCY', country: 'US' };
  const m = MINISTRY_TITLE.exec(bare);
  if (m && m[1]) {
    const nation = canonicalNation(m[1]);
    const adjective = nation === 'u.s.' ? null : nation.charAt(0).toUpperCase() + nation.slice(1);
    if (adjective && DEMONYMS.has(nation)) return { name: `${adjective} ${m[2]} Ministry`, kind: 'GOVERNMENT_AGENCY', country: null };
  }
  return null;
}
