import Database from 'better-sqlite3';
import { SqliteReadCache } from '../db/sqlite-read-cache';
import { withTempStoreOnDisk } from '../db/sqlite-temp-store';
import { sqliteTransactions, type SqliteTransactions } from '../db/sqlite-transactions';

export type Param = string | number | null;
/** Named parameters (`@p1`, `@p2`, …), for statements that use one value twice. */
export type Named = Record<string, Param>;
export const named = (...values: Param[]): Named => Object.fromEntries(values.map((value, i) => [`p${i + 1}`, value]));

/** A WHERE fragment and its parameters, in order. */
export interface Condition {
  sql: string;
  params: Param[];
}

/**
 * A better-sqlite3 connection and what every statement of the article store goes through:
 * prepared once per text, counted in `statementCount` (a transaction's BEGIN and COMMIT count
 * as two), reads checked against the record cache (src/db/sqlite-read-cache.ts).
 */
export abstract class SqliteConnection {
  protected executed = 0;
  private readonly prepared = new Map<string, Database.Statement>();
  protected readonly cache: SqliteReadCache;
  private readonly transactions: SqliteTransactions;

  protected constructor(private readonly db: Database.Database) {
    this.cache = new SqliteReadCache(db);
    this.transactions = sqliteTransactions(db);
  }

  get statementCount(): number {
    return this.executed;
  }

  /** `PRAGMA data_version` (ArticleStore.dataVersion; not counted in statementCount, like the record cache's check). */
  dataVersion(): number {
    return this.cache.dataVersion();
  }

  /** Starts a read: checks the record cache is current; returns the statement count so far. */
  protected beginRead(): number {
    this.cache.check();
    return this.executed;
  }

  /**
   * Ends a read. One the record cache answered whole counts as the one statement it
   * stands for, so `statementCount` keeps measuring batching (a statement per read call
   * and level) whether SQLite or memory answered.
   */
  protected endRead<T>(statementsBefore: number, result: T): T {
    if (this.executed === statementsBefore) this.executed++;
    return result;
  }

  async close(): Promise<void> {
    this.cache.close();
    if (this.db.open) this.db.close();
  }

  protected statement(sql: string): Database.Statement {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement;
  }

  protected all<R>(sql: string, ...params: Param[]): R[] {
    const statement = this.statement(sql);
    this.executed++;
    return statement.all(...params) as R[];
  }

  protected get<R>(sql: string, ...params: Param[]): R | undefined {
    const statement = this.statement(sql);
    this.executed++;
    return statement.get(...params) as R | undefined;
  }

  protected allNamed<R>(sql: string, params: Named): R[] {
    const statement = this.statement(sql);
    this.executed++;
    return statement.all(params) as R[];
  }

  protected runNamed(sql: string, params: Named): void {
    const statement = this.statement(sql);
    this.executed++;
    statement.run(params);
  }

  /** Runs statements without parameters (schema changes), not prepared; counted as one. */
  protected exec(sql: string): void {
    this.executed++;
    this.db.exec(sql);
  }

  protected run(sql: string, ...params: Param[]): void {
    const statement = this.statement(sql);
    this.executed++;
    statement.run(...params);
  }

  /** Runs `work` with SQLite's temporary b-trees in a file (set-based bulk work; src/db/sqlite-temp-store.ts). */
  protected withTempStoreOnDisk<T>(work: () => T): T {
    return withTempStoreOnDisk(this.db, work);
  }

  /**
   * Runs fn in a write transaction (BEGIN IMMEDIATE), rolled back if fn
   * throws. The record cache is dropped either way: this connection's own
   * commits do not move its data_version.
   */
  protected inTransaction<T>(fn: () => T): T {
    this.executed += 2;
    try {
      return this.transactions.immediate(fn);
    } finally {
      this.cache.clear();
    }
  }
}
