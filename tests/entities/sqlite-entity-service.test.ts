import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { UpstreamError } from '../../src/errors';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { describeEntityServiceContract } from './entity-service-contract';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-entities-'));
let contractService: SqliteEntityService | undefined;

describeEntityServiceContract(
  'SqliteEntityService',
  async () => (contractService = SqliteEntityService.open(join(dir, 'contract', 'entities.db'))),
  async () => {
    await contractService?.close();
  },
);

describe('SqliteEntityService storage', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('creates the parent folder, migrates once, and keeps data across reopen', async () => {
    const path = join(dir, 'nested', 'deeper', 'entities.db');
    const first = SqliteEntityService.open(path);
    const [created] = await first.upsert([{ type: 'person', name: 'Catherine Ashton' }]);
    await first.close();

    const again = SqliteEntityService.open(path);
    expect(await again.getByIds([created.id])).toEqual([created]);
    await again.close();

    const raw = new Database(path, { readonly: true });
    expect(raw.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  test('works in memory', async () => {
    const service = SqliteEntityService.open(':memory:');
    const [org] = await service.upsert([{ type: 'organization', name: 'NATO', kind: 'INTERNATIONAL' }]);
    expect(await service.lookup([{ name: 'nato', type: 'organization' }])).toEqual([[org]]);
    await service.close();
  });

  test('a closed database answers with UpstreamError', async () => {
    const service = SqliteEntityService.open(':memory:');
    await service.close();
    await expect(service.getByIds([1])).rejects.toBeInstanceOf(UpstreamError);
    await expect(service.ping()).rejects.toBeInstanceOf(UpstreamError);
  });

  test('an upsert that changes nothing writes nothing: it does not wait for another writer', async () => {
    const path = join(dir, 'unchanged', 'entities.db');
    const service = SqliteEntityService.open(path);
    const [un] = await service.upsert([{ type: 'organization', name: 'Harbour Council', kind: 'GOVERNMENT' }]);
    const [mayor] = await service.upsert([{ type: 'person', name: 'Ilse Brandvold', title: 'Mayor', roles: [{ title: 'Mayor', organizationId: un.id }] }]);

    // Another connection holds the write lock; upserting what is stored must not need it.
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const again = await service.upsert([
        { type: 'organization', id: un.id, name: 'Harbour Council', kind: 'GOVERNMENT' },
        { type: 'person', id: mayor.id, name: 'Ilse Brandvold', roles: [{ title: 'Mayor', organizationId: un.id }] },
      ]);
      expect(again).toEqual([un, mayor]);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }

    // A change is still written.
    const [renamed] = await service.upsert([{ type: 'organization', id: un.id, name: 'Harbour City Council' }]);
    expect(renamed).toEqual({ ...un, name: 'Harbour City Council' });
    await service.close();
  });
});
