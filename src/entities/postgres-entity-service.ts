import type { Pool } from 'pg';
import { createPostgresPool } from '../db/postgres-pool';
import { checkEntitySize, expectUpserts, type EntitySize } from './entity-input';
import type { EntityService } from './entity-service';
import { normalizeName } from './normalize-name';
import { entitySizeSql, insertAliasSql, insertEntitySql, POSTGRES_DIALECT, RICHNESS, updateEntitySql } from './entity-sql';
import { duplicateRoles, expectMerge, idsToRetire, retireSql, type MergeRow, type MergeStatement } from './entity-merge';
import { fieldValues, referencesOf, rolesToAdd, survivorOf, towardSurvivors, type EntityReference } from './entity-writes';
import { migratePostgresEntities } from './postgres-entity-migrations';
import type { Queryable } from './postgres-entity-connection';
import { PostgresEntityReads } from './postgres-entity-reads';
import type { EntityMerge, EntityMergeResult, EntityRecord, EntityType, EntityUpsert, RoleRecord } from '../records/entity-records';

/**
 * Serializes upserts and merges across every process sharing the database, so that two merges
 * by name cannot both create, and an upsert never writes to an entity a merge is retiring.
 */
const UPSERT_LOCK = "hashtext('newsgraph.entities.upsert.' || coalesce(current_schema(), ''))";

const SIZE_SQL = entitySizeSql(POSTGRES_DIALECT);
const INSERT_SQL = `${insertEntitySql(POSTGRES_DIALECT)} RETURNING id`;
const UPDATE_SQL = updateEntitySql(POSTGRES_DIALECT);
const INSERT_ALIAS_SQL = insertAliasSql(POSTGRES_DIALECT);
const RETIRE = retireSql(POSTGRES_DIALECT);

/**
 * The entity service's store on PostgreSQL, over a pg Pool; same behaviour as
 * SqliteEntityService (the shared contract suite runs against both). Every
 * read is one statement whatever the number of keys (keys travel as one array
 * parameter); every upsert call is one transaction, serialized with the
 * upserts of other processes by an advisory lock.
 *
 * Layers: the pool, statements and transactions (postgres-entity-connection.ts), the reads
 * (postgres-entity-reads.ts), and here opening and upserts.
 */
export class PostgresEntityService extends PostgresEntityReads implements EntityService {
  private constructor(pool: Pool) {
    super(pool);
  }

