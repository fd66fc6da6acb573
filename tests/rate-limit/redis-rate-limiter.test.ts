import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { createRateLimiter, MemoryRateLimiter, RedisRateLimiter } from '../../src/rate-limit/token-bucket';
import { deleteRedisKeys } from '../helpers/test-services';

const REDIS_URL = 'redis://127.0.0.1:6379';

describe('RedisRateLimiter against a real Redis', () => {
  const prefix = `newsgraph-test:${randomUUID()}:`;
  let admin: Redis;
  const limiters: Array<{ close(): Promise<void> }> = [];

  function limiter(capacity: number, refillPerSecond: number): RedisRateLimiter {
    const created = new RedisRateLimiter({ redis: REDIS_URL, capacity, refillPerSecond, prefix });
    limiters.push(created);
    return created;
  }

  beforeAll(() => {
    admin = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    for (const created of limiters) await created.close();
    await deleteRedisKeys(admin, prefix);
    await admin.quit();
  });

  it('refuses past capacity with the right Retry-After', async () => {
    const bucket = limiter(2, 1 / 30); // two a minute
    expect(await bucket.take('client-a')).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 1 });
    expect(await bucket.take('client-a')).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 0 });
    expect(await bucket.take('client-a')).toEqual({ allowed: false, retryAfterSeconds: 30, remaining: 0 });
    expect((await bucket.take('client-b')).allowed).toBe(true);
  });

  it('shares one bucket between two limiters (two gateway replicas)', async () => {
    const replicaA = limiter(5, 1 / 60);
    const replicaB = limiter(5, 1 / 60);
    const allowed: boolean[] = [];
    for (let i = 0; i < 4; i += 1) {
      allowed.push((await replicaA.take('shared')).allowed);
      allowed.push((await replicaB.take('shared')).allowed);
    }
    expect(allowed).toEqual([true, true, true, true, true, false, false, false]);
    expect(await replicaB.take('shared')).toMatchObject({ allowed: false, retryAfterSeconds: 60 });
  });

  it('lets the key expire once the bucket would be full again', async () => {
    const bucket = limiter(10, 2); // full again 5 s after the last take at most
    await bucket.take('ttl', 4);
    const ttl = await admin.pttl(`${prefix}ttl`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2000 + 1000); // 4 tokens at 2/s, plus a second
  });

  it('takes costs above 1 atomically under concurrency: never more than capacity granted', async () => {
    const bucket = limiter(20, 1 / 60);
    const decisions = await Promise.all(Array.from({ length: 30 }, () => bucket.take('concurrent', 3)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(6);
  });

  it('fails open, reporting the error, when Redis cannot be reached', async () => {
    const errors: Error[] = [];
    const unreachable = new RedisRateLimiter({ redis: 'redis://127.0.0.1:1', capacity: 1, refillPerSecond: 1, prefix, onError: (e) => errors.push(e) });
    limiters.push(unreachable);
    expect(await unreachable.take('k')).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 0 });
    expect(errors.length).toBeGreaterThan(0);
  });

  it('createRateLimiter picks Redis with a URL and memory without', async () => {
    const inMemory = createRateLimiter({ redisUrl: null, capacity: 1, refillPerSecond: 1, prefix });
    const shared = createRateLimiter({ redisUrl: REDIS_URL, capacity: 1, refillPerSecond: 1, prefix });
    limiters.push(inMemory, shared);
    expect(inMemory).toBeInstanceOf(MemoryRateLimiter);
    expect(shared).toBeInstanceOf(RedisRateLimiter);
  });
});
