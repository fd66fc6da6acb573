import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { expectUpserts, checkEntitySize, type EntitySize } from './entity-input';
import type { EntityService } from './entity-service';
import { normalizeName } from './normalize-name';
import { insertAliasSql, insertEntitySql, entitySizeSql, RICHNESS, SQLITE_DIALECT, updateEntitySql } from './entity-sql';
import { duplicateRoles, expectMerge, idsToRetire, retireSql, type MergeRow, type MergeStatement } from './entity-merge';
import { fieldValues, referencesOf, rolesToAdd, survivorOf, towardSurvivors, type EntityReference } from './entity-writes';
import { migrateSqliteEntities } from './sqlite-entity-migrations';
import type { SqliteEntityServiceOptions } from './sqlite-entity-connection';
import { SqliteEntityReads } from './sqlite-entity-reads';
import type { EntityMerge, EntityMergeResult, EntityRecord, EntityType, EntityUpsert, RoleRecord } from '../records/entity-records';

export { normalizeName } from './normalize-name';
export type { SqliteEntityServiceOptions } from './sqlite-entity-connection';

const SIZE_SQL = entitySizeSql(SQLITE_DIALECT);
const INSERT_SQL = insertEntitySql(SQLITE_DIALECT);
const UPDATE_SQL = updateEntitySql(SQLITE_DIALECT);
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
 * reads (sqlite-entity-reads.ts), and here opening and upserts.
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
    return new SqliteEntityService(db, options);
  }

  async upsert(entities: readonly EntityUpsert[]): Promise<EntityRecord[]> {
    const inputs = expectUpserts(entities, 'entities');
    if (inputs.length === 0) return [];
    return this.serve(() => {
      let written: number[] | null = null;
      try {
        written = this.db.transaction(() => inputs.map((input, i) => this.upsertOne(input, `entities[${i}]`)))();
        return this.readByIds(written) as EntityRecord[];
      } finally {
        // This connection's own commits do not move its data_version: forget what they changed.
        // An upsert writes only its entity's row, aliases and roles (roles change organizations'
        // member lists); after a failure everything is dropped.
        if (written === null) this.cache.clear();
        else {
          this.cache.wrote();
          this.forgetWritten(written);
        }
      }
    });
  }

  private forgetWritten(ids: readonly number[]): void {
    for (const id of ids) this.entitiesById.delete(id);
    this.membersById.clear();
    // Any written name, alias or new entity can change any list.
    this.listPages.clear();
  }

  /** Runs inside the upsert transaction; returns the id written. */
  private upsertOne(given: EntityUpsert, field: string): number {
    // Every id it names is checked; a merged entity's stands for its survivor.
    const survivors = new Map<number, number>();
    const check = (reference: EntityReference): void => {
      const survivor = this.requireEntity(reference);
      if (survivor !== reference.id) survivors.set(reference.id, survivor);
    };
    if (given.id !== undefined) check({ id: given.id, type: given.type, field: `${field}.id` });
    for (const reference of referencesOf(given, null, field)) check(reference);
    const { input, keepName } = towardSurvivors(given, survivors);
    const normalized = normalizeName(input.name);
    const existingId = input.id ?? this.findMergeTarget(input.type, normalized);
    // An organization may not become its own parent (by id, merge target or survivor).
    referencesOf(input, existingId, field);
    const id = existingId === null ? this.insertEntity(input, normalized) : this.updateEntity(existingId, input, normalized, input.id !== undefined && !keepName);
    this.mergeAliases(id, input.aliases ?? []);
    if (input.type === 'person') this.mergeRoles(id, input.roles ?? []);
    checkEntitySize(id, this.sizeOf(id), field);
    return id;
  }

  /** What the entity holds now (inside the upsert's transaction, before it commits). */
  private sizeOf(id: number): EntitySize {
    return this.statement<[{ id: number }], EntitySize>(SIZE_SQL).get({ id }) as EntitySize;
  }

  /** The live entity a reference stands for (itself, or its survivor); throws for an unknown id or the wrong type. */
  private requireEntity(reference: EntityReference): number {
    return survivorOf(this.statement<[number], { type: string; merged_into: number | null }>('SELECT type, merged_into FROM entities WHERE id = ?').get(reference.id), reference);
  }

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

  private insertEntity(input: EntityUpsert, normalized: string): number {
    const result = this.statement(INSERT_SQL).run({ type: input.type, name: input.name, normalized, ...fieldValues(input, 'OTHER') });
    return Number(result.lastInsertRowid);
  }

  /**
   * With an explicit id (`rename`) the name is replaced; a merge by name or alias keeps
   * the stored name. Other fields change only when a new non-null value is given.
   */
  private updateEntity(id: number, input: EntityUpsert, normalized: string, rename: boolean): number {
    this.statement(UPDATE_SQL).run({ id, rename: rename ? 1 : 0, name: input.name, normalized, ...fieldValues(input, null) });
    return id;
  }

  async merge(request: EntityMerge): Promise<EntityMergeResult> {
    const checked = expectMerge(request);
    return this.serve(() => {
      try {
        const retired = this.db.transaction(() => this.retireAll(checked)).immediate();
        return { entity: this.readByIds([checked.into])[0] as EntityRecord, retired };
      } finally {
        // A merge changes the survivor, the retired, their members and every listing: forget everything.
        this.cache.clear();
      }
    });
  }

  /** Runs inside the merge transaction: checks the request against the rows, retires what it must; returns the ids retired. */
  private retireAll(request: EntityMerge): number[] {
    const rows = this.statement<[string], MergeRow>('SELECT id, type, merged_into FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(
      JSON.stringify([request.into, ...request.from]),
    );
    const retire = idsToRetire(request, new Map(rows.map((row) => [row.id, row])));
    for (const id of retire) this.retireOne(request.into, id);
    if (retire.length > 0) checkEntitySize(request.into, this.sizeOf(request.into), 'into');
    return retire;
  }

  private retireOne(into: number, from: number): void {
    const run = (statement: MergeStatement): void => {
      const values = { into, from };
      this.statement(statement.sql).run(Object.fromEntries(statement.params.map((name) => [name, values[name]])));
    };
    RETIRE.names.forEach(run);
    const roles = this.statement<[number], RoleRecord>('SELECT title, organization_id AS organizationId FROM roles WHERE person_id = ? ORDER BY id').all(from);
    if (roles.length > 0) this.mergeRoles(into, roles);
    RETIRE.references.forEach(run);
    const members = this.statement<[number], { id: number; person_id: number; title: string; organization_id: number | null }>(
      'SELECT id, person_id, title, organization_id FROM roles WHERE organization_id = ?',
    ).all(into);
    for (const id of duplicateRoles(members)) this.statement('DELETE FROM roles WHERE id = ?').run(id);
    RETIRE.retire.forEach(run);
  }

  /** Adds aliases not already present (compared normalized); an alias equal to the name is kept out. */
  private mergeAliases(id: number, aliases: readonly string[]): void {
    const insert = this.statement(INSERT_ALIAS_SQL);
    for (const alias of aliases) insert.run({ id, alias, normalized: normalizeName(alias) });
  }

  /** Adds roles not already held: same organization and the same title once normalized. */
  private mergeRoles(personId: number, roles: readonly RoleRecord[]): void {
    const held = this.statement<[number], { title: string; organization_id: number | null }>(
      'SELECT title, organization_id FROM roles WHERE person_id = ?',
    ).all(personId);
    const insert = this.statement('INSERT INTO roles (person_id, title, organization_id) VALUES (?, ?, ?)');
    for (const role of rolesToAdd(held, roles)) insert.run(personId, role.title, role.organizationId);
  }
}
