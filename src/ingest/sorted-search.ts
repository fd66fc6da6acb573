/** Binary search over a list sorted by a number key. Pure. */

/** The index of the first item whose key is at or after `at` (the list's length when none is): items sorted by key. */
export function firstAtOrAfter<T>(items: readonly T[], key: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
