import type { Viewer } from '../../src/auth/api-keys';
import { cacheControlPlugins } from '../../src/cache/cache-control-plugin';
import { createResponseCache, type ResponseCache } from '../../src/cache/response-cache';
import type { RequestContext } from '../../src/context/request-context';
import { buildNewsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

const FRONT = 'query Front($first: Int, $section: String) { articles(first: $first, filter: { section: $section }) { totalCount nodes { headline } } }';
const ARTICLE_TEXT = `World & Nation

Cache test headline about the Daily Planet

PARIS — Person Number1 visited the Daily Planet on Monday, officials said.

"It was a useful visit," Person Number1 said.
`;

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('the response cache and Cache-Control over HTTP', () => {
  let gw: TestGateway;
  let cache: ResponseCache;
  const editor: Viewer = { role: 'editor', keyId: 'e', invalidKey: false };

  beforeAll(async () => {
    cache = createResponseCache({ redisUrl: null });
    gw = await startTestGateway({
      plugins: cacheControlPlugins<RequestContext>(),
      responseCache: cache,
      authenticate: (header) => (header === 'Bearer editor-key' ? editor : { role: null, keyId: null, invalidKey: false }),
    });
    gw.services.onDataChanged = () => cache.invalidate();
    await buildNewsroom(gw.store, gw.entities, 4);
  });
  afterAll(async () => {
    await gw.close();
    await cache.close();
  });

  it('answers a repeated public read from the cache, byte for byte, whatever the variables order', async () => {
    const first = await post(gw.url, { query: FRONT, variables: { first: 2, section: null } });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=30');
    expect(first.headers.get('x-cache')).toBe('MISS');
    const second = await post(gw.url, { query: FRONT, variables: { section: null, first: 2 } });
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.headers.get('cache-control')).toBe('public, max-age=30');
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('age')).toMatch(/^\d+$/);
    expect(second.text).toBe(first.text);
    const other = await post(gw.url, { query: FRONT, variables: { first: 1 } });
    expect(other.headers.get('x-cache')).toBe('MISS');
  });

  it('caches GET requests too, and gives an article alone a longer max-age', async () => {
    const url = `${gw.url}?query=${encodeURIComponent('{ articles(first: 1) { nodes { slug } } }')}`;
    const slug = JSON.parse((await (await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })).text())).data.articles.nodes[0].slug;
    const get = () => fetch(`${gw.url}?query=${encodeURIComponent(`{ article(slug: "${slug}") { headline } }`)}`, { headers: { 'apollo-require-preflight': 'true' } });
    const first = await get();
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect((await get()).headers.get('x-cache')).toBe('HIT');
  });

  it('never caches requests with an Authorization header (private) or answers with errors (no-store)', async () => {
    const authorized = () => post(gw.url, { query: FRONT, variables: { first: 3 } }, { authorization: 'Bearer editor-key' });
    const first = await authorized();
    expect(first.headers.get('cache-control')).toBe('private, max-age=30');
    expect((await authorized()).headers.get('x-cache')).toBe('MISS');
    const failing = () => post(gw.url, { query: FRONT, variables: { first: 1000 } });
    const refused = await failing();
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect((await failing()).headers.get('x-cache')).toBe('MISS');
  });

  it('an ingest through the mutation invalidates cached answers; the mutation itself is no-store', async () => {
    const before = await post(gw.url, { query: FRONT, variables: { first: 2 } });
    expect((await post(gw.url, { query: FRONT, variables: { first: 2 } })).headers.get('x-cache')).toBe('HIT');
    const ingest = await post(
      gw.url,
      { query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { headline } } }', variables: { input: { text: ARTICLE_TEXT, publishedAt: '2030-01-01T00:00:00Z' } } },
      { authorization: 'Bearer editor-key' },
    );
    expect(JSON.parse(ingest.text).data.ingestArticle.outcome).toBe('CREATED');
    expect(ingest.headers.get('cache-control')).toBe('no-store');
    const after = await post(gw.url, { query: FRONT, variables: { first: 2 } });
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(JSON.parse(after.text).data.articles.totalCount).toBe(JSON.parse(before.text).data.articles.totalCount + 1);
    expect(JSON.parse(after.text).data.articles.nodes[0].headline).toBe('Cache test headline about the Daily Planet');
  });
});
