import type { EntityRecord, EntityUpsert } from '../records/entity-records';
import { rolesToAdd } from './entity-writes';
import { normalizeName } from './normalize-name';

/**
 * Whether an upsert by id would leave the entity exactly as `current` (its record as the
 * service answered it) holds it: the same name, every alias already held (or the name, compared
 * normalized, as the services do), no field given a value it does not have, every role held
 * already (rolesToAdd). The services write nothing for such an upsert and answer the record
 * as it was, so a caller holding the record may skip the call. Most entities an ingested article
 * names are already stored with everything it says about them.
 */
export function leavesUnchanged(upsert: EntityUpsert, current: EntityRecord): boolean {
  if (upsert.id !== current.id || upsert.type !== current.type || upsert.name !== current.name) return false;
  if (upsert.aliases !== undefined && upsert.aliases.length > 0) {
    const held = new Set([current.name, ...current.aliases].map(normalizeName));
    if (!upsert.aliases.every((alias) => held.has(normalizeName(alias)))) return false;
  }
  if (upsert.type === 'person' && current.type === 'person') {
    if (upsert.title != null && upsert.title !== current.title) return false;
    const held = current.roles.map((role) => ({ title: role.title, organization_id: role.organizationId }));
    return upsert.roles === undefined || rolesToAdd(held, upsert.roles).length === 0;
  }
  if (upsert.type === 'organization' && current.type === 'organization') {
    return (
      (upsert.kind === undefined || upsert.kind === current.kind) &&
      (upsert.country == null || upsert.country === current.country) &&
      (upsert.parentId == null || upsert.parentId === current.parentId)
    );
  }
  return false;
}