  /**
   * Connects and migrates. `schema` (lowercase letters, digits, _) puts the
   * tables in that schema, created if missing, and makes it the search_path
   * of every pooled connection; without it the server's default applies.
   */
  static async open(url: string, options: { schema?: string } = {}): Promise<PostgresEntityService> {
    const schema = options.schema;
    const pool = createPostgresPool(url, schema);
    try {
      await migratePostgresEntities(pool, schema);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresEntityService(pool);
  }

  async upsert(entities: readonly EntityUpsert[]): Promise<EntityRecord[]> {
    const inputs = expectUpserts(entities, 'entities');
    if (inputs.length === 0) return [];
    return this.serve(() =>
      this.inTransaction(async (client) => {
        await this.query(`SELECT pg_advisory_xact_lock(${UPSERT_LOCK})`, [], client);
        const ids: number[] = [];
        for (const [i, input] of inputs.entries()) ids.push(await this.upsertOne(client, input, `entities[${i}]`));
        return (await this.readByIds(client, ids)) as EntityRecord[];
      }),
    );
  }

  /** Runs inside the upsert transaction; returns the id written. */
  private async upsertOne(client: Queryable, given: EntityUpsert, field: string): Promise<number> {
    // Every id it names is checked; a merged entity's stands for its survivor.
    const survivors = new Map<number, number>();
    const check = async (reference: EntityReference): Promise<void> => {
      const survivor = await this.requireEntity(client, reference);
      if (survivor !== reference.id) survivors.set(reference.id, survivor);
    };
    if (given.id !== undefined) await check({ id: given.id, type: given.type, field: `${field}.id` });
    for (const reference of referencesOf(given, null, field)) await check(reference);
    const { input, keepName } = towardSurvivors(given, survivors);
    const normalized = normalizeName(input.name);
    const existingId = input.id ?? (await this.findMergeTarget(client, input.type, normalized));
    // An organization may not become its own parent (by id, merge target or survivor).
    referencesOf(input, existingId, field);
    const id =
      existingId === null
        ? await this.insertEntity(client, input, normalized)
        : await this.updateEntity(client, existingId, input, normalized, input.id !== undefined && !keepName);
    await this.mergeAliases(client, id, input.aliases ?? []);
    if (input.type === 'person') await this.mergeRoles(client, id, input.roles ?? []);
    checkEntitySize(id, await this.sizeOf(client, id), field);
    return id;
  }

  /** What the entity holds now (inside the upsert's transaction, before it commits). */
  private async sizeOf(client: Queryable, id: number): Promise<EntitySize> {
    const rows = await this.query<EntitySize>(SIZE_SQL, [id], client);
    return rows[0];
  }

  /** The live entity a reference stands for (itself, or its survivor); throws for an unknown id or the wrong type. */
  private async requireEntity(client: Queryable, reference: EntityReference): Promise<number> {
    const rows = await this.query<{ type: string; merged_into: number | null }>('SELECT type, merged_into FROM entities WHERE id = $1::bigint', [reference.id], client);
    return survivorOf(rows[0], reference);
  }

  /** The entity an id-less upsert merges into: same rules and order as lookup's best match. */
  private async findMergeTarget(client: Queryable, type: EntityType, normalized: string): Promise<number | null> {
    const rows = await this.query<{ id: number }>(
      `SELECT e.id FROM entities e
       WHERE e.type = $1 AND e.merged_into IS NULL AND (e.normalized_name = $2
             OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND a.normalized_alias = $2))
       ORDER BY e.normalized_name = $2 DESC, ${RICHNESS} DESC, e.id
       LIMIT 1`,
      [type, normalized],
      client,
    );
    return rows[0]?.id ?? null;
  }

  private async insertEntity(client: Queryable, input: EntityUpsert, normalized: string): Promise<number> {
    const v = fieldValues(input, 'OTHER');
    const rows = await this.query<{ id: number }>(
      INSERT_SQL,
      [input.type, input.name, normalized, v.kind, v.country, v.parentId, v.title],
      client,
    );
    return rows[0].id;
  }

  /**
   * With an explicit id (`rename`) the name is replaced; a merge by name or alias keeps
   * the stored name. Other fields change only when a new non-null value is given.
   */
  private async updateEntity(client: Queryable, id: number, input: EntityUpsert, normalized: string, rename: boolean): Promise<number> {
    const v = fieldValues(input, null);
    await this.query(
      UPDATE_SQL,
      [id, rename, input.name, normalized, v.kind, v.country, v.parentId, v.title],
      client,
    );
    return id;
  }

  async merge(request: EntityMerge): Promise<EntityMergeResult> {
    const checked = expectMerge(request);
    return this.serve(async () => {
      const retired = await this.inTransaction(async (client) => {
        await this.query(`SELECT pg_advisory_xact_lock(${UPSERT_LOCK})`, [], client);
        return this.retireAll(client, checked);
      });
      const [entity] = await this.readByIds(this.pool, [checked.into]);
      return { entity: entity as EntityRecord, retired };
    });
  }

  /** Runs inside the merge transaction: checks the request against the rows, retires what it must; returns the ids retired. */
  private async retireAll(client: Queryable, request: EntityMerge): Promise<number[]> {
    const rows = await this.query<MergeRow>(
      'SELECT id, type, merged_into FROM entities WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE',
      [[request.into, ...request.from]],
      client,
    );
    const retire = idsToRetire(request, new Map(rows.map((row) => [row.id, row])));
    for (const id of retire) await this.retireOne(client, request.into, id);
    if (retire.length > 0) checkEntitySize(request.into, await this.sizeOf(client, request.into), 'into');
    return retire;
  }

  private async retireOne(client: Queryable, into: number, from: number): Promise<void> {
    const values = { into, from };
    const run = async (statements: readonly MergeStatement[]): Promise<void> => {
      for (const statement of statements) await this.query(statement.sql, statement.params.map((name) => values[name]), client);
    };
    await run(RETIRE.names);
    const roles = await this.query<RoleRecord>('SELECT title, organization_id AS "organizationId" FROM roles WHERE person_id = $1 ORDER BY id', [from], client);
    if (roles.length > 0) await this.mergeRoles(client, into, roles);
    await run(RETIRE.references);
    const members = await this.query<{ id: number; person_id: number; title: string; organization_id: number | null }>(
      'SELECT id, person_id, title, organization_id FROM roles WHERE organization_id = $1',
      [into],
      client,
    );
    const duplicates = duplicateRoles(members);
    if (duplicates.length > 0) await this.query('DELETE FROM roles WHERE id = ANY($1::int[])', [duplicates], client);
    await run(RETIRE.retire);
  }

  /** Adds aliases not already present (compared normalized); an alias equal to the name is kept out. */
  private async mergeAliases(client: Queryable, id: number, aliases: readonly string[]): Promise<void> {
    for (const alias of aliases) await this.query(INSERT_ALIAS_SQL, [id, alias, normalizeName(alias)], client);
  }

  /** Adds roles not already held: same organization and the same title once normalized. */
  private async mergeRoles(client: Queryable, personId: number, roles: readonly RoleRecord[]): Promise<void> {
    const held = await this.query<{ title: string; organization_id: number | null }>(
      'SELECT title, organization_id FROM roles WHERE person_id = $1',
      [personId],
      client,
    );
    for (const role of rolesToAdd(held, roles)) {
      await this.query('INSERT INTO roles (person_id, title, organization_id) VALUES ($1, $2, $3)', [personId, role.title, role.organizationId], client);
    }
  }
}
