import { InvalidInputError } from '../errors';
import { MAX_MERGE_IDS, type EntityMerge, type EntityType } from '../records/entity-records';
import { expectArray, expectId } from './entity-input';
import { roleKey } from './entity-rows';
import type { EntitySqlDialect } from './entity-sql';

/*
 * Merging duplicates: the rules both entity services apply inside their merge transaction,
 * and the statements they send, written once.
 *
 * A merged entity is retired, not deleted: its row stays, with `merged_into` naming the
 * survivor, so that its id keeps answering reads by id (with the survivor) and is never
 * handed to another entity. Its aliases and roles move to the survivor and leave it, and
 * lookups, listings and merges by name skip it. `merged_into` always names a live entity:
 * merging B (into which A was merged) into C re-points A to C as well.
 */

/** Most ids one merge may retire. */

/** A merge request, checked: `from` de-duplicated, in the order given. */
export function expectMerge(value: unknown): EntityMerge {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInputError('expected an object with "into" and "from"');
  }
  const body = value as Record<string, unknown>;
  const into = expectId(body.into, 'into');
  const from = expectArray(body.from, 'from').map((id, i) => expectId(id, `from[${i}]`));
  if (from.length === 0) throw new InvalidInputError('from: name at least one entity to merge', { field: 'from' });
  if (from.length > MAX_MERGE_IDS) throw new InvalidInputError(`from: at most ${MAX_MERGE_IDS} entities per merge`, { field: 'from' });
  return { into, from: [...new Set(from)] };
}

/** What a merge reads of each entity it names. */
export interface MergeRow {
  id: number;
  type: EntityType;
  merged_into: number | null;
}

/**
 * The ids to retire now, after checking the request against the stored rows (read inside the
 * merge's transaction): every id exists, all are of one type, `into` is live and not among
 * `from`, and no id of `from` was merged into another entity. An id already merged into `into`
 * is skipped, so that a merge run again (a retry) does nothing. Throws InvalidInputError.
 */
export function idsToRetire(request: EntityMerge, rows: ReadonlyMap<number, MergeRow>): number[] {
  const into = rows.get(request.into);
  if (into === undefined) throw new InvalidInputError(`into: no entity has id ${request.into}`, { field: 'into' });
  if (into.merged_into !== null) {
    throw new InvalidInputError(`into: entity ${into.id} was merged into entity ${into.merged_into}; merge into that one`, { field: 'into', mergedInto: into.merged_into });
  }
  const retire: number[] = [];
  request.from.forEach((id, i) => {
    const field = `from[${i}]`;
    const row = rows.get(id);
    if (id === into.id) throw new InvalidInputError(`${field}: an entity cannot be merged into itself`, { field });
    if (row === undefined) throw new InvalidInputError(`${field}: no entity has id ${id}`, { field });
    if (row.type !== into.type) throw new InvalidInputError(`${field}: entity ${id} is a ${row.type}, not a ${into.type} like entity ${into.id}`, { field });
    if (row.merged_into === into.id) return;
    if (row.merged_into !== null) {
      throw new InvalidInputError(`${field}: entity ${id} was already merged into entity ${row.merged_into}`, { field, mergedInto: row.merged_into });
    }
    retire.push(id);
  });
  return retire;
}

/** Roles that say the same as an earlier one of the same person (same organization, same title once normalized): ids to delete. */
export function duplicateRoles(roles: readonly { id: number; person_id: number; title: string; organization_id: number | null }[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  for (const role of [...roles].sort((a, b) => a.id - b.id)) {
    const key = `${role.person_id}\u0000${roleKey(role.title, role.organization_id)}`;
    if (seen.has(key)) duplicates.push(role.id);
    else seen.add(key);
  }
  return duplicates;
}

/** One statement of a retirement and the parameters it takes, in order. */
export interface MergeStatement {
  sql: string;
  params: readonly ('into' | 'from')[];
}

/** The statements of one retirement in one dialect, in three runs (see retireSql). */
export interface RetireStatements {
  names: MergeStatement[];
  references: MergeStatement[];
  retire: MergeStatement[];
}

/**
 * The statements of one retirement, in order. Roles move between `names` and `references`
 * (the merge flow's mergeRoles keeps out the ones the survivor holds); after `references`,
 * duplicateRoles tidies the survivor's members.
 */
export function retireSql(d: EntitySqlDialect): RetireStatements {
  const both = (sql: (into: string, from: string) => string): MergeStatement => ({
    sql: sql(`CAST(${d.param('into', 1)} AS INTEGER)`, `CAST(${d.param('from', 2)} AS INTEGER)`),
    params: ['into', 'from'],
  });
  const fromOnly = (sql: (from: string) => string): MergeStatement => ({ sql: sql(`CAST(${d.param('from', 1)} AS INTEGER)`), params: ['from'] });
  return {
    names: [
      // The merged entity's name first, then its aliases in their order; none equal to the survivor's name or held already.
      both(
        (into, from) => `INSERT INTO aliases (entity_id, alias, normalized_alias)
         SELECT ${into}, n.alias, n.normalized FROM (
           SELECT name AS alias, normalized_name AS normalized, 0 AS ord FROM entities WHERE id = ${from}
           UNION ALL
           SELECT alias, normalized_alias, id FROM aliases WHERE entity_id = ${from}
         ) n
         WHERE n.normalized <> (SELECT normalized_name FROM entities WHERE id = ${into})
         ORDER BY n.ord
         ON CONFLICT (entity_id, normalized_alias) DO NOTHING`,
      ),
      // What the survivor lacks, the merged entity gives: a title, a country, a parent, a kind other than OTHER.
      both(
        (into, from) => `UPDATE entities SET
           title = coalesce(title, (SELECT title FROM entities WHERE id = ${from})),
           country = coalesce(country, (SELECT country FROM entities WHERE id = ${from})),
           parent_id = coalesce(parent_id, (SELECT parent_id FROM entities WHERE id = ${from} AND parent_id <> ${into})),
           kind = CASE WHEN kind = 'OTHER' THEN coalesce((SELECT kind FROM entities WHERE id = ${from}), kind) ELSE kind END
         WHERE id = ${into}`,
      ),
    ],
    references: [
      both((into, from) => `UPDATE roles SET organization_id = ${into} WHERE organization_id = ${from}`),
      both((into, from) => `UPDATE entities SET parent_id = CASE WHEN id = ${into} THEN NULL ELSE ${into} END WHERE parent_id = ${from}`),
      // Entities merged into this one before now name the survivor: one hop from any retired id.
      both((into, from) => `UPDATE entities SET merged_into = ${into} WHERE merged_into = ${from}`),
    ],
    retire: [
      fromOnly((from) => `DELETE FROM aliases WHERE entity_id = ${from}`),
      fromOnly((from) => `DELETE FROM roles WHERE person_id = ${from}`),
      both((into, from) => `UPDATE entities SET merged_into = ${into} WHERE id = ${from}`),
    ],
  };
}
