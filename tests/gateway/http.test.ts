import { buildNewsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

describe('HTTP surface', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
    await buildNewsroom(gw.store, gw.entities, 3);
  });
  afterAll(() => gw.close());

  const base = () => gw.url.replace(/\/graphql$/, '');

  it('/healthz and /readyz answer', async () => {
    const health = await fetch(`${base()}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { store: 'ok', entities: 'ok' } });
  });

  it('GET /graphql?query= runs a query (with a CSRF preflight header)', async () => {
    const res = await fetch(`${gw.url}?query=${encodeURIComponent('{ articles(first: 1) { totalCount } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { articles: { totalCount: 3 } } });
  });

  it('refuses mutations over GET', async () => {
    const res = await fetch(`${gw.url}?query=${encodeURIComponent('mutation { ingestArticle(input: { text: "x" }) { outcome } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
  });

  it('a body over 2 MB is 413 and the gateway still serves', async () => {
    const big = JSON.stringify({ query: `{ articles { totalCount } } #${'x'.repeat(2 * 1024 * 1024)}` });
    const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    const after = await gw.query('{ articles { totalCount } }');
    expect(after.body.data).toEqual({ articles: { totalCount: 3 } });
  });

  it('malformed JSON is a 400 with a code, never a 5xx', async () => {
    const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('parse and validation errors carry Apollo codes', async () => {
    const parse = await gw.query('{ articles { ');
    expect(parse.body.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    const invalid = await gw.query('{ articles { nope } }');
    expect(invalid.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('unknown paths are 404', async () => {
    expect((await fetch(`${base()}/nothing-here`)).status).toBe(404);
  });

  it('echoes a request id', async () => {
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'abc-123' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
  });
});
