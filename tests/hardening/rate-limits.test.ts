import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { codesOf, EDITOR_KEY, API_KEYS, READER_KEY, startHardenedGateway, type HardenedGateway } from './hardened-gateway';
import { deleteRedisKeys } from '../helpers/test-services';

const READ = '{ articles { totalCount } }';
const REDIS_URL = 'redis://127.0.0.1:6379';

function post(gw: HardenedGateway, headers: Record<string, string> = {}) {
  return gw.query(READ, undefined, headers);
}

/**
 * A 429 with RATE_LIMITED, Retry-After in whole seconds (at most one refill interval, `retryAfter`; less once the
 * interval has been running a while, as on a loaded machine between two tests), the same in the body, and no
 * resolver run.
 */
async function expectRateLimited(gw: HardenedGateway, headers: Record<string, string> = {}, retryAfter = 20) {
  const before = gw.work();
  const response = await post(gw, headers);
  expect(gw.work()).toEqual(before);
  expect(response.status).toBe(429);
  const header = response.headers.get('retry-after');
  expect(header).toMatch(/^[1-9][0-9]*$/);
  expect(Number(header)).toBeGreaterThan(retryAfter - 10);
  expect(Number(header)).toBeLessThanOrEqual(retryAfter);
  expect(codesOf(response.body)).toEqual(['RATE_LIMITED']);
  expect(response.body.errors![0].extensions).toMatchObject({ retryAfter: Number(header) });
}

describe('rate limits per address and per key (in memory)', () => {
  let gw: HardenedGateway;
  beforeAll(async () => {
    // 3 a minute per address: one request back every 20 s; 2 a minute per key: one every 30 s.
    gw = await startHardenedGateway({ API_KEYS, RATE_LIMIT_PER_IP: '3', RATE_LIMIT_PER_KEY: '2' });
  });
  afterAll(() => gw.close());

  it('an address may spend its minute at once, then gets 429 with Retry-After', async () => {
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await post(gw);
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBe('3');
      remaining.push(response.headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    await expectRateLimited(gw);
    // GET spends the same allowance; health checks spend none.
    const get = await fetch(`${gw.url}?query=${encodeURIComponent(READ)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(429);
    expect((await fetch(gw.url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
  });

  it('a key that is not valid spends the address allowance: guessing keys is limited too', async () => {
    await expectRateLimited(gw, { authorization: 'Bearer guess-1' });
  });

  it('each valid key has its own allowance, whatever its address has left', async () => {
    for (let i = 0; i < 2; i += 1) expect((await post(gw, { authorization: `Bearer ${EDITOR_KEY}` })).status).toBe(200);
    await expectRateLimited(gw, { authorization: `Bearer ${EDITOR_KEY}` }, 30);
    const reader = await post(gw, { authorization: `Bearer ${READER_KEY}` });
    expect(reader.status).toBe(200);
    expect(reader.body.data).toEqual({ articles: { totalCount: 3 } });
  });

  it('X-Forwarded-For is ignored without TRUST_PROXY (anyone can send it)', async () => {
    await expectRateLimited(gw, { 'x-forwarded-for': '198.51.100.1' });
  });
});

describe('TRUST_PROXY=1', () => {
  let gw: HardenedGateway;
  beforeAll(async () => {
    gw = await startHardenedGateway({ RATE_LIMIT_PER_IP: '1', TRUST_PROXY: '1' });
  });
  afterAll(() => gw.close());

  it('keys the allowance by the address the proxy appended, not by what the client claimed', async () => {
    expect((await post(gw, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(200);
    await expectRateLimited(gw, { 'x-forwarded-for': '203.0.113.7' }, 60);
    // A forged entry to the left of the proxy's does not buy a new allowance.
    await expectRateLimited(gw, { 'x-forwarded-for': '198.51.100.99, 203.0.113.7' }, 60);
    // Another client behind the same proxy has its own.
    expect((await post(gw, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200);
    // IPv6 clients are limited per /64 network.
    expect((await post(gw, { 'x-forwarded-for': '2001:db8:1:2::1' })).status).toBe(200);
    await expectRateLimited(gw, { 'x-forwarded-for': '2001:db8:1:2:ffff::9' }, 60);
  });
});

describe('rate limits shared through Redis (REDIS_URL)', () => {
  const prefix = `newsgraph-test:${randomUUID()}:`;
  let replicaA: HardenedGateway;
  let replicaB: HardenedGateway;
  let admin: Redis;
  beforeAll(async () => {
    const env = { REDIS_URL, RATE_LIMIT_PER_IP: '3' };
    replicaA = await startHardenedGateway(env, { rateLimitPrefix: prefix });
    replicaB = await startHardenedGateway(env, { rateLimitPrefix: prefix });
    admin = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await replicaA.close();
    await replicaB.close();
    await deleteRedisKeys(admin, prefix);
    await admin.quit();
  });

  it('two replicas spend one allowance per address', async () => {
    expect((await post(replicaA)).status).toBe(200);
    expect((await post(replicaB)).status).toBe(200);
    expect((await post(replicaA)).status).toBe(200);
    await expectRateLimited(replicaB);
    await expectRateLimited(replicaA);
    expect(await admin.keys(`${prefix}*`)).toHaveLength(1);
  });
});
