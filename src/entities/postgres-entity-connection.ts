import { statementName } from '../db/statement-names';
import type { Pool, PoolClient } from 'pg';
import { InvalidInputError, UpstreamError } from '../errors';
import { entityFromRow, type EntityRow as EntityRowOf } from './entity-rows';
import { entityColumns, POSTGRES_DIALECT } from './entity-sql';
import type { EntityRecord, RoleRecord } from '../records/entity-records';

/** The columns every entity read returns, aliases and roles folded in as JSON (so a read stays one statement). */
export const ENTITY_COLUMNS = entityColumns(POSTGRES_DIALECT);

export type EntityRow = EntityRowOf<{ aliases: string[]; roles: RoleRecord[] }>;

export type Queryable = Pick<PoolClient, 'query'>;

export function toRecord(row: EntityRow): EntityRecord {
  return entityFromRow(row, row.aliases, () => row.roles);
}

/**
 * A pg Pool and what every call of the PostgreSQL entity service goes through: counted and
 * failures turned into UpstreamError (`serve`), statements prepared by name, transactions on
 * one pooled connection; entities by id are read here.
 */
export abstract class PostgresEntityConnection {
  private served = 0;
  private closed = false;

  protected constructor(protected readonly pool: Pool) {}

  /** Calls served since open (empty batches are answered without counting). */
  get requestCount(): number {
    return this.served;
  }

  /** A read of the entities table: the database answers and still holds this service's schema. */
  async ping(): Promise<void> {
    await this.serve(() => this.query('SELECT 1 FROM entities LIMIT 1', []));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /**
   * Counts the call and runs it. A failing database (unreachable, closed,
   * erroring) becomes UpstreamError, as the interface promises; input errors
   * pass through.
   */
  protected async serve<T>(work: () => Promise<T>): Promise<T> {
    this.served++;
    try {
      return await work();
    } catch (error) {
      if (error instanceof InvalidInputError) throw error;
      throw new UpstreamError('entity service', `the entity database failed: ${(error as Error).message}`, { cause: error });
    }
  }

  /** A retired id (merged into another entity) answers the survivor's record. */
  protected async readByIds(on: Queryable, ids: readonly number[]): Promise<(EntityRecord | null)[]> {
    const rows = await this.query<EntityRow & { asked: number }>(
      `SELECT r.id AS asked, ${ENTITY_COLUMNS}
       FROM entities r JOIN entities e ON e.id = coalesce(r.merged_into, r.id)
       WHERE r.id = ANY($1::bigint[])`,
      [ids],
      on,
    );
    const records = new Map<number, EntityRecord>();
    for (const row of rows) records.set(row.asked, toRecord(row));
    return ids.map((id) => records.get(id) ?? null);
  }

  /** Sends one statement, prepared under a name derived from its text (parsed once per connection). */
  protected async query<R>(text: string, values: unknown[], on: Queryable = this.pool): Promise<R[]> {
    return (await this.execute(text, values, on)).rows as R[];
  }

  /** As query, answering the whole result (its rowCount too). */
  protected async execute(text: string, values: unknown[], on: Queryable = this.pool): Promise<{ rows: unknown[]; rowCount: number | null }> {
    const name = statementName('nge_', text);
    return on.query({ name, text, values });
  }

  /** Runs fn on one connection inside BEGIN … COMMIT, rolled back if it throws. */
  protected async inTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
