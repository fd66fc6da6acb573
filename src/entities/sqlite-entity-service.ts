import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { InvalidInputError, UpstreamError } from '../errors';
import {
  expectIds,
  expectListQuery,
  expectLookups,
  expectUpserts,
  checkEntitySize,
  type EntitySize,
} from './entity-input';
import type { EntityService } from './entity-service';
import { normalizeName } from './normalize-name';
import { entityFromRow, roleKey, type EntityRow as EntityRowOf } from './entity-rows';
import { readThrough, SqliteReadCache, type CacheRegion } from '../db/sqlite-read-cache';
import type {
  EntityList,
  EntityListQuery,
  EntityLookup,
  EntityRecord,
  EntityType,
  EntityUpsert,
  RoleRecord,
} from '../records/entity-records';

export { normalizeName } from './normalize-name';

/**
 * Versioned schema. A migration is applied once, in its own transaction, and
 * recorded in schema_migrations; append new versions, never edit old ones.
 */
const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      -- One id sequence for people and organizations (AUTOINCREMENT: ids are never reused).
      CREATE TABLE entities (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        type TEXT NOT NULL CHECK (type IN ('person', 'organization')),
        name TEXT NOT NULL,
        normalized_name TEXT NOT NULL,
        kind TEXT,
        country TEXT,
        parent_id INTEGER REFERENCES entities (id),
        title TEXT
      );
      CREATE INDEX entities_by_type_name ON entities (type, name, id);
      CREATE INDEX entities_by_normalized_name ON entities (normalized_name);

      -- id keeps insertion order, which is the order aliases are returned in.
      CREATE TABLE aliases (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        normalized_alias TEXT NOT NULL,
        UNIQUE (entity_id, normalized_alias)
      );
      CREATE INDEX aliases_by_normalized_alias ON aliases (normalized_alias);

      CREATE TABLE roles (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        organization_id INTEGER REFERENCES entities (id)
      );
      CREATE INDEX roles_by_person ON roles (person_id);
      CREATE INDEX roles_by_organization ON roles (organization_id, person_id);
    `,
  },
];

/** The columns every entity read returns, aliases and roles folded in as JSON (so a read stays one statement). */
const ENTITY_COLUMNS = `
  e.id, e.type, e.name, e.kind, e.country, e.parent_id, e.title,
  (SELECT json_group_array(a.alias ORDER BY a.id) FROM aliases a WHERE a.entity_id = e.id) AS aliases,
  (SELECT json_group_array(json_object('title', r.title, 'organizationId', r.organization_id) ORDER BY r.id)
     FROM roles r WHERE r.person_id = e.id) AS roles`;

type EntityRow = EntityRowOf<{ aliases: string; roles: string }>;

function toRecord(row: EntityRow): EntityRecord {
  return entityFromRow(row, JSON.parse(row.aliases) as string[], () => JSON.parse(row.roles) as RoleRecord[]);
}

export interface SqliteEntityServiceOptions {
  /**
   * Entities (and organizations' member lists) kept in memory between calls,
   * by id; 0 turns the record cache off. Default 20,000. The cache is dropped
   * whenever the database changes, through this service or any other
   * connection (see src/store/sqlite-read-cache.ts).
   */
  cacheEntries?: number;
}

/**
 * The in-process entity service over SQLite. Every read is one SQL statement
 * whatever the number of keys (ids travel as a JSON array through json_each,
 * so each statement is prepared once); every upsert call is one transaction.
 * getByIds, lookup, membersOf and list answer from a record cache what the database
 * has not changed since it was read (records and pages are shared: callers must not
 * change them). This service's own upserts forget just the entities they wrote; a commit
 * by any other connection drops the whole cache.
 */
export class SqliteEntityService implements EntityService {
  private served = 0;
  private readonly prepared = new Map<string, Database.Statement>();
  private readonly cache: SqliteReadCache;
  private readonly entitiesById: CacheRegion<number, EntityRecord | null>;
  private readonly membersById: CacheRegion<number, number[]>;
  /** Pages of list(), by type, normalized search text and page arguments. */
  private readonly listPages: CacheRegion<string, EntityList>;

  private constructor(
    private readonly db: Database.Database,
    options: SqliteEntityServiceOptions,
  ) {
    const entries = options.cacheEntries ?? 20_000;
    this.cache = new SqliteReadCache(db);
    this.entitiesById = this.cache.region(entries);
    this.membersById = this.cache.region(Math.ceil(entries / 10));
    this.listPages = this.cache.region(Math.ceil(entries / 10));
  }

  /** Opens (creating if needed, with its parent folder) and migrates the database; ':memory:' works too. */
  static open(path: string, options: SqliteEntityServiceOptions = {}): SqliteEntityService {
    if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return new SqliteEntityService(db, options);
  }

  /** Calls served since open (empty batches are answered without counting). */
  get requestCount(): number {
    return this.served;
  }

  async getByIds(ids: readonly number[]): Promise<(EntityRecord | null)[]> {
    const keys = expectIds(ids, 'ids');
    if (keys.length === 0) return [];
    return this.serve(() => this.cachedByIds(keys));
  }

  async lookup(lookups: readonly EntityLookup[]): Promise<EntityRecord[][]> {
    const queries = expectLookups(lookups, 'lookups');
    if (queries.length === 0) return [];
    return this.serve(() => this.readLookups(queries));
  }

  /**
   * Which entities each lookup matches, from the name and alias indexes, then their
   * records from the record cache. A surname can match hundreds of people in a large
   * store; the statement returns only ids and ranks, and the ordering by popularity
   * (roles and aliases held) is read off the records, instead of two counting
   * subqueries and a JSON record per hit on every lookup.
   */
  private readLookups(queries: readonly EntityLookup[]): EntityRecord[][] {
    this.cache.check();
    // Each lookup's text is read once (MATERIALIZED); the type is checked on the records.
    const hits = this.statement<[string], { idx: number; id: number; rank: number }>(
        `WITH q (idx, norm) AS MATERIALIZED (
           SELECT key, json_extract(value, '$.n') FROM json_each(?)
         )
         SELECT q.idx, e.id, 0 AS rank FROM q JOIN entities e ON e.normalized_name = q.norm
         UNION ALL
         SELECT q.idx, a.entity_id, 1 FROM q JOIN aliases a ON a.normalized_alias = q.norm`,
      ).all(JSON.stringify(queries.map((q) => ({ n: normalizeName(q.name) }))));
    const ids = [...new Set(hits.map((hit) => hit.id))];
    const records = new Map<number, EntityRecord>();
    readThrough(this.entitiesById, ids, (missing) => this.readByIds(missing)).forEach((record, i) => {
      if (record !== null) records.set(ids[i], record);
    });
    const ranked: Map<number, { record: EntityRecord; rank: number; popularity: number }>[] = queries.map(() => new Map());
    for (const hit of hits) {
      const record = records.get(hit.id);
      const wanted = queries[hit.idx].type;
      if (record === undefined || (wanted !== undefined && record.type !== wanted)) continue;
      // An entity matched by its name and by an alias ranks as a name match.
      const seen = ranked[hit.idx].get(hit.id);
      if (seen !== undefined) seen.rank = Math.min(seen.rank, hit.rank);
      else ranked[hit.idx].set(hit.id, { record, rank: hit.rank, popularity: (record.type === 'person' ? record.roles.length : 0) + record.aliases.length });
    }
    // Best first: the name before an alias, then the entity holding more roles and aliases, then the older.
    return ranked.map((byId) =>
      [...byId.values()].sort((a, b) => a.rank - b.rank || b.popularity - a.popularity || a.record.id - b.record.id).map((entry) => entry.record),
    );
  }

  async membersOf(organizationIds: readonly number[]): Promise<number[][]> {
    const keys = expectIds(organizationIds, 'organizationIds');
    if (keys.length === 0) return [];
    return this.serve(() => this.cachedMembers(keys));
  }

  private cachedMembers(keys: readonly number[]): number[][] {
    this.cache.check();
    // Copies: a caller may keep or change its list; the cached one stays as read.
    return readThrough(this.membersById, keys, (missing) => this.readMembers(missing)).map((members) => [...members]);
  }

  private readMembers(keys: readonly number[]): number[][] {
    const rows = this.statement<[string], { idx: number; person_id: number }>(
      `SELECT DISTINCT k.key AS idx, r.person_id, p.name
       FROM json_each(?) k
         JOIN roles r ON r.organization_id = k.value
         JOIN entities p ON p.id = r.person_id
       ORDER BY k.key, p.name, p.id`,
    ).all(JSON.stringify(keys));
    const members: number[][] = keys.map(() => []);
    for (const row of rows) members[row.idx].push(row.person_id);
    return members;
  }

  async list(query: EntityListQuery): Promise<EntityList> {
    const valid = expectListQuery(query);
    return this.serve(() => this.readPage(valid));
  }

  /**
   * A page of people or organizations by name, and how many match. Pages are kept in the
   * record cache (dropped with it, and by every upsert through this service), and their
   * entities are the cached records.
   *
   * A search matches an entity whose normalized name or one of whose normalized aliases
   * holds the normalized text: `instr`, which is what `LIKE '%text%'` meant here (both
   * sides are normalized, so lower-case; LIKE folds only ASCII case) at about a tenth of
   * the cost per row, and the aliases that match are found in one pass, not one subquery
   * per entity. The statement returns ids only.
   */
  private readPage(query: EntityListQuery): EntityList {
    const { type, search, limit, after } = query;
    const needle = search ? normalizeName(search) : '';
    // Search text with no letters or digits (only punctuation, say) matches nothing, as in the article store.
    if (search?.trim() && needle === '') return { items: [], totalCount: 0 };
    this.cache.check();
    const key = JSON.stringify([type, needle, limit, after?.name ?? null, after?.id ?? null]);
    const cached = this.listPages.get(key);
    if (cached) return cached;
    // One statement: the count of all matches rides along (LEFT JOIN keeps it when the page is empty).
    const rows = this.statement<[Record<string, unknown>], { total: number; id: number | null }>(
        `WITH matching AS MATERIALIZED (
           SELECT e.id, e.name FROM entities e
           WHERE e.type = @type
             AND (@needle IS NULL
                  OR instr(e.normalized_name, @needle) > 0
                  OR e.id IN (SELECT a.entity_id FROM aliases a WHERE instr(a.normalized_alias, @needle) > 0))
         ),
         page AS (
           SELECT e.id, e.name FROM matching e
           WHERE @afterId IS NULL OR e.name > @afterName OR (e.name = @afterName AND e.id > @afterId)
           ORDER BY e.name, e.id
           LIMIT @limit
         )
         SELECT t.total, page.id FROM (SELECT count(*) AS total FROM matching) t
           LEFT JOIN page ON 1
         ORDER BY page.name, page.id`,
      ).all({ type, needle: needle === '' ? null : needle, limit, afterName: after?.name ?? null, afterId: after?.id ?? null });
    const ids = rows.flatMap((row) => (row.id === null ? [] : [row.id]));
    const records = readThrough(this.entitiesById, ids, (missing) => this.readByIds(missing));
    const page: EntityList = { items: records.filter((r): r is EntityRecord => r !== null), totalCount: rows[0]?.total ?? 0 };
    this.listPages.set(key, page);
    return page;
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
        else this.forgetWritten(written);
      }
    });
  }

  private forgetWritten(ids: readonly number[]): void {
    for (const id of ids) this.entitiesById.delete(id);
    this.membersById.clear();
    // Any written name, alias or new entity can change any list.
    this.listPages.clear();
  }

  /** A read of the entities table: the file is there and holds this service's schema. */
  async ping(): Promise<void> {
    this.serve(() => this.statement('SELECT 1 FROM entities LIMIT 1').get());
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /**
   * Counts the call and runs it. A failing database (closed, locked, corrupt)
   * becomes UpstreamError, as the interface promises; input errors pass through.
   */
  private serve<T>(work: () => T): T {
    this.served++;
    try {
      return work();
    } catch (error) {
      if (error instanceof Database.SqliteError || !this.db.open) {
        throw new UpstreamError('entity service', `the entity database failed: ${(error as Error).message}`, { cause: error });
      }
      throw error;
    }
  }

  /** Prepared once per SQL text: a statement is compiled on first use and reused after. */
  private statement<P extends unknown[] = unknown[], R = unknown>(sql: string): Database.Statement<P, R> {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement as Database.Statement<P, R>;
  }

  /**
   * Entities by id from the record cache, reading the ones it lacks in one
   * statement. The records are shared by every caller (read-only); upsert
   * returns fresh ones, since ingestion may build on them.
   */
  private cachedByIds(ids: readonly number[]): (EntityRecord | null)[] {
    this.cache.check();
    return readThrough(this.entitiesById, ids, (missing) => this.readByIds(missing));
  }

  private readByIds(ids: readonly number[]): (EntityRecord | null)[] {
    const rows = this.statement<[string], EntityRow>(
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids));
    const byId = new Map(rows.map((row) => [row.id, toRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Runs inside the upsert transaction; returns the id written. */
  private upsertOne(input: EntityUpsert, field: string): number {
    const normalized = normalizeName(input.name);
    const existingId =
      input.id !== undefined ? this.requireEntity(input.id, input.type, `${field}.id`) : this.findMergeTarget(input.type, normalized);
    if (input.type === 'person') {
      for (const [i, role] of (input.roles ?? []).entries()) {
        if (role.organizationId !== null) this.requireEntity(role.organizationId, 'organization', `${field}.roles[${i}].organizationId`);
      }
    } else if (input.parentId != null) {
      if (input.parentId === existingId) throw new InvalidInputError(`${field}.parentId: an organization cannot be its own parent`);
      this.requireEntity(input.parentId, 'organization', `${field}.parentId`);
    }
    const id = existingId === null ? this.insertEntity(input, normalized) : this.updateEntity(existingId, input, normalized);
    this.mergeAliases(id, input.aliases ?? []);
    if (input.type === 'person') this.mergeRoles(id, input.roles ?? []);
    checkEntitySize(id, this.sizeOf(id), field);
    return id;
  }

  /** What the entity holds now (inside the upsert's transaction, before it commits). */
  private sizeOf(id: number): EntitySize {
    return this.statement<[{ id: number }], EntitySize>(
      `SELECT
         (SELECT count(*) FROM aliases WHERE entity_id = @id) AS aliases,
         (SELECT count(*) FROM roles WHERE person_id = @id) AS roles,
         length(e.name) + coalesce(length(e.title), 0)
           + (SELECT coalesce(sum(length(alias)), 0) FROM aliases WHERE entity_id = @id)
           + (SELECT coalesce(sum(length(title)), 0) FROM roles WHERE person_id = @id) AS chars
       FROM entities e WHERE e.id = @id`,
    ).get({ id }) as EntitySize;
  }

  private requireEntity(id: number, type: EntityType, field: string): number {
    const row = this.statement<[number], { type: string }>('SELECT type FROM entities WHERE id = ?').get(id);
    if (!row) throw new InvalidInputError(`${field}: no entity has id ${id}`, { field });
    if (row.type !== type) throw new InvalidInputError(`${field}: entity ${id} is a ${row.type}, not a ${type}`, { field });
    return id;
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
       ORDER BY e.normalized_name = @norm DESC,
         (SELECT count(*) FROM roles r WHERE r.person_id = e.id)
           + (SELECT count(*) FROM aliases a WHERE a.entity_id = e.id) DESC,
         e.id
       LIMIT 1`,
    ).get({ type, norm: normalized });
    return row?.id ?? null;
  }

  private insertEntity(input: EntityUpsert, normalized: string): number {
    const values =
      input.type === 'person'
        ? { kind: null, country: null, parentId: null, title: input.title ?? null }
        : { kind: input.kind ?? 'OTHER', country: input.country ?? null, parentId: input.parentId ?? null, title: null };
    const result = this.statement(
      `INSERT INTO entities (type, name, normalized_name, kind, country, parent_id, title)
       VALUES (@type, @name, @normalized, @kind, @country, @parentId, @title)`,
    ).run({ type: input.type, name: input.name, normalized, ...values });
    return Number(result.lastInsertRowid);
  }

  /**
   * With an explicit id the name is replaced; a merge by name or alias keeps
   * the stored name. Other fields change only when a new non-null value is given.
   */
  private updateEntity(id: number, input: EntityUpsert, normalized: string): number {
    const rename = input.id !== undefined;
    const values =
      input.type === 'person'
        ? { kind: null, country: null, parentId: null, title: input.title ?? null }
        : { kind: input.kind ?? null, country: input.country ?? null, parentId: input.parentId ?? null, title: null };
    this.statement(
      `UPDATE entities SET
         name = CASE WHEN @rename THEN @name ELSE name END,
         normalized_name = CASE WHEN @rename THEN @normalized ELSE normalized_name END,
         kind = coalesce(@kind, kind),
         country = coalesce(@country, country),
         parent_id = coalesce(@parentId, parent_id),
         title = coalesce(@title, title)
       WHERE id = @id`,
    ).run({ id, rename: rename ? 1 : 0, name: input.name, normalized, ...values });
    return id;
  }

  /** Adds aliases not already present (compared normalized); an alias equal to the name is kept out. */
  private mergeAliases(id: number, aliases: readonly string[]): void {
    const insert = this.statement(
      `INSERT INTO aliases (entity_id, alias, normalized_alias)
       SELECT @id, @alias, @normalized
       WHERE @normalized <> (SELECT normalized_name FROM entities WHERE id = @id)
       ON CONFLICT (entity_id, normalized_alias) DO NOTHING`,
    );
    for (const alias of aliases) insert.run({ id, alias, normalized: normalizeName(alias) });
  }

  /** Adds roles not already held: same organization and the same title once normalized. */
  private mergeRoles(personId: number, roles: readonly RoleRecord[]): void {
    const held = new Set(
      this.statement<[number], { title: string; organization_id: number | null }>('SELECT title, organization_id FROM roles WHERE person_id = ?')
        .all(personId)
        .map((r) => roleKey(r.title, r.organization_id)),
    );
    const insert = this.statement('INSERT INTO roles (person_id, title, organization_id) VALUES (?, ?, ?)');
    for (const role of roles) {
      const key = roleKey(role.title, role.organizationId);
      if (held.has(key)) continue;
      held.add(key);
      insert.run(personId, role.title, role.organizationId);
    }
  }
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((r) => r.version),
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        new Date().toISOString(),
      );
    })();
  }
}
