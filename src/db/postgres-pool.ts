import { Pool, types as pgTypes, type CustomTypesConfig } from 'pg';

/**
 * int8 (counts, ids, sort times) as JS numbers: every value the project stores
 * fits in 2^53. Scoped to our pools, not set globally for every pg user in the process.
 */
const INT8_AS_NUMBER: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pgTypes.builtins.INT8 && format !== 'binary'
      ? (value: string) => Number(value)
      : pgTypes.getTypeParser(oid, format)) as CustomTypesConfig['getTypeParser'],
};

/**
 * A pg Pool for one of the project's stores. `schema` (lowercase letters,
 * digits, _) becomes the search_path of every pooled connection; without it
 * the server's default applies. The caller creates the schema if it wants to.
 */
export function createPostgresPool(url: string, schema?: string): Pool {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Invalid Postgres schema name "${schema}": use lowercase letters, digits and _.`);
  }
  const pool = new Pool({
    connectionString: url,
    types: INT8_AS_NUMBER,
    options: schema === undefined ? undefined : `-c search_path=${schema}`,
  });
  // An idle connection that breaks (server restart) is dropped by the pool; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}
