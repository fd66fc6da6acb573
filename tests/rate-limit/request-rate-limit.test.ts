import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSchema } from 'graphql';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { rateLimitedError, RequestRateLimiter } from '../../src/rate-limit/request-rate-limit';
import { deleteRedisKeys } from '../helpers/test-services';

describe('RequestRateLimiter', () => {
  it('spends a key allowance for keyed requests and an IP allowance for the rest', async () => {
    let now = 0;
    const limiter = RequestRateLimiter.create({ redisUrl: null, perKeyPerMinute: 3, perIpPerMinute: 1 }, { now: () => now });
    const ip = '203.0.113.7';
    expect(await limiter.check({ keyId: null, ip })).toMatchObject({ allowed: true, scope: 'ip', limitPerMinute: 1 });
    expect(await limiter.check({ keyId: null, ip })).toMatchObject({ allowed: false, scope: 'ip', retryAfterSeconds: 60 });
    // The same address with a key is counted by the key, not the address.
    for (let i = 0; i < 3; i += 1) expect((await limiter.check({ keyId: 'abc123', ip })).allowed).toBe(true);
    await expect(limiter.enforce({ keyId: 'abc123', ip })).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfter: 20 } });
    now += 20_000;
    expect((await limiter.check({ keyId: 'abc123', ip })).allowed).toBe(true);
    await limiter.close();
  });

  it('lets everything through an allowance set to 0', async () => {
    const limiter = RequestRateLimiter.create({ redisUrl: null, perKeyPerMinute: 0, perIpPerMinute: 0 });
    for (let i = 0; i < 5; i += 1) expect(await limiter.check({ keyId: null, ip: '::1' })).toMatchObject({ allowed: true, scope: null });
    await limiter.close();
  });

  it('shares allowances across replicas through Redis', async () => {
    const prefix = `newsgraph-test:${randomUUID()}:`;
    const settings = { redisUrl: 'redis://127.0.0.1:6379', perKeyPerMinute: 2, perIpPerMinute: 2 };
    const replicas = [RequestRateLimiter.create(settings, { prefix }), RequestRateLimiter.create(settings, { prefix })];
    const admin = new Redis(settings.redisUrl);
    try {
      const subject = { keyId: null, ip: '198.51.100.4' };
      const allowed = [];
      for (const replica of [...replicas, ...replicas]) allowed.push((await replica.check(subject)).allowed);
      expect(allowed).toEqual([true, true, false, false]);
      expect(await admin.exists(`${prefix}ip:198.51.100.4`)).toBe(1);
    } finally {
      for (const replica of replicas) await replica.close();
      await deleteRedisKeys(admin, prefix);
      await admin.quit();
    }
  });
});

describe('rateLimitedError through Apollo Server', () => {
  it('answers HTTP 429 with Retry-After and RATE_LIMITED, without the http extension', async () => {
    const limiter = RequestRateLimiter.create({ redisUrl: null, perKeyPerMinute: 600, perIpPerMinute: 1 });
    const server = new ApolloServer({
      schema: buildSchema('type Query { headline: String }'),
      rootValue: { headline: () => 'Kerry and Lavrov meet in Paris' },
    });
    const { url } = await startStandaloneServer(server, {
      listen: { port: 0, host: '127.0.0.1' },
      // A context function that throws refuses the request before parsing; the server may
      // equally check before handing the request to Apollo at all.
      context: async ({ req }) => {
        await limiter.enforce({ keyId: null, ip: req.socket.remoteAddress ?? 'unknown' });
        return {};
      },
    });
    try {
      const post = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ headline }"}' });
      expect((await post()).status).toBe(200);
      const refused = await post();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('60');
      const body = (await refused.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors).toEqual([{ message: 'Too many requests; retry after 60s.', extensions: { code: 'RATE_LIMITED', retryAfter: 60 } }]);
    } finally {
      await server.stop();
      await limiter.close();
    }
  });

  it('builds the error with its code and header', () => {
    const error = rateLimitedError(7);
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.extensions.retryAfter).toBe(7);
  });
});
