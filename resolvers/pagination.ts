import { BadUserInputError } from '../src/errors';
import type { Page, PageRequest } from '../src/records/article-records';
import type { ConnectionShape } from '../schema/connection';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Checks `first`/`after` and turns them into a store page request. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`"first" must be between 0 and ${MAX_PAGE_SIZE}; got ${limit}.`, { argument: 'first' });
  }
  if (after !== null && after !== undefined && (after.length === 0 || after.length > 512)) {
    throw new BadUserInputError('"after" is not a cursor this API gave out.', { argument: 'after' });
  }
  return { limit, after: after ?? null };
}

/** Shapes a store page as a Relay connection; `map` turns each row into the node clients see. */
export function toConnection<T, N = T>(page: Page<T>, request: PageRequest, map: (node: T) => N = (n) => n as unknown as N): ConnectionShape<N> {
  const edges = page.rows.map((row) => ({ cursor: row.position, node: map(row.node) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: request.after != null,
      startCursor: edges.length > 0 ? edges[0].cursor : null,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
    totalCount: page.totalCount,
  };
}

export function emptyConnection<N>(): ConnectionShape<N> {
  return {
    edges: [],
    nodes: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
  };
}
