import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { keepTempStoreInMemory } from '../db/sqlite-temp-store';
import { expectUpserts, type EntitySize } from './entity-input';
import type { EntityService } from './entity-service';
import { entityDiffersSql, insertAliasSql, insertEntitySql, entitySizeSql, RICHNESS, SQLITE_DIALECT, updateEntitySql } from './entity-sql';
import { expectMerge, retireSql, type MergeRow } from './entity-merge';
import { fieldValues } from './entity-writes';
import { retireAll, upsertAll, type UpsertWritten } from './entity-write-flows';
import { runSync, type SyncWriteSteps } from './entity-write-steps';
import { migrateSqliteEntities } from './sqlite-entity-migrations';
import type { SqliteEntityServiceOptions } from './sqlite-entity-connection';
import { SqliteEntityReads } from './sqlite-entity-reads';
import { copyEntity } from './entity-rows';
import type { EntityMerge, EntityMergeResult, EntityRecord, EntityType, EntityUpsert, RoleRecord } from '../records/entity-records';

export { normalizeName } from './normalize-name';
export type { SqliteEntityServiceOptions } from './sqlite-entity-connection';

const SIZE_SQL = entitySizeSql(SQLITE_DIALECT);
const INSERT_SQL = insertEntitySql(SQLITE_DIALECT);
const UPDATE_SQL = updateEntitySql(SQLITE_DIALECT);
const DIFFERS_SQL = entityDiffersSql(SQLITE_DIALECT);
const INSERT_ALIAS_SQL = insertAliasSql(SQLITE_DIALECT);
const RETIRE = retireSql(SQLITE_DIALECT);

/**
 * The in-process entity service over SQLite. Every read is one SQL statement
 * whatever the number of keys (ids travel as a JSON array through json_each,
 * so each statement is prepared once); every upsert call is one transaction.
 * getByIds, lookup, membersOf and list answer from a record cache what the database
 * has not changed since it was read (records and pages are shared: callers must not
 * change them). This service's own upserts forget just the entities they wrote; a commit
 * by any other connection drops the whole cache.
 *
 * Layers: the connection, statements and record cache (sqlite-entity-connection.ts), the
 * reads (sqlite-entity-reads.ts), the write flows shared with PostgreSQL (entity-write-flows.ts),
 * and here opening, the transactions and cache forgetting of upserts and merges, and the
 * flows' steps in SQLite's dialect.
 */
export class SqliteEntityService extends SqliteEntityReads implements EntityService {
  private constructor(db: Database.Database, options: SqliteEntityServiceOptions) {
    super(db, options);
  }

  /** Opens (creating if needed, with its parent folder) and migrates the database; ':memory:' works too. */
  static open(path: string, options: SqliteEntityServiceOptions = {}): SqliteEntityService {
    if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrateSqliteEntities(db);
    keepTempStoreInMemory(db);
    return new SqliteEntityService(db, options);
  }

  async upsert(entities: readonly EntityUpsert[]): Promise<EntityRecord[]> {
    const inputs = expectUpserts(entities, 'entities');
    if (inputs.length === 0) return [];
    return this.serve(() => {
      let written: UpsertWritten | null = null;
      try {
        written = this.transactions.deferred(() => runSync(upsertAll(inputs), this.steps));
      } finally {
        // This connection's own commits do not move its data_version: forget what they changed.
        // An upsert writes only its entity's row, aliases and roles (roles change organizations'
        // member lists); after a failure everything is dropped.
        if (written === null) this.cache.clear();
        else {
          this.cache.wrote();
          this.forgetWritten(written.changed);
        }
      }
      // The entities left as they were are answered from the record cache when it holds them,
      // as copies (the caller may build on them), the others read afresh.
      return this.cachedByIds(written.ids).map((record) => (record === null ? null : copyEntity(record))) as EntityRecord[];
    });
  }

  private forgetWritten(ids: ReadonlySet<number>): void {
    if (ids.size === 0) return;
    for (const id of ids) this.entitiesById.delete(id);
    this.membersById.clear();
    // Any written name, alias or new entity can change any list.
    this.listPages.clear();
  }

