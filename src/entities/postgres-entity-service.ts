import type { Pool } from 'pg';
import { createPostgresPool } from '../db/postgres-pool';
import { expectUpserts, type EntitySize } from './entity-input';
import type { EntityService } from './entity-service';
import { entitySizeSql, insertAliasSql, insertEntitySql, POSTGRES_DIALECT, RICHNESS, updateEntitySql } from './entity-sql';
import { expectMerge, retireSql, type MergeRow } from './entity-merge';
import { fieldValues } from './entity-writes';
import { retireAll, upsertAll } from './entity-write-flows';
import { runAsync, type AsyncWriteSteps } from './entity-write-steps';
import { migratePostgresEntities } from './postgres-entity-migrations';
import type { Queryable } from './postgres-entity-connection';
import { PostgresEntityReads } from './postgres-entity-reads';
import type { EntityMerge, EntityMergeResult, EntityRecord, EntityUpsert, RoleRecord } from '../records/entity-records';

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
 * (postgres-entity-reads.ts), the write flows shared with SQLite (entity-write-flows.ts), and
 * here opening, the transactions and advisory lock of upserts and merges, and the flows' steps
 * in PostgreSQL's dialect.
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
        const { ids } = await runAsync(upsertAll(inputs), this.stepsOn(client));
        return (await this.readByIds(client, ids)) as EntityRecord[];
      }),
    );
  }

  async merge(request: EntityMerge): Promise<EntityMergeResult> {
    const checked = expectMerge(request);
    return this.serve(async () => {
      const retired = await this.inTransaction(async (client) => {
        await this.query(`SELECT pg_advisory_xact_lock(${UPSERT_LOCK})`, [], client);
        return runAsync(retireAll(checked, RETIRE), this.stepsOn(client));
      });
      const [entity] = await this.readByIds(this.pool, [checked.into]);
      return { entity: entity as EntityRecord, retired };
    });
  }

  /** The write flows' steps in PostgreSQL's dialect, each one statement on `client` (inside the caller's transaction). */
  private stepsOn(client: Queryable): AsyncWriteSteps {
    const run = async (sql: string, values: unknown[]): Promise<void> => {
      await this.query(sql, values, client);
    };
    /** Rows the statement changed. */
    const change = async (sql: string, values: unknown[]): Promise<number> => (await this.execute(sql, values, client)).rowCount ?? 0;
    return {
      entityRow: async ({ id }) =>
        (await this.query<{ type: string; merged_into: number | null }>('SELECT type, merged_into FROM entities WHERE id = $1::bigint', [id], client))[0],
      mergeTarget: async ({ type, normalized }) => {
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
      },
      insertEntity: async ({ input, normalized }) => {
        const v = fieldValues(input, 'OTHER');
        const rows = await this.query<{ id: number }>(INSERT_SQL, [input.type, input.name, normalized, v.kind, v.country, v.parentId, v.title], client);
        return rows[0].id;
      },
      updateEntity: ({ id, input, normalized, rename }) => {
        const v = fieldValues(input, null);
        return change(UPDATE_SQL, [id, rename, input.name, normalized, v.kind, v.country, v.parentId, v.title]);
      },
      insertAlias: ({ id, alias, normalized }) => change(INSERT_ALIAS_SQL, [id, alias, normalized]),
      heldRoles: ({ personId }) =>
        this.query<{ title: string; organization_id: number | null }>('SELECT title, organization_id FROM roles WHERE person_id = $1', [personId], client),
      insertRole: ({ personId, role }) => run('INSERT INTO roles (person_id, title, organization_id) VALUES ($1, $2, $3)', [personId, role.title, role.organizationId]),
      size: async ({ id }) => (await this.query<EntitySize>(SIZE_SQL, [id], client))[0],
      // Locks the rows the merge names until it commits.
      mergeRows: ({ ids }) => this.query<MergeRow>('SELECT id, type, merged_into FROM entities WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE', [ids], client),
      retireStatement: ({ statement, into, from }) => {
        const values = { into, from };
        return run(statement.sql, statement.params.map((name) => values[name]));
      },
      rolesOf: ({ personId }) => this.query<RoleRecord>('SELECT title, organization_id AS "organizationId" FROM roles WHERE person_id = $1 ORDER BY id', [personId], client),
      members: ({ organizationId }) =>
        this.query<{ id: number; person_id: number; title: string; organization_id: number | null }>(
          'SELECT id, person_id, title, organization_id FROM roles WHERE organization_id = $1',
          [organizationId],
          client,
        ),
      deleteRoles: ({ ids }) => run('DELETE FROM roles WHERE id = ANY($1::int[])', [ids]),
    };
  }
}
