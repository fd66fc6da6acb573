import { checkEntitySize } from './entity-input';
import { duplicateRoles, idsToRetire, type RetireStatements } from './entity-merge';
import { referencesOf, rolesToAdd, survivorOf, towardSurvivors, type EntityReference } from './entity-writes';
import { perform, type WriteFlow } from './entity-write-steps';
import { normalizeName } from './normalize-name';
import type { EntityMerge, EntityUpsert, RoleRecord } from '../records/entity-records';

/*
 * The entity service's writes, written once for both stores: upserts and merges as flows of
 * primitive steps (entity-write-steps.ts). Each store runs a flow inside its own transaction
 * (SQLite synchronously, PostgreSQL awaiting each step) and answers the steps in its dialect;
 * the order of the statements, the checks between them and the errors are the flow's.
 */

/** What an upsert call wrote: each input's entity id, in order, and the ids of the entities it changed. */
export interface UpsertWritten {
  ids: number[];
  /** Entities created, or given a value, name, alias or role they did not hold. */
  changed: Set<number>;
}

/** An upsert call's entities, in order, inside its transaction. */
export function* upsertAll(inputs: readonly EntityUpsert[]): WriteFlow<UpsertWritten> {
  const written: UpsertWritten = { ids: [], changed: new Set() };
  for (const [i, input] of inputs.entries()) {
    const { id, changed } = yield* upsertOne(input, `entities[${i}]`);
    written.ids.push(id);
    if (changed) written.changed.add(id);
  }
  return written;
}

/**
 * One entity of an upsert call; `field` names it in errors. Returns the id written and
 * whether the entity changed. An entity left as it was (no new value, alias or role: an
 * entity every article names, matched again) is not measured against the size limits,
 * since it did not grow.
 */
function* upsertOne(given: EntityUpsert, field: string): WriteFlow<{ id: number; changed: boolean }> {
  // Every id it names is checked; a merged entity's stands for its survivor.
  const survivors = new Map<number, number>();
  const own: EntityReference[] = given.id === undefined ? [] : [{ id: given.id, type: given.type, field: `${field}.id` }];
  for (const reference of [...own, ...referencesOf(given, null, field)]) {
    // survivorOf throws for an unknown id or the wrong type.
    const survivor = survivorOf(yield* perform({ step: 'entityRow', id: reference.id }), reference);
    if (survivor !== reference.id) survivors.set(reference.id, survivor);
  }
  const { input, keepName } = towardSurvivors(given, survivors);
  const normalized = normalizeName(input.name);
  const existingId = input.id ?? (yield* perform({ step: 'mergeTarget', type: input.type, normalized }));
  // An organization may not become its own parent (by id, merge target or survivor).
  referencesOf(input, existingId, field);
  let id: number;
  let changed = existingId === null;
  if (existingId === null) id = yield* perform({ step: 'insertEntity', input, normalized });
  else {
    // With an explicit id the name is replaced; a merge by name or alias (or into a survivor) keeps the stored name.
    const rows = yield* perform({ step: 'updateEntity', id: existingId, input, normalized, rename: input.id !== undefined && !keepName });
    changed = rows > 0;
    id = existingId;
  }
  if (yield* mergeAliases(id, input.aliases ?? [])) changed = true;
  if (input.type === 'person' && (yield* mergeRoles(id, input.roles ?? []))) changed = true;
  if (changed) checkEntitySize(id, yield* perform({ step: 'size', id }), field);
  return { id, changed };
}

/**
 * A merge, inside its transaction: checks the request against the rows, retires what it must
 * with the store's `statements`; returns the ids retired.
 */
export function* retireAll(request: EntityMerge, statements: RetireStatements): WriteFlow<number[]> {
  const rows = yield* perform({ step: 'mergeRows', ids: [request.into, ...request.from] });
  const retire = idsToRetire(request, new Map(rows.map((row) => [row.id, row])));
  for (const from of retire) yield* retireOne(request.into, from, statements);
  if (retire.length > 0) checkEntitySize(request.into, yield* perform({ step: 'size', id: request.into }), 'into');
  return retire;
}

/** Retires `from` into `into`: names, then roles, then references, then the retired row itself. */
function* retireOne(into: number, from: number, statements: RetireStatements): WriteFlow<void> {
  for (const statement of statements.names) yield* perform({ step: 'retireStatement', statement, into, from });
  const roles = yield* perform({ step: 'rolesOf', personId: from });
  if (roles.length > 0) yield* mergeRoles(into, roles);
  for (const statement of statements.references) yield* perform({ step: 'retireStatement', statement, into, from });
  const duplicates = duplicateRoles(yield* perform({ step: 'members', organizationId: into }));
  if (duplicates.length > 0) yield* perform({ step: 'deleteRoles', ids: duplicates });
  for (const statement of statements.retire) yield* perform({ step: 'retireStatement', statement, into, from });
}

/** Adds aliases not already present (compared normalized); an alias equal to the name is kept out. Whether any was added. */
function* mergeAliases(id: number, aliases: readonly string[]): WriteFlow<boolean> {
  let added = false;
  for (const alias of aliases) if ((yield* perform({ step: 'insertAlias', id, alias, normalized: normalizeName(alias) })) > 0) added = true;
  return added;
}

/** Adds roles not already held: same organization and the same title once normalized. Whether any was added. */
function* mergeRoles(personId: number, roles: readonly RoleRecord[]): WriteFlow<boolean> {
  const held = yield* perform({ step: 'heldRoles', personId });
  const toAdd = rolesToAdd(held, roles);
  for (const role of toAdd) yield* perform({ step: 'insertRole', personId, role });
  return toAdd.length > 0;
}
