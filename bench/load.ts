import autocannon from 'autocannon';

/** One HTTP request shape, repeated by every connection. */
export interface LoadRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses with a status other than 2xx, and connection errors/timeouts: both should be 0. */
  non2xx: number;
  errors: number;
  /** Responses received. */
  requests: number;
}

/** Drives `request` with autocannon for `durationSeconds` over `connections` keep-alive connections. */
export async function runLoad(request: LoadRequest, connections: number, durationSeconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url: request.url,
    method: request.method,
    headers: request.headers,
    body: request.body,
    connections,
    duration: durationSeconds,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
  };
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
