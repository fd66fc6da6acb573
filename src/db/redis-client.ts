import Redis from 'ioredis';

/**
 * A Redis client for the caches and the rate limiter: it fails fast rather
 * than queueing while Redis is away (each command waits at most half a second,
 * with at most one reconnection), because a cache or limiter that cannot answer
 * should cost a request a miss or let it through, not stall it.
 * disconnectTimeout: how long close() waits for a half-open socket before destroying it.
 */
export function createRedisClient(url: string, onError?: (error: Error) => void): Redis {
  const redis = new Redis(url, { commandTimeout: 500, maxRetriesPerRequest: 1, connectTimeout: 2000, disconnectTimeout: 200 });
  // Without a listener ioredis prints every connection error to the console.
  redis.on('error', (error: Error) => onError?.(error));
  return redis;
}

/** QUIT when connected (lets pending replies arrive); otherwise stop connecting at once. */
export async function closeRedisClient(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    try {
      await redis.quit();
      return;
    } catch {
      // fall through to disconnect
    }
  }
  redis.disconnect();
}
