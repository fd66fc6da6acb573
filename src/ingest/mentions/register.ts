/**
 * The people, organizations and mentions an article has named so far: finding
 * a known person by a shorter or fuller name, adding people, organizations and
 * mentions, and taking titles and appositives into a person's record.
 */
import type { OrganizationKind } from '../../records/entity-records';
import type { Gender } from '../entity-extraction';
import { GIVEN_NAMES, GROUP_SUBJECTS, NON_NAME_WORDS, ORGANIZATION_CUES, ORGANIZATION_NOUNS, PARTY_MEMBERS, PERSON_NOUNS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS, UNGENDERED_NAMES, WORD_GIVEN_NAMES } from '../lexicon';
import { genderOfWords } from './gender';
import { PersonIndex } from './person-index';
import { CONNECTORS, isPlaceOrDemonym } from './names';
import { type OrgState, type PersonKey, type PersonState, type RawMention, addAlias, norm, orgKey, personKey } from './state';
import { type TitleMatch, nationalityOf, readAppositive } from './titles';
import type { Token } from '../text';

/** The people, organizations and mentions read so far, and how a name finds or joins them. */
export class EntityRegister {
  readonly people: PersonState[] = [];
  readonly orgs: OrgState[] = [];
  readonly mentions: RawMention[] = [];
  /** Each organization's index by its key (keys are unique: orgIndex adds an organization only for a new one). */
  private readonly orgByKey = new Map<string, number>();
  /** By the key of an organization's name or of an alias, the first organization that has it (see orgNamed). */
  private readonly orgByNameKey = new Map<string, number>();
  /** The people by the words of their names (see findPerson). */
  private readonly personIndex = new PersonIndex();

  /**
   * The first organization whose key, or the key of one of whose aliases, is `key`; -1 when none. Kept as organizations
   * and aliases are added, so a name run is not compared with every alias of every organization named before.
   */
  orgNamed(key: string): number {
    return this.orgByNameKey.get(key) ?? -1;
  }

  private noteOrgName(key: string, index: number): void {
    const known = this.orgByNameKey.get(key);
    if (known === undefined || index < known) this.orgByNameKey.set(key, index);
  }

  /** A known person by full name, or by surname / given name when exactly one person carries it. */
  findPerson(parts: readonly string[], gender: Gender | null = null): number | null {
    const key = parts.map(norm).filter((p) => !/^\p{L}\.?$/u.test(p));
    if (key.length === 0) return null;
    const full = key.join(' ');
    this.personIndex.catchUp(this.people);
    // Only the people sharing the word a test compares, from the index; each still checked against its current key.
    const matching = (field: 'full' | 'last' | 'first' | 'end' | 'inner', word: string, pred: (k: PersonKey, i: number) => boolean): number[] => {
      const out: number[] = [];
      for (const i of this.personIndex.candidates(field, word)) if (pred(personKey(this.people[i]), i)) out.push(i);
      return out;
    };
    const exact = matching('full', full, (k) => k.full === full);
    if (exact.length > 0) return exact[0];
    const last = key[key.length - 1];
    if (key.length >= 2) {
      // A one-word person ("Ms. Voss") is not "Daniel Voss" when the given name says another gender.
      const given = UNGENDERED_NAMES.has(key[0]) ? undefined : GIVEN_NAMES.get(key[0]);
      // "Ken Starr" for "Kenneth Starr": one given name the start of the other.
      const variant = (first: string): boolean => first === key[0] || (Math.min(first.length, key[0].length) >= 3 && (first.startsWith(key[0]) || key[0].startsWith(first)));
      const same = matching('last', last, (k, i) => k.last === last && (variant(k.first) || (k.count === 1 && !(given && this.people[i].gender && this.people[i].gender !== given))));
      if (same.length > 0) return same.length === 1 ? same[0] : null;
      // "Van Westen" for "René van Westen", "López Obrador" for "Andrés Manuel López Obrador": the end of a longer name.
      const suffix = matching('end', full.slice(full.lastIndexOf(' ') + 1), (k) => k.count > key.length && k.full.endsWith(' ' + full));
      return suffix.length === 1 ? suffix[0] : null;
    }
    const bySurname = matching('last', last, (k) => k.last === last);
    if (bySurname.length === 1) return bySurname[0];
    if (bySurname.length > 1) {
      // "Ms. Voss" when Eleanor and Daniel Voss are both named: the honorific's gender decides, if it leaves one.
      const fit = gender === null ? [] : bySurname.filter((i) => this.people[i].gender === gender);
      if (fit.length === 1) return fit[0];
      // "Cheney said" when Liz and Dick Cheney are both named: news copy keeps the bare surname for the
      // person it is about, whom it introduced first; the other keeps a full name.
      return gender === null ? bySurname[0] : null;
    }
    const byGiven = matching('first', last, (k) => k.count > 1 && k.first === last);
    if (byGiven.length > 0) return byGiven.length === 1 ? byGiven[0] : null;
    // "Lula" for "Luiz Inácio Lula da Silva": a name word inside a name of three words or more, when only one person has it.
    const inner = matching('inner', last, (k) => k.count >= 3 && k.full.split(' ').slice(1, -1).includes(last) && !CONNECTORS.has(last));
    return inner.length === 1 ? inner[0] : null;
  }

