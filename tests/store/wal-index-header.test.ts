import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadCache } from '../../src/db/sqlite-read-cache';
import { WalIndexHeader } from '../../src/db/wal-index-header';

/** A commit made by another process on the file (as `npm run ingest` or another replica would). */
function commitFromAnotherProcess(path: string, sql: string): void {
  const script = `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))}); const db = new D(${JSON.stringify(path)}); db.pragma('busy_timeout = 5000'); db.exec(${JSON.stringify(sql)}); db.close();`;
  execFileSync(process.execPath, ['-e', script]);
}

describe('the record cache sees other connections’ commits off the wal-index header', () => {
  let dir: string;
  let path: string;
  let db: Database.Database;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-wal-'));
    path = join(dir, 'news.db');
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES (\'first\')');
  });

  afterEach(() => {
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers changed only after a commit, by another process or another connection of this one', () => {
    const header = WalIndexHeader.of(db);
    expect(header).not.toBeNull();
    header?.changed(); // the first read is a change (nothing seen before)
    expect(header?.changed()).toBe(false);
    db.prepare('SELECT * FROM notes').all(); // reads change nothing
    expect(header?.changed()).toBe(false);

    commitFromAnotherProcess(path, "INSERT INTO notes (text) VALUES ('second')");
    expect(header?.changed()).toBe(true);
    expect(header?.changed()).toBe(false);

    const other = new Database(path);
    other.exec("UPDATE notes SET text = 'changed' WHERE id = 1");
    expect(header?.changed()).toBe(true);
    // After a checkpoint restarts the log, the next commit writes from its start: still seen.
    other.pragma('wal_checkpoint(TRUNCATE)');
    header?.changed();
    other.exec("UPDATE notes SET text = 'again' WHERE id = 1");
    expect(header?.changed()).toBe(true);
    other.close();
    header?.close();
  });

  it('is not used for a database in another journal mode or in memory', () => {
    const rollback = new Database(join(dir, 'rollback.db'));
    rollback.pragma('journal_mode = DELETE');
    expect(WalIndexHeader.of(rollback)).toBeNull();
    rollback.close();
    const memory = new Database(':memory:');
    expect(WalIndexHeader.of(memory)).toBeNull();
    memory.close();
  });

  it('drops the cached records when another process committed, and keeps them otherwise', () => {
    const cache = new SqliteReadCache(db);
    const region = cache.region<number, string>(10);
    const read = async (): Promise<string | undefined> => {
      // A check stands until the microtasks queued before it have run: each read here is a fresh one.
      await Promise.resolve();
      cache.check();
      return region.get(1);
    };
    return (async () => {
      cache.check();
      region.set(1, 'first');
      expect(await read()).toBe('first');
      commitFromAnotherProcess(path, "UPDATE notes SET text = 'changed' WHERE id = 1");
      expect(await read()).toBeUndefined();
      cache.close();
      db.close();
      // A closed connection fails the check instead of answering from memory.
      expect(() => cache.check()).toThrow();
    })();
  });
});
