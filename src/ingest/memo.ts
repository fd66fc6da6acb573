/** Bounded memoization of pure string functions the extractors call again and again on the same text. */
import { ReadMostlyLruMap } from '../lru-map';

/**
 * `compute` remembered for the last `capacity` distinct keys, keys longer
 * than `maxKeyLength` computed afresh each time (so memory stays bounded).
 */
export function memoized<V>(capacity: number, maxKeyLength: number, compute: (key: string) => V): (key: string) => V {
  const cache = new ReadMostlyLruMap<string, V>(capacity);
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const value = compute(key);
    if (key.length <= maxKeyLength) cache.set(key, value);
    return value;
  };
}
