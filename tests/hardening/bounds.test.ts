import Redis from 'ioredis';
import { createHash, randomUUID } from 'node:crypto';
import { ARTICLE_CAPS } from '../../src/store/article-caps';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';
import { deleteRedisKeys, TEST_REDIS_URL } from '../helpers/test-services';
import { API_KEYS, codesOf, EDITOR_KEY, rawRequest, READER_KEY, type RawResponse } from './hardened-gateway';

/*
 * What an anonymous client can make the shipped gateway (`node dist/src/cli/serve.js`, with
 * Redis) keep or build, each attack over HTTP: undeclared and deeply nested variables, an
 * article with too many quotes and answers that repeat its body, oversized persisted-query
 * registrations and cached answers, and every Redis key it writes.
 */

const JSON_HEADERS = { 'content-type': 'application/json' };
const MAX_RESPONSE_BYTES = 2_000_000;

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(url, { headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) });
}

const INGEST = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { slug } } }`;

/** An article of `quotes` quotes by the same speaker, ~170 characters each, two to a paragraph (the quote cap is past the paragraph cap). */
function articleWithQuotes(headline: string, quotes: number): string {
  const quote = (i: number): string =>
    `“We will keep working on point number ${i} of the plan, and on every detail that the negotiators will need before the talks resume,” said John Kerry.`;
  const paragraphs = Array.from({ length: Math.ceil(quotes / 2) }, (_, p) => (2 * p + 1 < quotes ? `${quote(2 * p)} ${quote(2 * p + 1)}` : quote(2 * p)));
  return `World\n\n${headline}\n\n${paragraphs.join('\n\n')}`;
}

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

/** Every key under `prefix`, each with its TTL and (for strings) its length. */
async function keysUnder(redis: Redis, prefix: string): Promise<{ key: string; ttl: number; type: string; length: number }[]> {
  const keys = await redis.keys(`${prefix}*`);
  return Promise.all(
    keys.map(async (key) => {
      const type = await redis.type(key);
      return { key, ttl: await redis.ttl(key), type, length: type === 'string' ? await redis.strlen(key) : 0 };
    }),
  );
}

describe('the shipped gateway stays bounded under hostile anonymous requests', () => {
  const prefix = `newsgraph-test:${randomUUID()}:`;
  let dir: string;
  let gateway: GatewayProcess;
  let redis: Redis;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-bounds-'));
    redis = new Redis(TEST_REDIS_URL);
    gateway = await startGatewayProcess({
      DATABASE_URL: join(dir, 'news.db'),
      ENTITY_DATABASE_URL: join(dir, 'entities.db'),
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      API_KEYS,
      RATE_LIMIT_PER_IP: '0',
      RATE_LIMIT_PER_KEY: '0',
      MAX_RESPONSE_BYTES: String(MAX_RESPONSE_BYTES),
      // A small heap: a gateway that kept what these requests send would run out of it.
      NODE_OPTIONS: '--max-old-space-size=128',
    });
  }, 30000);

  afterAll(async () => {
    await gateway.stop();
    await deleteRedisKeys(redis, prefix);
    await redis.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  const front = `{ articles(first: 5) { nodes { headline } } }`;

  async function expectStillAnswering(): Promise<void> {
    const response = await post(gateway.url, { query: front });
    expect(response.status).toBe(200);
    expect(response.json?.errors).toBeUndefined();
  }

  it('refuses undeclared variables with BAD_USER_INPUT, and 100 requests of 1.9 MB of them are not kept', async () => {
    const junk = 'x'.repeat(1_900_000);
    for (let i = 0; i < 100; i += 1) {
      const response = await post(gateway.url, { query: `query Front${i % 6} { articles(first: 1) { nodes { headline } } }`, variables: { junk: `${i}${junk}` } });
      expect(codesOf(response.json)).toEqual(['BAD_USER_INPUT']);
      if (i === 0) {
        expect(response.json?.errors?.[0].message).toMatch(/does not declare the variables \$junk/);
        expect(response.json?.errors?.[0].extensions?.undeclared).toEqual(['junk']);
      }
    }
    // 190 MB kept would not fit in the process's 128 MB heap.
    expect(gateway.child.exitCode).toBeNull();
    await expectStillAnswering();
  }, 120000);

  it('refuses variables nested 4,000 deep, or a query variable past 64 KB, with QUERY_TOO_COMPLEX, never a 500', async () => {
    const query = `query Find($s: String, $f: ArticleFilter) { articles(first: 1, filter: $f) { nodes { headline } } article(slug: $s) { headline } }`;
    const deep = await post(gateway.url, { query, variables: { f: nested(4000) } });
    expect(deep.status).toBe(400);
    expect(codesOf(deep.json)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(deep.json?.errors?.[0].extensions).toMatchObject({ limit: 'maxVariablesDepth', maximum: 10 });
    expect(deep.text).not.toMatch(/at .+\.js:\d+/);
    // A GET too (500 deep: a URL has room for no more).
    const search = new URLSearchParams({ query, variables: JSON.stringify({ f: nested(500) }) });
    const deepGet = await rawRequest(gateway.url, { method: 'GET', path: `/graphql?${search}`, headers: { 'apollo-require-preflight': 'true' } });
    expect(codesOf(deepGet.json)).toEqual(['QUERY_TOO_COMPLEX']);
    const long = await post(gateway.url, { query, variables: { s: 'x'.repeat(100_000) } });
    expect(long.status).toBe(400);
    expect(long.json?.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxVariablesBytes', maximum: 65536 });
    await expectStillAnswering();
  });

  it('a known query that grows past the limit is refused on the known-operation lane too', async () => {
    const query = `{ articles(first: 10) { nodes { quotes { article { body } } } } x: articles(first: 10) { nodes { quotes { article { body } } } } }`;
    const small = await post(gateway.url, { query });
    expect(small.json?.errors).toBeUndefined(); // learned by the lane while the store held no large article…
    const editor = { authorization: `Bearer ${EDITOR_KEY}` };
    await post(gateway.url, { query: INGEST, variables: { input: { text: articleWithQuotes('Another hundred quotes', 100) } } }, editor);
    // …and run again from it now that it would be ~3.4 MB.
    const refused = await post(gateway.url, { query });
    expect(codesOf(refused.json)).toEqual(['RESPONSE_TOO_LARGE']);
  });

  it('refuses an article with more quotes than the cap at ingest, storing nothing, and accepts one at the cap', async () => {
    const editor = { authorization: `Bearer ${EDITOR_KEY}` };
    const cap = ARTICLE_CAPS.quotes;
    const tooMany = await post(gateway.url, { query: INGEST, variables: { input: { text: articleWithQuotes('One quote too many for one article', cap + 1) } } }, editor);
    expect(codesOf(tooMany.json)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.json?.errors?.[0].extensions).toMatchObject({ field: 'quotes', count: cap + 1, maximum: cap });
    const search = await post(gateway.url, { query: `{ articles(first: 100) { totalCount nodes { headline } } }` });
    const headlines = (search.json?.data as { articles: { nodes: { headline: string }[] } }).articles.nodes.map((a) => a.headline);
    expect(headlines).not.toContain('One quote too many for one article');

    const atCap = await post(gateway.url, { query: INGEST, variables: { input: { text: articleWithQuotes('Quotes at the cap in one article', cap) } } }, editor);
    expect(atCap.json?.errors).toBeUndefined();
    expect(atCap.json?.data).toMatchObject({ ingestArticle: { outcome: 'CREATED' } });
  }, 60000);

  it('counts an article’s quotes at their cap, and refuses an answer past MAX_RESPONSE_BYTES with RESPONSE_TOO_LARGE', async () => {
    const slug = await slugOf('Another hundred quotes');
    // One quote's article body is ~17 KB: 100 of them is ~1.7 MB, under the limit.
    const one = await post(gateway.url, { query: `{ article(slug: "${slug}") { quotes { article { body } } } }` });
    expect(one.json?.errors).toBeUndefined();
    expect((one.json?.data as { article: { quotes: unknown[] } }).article.quotes).toHaveLength(100);
    expect(one.json?.extensions?.cost).toEqual({ requested: 2 * ARTICLE_CAPS.quotes + 2, limit: 100000 });
    expect(one.text.length).toBeLessThan(MAX_RESPONSE_BYTES);

    const twice = `{ a: article(slug: "${slug}") { quotes { article { body } } } b: article(slug: "${slug}") { quotes { article { body } } } }`;
    for (let i = 0; i < 2; i += 1) {
      const refused = await post(gateway.url, { query: twice });
      expect(refused.status).toBe(400);
      expect(codesOf(refused.json)).toEqual(['RESPONSE_TOO_LARGE']);
      expect(refused.json?.data).toBeUndefined();
      expect(refused.json?.errors?.[0].extensions).toMatchObject({ maximum: MAX_RESPONSE_BYTES });
      expect(refused.text.length).toBeLessThan(2000);
    }
  });

  it('keeps no answer longer than 1 MiB in the response cache', async () => {
    const slug = await slugOf('Another hundred quotes');
    const query = `{ article(slug: "${slug}") { quotes { text article { body } } } }`;
    const first = await post(gateway.url, { query });
    expect(first.json?.errors).toBeUndefined();
    expect(first.text.length).toBeGreaterThan(1024 * 1024);
    const second = await post(gateway.url, { query });
    expect(second.headers['x-cache']).toBe('MISS');
    // A smaller answer about the same article is kept (the cache works).
    const small = `{ article(slug: "${slug}") { quotes { text } } }`;
    await post(gateway.url, { query: small });
    expect((await post(gateway.url, { query: small })).headers['x-cache']).toBe('HIT');
  });

  it('does not register a persisted query padded with a 1.5 MB comment; a real one is kept for a day at most', async () => {
    const padded = `{ __typename }\n# ${'x'.repeat(1_500_000)}`;
    const hash = (text: string) => createHash('sha256').update(text).digest('hex');
    const withHash = (text: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash(text) } } });
    const registered = await post(gateway.url, { query: padded, ...withHash(padded) });
    expect(registered.status).toBe(400);
    expect(registered.json?.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxQueryLength', maximum: 65536 });
    const byHash = await post(gateway.url, withHash(padded));
    expect(codesOf(byHash.json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    const real = `{ articles(first: 2) { nodes { slug } } }`;
    await post(gateway.url, { query: real, ...withHash(real) });
    expect((await post(gateway.url, withHash(real))).json?.errors).toBeUndefined();
    const apqKeys = await keysUnder(redis, `${prefix}apq:`);
    expect(apqKeys.length).toBeGreaterThan(0);
    for (const { ttl, length } of apqKeys) {
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(24 * 60 * 60);
      expect(length).toBeLessThanOrEqual(64 * 1024);
    }
  });

  it('keys a federation-traced answer apart from a plain one', async () => {
    const query = `{ articles(first: 2) { nodes { headline } } }`;
    const trace = { 'apollo-federation-include-trace': 'ftv1' };
    await post(gateway.url, { query });
    const plain = await post(gateway.url, { query });
    expect(plain.headers['x-cache']).toBe('HIT');
    const traced = await post(gateway.url, { query }, trace);
    expect(traced.headers['x-cache']).toBe('MISS');
    expect(traced.json?.extensions?.ftv1).toEqual(expect.any(String));
    const tracedAgain = await post(gateway.url, { query }, trace);
    expect(tracedAgain.json?.extensions?.ftv1).toEqual(expect.any(String));
    const plainAgain = await post(gateway.url, { query });
    expect(plainAgain.json?.extensions?.ftv1).toBeUndefined();
  });

  it('answers a cached GET only when Apollo’s CSRF prevention would let it through', async () => {
    const path = `/graphql?${new URLSearchParams({ query: '{ articles(first: 3) { nodes { slug } } }' })}`;
    const preflight = { 'apollo-require-preflight': 'true' };
    await rawRequest(gateway.url, { method: 'GET', path, headers: preflight });
    expect((await rawRequest(gateway.url, { method: 'GET', path, headers: preflight })).headers['x-cache']).toBe('HIT');
    const simple = await rawRequest(gateway.url, { method: 'GET', path });
    expect(simple.status).toBe(400);
    expect(simple.json?.data).toBeUndefined();
    expect(simple.headers['x-cache']).not.toBe('HIT');
  });

  it('every Redis key the gateway wrote expires, and none is larger than its bound', async () => {
    const keys = await keysUnder(redis, prefix);
    expect(keys.length).toBeGreaterThan(0);
    const withoutExpiry = keys.filter((k) => k.ttl <= 0).map((k) => k.key);
    expect(withoutExpiry).toEqual([]);
    for (const { length } of keys) expect(length).toBeLessThanOrEqual(1.1 * 1024 * 1024);
    expect(keys.some((k) => k.key.startsWith(`${prefix}cache:version`))).toBe(true);
  });

  async function slugOf(headline: string): Promise<string> {
    const response = await post(gateway.url, { query: `{ articles(first: 100) { nodes { slug headline } } }` });
    const found = (response.json?.data as { articles: { nodes: { slug: string; headline: string }[] } }).articles.nodes.find((a) => a.headline === headline);
    if (!found) throw new Error(`no article "${headline}"`);
    return found.slug;
  }
});

