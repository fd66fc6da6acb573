import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { expectUpserts, checkEntitySize, type EntitySize } from './entity-input';
import type { EntityService } from './entity-service';
import { normalizeName } from './normalize-name';
import { insertAliasSql, insertEntitySql, entitySizeSql, RICHNESS, SQLITE_DIALECT, updateEntitySql } from './entity-sql';
import { expectEntityType, fieldValues, referencesOf, rolesToAdd, type EntityReference } from './entity-writes';
import { migrateSqliteEntities } from './sqlite-entity-migrations';
import type { SqliteEntityServiceOptions } from './sqlite-entity-connection';
import { SqliteEntityReads } from './sqlite-entity-reads';
import type { EntityRecord, EntityType, EntityUpsert, RoleRecord } from '../records/entity-records';

export { normalizeName } from './normalize-name';
export type { SqliteEntityServiceOptions } from './sqlite-entity-connection';

const SIZE_SQL = entitySizeSql(SQLITE_DIALECT);
const INSERT_SQL = insertEntitySql(SQLITE_DIALECT);
const UPDATE_SQL = updateEntitySql(SQLITE_DIALECT);
const INSERT_ALIAS_SQL = insertAliasSql(SQLITE_DIALECT);

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
  private upsertOne(input: EntityUpsert, field: string): number {
    const normalized = normalizeName(input.name);
    const existingId =
      input.id !== undefined
        ? this.requireEntity({ id: input.id, type: input.type, field: `${field}.id` })
        : this.findMergeTarget(input.type, normalized);
    for (const reference of referencesOf(input, existingId, field)) this.requireEntity(reference);
    const id = existingId === null ? this.insertEntity(input, normalized) : this.updateEntity(existingId, input, normalized);
    this.mergeAliases(id, input.aliases ?? []);
    if (input.type === 'person') this.mergeRoles(id, input.roles ?? []);
    checkEntitySize(id, this.sizeOf(id), field);
    return id;
  }

  /** What the entity holds now (inside the upsert's transaction, before it commits). */
  private sizeOf(id: number): EntitySize {
    return this.statement<[{ id: number }], EntitySize>(SIZE_SQL).get({ id }) as EntitySize;
  }

  private requireEntity(reference: EntityReference): number {
    return expectEntityType(this.statement<[number], { type: string }>('SELECT type FROM entities WHERE id = ?').get(reference.id), reference);
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
       WHERE e.type = @type
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
   * With an explicit id the name is replaced; a merge by name or alias keeps
   * the stored name. Other fields change only when a new non-null value is given.
   */
  private updateEntity(id: number, input: EntityUpsert, normalized: string): number {
    const rename = input.id !== undefined;
    this.statement(UPDATE_SQL).run({ id, rename: rename ? 1 : 0, name: input.name, normalized, ...fieldValues(input, null) });
    return id;
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
