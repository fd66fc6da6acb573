import Database from 'better-sqlite3';
import { UpstreamError } from '../errors';
import { entityFromRow, type EntityRow as EntityRowOf } from './entity-rows';
import { entityColumns, SQLITE_DIALECT } from './entity-sql';
import { readThrough, SqliteReadCache, type CacheRegion } from '../db/sqlite-read-cache';
import { sqliteTransactions, type SqliteTransactions } from '../db/sqlite-transactions';
import type { EntityList, EntityRecord, RoleRecord } from '../records/entity-records';

/** The columns every entity read returns, aliases and roles folded in as JSON (so a read stays one statement). */
export const ENTITY_COLUMNS = entityColumns(SQLITE_DIALECT);

export type EntityRow = EntityRowOf<{ aliases: string; roles: string }>;

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
 * A better-sqlite3 connection and what every call of the SQLite entity service goes through:
 * counted and failures turned into UpstreamError (`serve`), statements prepared once per
 * text, and the record cache with its regions; entities by id are read here.
 */
export abstract class SqliteEntityConnection {
  private served = 0;
  private readonly prepared = new Map<string, Database.Statement>();
  protected readonly cache: SqliteReadCache;
  protected readonly entitiesById: CacheRegion<number, EntityRecord | null>;
  protected readonly membersById: CacheRegion<number, number[]>;
  /** Pages of list(), by type, normalized search text and page arguments. */
  protected readonly listPages: CacheRegion<string, EntityList>;
  /** Transactions on this connection (one wrapper, made once). */
  protected readonly transactions: SqliteTransactions;

  protected constructor(
    protected readonly db: Database.Database,
    options: SqliteEntityServiceOptions,
  ) {
    const entries = options.cacheEntries ?? 20_000;
    this.cache = new SqliteReadCache(db);
    this.entitiesById = this.cache.region(entries);
    this.membersById = this.cache.region(Math.ceil(entries / 10));
    this.listPages = this.cache.region(Math.ceil(entries / 10));
    this.transactions = sqliteTransactions(db);
  }

  /** Calls served since open (empty batches are answered without counting). */
  get requestCount(): number {
    return this.served;
  }

  /** A read of the entities table: the file is there and holds this service's schema. */
  async ping(): Promise<void> {
    this.serve(() => this.statement('SELECT 1 FROM entities LIMIT 1').get());
  }

  async close(): Promise<void> {
    this.cache.close();
    if (this.db.open) this.db.close();
  }

  /**
   * Counts the call and runs it. A failing database (closed, locked, corrupt)
   * becomes UpstreamError, as the interface promises; input errors pass through.
   */
  protected serve<T>(work: () => T): T {
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

  /** Counts a call answered without serve (from memory: heldList). */
  protected countServed(): void {
    this.served++;
  }

  /** Prepared once per SQL text: a statement is compiled on first use and reused after. */
  protected statement<P extends unknown[] = unknown[], R = unknown>(sql: string): Database.Statement<P, R> {
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
  protected cachedByIds(ids: readonly number[]): (EntityRecord | null)[] {
    this.cache.check();
    return readThrough(this.entitiesById, ids, (missing) => this.readByIds(missing));
  }

  /** A retired id (merged into another entity) answers the survivor's record. */
  protected readByIds(ids: readonly number[]): (EntityRecord | null)[] {
    const rows = this.statement<[string], EntityRow & { asked: number }>(
      `SELECT r.id AS asked, ${ENTITY_COLUMNS}
       FROM entities r JOIN entities e ON e.id = coalesce(r.merged_into, r.id)
       WHERE r.id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids));
    const records = new Map<number, EntityRecord>();
    for (const row of rows) records.set(row.asked, toRecord(row));
    return ids.map((id) => records.get(id) ?? null);
  }
}
