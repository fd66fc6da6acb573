/**
 * Reads each paragraph's capitalized name runs into people and organizations:
 * titles inside a run, honorifics, evidence that a name is a person's, and
 * names read without evidence whose surname is later used as a subject.
 */
import type { Gender } from '../entity-extraction';
import { ABBREVIATIONS, APPOSITIVE_GAP, GIVEN_NAMES, GROUP_SUBJECTS, HONORIFICS, KIN_NOUNS, NON_NAME_WORDS, ORGANIZATION_CUES, PARTY_MEMBERS, PERSON_NOUNS, PLACES, SPEECH_VERB_ALT, SPEECH_VERBS, TITLE_HEADS, VERB_ADVERBS } from '../lexicon';
import { invertedGivenName } from './inverted-given-names';
import { findRuns, isNameShaped, isPlaceOrDemonym, personEvidence } from './names';
import { matchOrganization, readOrganizationInTitle } from './organizations';
import { EntityRegister } from './register';
import { namesAThing } from './thing-names';
import { norm } from './state';
import { domainWordsBeforeGivenName, opensPlace, readTitleBefore, readTitleBeforeComma, splitTitle } from './titles';
import { type Range, type Token, isCapitalized, tokenize } from '../text';

/** After a lone surname: a speech verb (past an appositive), ", who", or a finite verb. */
const SURNAME_AS_SUBJECT = new RegExp(`^(?:${APPOSITIVE_GAP}\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SPEECH_VERB_ALT})\\b|,\\s+who\\b|\\s+(?:is|was|has|had|says|said|told|added)\\b)`, 'i');

/** After a lone surname: a past tense in -ed, maybe after an adverb in -ly, then a lower-case word (`Mendoza regularly witnessed families`). */
const SURNAME_ACTS = /^\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+[a-z]/;

/** After a lone surname: a speech verb, past an appositive. */
const SURNAME_SPEAKS = new RegExp(`^${APPOSITIVE_GAP}\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SPEECH_VERB_ALT})\\b`, 'i');

/** A capitalized past form (`Continued`, `Stated`, `Wrote`) that, if a speech verb, opens an inversion before a name. */
const PAST_SPEECH = /^(?:\p{Lu}\p{Ll}+ed|Wrote|Told|Said)$/u;

/** A speech verb that may come before its subject (`said Cuban,`). */
const INVERTED_SPEECH = /^(?:said|says|added|asked|wrote|recalled|explained|continued)$/i;

/** Reads name runs paragraph by paragraph into the register: people, organizations and their mentions. */
export class Extractor extends EntityRegister {
  private readonly unitTexts = new Map<number, string>();
  /** Per paragraph read: whether it names a relative (see kinNamed). */
  private readonly kin = new Map<number, boolean>();
  /** Two- and three-word names read without evidence, by their last word (normalized). */
  private readonly unproven = new Map<string, string>();

