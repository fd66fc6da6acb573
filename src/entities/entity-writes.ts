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