describe('the metrics page and the rate limit with REQUIRE_KEY_FOR_READS, under REDIS_PREFIX', () => {
  const prefix = `newsgraph-test:${randomUUID()}:`;
  let dir: string;
  let gateway: GatewayProcess;
  let redis: Redis;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-bounds-'));
    redis = new Redis(TEST_REDIS_URL);
    gateway = await startGatewayProcess({
      DATABASE_URL: join(dir, 'news.db'),
      ENTITY_DATABASE_URL: join(dir, 'entities.db'),
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      API_KEYS,
      REQUIRE_KEY_FOR_READS: 'true',
      RATE_LIMIT_PER_IP: '5',
      RATE_LIMIT_PER_KEY: '0',
    });
    base = gateway.url.replace(/\/graphql$/, '');
  }, 30000);

  afterAll(async () => {
    await gateway.stop();
    await deleteRedisKeys(redis, prefix);
    await redis.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  it('/metrics needs a key, and anonymous scrapes spend the address’s allowance', async () => {
    const withKey = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${READER_KEY}` } });
    expect(withKey.status).toBe(200);
    expect(await withKey.text()).toMatch(/process_resident_memory_bytes/);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await fetch(`${base}/metrics`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // Scrapes have an allowance of their own: the address may still ask GraphQL (and is told it needs a key).
    const graphql = await post(gateway.url, { query: '{ __typename }' });
    expect(codesOf(graphql.json)).toEqual(['UNAUTHENTICATED']);
  });

  it('rate-limit buckets live under REDIS_PREFIX and expire', async () => {
    const keys = await keysUnder(redis, `${prefix}rate:`);
    expect(keys.map((k) => k.key)).toEqual(expect.arrayContaining([`${prefix}rate:ip:127.0.0.1`, `${prefix}rate:metrics:ip:127.0.0.1`]));
    for (const { ttl } of keys) expect(ttl).toBeGreaterThan(0);
  });
});
