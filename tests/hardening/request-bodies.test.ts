import { codesOf, rawRequest, startHardenedGateway, type HardenedGateway, type RawResponse } from './hardened-gateway';

const JSON_TYPE = 'application/json';
const QUERY = '{"query":"{ articles { totalCount } }"}';
const MULTIPART = `--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${QUERY}\r\n--xyz--\r\n`;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const CSRF = /Cross-Site Request Forgery/;

interface GarbageCase {
  name: string;
  headers: Record<string, string>;
  body?: Buffer | string;
  method?: string;
  code: string;
  status?: number;
  message?: RegExp;
}

const GARBAGE: GarbageCase[] = [
  { name: 'application/json that is not JSON', headers: { 'content-type': JSON_TYPE }, body: 'hello', code: 'BAD_REQUEST', message: /not valid JSON/ },
  { name: 'application/json, truncated', headers: { 'content-type': JSON_TYPE }, body: '{"query": ', code: 'BAD_REQUEST' },
  { name: 'application/json, empty', headers: { 'content-type': JSON_TYPE }, body: '', code: 'BAD_REQUEST' },
  { name: 'JSON string', headers: { 'content-type': JSON_TYPE }, body: '"{ articles { totalCount } }"', code: 'BAD_REQUEST' },
  { name: 'JSON number', headers: { 'content-type': JSON_TYPE }, body: '42', code: 'BAD_REQUEST' },
  { name: 'JSON null', headers: { 'content-type': JSON_TYPE }, body: 'null', code: 'BAD_REQUEST' },
  { name: 'JSON true', headers: { 'content-type': JSON_TYPE }, body: 'true', code: 'BAD_REQUEST' },
  { name: 'JSON empty object', headers: { 'content-type': JSON_TYPE }, body: '{}', code: 'BAD_REQUEST' },
  { name: 'JSON array (batch)', headers: { 'content-type': JSON_TYPE }, body: `[${QUERY},${QUERY}]`, code: 'BAD_REQUEST', message: /batching disabled/ },
  { name: 'JSON empty array', headers: { 'content-type': JSON_TYPE }, body: '[]', code: 'BAD_REQUEST' },
  { name: 'query that is a number', headers: { 'content-type': JSON_TYPE }, body: '{"query":42}', code: 'BAD_REQUEST' },
  { name: 'variables that are a string', headers: { 'content-type': JSON_TYPE }, body: '{"query":"{ __typename }","variables":"{}"}', code: 'BAD_REQUEST' },
  { name: 'variables that are an array', headers: { 'content-type': JSON_TYPE }, body: '{"query":"{ __typename }","variables":[1]}', code: 'BAD_REQUEST' },
  { name: 'operationName that is a number', headers: { 'content-type': JSON_TYPE }, body: '{"query":"{ __typename }","operationName":5}', code: 'BAD_REQUEST' },
  { name: 'a raw NUL byte in JSON', headers: { 'content-type': JSON_TYPE }, body: Buffer.from('{"query":"{\u0000}"}'), code: 'BAD_REQUEST' },
  { name: 'an escaped NUL in the query', headers: { 'content-type': JSON_TYPE }, body: '{"query":"{ __typename \\u0000 }"}', code: 'GRAPHQL_PARSE_FAILED' },
  {
    name: 'invalid UTF-8 in the query',
    headers: { 'content-type': JSON_TYPE },
    body: Buffer.concat([Buffer.from('{"query":"{ __typename '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' }"}')]),
    code: 'GRAPHQL_PARSE_FAILED',
  },
  { name: 'text/plain (CSRF)', headers: { 'content-type': 'text/plain' }, body: QUERY, code: 'BAD_REQUEST', message: CSRF },
  { name: 'text/plain with a preflight header', headers: { 'content-type': 'text/plain', ...PREFLIGHT }, body: QUERY, code: 'BAD_REQUEST' },
  { name: 'form-urlencoded (CSRF)', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D', code: 'BAD_REQUEST', message: CSRF },
  {
    name: 'form-urlencoded with a preflight header',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...PREFLIGHT },
    body: 'query=%7B__typename%7D',
    code: 'BAD_REQUEST',
  },
  { name: 'multipart/form-data (CSRF)', headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, body: MULTIPART, code: 'BAD_REQUEST', message: CSRF },
  { name: 'multipart/form-data with a preflight header', headers: { 'content-type': 'multipart/form-data; boundary=xyz', ...PREFLIGHT }, body: MULTIPART, code: 'BAD_REQUEST' },
  { name: 'application/graphql', headers: { 'content-type': 'application/graphql' }, body: '{ articles { totalCount } }', code: 'BAD_REQUEST' },
  { name: 'no content type (CSRF)', headers: {}, body: QUERY, code: 'BAD_REQUEST', message: CSRF },
  { name: 'no content type, binary', headers: PREFLIGHT, body: Buffer.from([0, 1, 2, 0xff, 0xfe]), code: 'BAD_REQUEST' },
  { name: 'application/octet-stream', headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([0, 0xff, 0xc3]), code: 'BAD_REQUEST' },
  { name: 'a nonsense content type', headers: { 'content-type': ';;;===' }, body: 'x', code: 'BAD_REQUEST' },
  { name: 'PUT', method: 'PUT', headers: { 'content-type': JSON_TYPE }, body: QUERY, code: 'BAD_REQUEST', status: 405 },
  { name: 'GET without a preflight header (CSRF)', method: 'GET', headers: {}, code: 'BAD_REQUEST', message: CSRF },
];

