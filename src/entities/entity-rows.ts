import type { EntityRecord, EntityType, OrganizationKind, RoleRecord } from '../records/entity-records';
import { ReadMostlyLruMap } from '../lru-map';
import { normalizeName } from './normalize-name';

/*
 * What both entity services do with their rows: the same columns, turned into the same
 * records, and the same keys for roles and LIKE patterns. Only how aliases and roles arrive
 * differs (JSON text from SQLite, parsed JSON from PostgreSQL): `Json` is that form.
 */

/** One entity row; aliases and roles folded in as JSON, as text or parsed. */
export interface EntityRow<Json extends { aliases: unknown; roles: unknown }> {
  id: number;
  type: EntityType;
  name: string;
  kind: string | null;
  country: string | null;
  parent_id: number | null;
  title: string | null;
  aliases: Json['aliases'];
  roles: Json['roles'];
}

/** The record of a row, given its aliases and (read only for people) its roles. */
export function entityFromRow(row: EntityRow<{ aliases: unknown; roles: unknown }>, aliases: string[], roles: () => RoleRecord[]): EntityRecord {
  if (row.type === 'person') {
    return { type: 'person', id: row.id, name: row.name, aliases, title: row.title, roles: roles() };
  }
  return {
    type: 'organization',
    id: row.id,
    name: row.name,
    aliases,
    kind: (row.kind ?? 'OTHER') as OrganizationKind,
    country: row.country,
    parentId: row.parent_id,
  };
}

/**
 * A deep copy of a record, as structuredClone makes it (same fields in the same order,
 * its aliases and roles new arrays and objects) at a fraction of the cost: a record
 * holds only strings, numbers, nulls, a string array and role objects.
 */
export function copyEntity(record: EntityRecord): EntityRecord {
  if (record.type === 'person') return { ...record, aliases: [...record.aliases], roles: record.roles.map((role) => ({ ...role })) };
  return { ...record, aliases: [...record.aliases] };
}

/** `%`, `_` and the escape character itself match literally after this (with ESCAPE '\'). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A role's identity within one person: its organization and its title, normalized. */
export function roleKey(title: string, organizationId: number | null): string {
  return `${organizationId ?? ''}\u0000${normalizeName(title)}`;
}

/**
 * The normalized text a listing searches for: '' without a search, null when the search
 * has no letters or digits (only punctuation, say) and so matches nothing, as in the article store.
 */
export function searchNeedle(search: string | null | undefined): string | null {
  if (!search) return '';
  let needle = recentNeedles.get(search);
  if (needle === undefined) {
    const normalized = normalizeName(search);
    needle = search.trim() && normalized === '' ? null : normalized;
    recentNeedles.set(search, needle);
  }
  return needle;
}

/**
 * Needles of texts searched lately: a search lists people and organizations with the same
 * text, and clients repeat searches; normalizeName's Unicode passes cost more than the
 * page lookup they lead to.
 */
const recentNeedles = new ReadMostlyLruMap<string, string | null>(256);

/** Rows of (key index, person) in order, as one member list per key. */
export function membersByKey(keyCount: number, rows: readonly { idx: number; person_id: number }[]): number[][] {
  const members: number[][] = Array.from({ length: keyCount }, () => []);
  for (const row of rows) members[row.idx].push(row.person_id);
  return members;
}
