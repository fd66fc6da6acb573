import { HeaderMap } from '@apollo/server';
import type Redis from 'ioredis';
import { RateLimitedError } from '../errors';
import { closeRedisClient, createRedisClient } from '../db/redis-client';
import {
  bucketForPerMinute,
  MemoryRateLimiter,
  RateLimitDecision,
  RateLimiter,
  RateLimitSettings,
  RedisRateLimiter,
} from './token-bucket';

/** Whose allowance a request spends. */
export interface RateLimitSubject {
  /** The viewer's key id when the request carries a valid API key, else null. */
  keyId: string | null;
  /** The client's address as the server determines it (behind a proxy: from X-Forwarded-For). */
  ip: string;
}

export interface RequestRateDecision extends RateLimitDecision {
  /** Which allowance was spent; null when that allowance is turned off (limit 0). */
  scope: 'key' | 'ip' | null;
  /** The per-minute limit of that allowance (for RateLimit-* headers); 0 when off. */
  limitPerMinute: number;
}

/**
 * The gateway's two allowances: requests with a valid API key spend their key's allowance
 * (RATE_LIMIT_PER_KEY), all others their IP's (RATE_LIMIT_PER_IP). One Redis connection serves
 * both when REDIS_URL is set.
 */
/**
 * Which allowance a request spends besides its subject's: GraphQL requests one, metrics scrapes
 * another of the same size, so that a busy client never locks its address out of /metrics
 * and scrapes never spend a client's GraphQL allowance.
 */
export type RateLimitScope = 'graphql' | 'metrics';

/** The decision when the allowance a request would spend is turned off (limit 0). */
const ALLOWANCE_OFF: Readonly<RequestRateDecision> = Object.freeze({ allowed: true, retryAfterSeconds: 0, remaining: 0, scope: null, limitPerMinute: 0 });

export class RequestRateLimiter {
  private constructor(
    private readonly settings: RateLimitSettings,
    private readonly limiters: Record<RateLimitScope, { perKey: RateLimiter | null; perIp: RateLimiter | null }>,
    private readonly redis: Redis | null,
  ) {}

  static create(settings: RateLimitSettings, options: { prefix?: string; onError?: (error: Error) => void; now?: () => number } = {}): RequestRateLimiter {
    const prefix = options.prefix ?? 'newsgraph:rate:';
    const redis = settings.redisUrl ? createRedisClient(settings.redisUrl, options.onError) : null;
    const limiter = (perMinute: number, scope: string): RateLimiter | null => {
      if (perMinute === 0) return null;
      const bucket = bucketForPerMinute(perMinute);
      return redis
        ? new RedisRateLimiter({ ...bucket, redis, prefix: `${prefix}${scope}:`, onError: options.onError })
        : new MemoryRateLimiter({ ...bucket, now: options.now });
    };
    return new RequestRateLimiter(
      settings,
      {
        graphql: { perKey: limiter(settings.perKeyPerMinute, 'key'), perIp: limiter(settings.perIpPerMinute, 'ip') },
        metrics: { perKey: limiter(settings.perKeyPerMinute, 'metrics:key'), perIp: limiter(settings.perIpPerMinute, 'metrics:ip') },
      },
      redis,
    );
  }

  /** Spends one request from the subject's allowance. Never throws for Redis failures (fails open). */
  async check(subject: RateLimitSubject, scope: RateLimitScope = 'graphql'): Promise<RequestRateDecision> {
    return this.decide(subject, scope);
  }

  /**
   * check(), answered synchronously when it can be: the allowance is off, or its buckets are
   * in this process; a promise only when the limiter must ask Redis. The gateway spends an
   * allowance on every request, and an answer in hand costs it no await.
   */
  decide(subject: RateLimitSubject, scope: RateLimitScope = 'graphql'): RequestRateDecision | Promise<RequestRateDecision> {
    const byKey = subject.keyId !== null;
    const limiter = byKey ? this.limiters[scope].perKey : this.limiters[scope].perIp;
    if (!limiter) return ALLOWANCE_OFF;
    const key = byKey ? (subject.keyId as string) : subject.ip;
    const limitPerMinute = byKey ? this.settings.perKeyPerMinute : this.settings.perIpPerMinute;
    const bySubject = byKey ? ('key' as const) : ('ip' as const);
    if (limiter.takeNow) return { ...limiter.takeNow(key), scope: bySubject, limitPerMinute };
    return limiter.take(key).then((decision) => ({ ...decision, scope: bySubject, limitPerMinute }));
  }

  /** check(), throwing rateLimitedError when the allowance is spent. */
  async enforce(subject: RateLimitSubject): Promise<RequestRateDecision> {
    const decision = await this.check(subject);
    if (!decision.allowed) throw rateLimitedError(decision.retryAfterSeconds);
    return decision;
  }

  async close(): Promise<void> {
    for (const { perKey, perIp } of Object.values(this.limiters)) {
      await perKey?.close();
      await perIp?.close();
    }
    if (this.redis) await closeRedisClient(this.redis);
  }
}

/**
 * RATE_LIMITED with `extensions.retryAfter`, carrying HTTP 429 and a `Retry-After` header for
 * Apollo Server (which strips `extensions.http` from what the client sees). A server answering
 * before Apollo sends the same status and header itself.
 */
export function rateLimitedError(retryAfterSeconds: number): RateLimitedError {
  const error = new RateLimitedError(retryAfterSeconds);
  error.extensions.http = { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) };
  return error;
}
