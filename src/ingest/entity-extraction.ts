import type { OrganizationKind } from '../records/entity-records';

/*
 * What entity extraction finds in an article: the people, organizations and
 * mentions, as plain records. The extractor (extract-entities.ts), the mention
 * readers (mentions/), attribution and coreference all read these types, so
 * they live apart from the code that builds them.
 */

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
