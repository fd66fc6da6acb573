import { ConfigError } from '../../src/config/env-values';
import { bucketForPerMinute, MemoryRateLimiter } from '../../src/rate-limit/token-bucket';
import { loadConfig } from '../../src/config/config';
import { hardeningSettingsFor } from '../../src/server/hardening';

const rateLimitsOf = (env: Record<string, string>) => hardeningSettingsFor(loadConfig(env)).rateLimits;

/** A clock the test moves by hand. */
function manualClock(start = 1_700_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('MemoryRateLimiter', () => {
  it('allows a burst up to capacity, then refuses with the seconds until a token is back', async () => {
    const clock = manualClock();
    const limiter = new MemoryRateLimiter({ capacity: 3, refillPerSecond: 0.5, now: clock.now });
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push(await limiter.take('client'));
    expect(decisions).toEqual([
      { allowed: true, retryAfterSeconds: 0, remaining: 2 },
      { allowed: true, retryAfterSeconds: 0, remaining: 1 },
      { allowed: true, retryAfterSeconds: 0, remaining: 0 },
      { allowed: false, retryAfterSeconds: 2, remaining: 0 }, // one token at 0.5/s: 2 s
    ]);
    clock.advance(1500);
    expect(await limiter.take('client')).toEqual({ allowed: false, retryAfterSeconds: 1, remaining: 0 });
    clock.advance(500);
    expect(await limiter.take('client')).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 0 });
  });

  it('keeps one bucket per key', async () => {
    const clock = manualClock();
    const limiter = new MemoryRateLimiter({ capacity: 1, refillPerSecond: 1, now: clock.now });
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(false);
    expect((await limiter.take('b')).allowed).toBe(true);
  });

  it('refills no further than capacity, however long the key was idle', async () => {
    const clock = manualClock();
    const limiter = new MemoryRateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now });
    await limiter.take('k', 2);
    clock.advance(3_600_000);
    expect(await limiter.take('k')).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 1 });
  });

  it('takes a cost of several tokens, and refuses costs no bucket could hold', async () => {
    const limiter = new MemoryRateLimiter({ capacity: 10, refillPerSecond: 1, now: manualClock().now });
    expect(await limiter.take('k', 7)).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 3 });
    expect(await limiter.take('k', 5)).toEqual({ allowed: false, retryAfterSeconds: 2, remaining: 3 });
    await expect(limiter.take('k', 11)).rejects.toThrow(RangeError);
  });

  it('drops buckets that have refilled, and the least recently used past maxBuckets', async () => {
    const clock = manualClock();
    const limiter = new MemoryRateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now, maxBuckets: 3 });
    await limiter.take('a');
    await limiter.take('b');
    await limiter.take('c');
    await limiter.take('a'); // a is now the most recently used
    await limiter.take('d'); // full: b, the least recently used, goes
    expect(limiter.size).toBe(3);
    expect(await limiter.take('a')).toMatchObject({ remaining: 0 }); // a kept its state
    clock.advance(2000); // every bucket has refilled
    await limiter.take('e');
    expect(limiter.size).toBe(1);
    for (let i = 0; i < 1000; i += 1) await limiter.take(`flood-${i}`);
    expect(limiter.size).toBe(3);
    await limiter.close();
  });
});

describe('rate limit settings from the configuration', () => {
  it('defaults to 600 a minute per key, 300 per IP, in memory', () => {
    expect(rateLimitsOf({})).toEqual({ redisUrl: null, perKeyPerMinute: 600, perIpPerMinute: 300 });
  });

  it('reads the variables; 0 turns a limit off', () => {
    expect(rateLimitsOf({ REDIS_URL: 'redis://127.0.0.1:6379/', RATE_LIMIT_PER_KEY: '0', RATE_LIMIT_PER_IP: '60' })).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      perKeyPerMinute: 0,
      perIpPerMinute: 60,
    });
  });

  it.each([
    ['RATE_LIMIT_PER_KEY', 'lots'],
    ['RATE_LIMIT_PER_IP', '-5'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['REDIS_URL', 'not a url'],
  ])('refuses %s=%s with a ConfigError naming it', (variable, value) => {
    expect(() => rateLimitsOf({ [variable]: value })).toThrow(ConfigError);
    expect(() => rateLimitsOf({ [variable]: value })).toThrow(new RegExp(`^${variable}: `));
  });

  it('turns a per-minute allowance into a bucket', () => {
    expect(bucketForPerMinute(600)).toEqual({ capacity: 600, refillPerSecond: 10 });
  });
});
