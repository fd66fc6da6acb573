import type Database from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';

/*
 * Whether a WAL-mode SQLite database changed, read off its wal-index header (the first
 * bytes of the `-shm` file, https://www.sqlite.org/walformat.html) with one read of 48
 * bytes, where `PRAGMA data_version` opens and closes a read transaction (two file locks
 * and a stat: some 4 µs, most of what a search answered from the record cache cost).
 *
 * Every commit in WAL mode rewrites that header before it returns: the frame count grows,
 * or, on the first commit after a checkpoint restarted the log, the salts change; the
 * frame checksum and change counter move either way. So a header equal to the one read
 * before means no connection committed since. SQLite writes the second copy of the header
 * first and this first copy last, and readers take the first copy once it matches the
 * second: a commit is visible to any reader only once this copy holds it. A read that
 * catches the copy half-written differs from the last one, which only drops the cache once
 * more than needed.
 *
 * While this process has the database open in WAL mode, no other connection can take it
 * out of WAL mode (that needs an exclusive lock; an open WAL connection keeps a shared one),
 * so the `-shm` file stays the place every commit is recorded. A header that is not an
 * initialized wal-index (another version, or not set up yet) answers "unknown", and the
 * caller asks SQLite instead.
 */

/** Bytes of the first copy of the header: version, change counter, init flag, page size, frame count, checksums, salts. */
const HEADER_BYTES = 48;
/** iVersion of the wal-index format SQLite has written since 3.7.0. */
const WAL_INDEX_VERSION = 3007000;
/** Offset of isInit, a single byte: 1 once a connection built the index. */
const IS_INIT_OFFSET = 12;

export class WalIndexHeader {
  private readonly read = Buffer.alloc(HEADER_BYTES);
  private readonly seen = Buffer.alloc(HEADER_BYTES);
  private closed = false;

  private constructor(private readonly fd: number) {}

  /**
   * The header reader of `db`, or null when the database is not one file in WAL mode with
   * its `-shm` file beside it (in memory, opened through a URI, in another journal mode).
   */
  static of(db: Database.Database): WalIndexHeader | null {
    if (db.memory || db.name === '' || db.name.startsWith('file:')) return null;
    if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return null;
    try {
      return new WalIndexHeader(openSync(`${db.name}-shm`, 'r'));
    } catch {
      return null;
    }
  }

  /**
   * True when the header changed since the last call (the first call answers true), false
   * when it did not; null when it could not be read as an initialized wal-index.
   */
  changed(): boolean | null {
    if (this.closed) return null;
    let bytes: number;
    try {
      bytes = readSync(this.fd, this.read, 0, HEADER_BYTES, 0);
    } catch {
      return null;
    }
    if (bytes !== HEADER_BYTES || this.read.readUInt32LE(0) !== WAL_INDEX_VERSION || this.read[IS_INIT_OFFSET] !== 1) {
      // Native byte order on every platform SQLite runs this on here; big-endian hosts simply ask SQLite.
      return null;
    }
    if (this.read.equals(this.seen)) return false;
    this.read.copy(this.seen);
    return true;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}
