import type Redis from 'ioredis';
import { LRUCache } from 'lru-cache';
import { closeRedisClient, createRedisClient } from '../db/redis-client';

/** The outcome of one `take`. */
export interface RateLimitDecision {
  allowed: boolean;
  /** 0 when allowed; otherwise whole seconds until `cost` tokens are back (for `Retry-After`). */
  retryAfterSeconds: number;
  /** Whole tokens left in the bucket after this take. */
  remaining: number;
}

/**
 * Token buckets by key: each key's bucket holds up to `capacity` tokens and refills
 * continuously at `refillPerSecond`; a request takes `cost` tokens (default 1) or is refused.
 */
export interface RateLimiter {
  take(key: string, cost?: number): Promise<RateLimitDecision>;
  /** take(), answered synchronously, by a limiter that keeps its buckets in this process. */
  takeNow?(key: string, cost?: number): RateLimitDecision;
  close(): Promise<void>;
}

export interface TokenBucketOptions {
  capacity: number;
  refillPerSecond: number;
}

function checkOptions({ capacity, refillPerSecond }: TokenBucketOptions): void {
  if (!(capacity >= 1) || !(refillPerSecond > 0)) {
    throw new RangeError(`A token bucket needs capacity >= 1 and refillPerSecond > 0 (got ${capacity}, ${refillPerSecond}).`);
  }
}

function checkCost(cost: number, capacity: number): void {
  // A cost above the capacity could never be paid; that is a caller's bug, not a client's.
  if (!(cost >= 0) || cost > capacity) throw new RangeError(`cost must be from 0 to the capacity ${capacity}, got ${cost}.`);
}

export interface MemoryRateLimiterOptions extends TokenBucketOptions {
  /** Milliseconds since some epoch; injectable so tests need not sleep. Default Date.now. */
  now?: () => number;
  /** Most buckets kept; past this the least recently used is dropped. Default 100,000. */
  maxBuckets?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Buckets in this process's memory: right for a single replica. Memory stays bounded: a bucket
 * idle long enough to have refilled is indistinguishable from a new one and is dropped, and past
 * `maxBuckets` the least recently used bucket is dropped (its key starts afresh, full).
 *
 * The refilling bucket itself is hand-written on purpose: the common rate-limit libraries
 * (express-rate-limit, rate-limiter-flexible) count requests per fixed window, which lets a client
 * spend nearly twice its allowance around a window's end; this bucket refills continuously and
 * answers the exact seconds until `cost` tokens are back, with the same arithmetic as the Redis
 * script below, so one replica and many agree. Which buckets to keep is lru-cache's bookkeeping.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets: LRUCache<string, Bucket>;
  private readonly now: () => number;
  private readonly refillMs: number;

  constructor(private readonly options: MemoryRateLimiterOptions) {
    checkOptions(options);
    this.now = options.now ?? Date.now;
    this.buckets = new LRUCache({ max: options.maxBuckets ?? 100_000 });
    this.refillMs = (options.capacity / options.refillPerSecond) * 1000;
  }

  get size(): number {
    return this.buckets.size;
  }

  async take(key: string, cost = 1): Promise<RateLimitDecision> {
    return this.takeNow(key, cost);
  }

  takeNow(key: string, cost = 1): RateLimitDecision {
    const { capacity, refillPerSecond } = this.options;
    checkCost(cost, capacity);
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(capacity, bucket.tokens + (Math.max(0, now - bucket.updatedAt) / 1000) * refillPerSecond);
      bucket.updatedAt = now;
    } else {
      this.dropRefilled(now);
      bucket = { tokens: capacity, updatedAt: now };
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(bucket.tokens) };
    }
    return { allowed: false, retryAfterSeconds: Math.ceil((cost - bucket.tokens) / refillPerSecond), remaining: Math.floor(bucket.tokens) };
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }

  /** Drops refilled buckets from the least recently used end (lru-cache drops the oldest past maxBuckets). */
  private dropRefilled(now: number): void {
    for (;;) {
      const oldest = this.buckets.rkeys().next();
      if (oldest.done) return;
      const bucket = this.buckets.peek(oldest.value);
      if (bucket === undefined || now - bucket.updatedAt < this.refillMs) return;
      this.buckets.delete(oldest.value);
    }
  }
}

