import Database from 'better-sqlite3';
import { sqliteTransactions } from '../../src/db/sqlite-transactions';

describe('sqliteTransactions (one wrapper per connection)', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.exec('CREATE TABLE t (n INTEGER)');
  });
  afterEach(() => db.close());
  const rows = (): number[] => db.prepare<[], { n: number }>('SELECT n FROM t ORDER BY n').all().map((r) => r.n);

  it('commits what the function wrote and answers its result, in either kind', () => {
    const tx = sqliteTransactions(db);
    expect(tx.immediate(() => db.prepare('INSERT INTO t (n) VALUES (1)').run().changes)).toBe(1);
    expect(tx.deferred(() => (db.prepare('INSERT INTO t (n) VALUES (2)').run(), 'done'))).toBe('done');
    expect(rows()).toEqual([1, 2]);
    expect(db.inTransaction).toBe(false);
  });

  it('rolls back everything when the function throws, and a nested call becomes a savepoint', () => {
    const tx = sqliteTransactions(db);
    expect(() =>
      tx.immediate(() => {
        db.prepare('INSERT INTO t (n) VALUES (1)').run();
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(rows()).toEqual([]);
    tx.immediate(() => {
      db.prepare('INSERT INTO t (n) VALUES (3)').run();
      expect(() =>
        tx.deferred(() => {
          db.prepare('INSERT INTO t (n) VALUES (4)').run();
          throw new Error('inner');
        }),
      ).toThrow('inner');
    });
    expect(rows()).toEqual([3]);
  });
});
