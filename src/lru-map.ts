/**
 * A small least-recently-used map: reading a key makes it the newest;
 * setting past `capacity` drops the oldest (capacity 0 keeps nothing).
 * Map keeps insertion order, so the first key is always the least recently
 * used. Values are never undefined: `get` answers undefined for absent keys.
 */
export class LruMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError('LruMap capacity must be a whole number from 0');
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (this.capacity === 0) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * A bounded map whose reads cost one lookup, for caches read far more often than
 * written (the record caches). An approximate LRU: it drops the entry least recently
 * written or moved, and a read moves an entry to the newest end only once it has
 * fallen into the older half (more than half the capacity of writes and moves since
 * its own last move), so the entries every request reads stay where they are instead
 * of being moved on each read. What it keeps: an entry used (read or written) since
 * fewer than half the capacity of other keys were used is never the one dropped.
 */
export class ReadMostlyLruMap<K, V> {
  private readonly entries = new Map<K, { value: V; movedAt: number }>();
  /** Writes and moves so far; an entry's `movedAt` is this count at its own last one. */
  private clock = 0;
  private readonly halfCapacity: number;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError('ReadMostlyLruMap capacity must be a whole number from 0');
    this.halfCapacity = Math.floor(capacity / 2);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether `key` is held; unlike get, it does not count as a use. */
  has(key: K): boolean {
    return this.entries.has(key);
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (this.clock - entry.movedAt > this.halfCapacity) {
      this.entries.delete(key);
      entry.movedAt = ++this.clock;
      this.entries.set(key, entry);
    }
    return entry.value;
  }

  /** Forgets `key` (the value it held is no longer true). */
  delete(key: K): void {
    this.entries.delete(key);
  }

  set(key: K, value: V): void {
    if (this.capacity === 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value, movedAt: ++this.clock });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  clear(): void {
    this.entries.clear();
  }
}
