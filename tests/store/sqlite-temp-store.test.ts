import Database from 'better-sqlite3';
import { keepTempStoreInMemory, withTempStoreOnDisk } from '../../src/db/sqlite-temp-store';
import { useTempSqlite } from '../helpers/temp-sqlite';

/* SQLite's temp_store: 1 is a file, 2 memory. Reads keep their temporary b-trees in memory; set-based bulk work puts them on disk. */
const tempStore = (db: Database.Database): number => db.pragma('temp_store', { simple: true }) as number;

describe('where SQLite keeps temporary b-trees', () => {
  it('in memory once set, on disk while bulk work runs, and in memory again after it, also when it fails', () => {
    const db = new Database(':memory:');
    try {
      keepTempStoreInMemory(db);
      expect(tempStore(db)).toBe(2);
      expect(withTempStoreOnDisk(db, () => tempStore(db))).toBe(1);
      expect(tempStore(db)).toBe(2);
      expect(() =>
        withTempStoreOnDisk(db, () => {
          throw new Error('bulk work failed');
        }),
      ).toThrow('bulk work failed');
      expect(tempStore(db)).toBe(2);
    } finally {
      db.close();
    }
  });

  describe('the SQLite stores', () => {
    const held = useTempSqlite('temp-store-');
    const connectionOf = (owner: object): Database.Database => (owner as unknown as { db: Database.Database }).db;

    it('open their connections with temporary b-trees in memory, and rebuild pair counts with them on disk', async () => {
      const store = connectionOf(held.store);
      expect(tempStore(store)).toBe(2);
      expect(tempStore(connectionOf(held.entities))).toBe(2);
      const pragmas = jest.spyOn(store, 'pragma');
      await held.store.rebuildPairCounts();
      expect(pragmas.mock.calls.map((call) => call[0])).toEqual(['temp_store = FILE', 'temp_store = MEMORY']);
      pragmas.mockRestore();
      expect(tempStore(store)).toBe(2);
      expect(await held.store.pairCountsStale()).toBe(false);
    });
  });
});
