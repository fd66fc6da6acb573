import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { ENTITY_COLUMNS } from '../../src/entities/sqlite-entity-connection';

/*
 * Entity migration 3: an entity read folds in its aliases and roles off indexes that hold what
 * it selects, instead of finding them in an index and reading each row from its table. The
 * answers stay the same (aliases and roles in the order they were added), also for a file
 * written at version 2.
 */
describe('SQLite entity reads off covering indexes (entity migration 3)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-entity-covering-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const planOf = (file: string): string => {
    const raw = new Database(file, { readonly: true });
    try {
      return raw
        .prepare(`EXPLAIN QUERY PLAN SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`)
        .all('[1]')
        .map((row) => (row as { detail: string }).detail)
        .join(' | ');
    } finally {
      raw.close();
    }
  };

  it('upgrades a version-2 file and reads aliases and roles in the order they were added', async () => {
    const file = join(dir, 'entities.db');
    const writer = SqliteEntityService.open(file);
    const [council, port] = await writer.upsert([
      { type: 'organization', name: 'Varde Harbour Council', kind: 'GOVERNMENT' },
      { type: 'organization', name: 'Varde Port Authority', kind: 'GOVERNMENT' },
    ]);
    const [mayor] = await writer.upsert([
      { type: 'person', name: 'Ilse Brandvold', aliases: ['Mayor Brandvold', 'I. Brandvold'], roles: [{ title: 'Mayor', organizationId: council.id }] },
    ]);
    // Added later: they come after the first ones.
    await writer.upsert([{ type: 'person', id: mayor.id, name: 'Ilse Brandvold', aliases: ['Brandvold'], roles: [{ title: 'Board chair', organizationId: port.id }] }]);
    await writer.close();

    // The file as the previous build left it: version 2, the narrow roles index, no covering ones.
    const db = new Database(file);
    db.exec(`DROP INDEX aliases_by_entity_covering; DROP INDEX roles_by_person_covering;
             CREATE INDEX roles_by_person ON roles (person_id); DELETE FROM schema_migrations WHERE version = 3;`);
    db.close();
    expect(planOf(file)).toMatch(/SEARCH r USING INDEX roles_by_person \(person_id=\?\)/);

    const service = SqliteEntityService.open(file, { cacheEntries: 0 });
    try {
      const [read] = await service.getByIds([mayor.id]);
      expect(read?.type === 'person' ? [read.aliases, read.roles] : null).toEqual([
        ['Mayor Brandvold', 'I. Brandvold', 'Brandvold'],
        [
          { title: 'Mayor', organizationId: council.id },
          { title: 'Board chair', organizationId: port.id },
        ],
      ]);
      const plan = planOf(file);
      expect(plan).toMatch(/SEARCH a USING COVERING INDEX aliases_by_entity_covering \(entity_id=\?\)/);
      expect(plan).toMatch(/SEARCH r USING COVERING INDEX roles_by_person_covering \(person_id=\?\)/);
      // An organization has no roles of its own: its read answers none.
      const [org] = await service.getByIds([council.id]);
      expect(org?.aliases).toEqual([]);
    } finally {
      await service.close();
    }
  });
});
