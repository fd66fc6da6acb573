/**
 * Automatic persisted queries (PERSISTED_QUERIES=apq, the default) over real HTTP: the
 * register-then-hash flow over POST and GET, unknown hashes, a cache shared by two gateways,
 * and Apollo's CSRF prevention still guarding everything but hash-only GETs.
 */
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { sha256Hex } from '../../src/persisted-queries/manifest';
import { persistedQuerySetup } from '../../src/persisted-queries/persisted-query-setup';
import { MapKeyValueCache } from '../helpers/map-cache';
import { buildNewsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';
import { codes, get, post } from './http';

const SECTION_QUERY = 'query Section($section: String!) { articles(filter: { section: $section }) { totalCount nodes { slug } } }';
const COUNT_QUERY = 'query Count { articles { totalCount } }';

async function startApqGateway(cache: KeyValueCache<string>): Promise<TestGateway> {
  const setup = persistedQuerySetup('apq', { cache });
  return startTestGateway({ persistedQueries: setup.persistedQueries, plugins: setup.plugins });
}

describe('automatic persisted queries', () => {
  const cache = new MapKeyValueCache();
  let gw: TestGateway;
  let replica: TestGateway;

  beforeAll(async () => {
    gw = await startApqGateway(cache);
    replica = await startApqGateway(cache);
    await buildNewsroom(gw.store, gw.entities, 3);
    await buildNewsroom(replica.store, replica.entities, 3);
  });
  afterAll(async () => {
    await gw.close();
    await replica.close();
  });

  test('over POST: an unknown hash is PERSISTED_QUERY_NOT_FOUND; hash and text register it; then the hash alone runs it', async () => {
    const hash = sha256Hex(COUNT_QUERY);
    const unknown = await post(gw.url, { hash });
    expect(codes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(unknown.body.data).toBeUndefined();

    const registered = await post(gw.url, { hash, query: COUNT_QUERY });
    expect(registered.body).toEqual({ data: { articles: { totalCount: 3 } } });

    const byHash = await post(gw.url, { hash });
    expect(byHash.status).toBe(200);
    expect(byHash.body).toEqual({ data: { articles: { totalCount: 3 } } });
  });

  test('over GET: register with the text, then a plain GET with only the hash and variables runs it', async () => {
    const hash = sha256Hex(SECTION_QUERY);
    const variables = { section: 'Politics' };
    expect(codes(await get(gw.url, { hash, variables }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    // A GET carrying query text is still subject to CSRF prevention, so it sends the preflight header.
    const registered = await get(gw.url, { hash, query: SECTION_QUERY, variables }, { 'apollo-require-preflight': 'true' });
    expect(registered.body).toEqual({ data: { articles: { totalCount: 2, nodes: [{ slug: 'day-2-meeting' }, { slug: 'day-0-meeting' }] } } });

    // What a CDN or fetch(url) sends: no custom header, no content type.
    const plain = await get(gw.url, { hash, variables: { section: 'Business' }, operationName: 'Section' });
    expect(plain.status).toBe(200);
    expect(plain.body).toEqual({ data: { articles: { totalCount: 1, nodes: [{ slug: 'day-1-meeting' }] } } });
  });

  test('the cache is injectable: a query registered on one gateway runs by hash on another sharing it', async () => {
    const query = 'query Slugs { articles(first: 2) { nodes { slug } } }';
    const hash = sha256Hex(query);
    await post(gw.url, { hash, query });
    expect([...cache.entries.values()]).toContain(query);
    const onReplica = await get(replica.url, { hash });
    expect(onReplica.body).toEqual({ data: { articles: { nodes: [{ slug: 'day-2-meeting' }, { slug: 'day-1-meeting' }] } } });
  });

  test('a hash that does not match the text is refused with 400, runs nothing and stores nothing', async () => {
    const before = cache.entries.size;
    const mismatch = await post(gw.url, { hash: sha256Hex('something else'), query: COUNT_QUERY });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.data).toBeUndefined();
    expect(mismatch.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(mismatch.body.errors?.[0].message).toMatch(/sha/i);
    expect(cache.entries.size).toBe(before);
  });

  test('a mutation by hash over GET is refused with 405', async () => {
    const mutation = 'mutation Ingest { ingestArticle(input: { text: "x" }) { outcome } }';
    const hash = sha256Hex(mutation);
    await cache.set(`apq:${hash}`, mutation);
    const res = await get(gw.url, { hash });
    expect(res.status).toBe(405);
  });

  test('CSRF prevention still covers GETs with query text and simple-content-type POSTs', async () => {
    const textGet = await get(gw.url, { query: COUNT_QUERY });
    expect(textGet.status).toBe(400);
    expect(textGet.body.errors?.[0].message).toMatch(/CSRF/);
    const textHashGet = await get(gw.url, { query: COUNT_QUERY, hash: sha256Hex(COUNT_QUERY) });
    expect(textHashGet.status).toBe(400);
    const formPost = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: COUNT_QUERY }) });
    expect(formPost.status).toBe(400);
  });
});

describe('PERSISTED_QUERIES=off', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    const setup = persistedQuerySetup('off');
    gw = await startTestGateway({ persistedQueries: setup.persistedQueries, plugins: setup.plugins });
  });
  afterAll(() => gw.close());

  test('a persisted query is PERSISTED_QUERY_NOT_SUPPORTED; plain queries still run', async () => {
    expect(codes(await post(gw.url, { hash: sha256Hex(COUNT_QUERY) }))).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
    expect((await post(gw.url, { query: COUNT_QUERY })).body).toEqual({ data: { articles: { totalCount: 0 } } });
  });
});
