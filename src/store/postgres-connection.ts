import { statementName } from '../db/statement-names';
import type { Pool, PoolClient } from 'pg';
import { distinct } from './paging';

export type Queryable = Pick<PoolClient, 'query'>;

/** Collects parameters and hands out their $n placeholders. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A pg Pool and what every statement of the article store goes through: each is sent as a
 * named prepared statement (named by a hash of its text), so each shape is parsed once per
 * connection, and counted in `statementCount` (BEGIN and COMMIT included).
 */
export abstract class PostgresConnection {
  private executed = 0;
  private closed = false;

  protected constructor(private readonly pool: Pool) {}

  get statementCount(): number {
    return this.executed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** Sends one statement, prepared under a name derived from its text. */
  protected async query<R>(text: string, values: unknown[], on: Queryable = this.pool): Promise<R[]> {
    this.executed++;
    const name = statementName('ng_', text);
    const result = await on.query({ name, text, values });
    return result.rows as R[];
  }

  /** Runs fn on one connection inside BEGIN … COMMIT, rolled back if it throws. */
  protected async inTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      this.executed++;
      await client.query('BEGIN');
      const result = await fn(client);
      this.executed++;
      await client.query('COMMIT');
      return result;
    } catch (error) {
      this.executed++;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/** `?` placeholders as $1, $2, … (statements shared with the SQLite store). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * Ids that fit an int4 column, distinct. Anything else names no row; keeping
 * it out spares Postgres an out-of-range error.
 */
export function int4s(ids: readonly number[]): number[] {
  return distinct(ids).filter((id) => Number.isSafeInteger(id) && id >= -2147483648 && id <= 2147483647);
}
