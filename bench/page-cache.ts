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

/** Bytes this process has caused to be read from storage so far (Linux /proc/self/io), or null where that is not known. */
export function diskReadBytes(): number | null {
  try {
    const line = readFileSync('/proc/self/io', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('read_bytes:'));
    return line === undefined ? null : Number(line.slice('read_bytes:'.length));
  } catch {
    return null;
  }
}
