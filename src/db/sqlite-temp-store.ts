import type Database from 'better-sqlite3';

/*
 * TEMP_IN_MEMORY: where SQLite keeps the temporary b-trees a read builds (a MATERIALIZED CTE, the
 * list of an `IN (SELECT …)`, a DISTINCT). With the default (a temporary file), each one gets a
 * page cache of its own that starts with a bulk allocation of 20 pages (about 86 KB) and
 * writes a header into every page; a search page builds two, so the heap grew by 256 KB and
 * was trimmed back on every statement (three `brk` calls, and fresh pages faulted in each
 * time). In memory, none of that: on the bench corpus, uncached, a search's quote page 110-127
 * -> 64 us and its article page 230-350 -> 170-205 us (statements alone, least of seven runs).
 * Every read with such a b-tree gains alike (the batched reads' `IN (SELECT value FROM
 * json_each(?))` lists). What it costs: a temporary b-tree is no longer spilled to a file past
 * 2 MB, so a search for a word in every one of a million articles holds its matches' ids and
 * sort times (some 25 MB) in memory until the statement ends. Sorts (ORDER BY, GROUP BY) still
 * spill to files past the cache size whatever this says. Set-based bulk work (the pair-count
 * rebuild, migrations), whose temporary b-trees may reach hundreds of MB, runs with them on disk.
 */

/** Keeps this connection's temporary b-trees in memory (TEMP_IN_MEMORY). Call after migrating. */
export function keepTempStoreInMemory(db: Database.Database): void {
  db.pragma('temp_store = MEMORY');
}

/** Runs `work` with temporary b-trees in a file, as SQLite's default (call outside any transaction). */
export function withTempStoreOnDisk<T>(db: Database.Database, work: () => T): T {
  db.pragma('temp_store = FILE');
  try {
    return work();
  } finally {
    db.pragma('temp_store = MEMORY');
  }
}
