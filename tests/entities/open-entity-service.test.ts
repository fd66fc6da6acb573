import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpEntityService } from '../../src/entities/http-entity-service';
import { Client } from 'pg';
import { openEntityService } from '../../src/entities/open-entity-service';
import { PostgresEntityService } from '../../src/entities/postgres-entity-service';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { TEST_DATABASE_URL } from '../helpers/test-services';

describe('openEntityService', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-open-entities-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const base = { entityServiceUrl: null, entityDatabaseUrl: join(dir, 'entities.db'), entityBatchSize: 100, entityTimeoutMs: 2000 };

  test('runs in-process over SQLite when no URL is configured', async () => {
    const service = await openEntityService(base);
    expect(service).toBeInstanceOf(SqliteEntityService);
    await service.ping();
    await service.close();
  });

  test('talks HTTP when ENTITY_SERVICE_URL is set', async () => {
    const service = await openEntityService({ ...base, entityServiceUrl: 'http://127.0.0.1:4001' });
    expect(service).toBeInstanceOf(HttpEntityService);
    await service.close();
  });

  test('opens a PostgreSQL store for a postgres:// URL', async () => {
    const schema = `ng_open_entities_${process.pid}_${Date.now().toString(36)}`;
    const url = `${TEST_DATABASE_URL}?schema=${schema}`;
    const service = await openEntityService({ ...base, entityDatabaseUrl: url });
    expect(service).toBeInstanceOf(PostgresEntityService);
    await service.ping();
    await service.close();
    const client = new Client({ connectionString: url.replace(/\?.*$/, '') });
    await client.connect();
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  });
});
