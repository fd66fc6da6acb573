import type {
  EntityList,
  EntityListQuery,
  EntityLookup,
  EntityMerge,
  EntityMergeResult,
  EntityRecord,
  EntityUpsert,
} from '../records/entity-records';

/**
 * The one interface the gateway uses to reach people and organizations,
 * implemented in-process (SqliteEntityService) and over HTTP
 * (HttpEntityService). Every read takes many keys, so that a DataLoader batch
 * is one call; results come back in key order, one slot per key.
 *
 * Implementations throw UpstreamError when the service cannot answer.
 */
export interface EntityService {
  /**
   * One slot per id, null where no such entity exists. An id retired by `merge` answers the
   * entity it was merged into (whose `id` is then not the one asked for).
   */
  getByIds(ids: readonly number[]): Promise<(EntityRecord | null)[]>;
  /** For each lookup, the entities whose name or alias matches (best first). */
  lookup(lookups: readonly EntityLookup[]): Promise<EntityRecord[][]>;
  /** For each organization id, the ids of the people holding a role in it. */
  membersOf(organizationIds: readonly number[]): Promise<number[][]>;
  list(query: EntityListQuery): Promise<EntityList>;
  /**
   * What list would answer, when the service holds that page in memory now (checked fresh,
   * as every read is): no I/O, no promise; counted as the call it stands for. Undefined when
   * it does not (nothing counted: call list). Optional: a service without a page cache (over
   * HTTP) leaves it out.
   */
  heldList?(query: EntityListQuery): EntityList | undefined;
  upsert(entities: readonly EntityUpsert[]): Promise<EntityRecord[]>;
  /**
   * Retires `from` into `into` in one transaction (src/entities/entity-merge.ts has the rules):
   * their names and aliases become the survivor's aliases, a person's roles its roles, what
   * referred to them (roles in an organization, parents) refers to the survivor. Lookups and
   * listings no longer find a retired entity; reads by its id answer the survivor. Repeating a
   * merge changes nothing. Throws InvalidInputError (nothing written) for unknown ids, mixed
   * types, `into` among `from`, or an entity retired into another one.
   */
  merge(request: EntityMerge): Promise<EntityMergeResult>;
  /** Resolves when the service answers; rejects with UpstreamError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Calls served (in-process) or HTTP requests made (client) since creation;
   * calls with an empty key list are answered without a request and not
   * counted. Tests use it to prove batching.
   */
  readonly requestCount: number;
}
