import type Redis from 'ioredis';
import { Client } from 'pg';

/** The machine's PostgreSQL (trust auth) and Redis, as the tests reach them; overridable for other set-ups. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * The shared secret of every entity service the tests start, and what every gateway and
 * ingest process they start sends (ENTITY_SERVICE_TOKEN), as a deployment would run them.
 */
export const TEST_ENTITY_SERVICE_TOKEN = 'test-entity-service-token-4f1c9a';

/** Drops a schema a test made for itself, with everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Deletes every key a test wrote under its own prefix. */
export async function deleteRedisKeys(redis: Redis, prefix: string): Promise<void> {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
}
