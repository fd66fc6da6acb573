import { toGlobalId } from '../src/ids';
import type { EntityRecord, OrganizationRecord, PersonRecord } from '../src/records/entity-records';

/**
 * A person or organization as the schema's `Person` and `Organization` read it: the record's
 * fields with its global id as `id`, so that `id` needs no resolver (graphql-jit reads it off the
 * object, as it reads `name`; a resolver costs it a resolve-info object, a path and closures per
 * call, on every person of an answer). `record` is the entity service's record, for what needs
 * its local id. Every resolver that answers a `Person`, an `Organization` or an `Entity`
 * answers one of these (resolvers/entity-loading.ts makes them for the loaders' answers).
 */
export interface PersonNode extends Omit<PersonRecord, 'id'> {
  id: string;
  record: PersonRecord;
}

export interface OrganizationNode extends Omit<OrganizationRecord, 'id'> {
  id: string;
  record: OrganizationRecord;
}

export type EntityNode = PersonNode | OrganizationNode;

/**
 * One node per record object: the entity record cache hands every request the same (never
 * changed) records, so a page's people are mostly made already. Records read afresh (the HTTP
 * entity service) get theirs on first use.
 */
const nodes = new WeakMap<EntityRecord, EntityNode>();

export function entityNode(record: PersonRecord): PersonNode;
export function entityNode(record: OrganizationRecord): OrganizationNode;
export function entityNode(record: EntityRecord): EntityNode;
export function entityNode(record: EntityRecord): EntityNode {
  let node = nodes.get(record);
  if (node === undefined) {
    // Each type's fields written in one literal, in one order: one object shape per type.
    node =
      record.type === 'person'
        ? { type: 'person', id: toGlobalId('Person', record.id), name: record.name, aliases: record.aliases, title: record.title, roles: record.roles, record }
        : {
            type: 'organization',
            id: toGlobalId('Organization', record.id),
            name: record.name,
            aliases: record.aliases,
            kind: record.kind,
            country: record.country,
            parentId: record.parentId,
            record,
          };
    nodes.set(record, node);
  }
  return node;
}

export function entityNodeOrNull(record: EntityRecord | null): EntityNode | null {
  return record === null ? null : entityNode(record);
}
