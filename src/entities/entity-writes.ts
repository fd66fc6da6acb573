import { InvalidInputError } from '../errors';
import type { EntityType, EntityUpsert, OrganizationKind, RoleRecord } from '../records/entity-records';
import { roleKey } from './entity-rows';

/*
 * The rules of an upsert that do not depend on the database: which other entities it must
 * find, what a stored type must be, which columns it writes and which roles are new. Both
 * entity services run them inside their upsert transaction.
 */

/** An entity an upsert refers to, the type it must have and the input field that named it. */
export interface EntityReference {
  id: number;
  type: EntityType;
  field: string;
}

/**
 * The entities an upsert refers to besides itself (a person's roles' organizations, an
 * organization's parent), to be checked in this order. Throws when an organization names
 * itself (`existingId`, its id or merge target) as its parent.
 */
export function referencesOf(input: EntityUpsert, existingId: number | null, field: string): EntityReference[] {
  if (input.type === 'person') {
    return (input.roles ?? []).flatMap((role, i) =>
      role.organizationId === null ? [] : [{ id: role.organizationId, type: 'organization' as const, field: `${field}.roles[${i}].organizationId` }],
    );
  }
  if (input.parentId == null) return [];
  if (input.parentId === existingId) throw new InvalidInputError(`${field}.parentId: an organization cannot be its own parent`);
  return [{ id: input.parentId, type: 'organization', field: `${field}.parentId` }];
}

/** Throws unless `row` (the stored entity with that id, if any) is of the type wanted; returns the id. */
export function expectEntityType(row: { type: string } | undefined, { id, type, field }: EntityReference): number {
  if (!row) throw new InvalidInputError(`${field}: no entity has id ${id}`, { field });
  if (row.type !== type) throw new InvalidInputError(`${field}: entity ${id} is a ${row.type}, not a ${type}`, { field });
  return id;
}

/**
 * The live entity a checked reference stands for: the survivor when the entity was merged
 * into another (`merged_into`), else the entity itself. Throws as expectEntityType.
 */
export function survivorOf(row: { type: string; merged_into: number | null } | undefined, reference: EntityReference): number {
  expectEntityType(row, reference);
  return row?.merged_into ?? reference.id;
}

/**
 * The upsert with every id it names (its own, roles' organizations, the parent) replaced by
 * its survivor (`survivors`: retired id → survivor). An upsert of a retired entity by id (an
 * ingest that looked it up before a merge) updates the survivor: `keepName`, its name is not
 * replaced but added as an alias.
 */
export function towardSurvivors(input: EntityUpsert, survivors: ReadonlyMap<number, number>): { input: EntityUpsert; keepName: boolean } {
  if (survivors.size === 0) return { input, keepName: false };
  const to = (id: number): number => survivors.get(id) ?? id;
  const id = input.id === undefined ? undefined : to(input.id);
  const keepName = input.id !== undefined && id !== input.id;
  const aliases = keepName ? [input.name, ...(input.aliases ?? [])] : input.aliases;
  if (input.type === 'person') {
    const roles = input.roles?.map((role) => (role.organizationId === null ? role : { ...role, organizationId: to(role.organizationId) }));
    return { input: { ...input, id, aliases, roles }, keepName };
  }
  const parentId = input.parentId == null ? input.parentId : to(input.parentId);
  return { input: { ...input, id, aliases, parentId: parentId === id ? undefined : parentId }, keepName };
}

/** The type-specific columns of an upsert; `defaultKind` is what a missing organization kind becomes. */
export function fieldValues(
  input: EntityUpsert,
  defaultKind: OrganizationKind | null,
): { kind: string | null; country: string | null; parentId: number | null; title: string | null } {
  if (input.type === 'person') return { kind: null, country: null, parentId: null, title: input.title ?? null };
  return { kind: input.kind ?? defaultKind, country: input.country ?? null, parentId: input.parentId ?? null, title: null };
}

/** The roles not already held (same organization and the same title once normalized), each once. */
export function rolesToAdd(held: readonly { title: string; organization_id: number | null }[], roles: readonly RoleRecord[]): RoleRecord[] {
  const keys = new Set(held.map((r) => roleKey(r.title, r.organization_id)));
  return roles.filter((role) => {
    const key = roleKey(role.title, role.organizationId);
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}
