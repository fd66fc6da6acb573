import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { createKeyValueCache, RedisKeyValueCache } from '../../src/cache/key-value-cache';
import { createResponseCache, type GraphQLHttpRequest, type ResponseCache } from '../../src/cache/response-cache';
import { MemoryResponseStore } from '../../src/cache/response-store';
import { TEST_REDIS_URL, deleteRedisKeys } from '../helpers/test-services';

const REDIS_URL = TEST_REDIS_URL;

function request(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): GraphQLHttpRequest {
  return { method: 'POST', headers: { accept: 'application/json', ...headers }, search: new URLSearchParams(), body: { query, variables } };
}

const answer = (body: string, cacheControl = 'public, max-age=60') => ({
  status: 200,
  headers: [
    ['content-type', 'application/json; charset=utf-8'],
    ['cache-control', cacheControl],
    ['x-request-id', 'not-replayed'],
  ] as [string, string][],
  body,
});

/** Looks up and, on a miss, remembers `body` as Apollo's answer; returns what the lookup found. */
async function through(cache: ResponseCache, req: GraphQLHttpRequest, body: string, cacheControl?: string): Promise<string> {
  const found = await cache.lookup(req);
  if (found?.kind === 'hit') return `HIT ${found.response.body}`;
  if (found?.kind === 'miss') await found.remember(answer(body, cacheControl));
  return found ? 'MISS' : 'BYPASS';
}

describe('the response cache shared through Redis by two replicas', () => {
  const prefix = `newsgraph-test:${randomUUID()}:`;
  let replicaA: ResponseCache;
  let replicaB: ResponseCache;
  let admin: Redis;

  beforeAll(() => {
    replicaA = createResponseCache({ redisUrl: REDIS_URL, prefix });
    replicaB = createResponseCache({ redisUrl: REDIS_URL, prefix });
    admin = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await replicaA.close();
    await replicaB.close();
    await deleteRedisKeys(admin, prefix);
    await admin.quit();
  });

  it('an answer stored by one replica is served by the other, with only the replayable headers', async () => {
    expect(await through(replicaA, request('{ a }'), '{"data":{"a":1}}')).toBe('MISS');
    const hit = await replicaB.lookup(request('{ a }'));
    expect(hit).toMatchObject({ kind: 'hit', response: { status: 200, body: '{"data":{"a":1}}' } });
    expect(hit?.kind === 'hit' && hit.response.headers).toEqual([
      ['content-type', 'application/json; charset=utf-8'],
      ['cache-control', 'public, max-age=60'],
    ]);
    const ttl = await admin.ttl((await admin.keys(`${prefix}response:*`))[0]);
    expect(ttl).toBeGreaterThan(50);
    expect(ttl).toBeLessThanOrEqual(60);
  });

  it('an invalidation on one replica is seen by the other at its next lookup', async () => {
    await through(replicaA, request('{ b }'), 'old');
    expect(await through(replicaB, request('{ b }'), 'unused')).toBe('HIT old');
    await replicaA.invalidate();
    expect(await through(replicaB, request('{ b }'), 'new')).toBe('MISS');
    expect(await through(replicaA, request('{ b }'), 'unused')).toBe('HIT new');
  });

  it('keeps only public answers, and never looks up requests with an Authorization header', async () => {
    expect(await through(replicaA, request('{ c }'), 'private', 'private, max-age=60')).toBe('MISS');
    expect(await through(replicaA, request('{ c }'), 'nostore', 'no-store')).toBe('MISS');
    expect(await through(replicaA, request('{ c }', {}, { authorization: 'Bearer k' }), 'x')).toBe('BYPASS');
    expect(await through(replicaA, { ...request('{ c }'), body: [{ query: '{ c }' }] }, 'x')).toBe('BYPASS');
  });

  it('tells apart operations, names, variables and Accept; ignores variable order', async () => {
    await through(replicaA, request('query Q($x: Int, $y: Int) { d }', { x: 1, y: 2 }), 'xy');
    expect(await through(replicaB, request('query Q($x: Int, $y: Int) { d }', { y: 2, x: 1 }), 'unused')).toBe('HIT xy');
    expect(await through(replicaB, request('query Q($x: Int, $y: Int) { d }', { x: 2, y: 2 }), 'other')).toBe('MISS');
    expect(await through(replicaB, request('query Q($x: Int, $y: Int) { d }', { x: 1, y: 2 }, { accept: 'application/graphql-response+json' }), 'g')).toBe('MISS');
  });

  it('a Redis that cannot be reached turns lookups into bypasses, not failures', async () => {
    const errors: Error[] = [];
    const away = createResponseCache({ redisUrl: 'redis://127.0.0.1:1', prefix, onError: (e) => errors.push(e) });
    try {
      expect(await away.lookup(request('{ e }'))).toBeNull();
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      await away.close();
    }
  });
});

describe('the in-memory response store', () => {
  it('stays within its entry bound, dropping the least recently used, and expires by max-age', async () => {
    let now = 0;
    const store = new MemoryResponseStore({ maxEntries: 2, now: () => now });
    const entry = { status: 200, headers: [], body: 'x', storedAt: 0 };
    await store.put('0', 'a', entry, 10);
    await store.put('0', 'b', entry, 10);
    await store.lookup('a'); // a is now the most recently used
    await store.put('0', 'c', entry, 10);
    expect(store.size).toBe(2);
    expect((await store.lookup('b')).entry).toBeNull();
    expect((await store.lookup('a')).entry).not.toBeNull();
    now = 10_000;
    expect((await store.lookup('a')).entry).toBeNull();
    await store.bumpVersion();
    expect((await store.lookup('c')).version).toBe('1');
    expect(store.size).toBe(0);
  });
});

describe('createKeyValueCache (the persisted-query store)', () => {
  const prefix = `newsgraph-test:${randomUUID()}:apq:`;

  it('shares entries between replicas through Redis, with TTLs', async () => {
    const a = createKeyValueCache(REDIS_URL, { prefix }) as RedisKeyValueCache;
    const b = createKeyValueCache(REDIS_URL, { prefix }) as RedisKeyValueCache;
    const admin = new Redis(REDIS_URL);
    try {
      expect(a).toBeInstanceOf(RedisKeyValueCache);
      await a.set('apq:abc', '{ a }');
      await a.set('apq:short', '{ b }', { ttl: 30 });
      expect(await b.get('apq:abc')).toBe('{ a }');
      expect(await b.get('apq:missing')).toBeUndefined();
      expect(await admin.ttl(`${prefix}apq:short`)).toBeGreaterThan(20);
      expect(await b.delete('apq:abc')).toBe(true);
      expect(await a.get('apq:abc')).toBeUndefined();
    } finally {
      await deleteRedisKeys(admin, prefix);
      await admin.quit();
      await a.close();
      await b.close();
    }
  });

  it('is an in-memory LRU without a Redis URL', async () => {
    const memory = createKeyValueCache(null);
    await memory.set('k', 'v');
    expect(await memory.get('k')).toBe('v');
  });
});
