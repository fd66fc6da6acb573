import type { Pool } from 'pg';
import { newerSchemaError, type Migration } from './sqlite-migrate';

/** Where a PostgreSQL schema records its migrations, and the advisory lock that serialises them. */
export interface PostgresMigrationLedger {
  /** The bookkeeping table (created if missing): version, name, applied_at. */
  table: string;
  /** "article" or "entity": named in the error for a database newer than this build. */
  what: string;
  /** A name hashed into the advisory lock key, with the schema appended. */
  lock: string;
}

/**
 * Creates `schema` if given and missing, and applies the migrations it (else the current schema)
 * has not had yet, all in one transaction, under a
 * transaction-scoped advisory lock keyed by the lock name and the schema, so that replicas
 * starting together migrate once and a failed migration leaves nothing half applied. A schema
 * that records a version newer than any this build knows is refused untouched.
 */
export async function applyPostgresMigrations(
  pool: Pool,
  migrations: readonly Migration[],
  ledger: PostgresMigrationLedger,
  schema: string | undefined,
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    if (schema !== undefined) {
      // Both stores may create one schema at once; CREATE SCHEMA IF NOT EXISTS is not safe
      // against that on its own, so its creators take one lock for the schema first (always
      // first, so the two locks are taken in one order everywhere). `schema` was checked by the
      // caller (lowercase letters, digits, _), as for the pool's search_path.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('newsgraph.schema.' || $1))`, [schema]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    }
    await client.query(`SELECT pg_advisory_xact_lock(hashtext($1 || coalesce($2, current_schema(), '')))`, [ledger.lock, schema ?? null]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${ledger.table} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const applied = new Set((await client.query<{ version: number }>(`SELECT version FROM ${ledger.table}`)).rows.map((r) => r.version));
    const known = Math.max(...migrations.map((m) => m.version));
    const newest = Math.max(0, ...applied);
    if (newest > known) throw newerSchemaError(ledger.what, newest, known);
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query(`INSERT INTO ${ledger.table} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
