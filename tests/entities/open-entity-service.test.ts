import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpEntityService } from '../../src/entities/http-entity-service';
import { openEntityService } from '../../src/entities/open-entity-service';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';

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

  test('says plainly that a PostgreSQL entity store is not there yet', async () => {
    await expect(openEntityService({ ...base, entityDatabaseUrl: 'postgres://root@127.0.0.1/test' })).rejects.toThrow(
      /ENTITY_DATABASE_URL: a PostgreSQL entity store is not supported yet/,
    );
  });
});
