/**
 * What the entity service owns: people and organizations. Ids are positive
 * integers drawn from one sequence, so an id names one entity of either type.
 */
export type EntityType = 'person' | 'organization';

export const ORGANIZATION_KINDS = [
  'GOVERNMENT',
  'GOVERNMENT_AGENCY',
  'LEGISLATURE',
  'POLITICAL_PARTY',
  'MILITARY',
  'INTERNATIONAL',
  'NEWS_MEDIA',
  'COMPANY',
  'NGO',
  'EDUCATION',
  'OTHER',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export interface RoleRecord {
  title: string;
  organizationId: number | null;
}

export interface PersonRecord {
  type: 'person';
  id: number;
  name: string;
  aliases: string[];
  /** The most specific title the sources give, e.g. "U.S. Secretary of State". */
  title: string | null;
  roles: RoleRecord[];
}

export interface OrganizationRecord {
  type: 'organization';
  id: number;
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  /** ISO 3166-1 alpha-2 where known. */
  country: string | null;
  parentId: number | null;
}

export type EntityRecord = PersonRecord | OrganizationRecord;

/**
 * Create or update. With `id`, that entity is updated; without, an entity of
 * the same type whose name or alias matches `name` (normalized) is updated;
 * otherwise a new one is created. Aliases and roles are merged, never dropped.
 */
export type EntityUpsert =
  | {
      type: 'person';
      id?: number;
      name: string;
      aliases?: string[];
      title?: string | null;
      roles?: RoleRecord[];
    }
  | {
      type: 'organization';
      id?: number;
      name: string;
      aliases?: string[];
      kind?: OrganizationKind;
      country?: string | null;
      parentId?: number | null;
    };

export interface EntityLookup {
  /** Restrict to one type; both when absent. */
  type?: EntityType;
  /** A name or alias as written; matched case- and accent-insensitively. */
  name: string;
}

/** Keyset position in the name-ordered listing. */
export interface EntityCursor {
  name: string;
  id: number;
}

export interface EntityListQuery {
  type: EntityType;
  /** Substring match on name and aliases. */
  search?: string | null;
  limit: number;
  after?: EntityCursor | null;
}

export interface EntityList<T extends EntityRecord = EntityRecord> {
  items: T[];
  totalCount: number;
}

/**
 * Folds duplicates into one entity: every id of `from` (people or organizations, of the
 * same type as `into`) is retired into `into`. Their names and aliases become the
 * survivor's aliases; a retired id keeps answering reads by id, with the survivor.
 */
export interface EntityMerge {
  into: number;
  from: number[];
}

export interface EntityMergeResult {
  /** The survivor, as it is after the merge. */
  entity: EntityRecord;
  /** The ids this call retired; those already merged into `into` (a repeated merge) are not listed. */
  retired: number[];
}

/** The most entities one merge may fold into another (the API, the entity service and the store each refuse more). */
export const MAX_MERGE_IDS = 100;
