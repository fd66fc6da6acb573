import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type Redis from 'ioredis';
import { closeRedisClient, createRedisClient } from '../db/redis-client';

/** What a RedisKeyValueCache keeps at most: how long, and how large a value. */
export interface KeyValueBounds {
  /** Expiry of a key written without a `ttl` (and the longest any key is kept). Default 1 day. */
  maxTtlSeconds: number;
  /** Longest value kept, in characters; a longer one is not written. Default 64 KiB. */
  maxValueLength: number;
}

export const DEFAULT_KEY_VALUE_BOUNDS: Readonly<KeyValueBounds> = Object.freeze({ maxTtlSeconds: 24 * 60 * 60, maxValueLength: 64 * 1024 });

/**
 * Apollo's KeyValueCache over Redis (what `persistedQueries.cache` takes), so
 * that an automatic persisted query registered on one replica is found on
 * every other. Keys get `prefix`; `ttl` (seconds) becomes the key's expiry,
 * and every key expires (at most `maxTtlSeconds`); a value longer than
 * `maxValueLength` is not kept (the request that offered it still runs).
 * Reads that fail (Redis away) answer undefined, which Apollo treats as
 * unknown: the client resends the query text, and the request still runs.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  private readonly bounds: KeyValueBounds;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly onError: (error: Error) => void = () => undefined,
    bounds: Partial<KeyValueBounds> = {},
  ) {
    this.bounds = { ...DEFAULT_KEY_VALUE_BOUNDS, ...bounds };
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch (error) {
      this.onError(error as Error);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (value.length > this.bounds.maxValueLength) return;
    const ttl = options?.ttl;
    const seconds = typeof ttl === 'number' && ttl > 0 ? Math.min(Math.ceil(ttl), this.bounds.maxTtlSeconds) : this.bounds.maxTtlSeconds;
    try {
      await this.redis.set(this.prefix + key, value, 'EX', seconds);
    } catch (error) {
      this.onError(error as Error);
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch (error) {
      this.onError(error as Error);
      return false;
    }
  }

  /** Closes the connection this cache was created with. */
  async close(): Promise<void> {
    await closeRedisClient(this.redis);
  }
}

export interface KeyValueCacheOptions {
  /** Key prefix in Redis. Default 'newsgraph:kv:'. */
  prefix?: string;
  /** In-memory size bound in bytes (of values). Default 30 MiB, Apollo's own default. */
  maxSize?: number;
  /** Redis: how long and how large each key may be. Default DEFAULT_KEY_VALUE_BOUNDS. */
  bounds?: Partial<KeyValueBounds>;
  onError?: (error: Error) => void;
}

/**
 * A KeyValueCache for the persisted-query store: in this process's memory
 * (a bounded LRU) when `redisUrl` is null, otherwise in Redis, shared by
 * every replica. The Redis one owns its connection: call `close()` on it
 * when the app stops.
 */
export function createKeyValueCache(redisUrl: string | null, options: KeyValueCacheOptions = {}): KeyValueCache<string> & { close?(): Promise<void> } {
  if (redisUrl === null) return new InMemoryLRUCache<string>({ maxSize: options.maxSize ?? 30 * 1024 * 1024 });
  return new RedisKeyValueCache(createRedisClient(redisUrl, options.onError), options.prefix ?? 'newsgraph:kv:', options.onError, options.bounds);
}