  /** `promoted`: normalized full names to take as people though nothing else marks them. */
  constructor(private readonly promoted: ReadonlySet<string> = new Set()) {
    super();
  }

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
        // Most words are lower-case: they are passed before their key is made.
        if (t.possessive || !isCapitalized(t.text)) return;
        const key = norm(t.base);
        const full = this.unproven.get(key);
        if (full === undefined || out.has(full)) return;
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
        const after = text.slice(t.baseEnd, t.baseEnd + 240);
        // A plural group word (`Republicans`, `Democrats`) does things as a surname does: only a word in no lexicon list acts as one.
        const acts = SURNAME_ACTS.test(after) && !PARTY_MEMBERS.has(key) && !GROUP_SUBJECTS.has(key) && !isPlaceOrDemonym(t.base) && !/s$/.test(key);
        if (inverted || afterHonorific || acts || SURNAME_AS_SUBJECT.test(after)) out.add(full);
      });
    });
    return out;
  }

  /** A lone word that ends a multi-word person's name (`From` of `Al From`), as the subject of a speech verb or after an inverted one. */
  private speaksAsKnownSurname(text: string, tokens: readonly Token[], at: number): boolean {
    const t = tokens[at];
    const before = tokens[at - 1];
    if (t.possessive || !/^\p{Lu}\p{Ll}+$/u.test(t.base)) return false;
    const inverted = before !== undefined && text.slice(before.end, t.start) === ' ' && INVERTED_SPEECH.test(before.text) && /^\s*(?:[,.;:]|$)/.test(text.slice(t.baseEnd, t.baseEnd + 4));
    if (!inverted && !SURNAME_SPEAKS.test(text.slice(t.baseEnd, t.baseEnd + 200))) return false;
    return this.endsLongerName(norm(t.base));
  }

  /** Whether a noun for a relative (`his wife`, `her son`) is in this paragraph or the one before. */
  private kinNamed(unit: number): boolean {
    return [unit - 1, unit].some((u) => {
      let found = this.kin.get(u);
      if (found === undefined) {
        found = (this.unitTexts.get(u) ?? '').match(/\p{L}+/gu)?.some((w) => KIN_NOUNS.has(w.toLowerCase())) ?? false;
        this.kin.set(u, found);
      }
      return found;
    });
  }

  readUnit(text: string, unit: number, skip: readonly Range[], nicknames: readonly Range[]): void {
    this.unitTexts.set(unit, text);
    const tokens = outside(tokenize(text), skip);
    for (const run of findRuns(text, tokens, nicknames, titleCase(tokens))) this.readRun(text, unit, tokens, run);
  }

  private readRun(text: string, unit: number, tokens: Token[], run: { from: number; to: number }): void {
    let from = run.from;
    const to = run.to; // inclusive
    // `From said`: a function word that is the surname of someone named in full (`Al From`), speaking.
    const speakingFunctionWord = from === to && NON_NAME_WORDS.has(tokens[from].base.toLowerCase()) && this.speaksAsKnownSurname(text, tokens, from);
    while (!speakingFunctionWord && from <= to && NON_NAME_WORDS.has(tokens[from].base.toLowerCase()) && !HONORIFICS.has(tokens[from].text.toLowerCase()) && !(from < to && opensPlace(tokens[from], tokens[from + 1]))) from++;
    // "Continued Stone:", "Stated Ward:": a past speech verb before the name it inverts.
    if (from < to && PAST_SPEECH.test(tokens[from].text) && SPEECH_VERBS.has(tokens[from].text.toLowerCase()) && !GIVEN_NAMES.has(norm(tokens[from].base))) from++;
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
      rest.every((t, k) => (isNameShaped(t.base) || (k === 0 && rest.length > 1 && initials(t.base)) || (k === rest.length - 1 && k >= 2 && GENERATIONAL_SUFFIX.test(t.text))) && !ORGANIZATION_CUES.has(t.base.toLowerCase())) &&
      rest.some((t) => !TITLE_HEADS.has(t.text.toLowerCase()));
    if (!titled) {
      const prev = tokens[from - 1];
      const descriptor = prev && text.slice(prev.end, slice[0].start) === ' ' && (/^\p{Ll}/u.test(prev.text) || prev.text === 'The') ? prev.text.toLowerCase() : null;
      const org = matchOrganization(this, slice, phrase, descriptor);
      if (org) {
        this.addOrgMention(org.index, unit, slice[0].start, slice[slice.length - 1].baseEnd, phrase, org.method, org.confidence);
        return;
      }
      // "West said", "Cuban said": a place or nationality word that is the surname of someone named
      // in full earlier, as the subject of a speech verb, is that person.
      // So is one after an inverted speech verb: `said Cuban, who…`.
      const before = tokens[from - 1];
      const inverted = before !== undefined && text.slice(before.end, slice[0].start) === ' ' && INVERTED_SPEECH.test(before.text) && /^\s*(?:[,.;:]|$)/.test(text.slice(slice[0].baseEnd, slice[0].baseEnd + 4));
      const speakingSurname = slice.length === 1 && (inverted || SURNAME_SPEAKS.test(text.slice(slice[0].baseEnd, slice[0].baseEnd + 200))) && this.findPerson([slice[0].base]) !== null;
      if (!speakingSurname && (PLACES.has(lower) || NON_NAME_WORDS.has(lower) || slice.every((t) => isPlaceOrDemonym(t.base)))) return;
    } else {
      readOrganizationInTitle(this, text, unit, slice.slice(0, split.nameStart));
    }
    let nameFrom = from + (titled ? split.nameStart : 0);
    let honorific: Gender | null | undefined;
    const firstName = tokens[nameFrom];
    if (HONORIFICS.has(firstName.text.toLowerCase()) && nameFrom < to) {
      honorific = HONORIFICS.get(firstName.text.toLowerCase()) ?? null;
      nameFrom++;
    }
    // A capitalized common word opening the sentence before a given name: "Co-author Javier Montes", "Democrat Ada Pruitt".
    // Only a role-like word: "Eleanor Marie Kovach" keeps an unlisted given name.
    if (honorific === undefined) nameFrom += roleWordsBeforeGivenName(text, tokens, nameFrom, to);
    const domain = honorific === undefined && nameFrom === from ? domainWordsBeforeGivenName(text, tokens, from, to) : 0;
    nameFrom += domain;
    // "James B. Comey Jr.", "Brent Bozell III": a generational suffix closes the written name but is no part to match by.
    const suffixed = to - nameFrom >= 2 && GENERATIONAL_SUFFIX.test(tokens[to].text);
    const nameTokens = tokens.slice(nameFrom, suffixed ? to : to + 1);
    const inverted = speakingFunctionWord || (honorific === undefined && invertedGivenName(text, tokens, nameFrom, to));
    if (!inverted && nameTokens.some((t) => ORGANIZATION_CUES.has(t.base.toLowerCase()) || NON_NAME_WORDS.has(t.base.toLowerCase()))) return;
    if (namesAThing(nameTokens)) return;
    if (!nameTokens.every((t, k) => isNameShaped(t.base) || (k === 0 && nameTokens.length > 1 && initials(t.base)))) return;
    const nameStart = nameTokens[0].start;
    const nameEnd = suffixed ? tokens[to].end : nameTokens[nameTokens.length - 1].baseEnd;
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
    const evidence = (inverted ? 0.8 : null) ?? (domain > 0 ? 0.9 : null) ?? personEvidence(text, tokens, nameFrom, to, parts, title, honorific) ?? (this.promoted.has(key) ? 0.75 : this.sharesSurname(parts) && this.kinNamed(unit) ? 0.8 : null);
    if (evidence === null) {
      if (parts.length >= 2 && parts.length <= 3 && unit >= 0 && !this.unproven.has(norm(parts[parts.length - 1]))) this.unproven.set(norm(parts[parts.length - 1]), key);
      return;
    }
    const index = this.addPerson(parts, name);
    this.addPersonMention(index, unit, nameStart, nameEnd, name, title ? 'title-name' : 'full-name', evidence);
    this.enrichPerson(index, parts, title, unit, text, nameEnd, honorific, tokens[to]);
  }
}