/**
 * The bucket as a Redis hash {tokens, ts}, updated atomically. The clock is Redis's (TIME), so
 * replicas with drifting clocks still agree. The key expires once the bucket would be full again,
 * which is the same as not existing. Returns {allowed 0|1, retry after in ms, whole tokens left}.
 */
const TOKEN_BUCKET_LUA = `
local capacity = tonumber(ARGV[1])
local refill_per_ms = tonumber(ARGV[2]) / 1000
local cost = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1])
local ts = tonumber(state[2])
if tokens == nil or ts == nil then
  tokens = capacity
  ts = now
end
tokens = math.min(capacity, tokens + math.max(0, now - ts) * refill_per_ms)
local allowed = 0
local retry_ms = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
else
  retry_ms = math.ceil((cost - tokens) / refill_per_ms)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / refill_per_ms) + 1000)
return { allowed, retry_ms, math.floor(tokens) }
`;

interface TokenBucketCommand {
  newsgraphTokenBucket(key: string, capacity: number, refillPerSecond: number, cost: number): Promise<[number, number, number]>;
}

export interface RedisRateLimiterOptions extends TokenBucketOptions {
  /** A `redis://` URL (the limiter owns and closes the connection) or a client to share (not closed). */
  redis: string | Redis;
  /** Prepended to every key, e.g. `newsgraph:rl:ip:`. */
  prefix: string;
  /**
   * Called when Redis cannot answer. The limiter then fails open (allows the request): losing
   * rate limits for a while is better than refusing every request while Redis is down.
   */
  onError?: (error: Error) => void;
}

/** Buckets in Redis, shared by every replica that uses the same Redis and prefix. */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis & TokenBucketCommand;
  private readonly ownsConnection: boolean;

  constructor(private readonly options: RedisRateLimiterOptions) {
    checkOptions(options);
    this.ownsConnection = typeof options.redis === 'string';
    const redis = typeof options.redis === 'string' ? createRedisClient(options.redis, options.onError) : options.redis;
    // defineCommand loads the script once (EVALSHA, falling back to EVAL) and adds the method.
    if (!('newsgraphTokenBucket' in redis)) redis.defineCommand('newsgraphTokenBucket', { numberOfKeys: 1, lua: TOKEN_BUCKET_LUA });
    this.redis = redis as Redis & TokenBucketCommand;
  }

  async take(key: string, cost = 1): Promise<RateLimitDecision> {
    const { capacity, refillPerSecond } = this.options;
    checkCost(cost, capacity);
    try {
      const [allowed, retryMs, remaining] = await this.redis.newsgraphTokenBucket(this.options.prefix + key, capacity, refillPerSecond, cost);
      return { allowed: allowed === 1, retryAfterSeconds: Math.ceil(retryMs / 1000), remaining };
    } catch (error) {
      this.options.onError?.(error as Error);
      return { allowed: true, retryAfterSeconds: 0, remaining: 0 };
    }
  }

  async close(): Promise<void> {
    if (!this.ownsConnection) return;
    await closeRedisClient(this.redis);
  }
}


export interface CreateRateLimiterOptions extends TokenBucketOptions {
  /** null: buckets in memory (one replica). A redis:// URL: buckets shared through Redis. */
  redisUrl: string | null;
  prefix: string;
  onError?: (error: Error) => void;
}

export function createRateLimiter(options: CreateRateLimiterOptions): RateLimiter {
  const { redisUrl, capacity, refillPerSecond, prefix, onError } = options;
  if (redisUrl === null) return new MemoryRateLimiter({ capacity, refillPerSecond });
  return new RedisRateLimiter({ redis: redisUrl, capacity, refillPerSecond, prefix, onError });
}

export interface RateLimitSettings {
  /** REDIS_URL, or null for in-memory buckets. */
  redisUrl: string | null;
  /** RATE_LIMIT_PER_KEY: requests a minute for each API key; 0 turns the limit off. */
  perKeyPerMinute: number;
  /** RATE_LIMIT_PER_IP: requests a minute for each client IP without a valid key; 0 turns it off. */
  perIpPerMinute: number;
}

/**
 * A per-minute allowance as a bucket: a client may spend its whole minute at once (capacity)
 * and then gets its allowance back evenly over the minute.
 */
export function bucketForPerMinute(perMinute: number): TokenBucketOptions {
  return { capacity: perMinute, refillPerSecond: perMinute / 60 };
}
