import type Database from 'better-sqlite3';

/** One step of a schema: applied once, in order, never edited once released. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Where a database records the migrations it has had, and what to call it in errors. */
export interface MigrationLedger {
  /** The bookkeeping table (created if missing). */
  table: string;
  /** Whether the table has a `name` column (the entity service's first layout has none). */
  named: boolean;
  /** "article" or "entity": named in the error for a database newer than this build. */
  what: string;
}

/** The error for a database written by a newer build; nothing is changed before it is thrown. */
export function newerSchemaError(what: string, newest: number, known: number): Error {
  return new Error(`The ${what} database has schema version ${newest}; this build knows up to ${known}.`);
}

/**
 * Applies the migrations a SQLite database has not had yet, each in its own immediate
 * (write-locked) transaction, so that two processes opening one file migrate it once. A
 * database that records a version newer than any this build knows is refused untouched.
 */
export function applySqliteMigrations(db: Database.Database, migrations: readonly Migration[], ledger: MigrationLedger): void {
  const columns = ledger.named ? 'version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL' : 'version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL';
  db.exec(`CREATE TABLE IF NOT EXISTS ${ledger.table} (${columns})`);
  const known = Math.max(...migrations.map((m) => m.version));
  const newestStatement = db.prepare<[], { v: number | null }>(`SELECT MAX(version) AS v FROM ${ledger.table}`);
  const appliedStatement = db.prepare<[number], { one: number }>(`SELECT 1 AS one FROM ${ledger.table} WHERE version = ?`);
  const record = ledger.named
    ? db.prepare<[number, string, string]>(`INSERT INTO ${ledger.table} (version, name, applied_at) VALUES (?, ?, ?)`)
    : db.prepare<[number, string]>(`INSERT INTO ${ledger.table} (version, applied_at) VALUES (?, ?)`);
  for (const migration of migrations) {
    db.transaction(() => {
      const newest = newestStatement.get()?.v ?? 0;
      if (newest > known) throw newerSchemaError(ledger.what, newest, known);
      if (appliedStatement.get(migration.version)) return;
      db.exec(migration.sql);
      const at = new Date().toISOString();
      if (ledger.named) (record as Database.Statement<[number, string, string]>).run(migration.version, migration.name, at);
      else (record as Database.Statement<[number, string]>).run(migration.version, at);
    }).immediate();
  }
}