describe('request bodies and transport', () => {
  let gw: HardenedGateway;
  beforeAll(async () => {
    gw = await startHardenedGateway();
  });
  afterAll(() => gw.close());

  /** A refusal: the given status, a JSON error with a code, and no resolver ran. */
  async function send(options: Parameters<typeof rawRequest>[1]): Promise<RawResponse> {
    const before = gw.work();
    const response = await rawRequest(gw.url, {
      ...options,
      headers: { accept: 'application/graphql-response+json, application/json', ...options.headers },
    });
    expect(gw.work()).toEqual(before);
    return response;
  }

  it.each(GARBAGE.map((c) => [c.name, c] as const))('%s: refused with a code, never a 5xx', async (_name, garbage) => {
    const response = await send({ method: garbage.method ?? 'POST', headers: garbage.headers, body: garbage.body });
    expect(response.status).toBe(garbage.status ?? 400);
    expect(response.headers['content-type']).toMatch(/json/);
    expect(codesOf(response.json)).toEqual([garbage.code]);
    if (garbage.message) expect(response.json!.errors![0].message).toMatch(garbage.message);
  });

  it('a request target that is not a URL is 400, not 500', async () => {
    const response = await send({ method: 'GET', path: '//[', headers: PREFLIGHT });
    expect(response.status).toBe(400);
    expect(codesOf(response.json)).toEqual(['BAD_REQUEST']);
  });

  it('a 5 MB body is 413, whether its length is declared or only seen as it arrives', async () => {
    const huge = JSON.stringify({ query: `{ articles { totalCount } } #${'x'.repeat(5 * 1024 * 1024)}` });
    const declared = await send({ headers: { 'content-type': JSON_TYPE }, body: huge });
    expect(declared.status).toBe(413);
    expect(codesOf(declared.json)).toEqual(['PAYLOAD_TOO_LARGE']);
    const streamed = await send({ headers: { 'content-type': JSON_TYPE }, body: Buffer.from(huge), chunked: true });
    expect(streamed.status).toBe(413);
    expect(codesOf(streamed.json)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('after all of that the gateway still answers, over the same kind of request', async () => {
    const response = await gw.query<{ articles: { totalCount: number } }>('{ articles { totalCount } }');
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ articles: { totalCount: 3 } });
    // JSON's +json variants are JSON too.
    const variant = await rawRequest(gw.url, { headers: { 'content-type': 'application/graphql-response+json' }, body: QUERY });
    expect(variant.json!.data).toEqual({ articles: { totalCount: 3 } });
  });
});
