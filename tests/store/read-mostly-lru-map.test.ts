import { LRUCache } from 'lru-cache';
import { ReadMostlyLruMap } from '../../src/lru-map';

/** A cache as the stores use it: read, and on a miss write what was read from the database. */
function use(map: ReadMostlyLruMap<number, string>, key: number): boolean {
  if (map.get(key) !== undefined) return true;
  map.set(key, `record ${key}`);
  return false;
}

describe('ReadMostlyLruMap (record cache regions)', () => {
  it('holds at most its capacity and drops the entry unused longest', () => {
    const map = new ReadMostlyLruMap<string, number>(4);
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) map.set(key, i);
    expect(map.get('a')).toBe(0); // in the older half: moved to the newest end
    map.set('e', 4);
    expect([map.has('a'), map.has('b'), map.has('c'), map.has('d'), map.has('e'), map.size]).toEqual([true, false, true, true, true, 4]);
    map.set('c', 20); // a write replaces and counts as a use
    map.set('f', 5);
    expect([map.has('d'), map.get('c'), map.size]).toEqual([false, 20, 4]);
  });

  it('keeps every entry used since fewer than half its capacity of other keys were used', () => {
    // Seeded walk over a skewed key space, checked against the guarantee after every step.
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const capacity of [1, 2, 5, 16, 64]) {
      const map = new ReadMostlyLruMap<number, string>(capacity);
      // Each key's last use, as an index into the window of recent uses.
      const lastUse = new Map<number, number>();
      const order: number[] = [];
      let hits = 0;
      const unprotected: { capacity: number; step: number; held: number }[] = [];
      for (let step = 0; step < 5000; step++) {
        const key = Math.floor(random() ** 2 * capacity * 3);
        if (use(map, key)) hits++;
        order.push(key);
        lastUse.set(key, order.length - 1);
        // Distinct keys used after each position of the window, walking back from the newest.
        const seenAfter = new Set<number>();
        for (let at = order.length - 1; at >= 0; at--) {
          const held = order[at];
          if (lastUse.get(held) === at && seenAfter.size < capacity - Math.floor(capacity / 2) && !map.has(held)) unprotected.push({ capacity, step, held });
          seenAfter.add(held);
        }
        if (order.length > capacity * 4) {
          // Keys older than this window cannot be protected any more: forget them.
          const dropped = order.length - capacity * 4;
          order.splice(0, dropped);
          for (const [held, at] of lastUse) lastUse.set(held, at - dropped);
          for (const [held, at] of lastUse) if (at < 0) lastUse.delete(held);
        }
        expect(map.size).toBeLessThanOrEqual(capacity);
      }
      expect(unprotected).toEqual([]);
      expect(hits).toBeGreaterThan(0);
    }
  });

  it('answers as often from memory as an exact LRU of the same size on a skewed load', () => {
    let seed = 11;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const cheap = new ReadMostlyLruMap<number, string>(100);
    const exact = new LRUCache<number, string>({ max: 100 });
    let cheapHits = 0;
    let exactHits = 0;
    for (let i = 0; i < 20000; i++) {
      const key = Math.floor(random() ** 3 * 1000);
      if (use(cheap, key)) cheapHits++;
      if (exact.get(key) !== undefined) exactHits++;
      else exact.set(key, `record ${key}`);
    }
    expect(cheapHits).toBeGreaterThan(exactHits * 0.9);
  });

  it('keeps nothing at capacity 0, and clear() empties it', () => {
    const off = new ReadMostlyLruMap<string, number>(0);
    off.set('a', 1);
    expect([off.get('a'), off.size]).toEqual([undefined, 0]);
    const map = new ReadMostlyLruMap<string, number>(3);
    map.set('a', 1);
    map.clear();
    expect([map.get('a'), map.size]).toEqual([undefined, 0]);
    expect(() => new ReadMostlyLruMap(-1)).toThrow(RangeError);
  });
});
