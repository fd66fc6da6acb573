import type Database from 'better-sqlite3';
import { ReadMostlyLruMap } from '../lru-map';
import { WalIndexHeader } from './wal-index-header';

/**
 * Records read from one SQLite database, kept in this process between
 * requests, and never answered from after the database changed.
 *
 * Why it stays correct with several writers (other replicas' gateways on the
 * same file, `npm run ingest`, an entity-service process): SQLite's
 * `PRAGMA data_version` on a connection changes whenever ANY OTHER connection
 * commits to the database file. `check()` runs at the start of every read
 * call, reads it (once per synchronous run, below) and drops everything when
 * it moved; writes through this connection
 * (which do not move it for this connection) call `clear()`. A read that misses
 * runs after the check, so what it stores is at least as new as the version
 * it is stored under; a newer commit then moves the version and drops it.
 *
 * In WAL mode (how the store and the entity service open their files) the check reads
 * the wal-index header instead of running the pragma: one read of 48 bytes of the
 * `-shm` file, which every commit rewrites (src/db/wal-index-header.ts), where the
 * pragma opens and closes a read transaction (two file locks and a stat). Where that
 * header cannot be read, the pragma answers.
 *
 * The check still costs a system call, so it is made once per synchronous run: a check
 * stands until the microtasks queued before it have run, unless a connection
 * of this process wrote meanwhile (every write here calls `clear()`, which
 * counts it for all caches of the process). Within that span no I/O callback
 * runs (only this process's own synchronous statements), so no request or
 * message can have reached the process that depends on a commit another
 * process made after the check: answering from the check's version is
 * answering as of a moment inside the span. The search of one request (people,
 * organizations, articles and quotes read in one synchronous call) checks each
 * database once instead of twice.
 *
 * Cached values are shared by every request: callers must treat them as read-only.
 */
export class SqliteReadCache {
  private readonly regions: CacheRegion<unknown, unknown>[] = [];
  private readonly dataVersionStatement: Database.Statement<[], number>;
  /** The wal-index header of a WAL-mode file; null: the pragma answers every check. */
  private readonly walIndex: WalIndexHeader | null;
  private seen: number;
  /** A check stands (see the class comment): set by check(), unset by a microtask it queues. */
  private checked = false;
  /** processWrites when the standing check was made. */
  private writesAtCheck = 0;
  private readonly endCheck = (): void => {
    this.checked = false;
  };

  constructor(private readonly db: Database.Database) {
    this.dataVersionStatement = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.seen = this.dataVersionStatement.get() as number;
    this.walIndex = WalIndexHeader.of(db);
    // Opening may have migrated the file: no check made before it stands.
    processWrites++;
  }

  /**
   * A keyed part of the cache holding at most `capacity` values (the one unused longest
   * dropped first; reads cost one lookup: ReadMostlyLruMap); 0 keeps nothing.
   */
  region<K, V>(capacity: number): CacheRegion<K, V> {
    const region = new ReadMostlyLruMap<K, V>(capacity);
    this.regions.push(region as CacheRegion<unknown, unknown>);
    return region;
  }

  /**
   * Call before reading any region: drops everything when another connection
   * committed since the last check. Throws (like any statement) when the
   * database is closed, so a closed store fails instead of answering from memory.
   */
  check(): void {
    if (this.checked && this.writesAtCheck === processWrites && this.db.open) return;
    const changed = this.changedSinceLastCheck();
    if (!this.checked) {
      this.checked = true;
      queueMicrotask(this.endCheck);
    }
    this.writesAtCheck = processWrites;
    if (changed) this.dropAll();
  }

  /**
   * Whether another connection may have committed since the last check: off the wal-index
   * header where it reads, else off the pragma (which throws once the connection is closed).
   * Either may say so once more than needed (after this connection's own commits, or when
   * a check switches between the two), which only drops the cache once more.
   */
  private changedSinceLastCheck(): boolean {
    const header = this.walIndex !== null && this.db.open ? this.walIndex.changed() : null;
    if (header !== null) return header;
    const version = this.dataVersionStatement.get() as number;
    if (version === this.seen) return false;
    this.seen = version;
    return true;
  }

  /** Lets go of the wal-index header's file; call when the connection closes. */
  close(): void {
    this.walIndex?.close();
  }

  /** SQLite's `PRAGMA data_version` now: moved by every other connection's commit, not by this one's. */
  dataVersion(): number {
    return this.dataVersionStatement.get() as number;
  }

  /** Drops everything: after a write through this connection (or an attempt at one). */
  clear(): void {
    this.wrote();
    this.dropAll();
  }

  /**
   * Call after every write through this connection (clear() does): the checks standing in
   * this process's other caches are made again, since their data_version moved.
   */
  wrote(): void {
    processWrites++;
  }

  private dropAll(): void {
    for (const region of this.regions) region.clear();
  }
}

/** Writes by the connections of this process (SqliteReadCache.wrote), and connections opened. */
let processWrites = 0;

/** One region of the cache: a bounded map, least recently used dropped (capacity 0 turns it off). */
export type CacheRegion<K, V> = ReadMostlyLruMap<K, V>;

/**
 * Values for `keys`, in key order: from the region where present, the others
 * read with ONE call of `readMissing` (distinct keys, first-seen order; it
 * answers one value per key, in order) and kept.
 */
export function readThrough<K, V>(region: CacheRegion<K, V>, keys: readonly K[], readMissing: (missing: K[]) => V[]): V[] {
  const found = new Map<K, V>();
  const missing = new Set<K>();
  for (const key of keys) {
    if (found.has(key) || missing.has(key)) continue;
    const value = region.get(key);
    if (value === undefined) missing.add(key);
    else found.set(key, value);
  }
  if (missing.size > 0) {
    const wanted = [...missing];
    const read = readMissing(wanted);
    wanted.forEach((key, i) => {
      found.set(key, read[i]);
      region.set(key, read[i]);
    });
  }
  return keys.map((key) => found.get(key) as V);
}

/**
 * The value `region` holds for `key`, else `make()`, now kept there: one record per key for
 * every statement that reads its row (a held null, a row once missing, is replaced).
 */
export function heldOrKept<K, V>(region: CacheRegion<K, V | null>, key: K, make: () => V): V {
  const held = region.get(key);
  if (held !== undefined && held !== null) return held;
  const value = make();
  region.set(key, value);
  return value;
}