/** A headline (or a line repeating it, or a subhead) in title case: short, every word of four letters or more capitalized. */
function titleCase(tokens: readonly Token[]): boolean {
  // A paragraph's length is checked before its words are read: most paragraphs are longer.
  if (tokens.length > 25) return false;
  const long = tokens.filter((t) => t.text.length >= 4 && /^\p{L}/u.test(t.text));
  return long.length >= 3 && long.every((t) => isCapitalized(t.text));
}

/** "Jr.", "Sr.", "II", "III", "IV" after a name. */
const GENERATIONAL_SUFFIX = /^(?:Jr\.|Sr\.|II|III|IV)$/;

/** Two or three initials run together opening a name ("J.J. Abrams"), not an abbreviation ("U.S.", "U.N."). */
function initials(word: string): boolean {
  return /^(?:\p{Lu}\.){2,3}$/u.test(word) && !PLACES.has(word.toLowerCase()) && !ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}

/** Tokens overlapping none of the ranges; both come in order, so one pointer walks the ranges. */
function outside(tokens: readonly Token[], ranges: readonly Range[]): Token[] {
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

/** A capitalized word naming a role: `Co-author`, `Democrat`, `Senator`. */
function roleLike(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return t.text.includes('-') || PERSON_NOUNS.has(lower) || TITLE_HEADS.has(lower) || PARTY_MEMBERS.has(`${lower}s`);
}

/**
 * How many capitalized words open the run before a given name and a surname: a role word right before the given
 * name (`Democrat Ada Pruitt`), with at most two words qualifying it before (`House Republican Tom Massey`,
 * `House Intelligence Republican Mike Pomfret`); none of them a given name. Zero when the run opens otherwise.
 */
function roleWordsBeforeGivenName(text: string, tokens: readonly Token[], nameFrom: number, to: number): number {
  for (let k = 1; k <= 3 && to - (nameFrom + k) >= 1; k++) {
    if (GIVEN_NAMES.has(norm(tokens[nameFrom + k - 1].base))) return 0;
    // Past qualifiers, only a given name and one or two more: `Underdog Conservative Ann Lee Beats Establishment` is a headline.
    if (GIVEN_NAMES.has(norm(tokens[nameFrom + k].base))) {
      if (k === 1 && openingGerund(text, tokens[nameFrom], to - nameFrom)) return 1;
      return roleLike(tokens[nameFrom + k - 1]) && (k === 1 || to - (nameFrom + k) <= 2) ? k : 0;
    }
  }
  return 0;
}

/** `Entrusting Donald Trump with …`: a verb in -ing opening the sentence before a given name and one or two more words. */
function openingGerund(text: string, word: Token, wordsAfter: number): boolean {
  if (wordsAfter > 3 || !/^\p{Lu}\p{Ll}{2,}ing$/u.test(word.text) || isPlaceOrDemonym(word.text)) return false;
  return /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(Math.max(0, word.start - 4), word.start));
}
