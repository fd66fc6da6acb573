import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { loadConfig } from '../../src/config/config';
import { ConfigError } from '../../src/config/env-values';
import { PostgresEntityService } from '../../src/entities/postgres-entity-service';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { PostgresArticleStore } from '../../src/store/postgres-article-store';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { TEST_DATABASE_URL, dropSchema } from '../helpers/test-services';

// Both stores, on both databases, migrate through one runner per database (src/db/*-migrate.ts):
// a database written by a newer build is refused untouched, and replicas starting together
// migrate once.

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ledgers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tables(path: string): string[] {
  const raw = new Database(path, { readonly: true });
  try {
    return raw.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => r.name);
  } finally {
    raw.close();
  }
}

describe('SQLite ledgers', () => {
  it('the entity service refuses a file recording a newer schema, and creates nothing in it', () => {
    const path = join(dir, 'newer-entities.db');
    const raw = new Database(path);
    raw.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL); INSERT INTO schema_migrations VALUES (99, 'later')");
    raw.close();
    expect(() => SqliteEntityService.open(path)).toThrow('The entity database has schema version 99; this build knows up to 3.');
    expect(tables(path)).toEqual(['schema_migrations']);
  });

  it('the article store refuses one too', () => {
    const path = join(dir, 'newer-articles.db');
    const raw = new Database(path);
    raw.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_migrations VALUES (99, 'later', 'later')");
    raw.close();
    expect(() => SqliteArticleStore.open(path)).toThrow(/^The article database has schema version 99; this build knows up to \d+\.$/);
    expect(tables(path)).toEqual(['schema_migrations']);
  });

  it('the two stores cannot be given one SQLite file', () => {
    expect(() => loadConfig({ DATABASE_URL: join(dir, 'news.db'), ENTITY_DATABASE_URL: join(dir, '.', 'news.db') })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: join(dir, 'news.db'), ENTITY_DATABASE_URL: join(dir, 'news.db') })).toThrow(/^ENTITY_DATABASE_URL: names the same SQLite file/);
    expect(loadConfig({ DATABASE_URL: join(dir, 'news.db'), ENTITY_DATABASE_URL: join(dir, 'entities.db') }).entityDatabaseUrl).toBe(join(dir, 'entities.db'));
    expect(loadConfig({ DATABASE_URL: ':memory:', ENTITY_DATABASE_URL: ':memory:' }).databaseUrl).toBe(':memory:');
  });
});

describe('PostgreSQL ledgers', () => {
  const schema = `ng_ledgers_${process.pid}_${Date.now().toString(36)}`;
  afterAll(() => dropSchema(schema));

  async function ledger(table: string): Promise<number[]> {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      return (await client.query<{ version: number }>(`SELECT version FROM ${schema}.${table} ORDER BY version`)).rows.map((r) => r.version);
    } finally {
      await client.end();
    }
  }

  it('replicas opening one new schema together create it and migrate each store once', async () => {
    const opened = await Promise.allSettled([
      PostgresEntityService.open(TEST_DATABASE_URL, { schema }),
      PostgresEntityService.open(TEST_DATABASE_URL, { schema }),
      PostgresArticleStore.open(TEST_DATABASE_URL, { schema }),
      PostgresArticleStore.open(TEST_DATABASE_URL, { schema }),
    ]);
    await Promise.all(opened.map((o) => (o.status === 'fulfilled' ? o.value.close() : undefined)));
    expect(opened.map((o) => (o.status === 'rejected' ? String(o.reason) : 'opened'))).toEqual(['opened', 'opened', 'opened', 'opened']);
    expect(await ledger('entity_schema_migrations')).toEqual([1, 2]);
    expect((await ledger('schema_migrations')).length).toBeGreaterThanOrEqual(5);
  });

  it('the entity service refuses a schema recording a newer version, and applies nothing', async () => {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(`INSERT INTO ${schema}.entity_schema_migrations (version, name) VALUES (99, 'later')`);
      await client.query(`DROP TABLE ${schema}.roles`);
    } finally {
      await client.end();
    }
    await expect(PostgresEntityService.open(TEST_DATABASE_URL, { schema })).rejects.toThrow('The entity database has schema version 99; this build knows up to 2.');
    expect(await ledger('entity_schema_migrations')).toEqual([1, 2, 99]);
  });
});
