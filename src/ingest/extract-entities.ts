/**
 * People and organizations named in an article, rule-based: capitalized name
 * sequences, a title lexicon, appositives, organization cues, a gazetteer of
 * places that are never entities, and coreference of later short mentions
 * ("Kerry", "Mr. Kerry") to the person first named in full. Pure; no I/O.
 *
 * The mention stage's types and entry; the reading itself is in mentions/.
 */
import type { OrganizationKind } from '../records/entity-records';
import { inferGendersFromPronouns } from './mentions/gender';
import { Extractor } from './mentions/reader';
import { extractionResult } from './mentions/result';
import type { Range } from './text';

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

export function extractEntities(source: EntitySource): EntityExtraction {
  let x = readAll(source, new Set());
  // Wire copy names people with no title ("Zadie Smith is sitting…") and then
  // by surname as a subject ("Smith, who…", "Smith said"): that later use is
  // the evidence, so such names are read again as people.
  const promoted = x.surnamesUsedAsSubjects(source.paragraphs);
  if (promoted.size > 0) x = readAll(source, promoted);
  return extractionResult(x, source.paragraphs.length);
}

function readAll(source: EntitySource, promoted: ReadonlySet<string>): Extractor {
  const x = new Extractor(promoted);
  const context = source.context ?? [];
  context.forEach((text, i) => x.readUnit(text, -1 - i, [], []));
  source.paragraphs.forEach((text, i) => x.readUnit(text, i, source.skip?.[i] ?? [], source.nicknames?.[i] ?? []));
  inferGendersFromPronouns(x, source.paragraphs);
  return x;
}
