import Redis from 'ioredis';

/**
 * A Redis client for caches: it fails fast rather than queueing while Redis
 * is away (each command waits at most half a second), because a cache that
 * cannot answer should cost a request a miss, not a stall.
 */
export function createCacheRedisClient(url: string, onError?: (error: Error) => void): Redis {
  const redis = new Redis(url, { commandTimeout: 500, maxRetriesPerRequest: 1, connectTimeout: 2000, disconnectTimeout: 200 });
  // Without a listener ioredis prints every connection error to the console.
  redis.on('error', (error: Error) => onError?.(error));
  return redis;
}

/** QUIT when connected (lets pending replies arrive); otherwise stop connecting at once. */
export async function closeCacheRedisClient(redis: Redis): Promise<void> {
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
