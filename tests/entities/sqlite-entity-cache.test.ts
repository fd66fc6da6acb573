import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { PersonRecord } from '../../src/records/entity-records';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';

/**
 * The record cache of SqliteEntityService: reads are answered from memory
 * only while the database is unchanged, whoever changed it.
 */
describe('SqliteEntityService record cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-entity-cache-'));
  const path = join(dir, 'entities.db');
  let reader: SqliteEntityService;
  let writer: SqliteEntityService;

  beforeAll(() => {
    reader = SqliteEntityService.open(path);
    // Another connection to the same file: another replica, or the entity-service process.
    writer = SqliteEntityService.open(path);
  });
  afterAll(async () => {
    await reader.close();
    await writer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a change committed through another connection is seen on the next read', async () => {
    const [org] = await writer.upsert([{ type: 'organization', name: 'Harbor Gazette', kind: 'NEWS_MEDIA' }]);
    const [person] = await writer.upsert([{ type: 'person', name: 'Rosa Okafor', title: 'Reporter' }]);
    expect(((await reader.getByIds([person.id]))[0] as PersonRecord).title).toBe('Reporter');
    expect(await reader.membersOf([org.id])).toEqual([[]]);
    // Read again: now from the cache.
    expect(((await reader.getByIds([person.id]))[0] as PersonRecord).title).toBe('Reporter');

    await writer.upsert([{ type: 'person', id: person.id, name: 'Rosa Okafor', title: 'Editor', aliases: ['R. Okafor'], roles: [{ title: 'Editor', organizationId: org.id }] }]);
    const [updated] = (await reader.getByIds([person.id])) as PersonRecord[];
    expect(updated.title).toBe('Editor');
    expect(updated.aliases).toEqual(['R. Okafor']);
    expect(await reader.membersOf([org.id])).toEqual([[person.id]]);
  });

  test('searches (list pages) follow writes through this service and through another connection', async () => {
    const names = async (search: string) => (await reader.list({ type: 'person', search, limit: 10 })).items.map((e) => e.name);
    expect(await names('vasquez')).toEqual([]);
    // Read twice: the second from the cache.
    expect(await names('vasquez')).toEqual([]);
    await writer.upsert([{ type: 'person', name: 'Ines Vasquez' }]);
    expect(await names('vasquez')).toEqual(['Ines Vasquez']);
    const [olek] = await reader.upsert([{ type: 'person', name: 'Olek Brandt' }]);
    expect(await names('vasquez')).toEqual(['Ines Vasquez']);
    // An alias written through this service: matched on the next search.
    await reader.upsert([{ type: 'person', id: olek.id, name: 'Olek Brandt', aliases: ['Vasquez-Brandt'] }]);
    expect(await names('vasquez')).toEqual(['Ines Vasquez', 'Olek Brandt']);
    const page = await reader.list({ type: 'person', search: 'VÁSQUEZ', limit: 1 });
    expect(page.totalCount).toBe(2);
    expect(page.items.map((e) => e.name)).toEqual(['Ines Vasquez']);
  });

  test('a write through another connection of this process is seen by a read started right after it, without waiting', async () => {
    const [person] = await writer.upsert([{ type: 'person', name: 'Kofi Mensah', title: 'Analyst' }]);
    // All three calls start in one synchronous run: the reader's change check stands for
    // that run, but a write here makes the next read check again.
    const before = reader.getByIds([person.id]);
    const write = writer.upsert([{ type: 'person', id: person.id, name: 'Kofi Mensah', title: 'Director' }]);
    const after = reader.getByIds([person.id]);
    expect(((await before)[0] as PersonRecord).title).toBe('Analyst');
    await write;
    expect(((await after)[0] as PersonRecord).title).toBe('Director');
  });

  test('a commit by a connection the service does not know of (another process) is seen once the current run ends', async () => {
    const [person] = await writer.upsert([{ type: 'person', name: 'Lena Sato', title: 'Clerk' }]);
    expect(((await reader.getByIds([person.id]))[0] as PersonRecord).title).toBe('Clerk');
    const other = new Database(path);
    try {
      other.prepare('UPDATE entities SET title = ? WHERE id = ?').run('Registrar', person.id);
    } finally {
      other.close();
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(((await reader.getByIds([person.id]))[0] as PersonRecord).title).toBe('Registrar');
  });

  test('a change through the same service is seen, and missing ids stay null until created', async () => {
    const missingId = 999_999;
    expect(await reader.getByIds([missingId])).toEqual([null]);
    const [created] = await reader.upsert([{ type: 'person', name: 'Tamar Quispe' }]);
    const [again] = await reader.upsert([{ type: 'person', name: 'Tamar Quispe', aliases: ['T. Quispe'] }]);
    expect(again.id).toBe(created.id);
    expect(((await reader.getByIds([created.id]))[0] as PersonRecord).aliases).toEqual(['T. Quispe']);
  });

  test('an upsert that changes nothing answers copies of the cached records, which the caller may change', async () => {
    const [org] = await reader.upsert([{ type: 'organization', name: 'Quay Council', aliases: ['the council'], kind: 'GOVERNMENT', country: 'GB' }]);
    const [person] = await reader.upsert([{ type: 'person', name: 'Odile Marsh', aliases: ['O. Marsh'], title: 'Clerk', roles: [{ title: 'Clerk', organizationId: org.id }] }]);
    const cached = await reader.getByIds([org.id, person.id]);
    // Unchanged: answered from the record cache, as copies.
    const answered = await reader.upsert([
      { type: 'organization', id: org.id, name: 'Quay Council' },
      { type: 'person', id: person.id, name: 'Odile Marsh' },
    ]);
    expect(answered).toEqual(cached);
    expect(Object.keys(answered[0])).toEqual(Object.keys(cached[0]!));
    expect(Object.keys(answered[1])).toEqual(Object.keys(cached[1]!));
    const copy = answered[1] as PersonRecord;
    copy.aliases.push('Changed');
    copy.roles[0].title = 'Changed';
    answered[0].aliases.length = 0;
    expect(await reader.getByIds([org.id, person.id])).toEqual(cached);
    expect((cached[1] as PersonRecord).roles).toEqual([{ title: 'Clerk', organizationId: org.id }]);
  });

  test('answers in key order with repeats, from cache and database alike', async () => {
    const made = await writer.upsert([
      { type: 'person', name: 'Amira Thorne' },
      { type: 'person', name: 'Bruno Haddad' },
      { type: 'person', name: 'Chiara Zamora' },
    ]);
    const [a, b, c] = made.map((e) => e.id);
    await reader.getByIds([b]);
    const answered = await reader.getByIds([c, b, a, b, 123_456]);
    expect(answered.map((e) => e?.name ?? null)).toEqual(['Chiara Zamora', 'Bruno Haddad', 'Amira Thorne', 'Bruno Haddad', null]);
  });

  test('with a cache smaller than a batch, every id is still answered', async () => {
    const small = SqliteEntityService.open(path, { cacheEntries: 2 });
    try {
      const people = await small.upsert(Array.from({ length: 6 }, (_, i) => ({ type: 'person' as const, name: `Small Cache ${i}` })));
      const ids = people.map((p) => p.id);
      await small.getByIds(ids.slice(0, 2));
      expect((await small.getByIds(ids)).map((e) => e?.name)).toEqual(people.map((p) => p.name));
    } finally {
      await small.close();
    }
  });

  test('creating thousands of entities merges by the name and alias indexes', async () => {
    const service = SqliteEntityService.open(':memory:');
    try {
      const batches = Array.from({ length: 30 }, (_, b) =>
        Array.from({ length: 100 }, (_, i) => ({ type: 'person' as const, name: `Person ${b * 100 + i}`, aliases: [`Alias ${b * 100 + i}`] })),
      );
      for (const batch of batches) await service.upsert(batch);
      const [merged] = await service.upsert([{ type: 'person', name: 'Alias 2345', title: 'Mayor' }]);
      expect(merged.name).toBe('Person 2345');
      expect((await service.list({ type: 'person', limit: 1 })).totalCount).toBe(3000);
    } finally {
      await service.close();
    }
  });
});
