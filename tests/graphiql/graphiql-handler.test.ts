/**
 * The GraphiQL handler over real HTTP, without a browser: which requests it takes, the
 * headers and bytes of the page and its assets, and what it leaves to the caller.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { createGraphiqlHandler } from '../../src/server/graphiql';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const PASSED_THROUGH = 299;
const DEFAULT_QUERY = '{ frontPage { title } }\n# </script><script>alert(1)</script>';

let server: http.Server;
let port: number;

beforeAll(async () => {
  const graphiql = createGraphiqlHandler({ endpoint: '/graphql', defaultQuery: DEFAULT_QUERY, title: 'News <graph>' });
  server = http.createServer((req, res) => {
    if (graphiql(req, res)) return;
    res.writeHead(PASSED_THROUGH).end('caller');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** One request with exactly these headers (fetch would add Accept-Encoding and decompress). */
function request(path: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The stylesheet and script URLs the page links, in page order. */
function assetUrls(html: string): string[] {
  return [...html.matchAll(/(?:href|src)="(\/graphql\/_graphiql\/[^"]+)"/g)].map((m) => m[1]);
}

async function fetchPage(): Promise<RawResponse> {
  return request('/graphql', { accept: HTML_ACCEPT });
}

describe('the page', () => {
  test('a browser GET on the endpoint gets HTML with a same-origin-only CSP', async () => {
    const res = await fetchPage();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers.vary).toBe('Accept');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const csp = res.headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
    expect(res.body.toString('utf8')).toContain('<title>News &lt;graph&gt;</title>');
  });

  test('links only its own assets, and carries the default query without breaking out of its block', async () => {
    const html = (await fetchPage()).body.toString('utf8');
    expect(assetUrls(html).map((url) => url.split('/').pop())).toEqual([
      'graphiql.min.css',
      'page.css',
      'react.production.min.js',
      'react-dom.production.min.js',
      'graphiql.min.js',
      'start.js',
    ]);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html.match(/<\/script>/g)).toHaveLength(5); // the JSON block and the four scripts
    const config = /<script type="application\/json" id="graphiql-config">(.*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(config)).toEqual({ endpoint: '/graphql', defaultQuery: DEFAULT_QUERY, subscriptions: false });
  });

  test('HEAD gets the headers without a body', async () => {
    const res = await request('/graphql', { accept: HTML_ACCEPT }, 'HEAD');
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
    expect(res.body.length).toBe(0);
  });
});

describe('the assets', () => {
  test('each linked asset is served with its content type and a year-long immutable cache', async () => {
    const html = (await fetchPage()).body.toString('utf8');
    for (const url of assetUrls(html)) {
      const res = await request(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      const type = url.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
    }
  });

  test('gzip when the client accepts it, the same bytes once unzipped', async () => {
    const html = (await fetchPage()).body.toString('utf8');
    const css = assetUrls(html)[0];
    const plain = await request(css);
    const zipped = await request(css, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    const refused = await request(css, { 'accept-encoding': 'gzip;q=0, br' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  test("graphiql's source map is served next to its script", async () => {
    const html = (await fetchPage()).body.toString('utf8');
    const script = assetUrls(html).find((url) => url.endsWith('/graphiql.min.js')) ?? '';
    const res = await request(`${script}.map`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body.toString('utf8'))).toHaveProperty('mappings');
  });

  test('unknown files and other builds under the asset root are 404s from the handler', async () => {
    const html = (await fetchPage()).body.toString('utf8');
    const base = assetUrls(html)[0].replace(/[^/]+$/, '');
    expect((await request(`${base}nope.js`)).status).toBe(404);
    expect((await request('/graphql/_graphiql/0000000000000000/graphiql.min.js')).status).toBe(404);
    expect((await request('/graphql/_graphiql/')).status).toBe(404);
  });
});

describe('requests left to the caller', () => {
  test.each([
    ['a JSON GET on the endpoint', '/graphql', { accept: 'application/graphql-response+json, application/json' }, 'GET'],
    ['a GET with no Accept', '/graphql', {}, 'GET'],
    ['a GraphQL GET from a browser', '/graphql?query=%7B__typename%7D', { accept: HTML_ACCEPT }, 'GET'],
    ['a POST on the endpoint', '/graphql', { accept: HTML_ACCEPT }, 'POST'],
    ['another path', '/health', { accept: HTML_ACCEPT }, 'GET'],
    ['a path that only starts like the endpoint', '/graphqlx', { accept: HTML_ACCEPT }, 'GET'],
  ])('%s', async (_name, path, headers, method) => {
    const res = await request(path, headers, method);
    expect(res.status).toBe(PASSED_THROUGH);
  });
});
