import { InvalidInputError } from '../errors';
import type { Page, PageRequest, QuoteKind } from '../records/article-records';

/** The largest page the store serves; the GraphQL layer enforces its own, smaller cap. */
export const MAX_PAGE_LIMIT = 1000;

/** Throws InvalidInputError unless the limit is a whole number from 0 to MAX_PAGE_LIMIT. */
export function checkLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 0 || limit > MAX_PAGE_LIMIT) {
    throw new InvalidInputError(`A page limit must be a whole number from 0 to ${MAX_PAGE_LIMIT}.`, { limit });
  }
  return limit;
}

/**
 * Builds a page from up to limit+1 fetched rows: the extra row only tells
 * that there is a next page.
 */
export function pageFrom<R, T>(
  fetched: readonly R[],
  limit: number,
  totalCount: number,
  toNode: (row: R) => T,
  positionOf: (row: R) => string,
): Page<T> {
  const rows = fetched.slice(0, limit).map((row) => ({ node: toNode(row), position: positionOf(row) }));
  return { rows, hasNextPage: fetched.length > limit, totalCount };
}

/**
 * Groups batched page requests by their page arguments (and quote kinds), so each group is
 * answered by one statement. Returns, per group, the request indexes.
 */
export function groupByPage<R extends { page: PageRequest; kinds?: QuoteKind[] | null }>(
  requests: readonly R[],
): { page: PageRequest; kinds: QuoteKind[] | null; indexes: number[] }[] {
  const groups = new Map<string, { page: PageRequest; kinds: QuoteKind[] | null; indexes: number[] }>();
  requests.forEach((request, index) => {
    const kinds = request.kinds ?? null;
    const key = JSON.stringify([request.page.limit, request.page.after ?? null, kinds]);
    let group = groups.get(key);
    if (!group) {
      group = { page: { limit: request.page.limit, after: request.page.after ?? null }, kinds, indexes: [] };
      groups.set(key, group);
    }
    group.indexes.push(index);
  });
  return [...groups.values()];
}

/** Distinct values, in first-seen order. */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
