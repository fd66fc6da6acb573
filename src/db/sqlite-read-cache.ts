import type Database from 'better-sqlite3';
import { ReadMostlyLruMap } from '../lru-map';

/**
 * Records read from one SQLite database, kept in this process between
 * requests, and never answered from after the database changed.
 *
 * Why it stays correct with several writers (other replicas' gateways on the
 * same file, `npm run ingest`, an entity-service process): SQLite's
 * `PRAGMA data_version` on a connection changes whenever ANY OTHER connection
 * commits to the database file. `check()` reads it at the start of every read
 * call and drops everything when it moved; writes through this connection
 * (which do not move it for this connection) call `clear()`. A read that misses
 * runs after the check, so what it stores is at least as new as the version
 * it is stored under; a newer commit then moves the version and drops it.
 *
 * The check costs one pragma (a few microseconds, no I/O). Cached values are
 * shared by every request: callers must treat them as read-only.
 */
export class SqliteReadCache {
  private readonly regions: CacheRegion<unknown, unknown>[] = [];
  private readonly dataVersionStatement: Database.Statement<[], number>;
  private seen: number;

  constructor(db: Database.Database) {
    this.dataVersionStatement = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.seen = this.dataVersionStatement.get() as number;
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
    const version = this.dataVersionStatement.get() as number;
    if (version === this.seen) return;
    this.seen = version;
    this.clear();
  }

  /** SQLite's `PRAGMA data_version` now: moved by every other connection's commit, not by this one's. */
  dataVersion(): number {
    return this.dataVersionStatement.get() as number;
  }

  /** Drops everything: after a write through this connection. */
  clear(): void {
    for (const region of this.regions) region.clear();
  }
}

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
