import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/**
 * The OS page cache around `npm run bench:scale`'s latencies. A corpus of a million articles
 * (about 6 GB) is larger than what the OS keeps cached of it once other work on the machine has
 * pushed part of it out, and a cold read of a person's page then waits for the disk on the
 * article rows it lands on (about one 4 KB page per article, at random places in the file):
 * that measured the machine's free memory, not the store. The files are read through once
 * before the latencies, as a server with memory for its database would hold them, and the
 * bytes read from disk are counted per run, so that what still went to disk stays visible.
 */

const CHUNK = 16 * 2 ** 20;

/** Reads a file through once, so that the OS page cache holds it; returns the seconds taken. */
export function warmPageCache(path: string): number {
  const started = process.hrtime.bigint();
  const buffer = Buffer.allocUnsafe(CHUNK);
  const fd = openSync(path, 'r');
  try {
    while (readSync(fd, buffer, 0, CHUNK, null) > 0);
  } finally {
    closeSync(fd);
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** This process's read counters so far (Linux /proc/self/io), or null where the OS does not tell. */
export interface ReadCounters {
  /** Bytes read from storage (page-cache misses of the OS). */
  diskBytes: number;
  /**
   * read()/pread() calls: SQLite reads one page per call, so the calls a read statement makes
   * are the pages it missed in SQLite's own cache, whether the OS had them or not.
   */
  calls: number;
}

export function readCounters(): ReadCounters | null {
  try {
    const text = readFileSync('/proc/self/io', 'utf8');
    const field = (name: string): number | undefined => {
      const line = text.split('\n').find((l) => l.startsWith(`${name}:`));
      return line === undefined ? undefined : Number(line.slice(name.length + 1));
    };
    const diskBytes = field('read_bytes');
    const calls = field('syscr');
    return diskBytes === undefined || calls === undefined ? null : { diskBytes, calls };
  } catch {
    return null;
  }
}

/** Bytes this process has caused to be read from storage so far (Linux /proc/self/io), or null where that is not known. */
export function diskReadBytes(): number | null {
  return readCounters()?.diskBytes ?? null;
}