  async merge(request: EntityMerge): Promise<EntityMergeResult> {
    const checked = expectMerge(request);
    return this.serve(() => {
      try {
        const retired = this.transactions.immediate(() => runSync(retireAll(checked, RETIRE), this.steps));
        return { entity: this.readByIds([checked.into])[0] as EntityRecord, retired };
      } finally {
        // A merge changes the survivor, the retired, their members and every listing: forget everything.
        this.cache.clear();
      }
    });
  }

  /**
   * The write flows' steps in SQLite's dialect, answered at once inside the caller's
   * better-sqlite3 transaction (statements prepared once per text).
   */
  private readonly steps: SyncWriteSteps = {
    entityRow: ({ id }) => this.statement<[number], { type: string; merged_into: number | null }>('SELECT type, merged_into FROM entities WHERE id = ?').get(id),
    mergeTarget: ({ type, normalized }) => this.findMergeTarget(type, normalized),
    insertEntity: ({ input, normalized }) =>
      Number(this.statement(INSERT_SQL).run({ type: input.type, name: input.name, normalized, ...fieldValues(input, 'OTHER') }).lastInsertRowid),
    // Read first: an upsert that changes nothing (most do) then runs no UPDATE, which would take the write lock.
    updateEntity: ({ id, input, normalized, rename }) => {
      const values = { id, rename: rename ? 1 : 0, name: input.name, normalized, ...fieldValues(input, null) };
      if (this.statement<[typeof values], { differs: number }>(DIFFERS_SQL).get(values) === undefined) return 0;
      return this.statement(UPDATE_SQL).run(values).changes;
    },
    insertAlias: ({ id, alias, normalized }) => this.statement(INSERT_ALIAS_SQL).run({ id, alias, normalized }).changes,
    heldRoles: ({ personId }) =>
      this.statement<[number], { title: string; organization_id: number | null }>('SELECT title, organization_id FROM roles WHERE person_id = ?').all(personId),
    insertRole: ({ personId, role }) => {
      this.statement('INSERT INTO roles (person_id, title, organization_id) VALUES (?, ?, ?)').run(personId, role.title, role.organizationId);
    },
    size: ({ id }) => this.statement<[{ id: number }], EntitySize>(SIZE_SQL).get({ id }) as EntitySize,
    mergeRows: ({ ids }) =>
      this.statement<[string], MergeRow>('SELECT id, type, merged_into FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)),
    retireStatement: ({ statement, into, from }) => {
      const values = { into, from };
      this.statement(statement.sql).run(Object.fromEntries(statement.params.map((name) => [name, values[name]])));
    },
    rolesOf: ({ personId }) =>
      this.statement<[number], RoleRecord>('SELECT title, organization_id AS organizationId FROM roles WHERE person_id = ? ORDER BY id').all(personId),
    members: ({ organizationId }) =>
      this.statement<[number], { id: number; person_id: number; title: string; organization_id: number | null }>(
        'SELECT id, person_id, title, organization_id FROM roles WHERE organization_id = ?',
      ).all(organizationId),
    // One statement per role, as SQLite has no array parameter.
    deleteRoles: ({ ids }) => {
      for (const id of ids) this.statement('DELETE FROM roles WHERE id = ?').run(id);
    },
  };

  /**
   * The entity an id-less upsert merges into: same rules and order as lookup's
   * best match. The candidates come from the name and alias indexes (an `OR
   * EXISTS` over aliases would read every entity of the type on each upsert,
   * making n creations cost O(n²)). CROSS JOIN keeps the candidates the outer
   * loop: otherwise SQLite may walk every entity of the type by its type index.
   */
  private findMergeTarget(type: EntityType, normalized: string): number | null {
    const row = this.statement<[{ type: EntityType; norm: string }], { id: number }>(
      `WITH candidates (id) AS (
         SELECT id FROM entities WHERE normalized_name = @norm
         UNION
         SELECT entity_id FROM aliases WHERE normalized_alias = @norm
       )
       SELECT e.id FROM candidates c CROSS JOIN entities e ON e.id = c.id
       WHERE e.type = @type AND e.merged_into IS NULL
       ORDER BY e.normalized_name = @norm DESC, ${RICHNESS} DESC, e.id
       LIMIT 1`,
    ).get({ type, norm: normalized });
    return row?.id ?? null;
  }
}
