/**
 * A bounded map whose reads cost one lookup, for caches read far more often than
 * written (the record caches). An approximate LRU: it drops the entry least recently
 * written or moved, and a read moves an entry to the newest end only once it has
 * fallen into the older half (more than half the capacity of writes and moves since
 * its own last move), so the entries every request reads stay where they are instead
 * of being moved on each read. What it keeps: an entry used (read or written) since
 * fewer than half the capacity of other keys were used is never the one dropped.
 *
 * Hand-written rather than lru-cache (which serves the other LRUs) because it is on the hot
 * path: every record a loader resolves is read here. On the record caches' load, a few hundred
 * records read over and over in a cache of thousands, a read is one Map lookup and moves
 * nothing, measured 1.1 to 2 times as fast as lru-cache's get; lru-cache wins only when the
 * keys read churn through nearly the whole capacity, which the record caches are sized to avoid.
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
