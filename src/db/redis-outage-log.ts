import type { Logger } from 'pino';

/**
 * One log line per interval for Redis trouble, shared by every user of Redis in the
 * process (response cache, persisted queries, rate limiter): while Redis is away each
 * request would otherwise log a warning per command, and ioredis one per reconnection.
 * The first error is logged at once; later ones within `intervalMs` are counted, and the
 * next line after the interval says how many were left out.
 */
export function redisOutageLog(logger: Logger, intervalMs = 30_000): (source: string) => (error: Error) => void {
  let lastLoggedAt = -Infinity;
  let suppressed = 0;
  return (source) => (error) => {
    const now = performance.now();
    if (now - lastLoggedAt < intervalMs) {
      suppressed++;
      return;
    }
    lastLoggedAt = now;
    logger.warn(
      { err: { name: error.name, message: error.message }, source, suppressed, intervalSeconds: Math.round(intervalMs / 1000) },
      'Redis unavailable: caches and rate limits are bypassed, requests still served (one line per interval)',
    );
    suppressed = 0;
  };
}