  /**
   * `Rakeyia Scott` after Keith Lamont Scott: a name of two or three words whose last is the surname of
   * someone already named in full, under another first word that may be a given name (no common
   * word: `Former`, `Neither`, `Team`, `Republican`), is a person of that family.
   */
  sharesSurname(parts: readonly string[]): boolean {
    if (parts.length < 2 || parts.length > 3 || isPlaceOrDemonym(parts[0]) || !mayBeGivenName(parts[0])) return false;
    const key = parts.map(norm);
    const last = key[key.length - 1];
    // Not the person's own name after a word (`Rival Wells Fargo`): their first name is not in it.
    this.personIndex.catchUp(this.people);
    return this.personIndex.candidates('last', last).some((i) => {
      const p = this.people[i];
      return p.tokens.length >= 2 && norm(p.tokens[p.tokens.length - 1]) === last && !key.includes(norm(p.tokens[0]));
    });
  }

  /** Whether `key` (a folded word) is the last word of someone named with two words or more. */
  endsLongerName(key: string): boolean {
    this.personIndex.catchUp(this.people);
    return this.personIndex.candidates('last', key).some((i) => {
      const p = this.people[i];
      return p.tokens.length >= 2 && norm(p.tokens[p.tokens.length - 1]) === key;
    });
  }

  addPerson(parts: string[], name: string): number {
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

  enrichPerson(
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
      this.personIndex.reindex(index, p);
    }
    const written = parts.join(' ');
    if (written !== p.name) addAlias(p, written);
    // An honorific written for this person outweighs a gender read from words, pronouns or a list of given names.
    if (honorific) p.gender = honorific;
    if (p.gender === null && parts.length > 1 && !UNGENDERED_NAMES.has(norm(parts[0]))) p.gender = GIVEN_NAMES.get(norm(parts[0])) ?? WORD_GIVEN_NAMES.get(norm(parts[0])) ?? null;
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

  surnameOrGiven(person: number, part: string): string {
    const p = this.people[person];
    return norm(p.tokens[p.tokens.length - 1]) === norm(part) ? 'surname' : 'given-name';
  }

  addPersonMention(entity: number, unit: number, start: number, end: number, text: string, method: string, confidence: number): void {
    this.mentions.push({ type: 'person', entity, unit, start, end, text, method, confidence });
  }

  addOrgMention(entity: number, unit: number, start: number, end: number, text: string, method: string, confidence: number): void {
    this.mentions.push({ type: 'organization', entity, unit, start, end, text, method, confidence });
  }

  orgIndex(name: string, kind: OrganizationKind, country: string | null, implied: boolean, written: string = name): number {
    const key = orgKey(name);
    let index = this.orgByKey.get(key) ?? -1;
    if (index < 0) {
      this.orgs.push({ key, name, aliases: [], kind, country, implied });
      index = this.orgs.length - 1;
      this.orgByKey.set(key, index);
      this.noteOrgName(key, index);
    } else if (!implied) this.orgs[index].implied = false;
    const o = this.orgs[index];
    const writtenKey = orgKey(written);
    if (writtenKey !== key && !o.aliases.includes(written)) {
      o.aliases.push(written);
      this.noteOrgName(writtenKey, index);
    }
    return index;
  }
}

/** A capitalized word that may be an unlisted given name: none of the lexicon's common words, no -ing or -ly word. */
function mayBeGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  if (GIVEN_NAMES.has(norm(word))) return true;
  if (/(?:ing|ly|ed)$/.test(lower) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return ![NON_NAME_WORDS, PERSON_NOUNS, TITLE_HEADS, TITLE_MODIFIERS, GROUP_SUBJECTS, ORGANIZATION_NOUNS, SPEECH_VERBS].some((set) => set.has(lower)) && !PARTY_MEMBERS.has(`${lower}s`) && !ORGANIZATION_CUES.has(lower);
}
