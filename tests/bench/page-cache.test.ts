import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskReadBytes, warmPageCache } from '../../bench/page-cache';

describe('bench page cache', () => {
  it('reads a file through, larger than one chunk, and tells the time it took', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-cache-'));
    try {
      const path = join(dir, 'file.bin');
      writeFileSync(path, Buffer.alloc(17 * 2 ** 20 + 5, 1));
      const seconds = warmPageCache(path);
      expect(seconds).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(seconds)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts bytes read from disk as a growing whole number, or null where the OS does not tell', () => {
    const first = diskReadBytes();
    const second = diskReadBytes();
    if (first === null) {
      expect(second).toBeNull();
    } else {
      expect(Number.isSafeInteger(first)).toBe(true);
      expect(second).toBeGreaterThanOrEqual(first);
    }
  });
});
