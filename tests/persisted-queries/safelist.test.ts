/**
 * PERSISTED_QUERIES=safelist over real HTTP, with the committed manifest
 * (sdk/persisted-queries.json): manifest operations run by hash or by their exact text;
 * anything else is refused with a code and HTTP 400 before any resolver runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NewsgraphClient } from '../../sdk/client';
import { ApiKeyRegistry } from '../../src/auth/api-keys';
import { sha256Hex, type PersistedQueryManifest } from '../../src/persisted-queries/manifest';
import { persistedQuerySetup } from '../../src/persisted-queries/persisted-query-setup';
import { buildNewsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';
import { codes, get, post, type Answer } from './http';

const EDITOR_KEY = 'safelist-editor-key';
const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'sdk', 'persisted-queries.json'), 'utf8')) as PersistedQueryManifest;

function listed(name: string): { id: string; body: string } {
  const operation = manifest.operations.find((entry) => entry.name === name);
  if (!operation) throw new Error(`${name} is not in the manifest`);
  return operation;
}

function expectNotAllowed(answer: Answer): void {
  expect(answer.status).toBe(400);
  expect(answer.body).toEqual({
    errors: [{ message: expect.stringContaining('safelist'), extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' } }],
  });
}

describe('safelist mode', () => {
  let gw: TestGateway;
  const editorHeaders = { authorization: `Bearer ${EDITOR_KEY}` };

  beforeAll(async () => {
    const setup = persistedQuerySetup('safelist');
    expect(setup.safelist?.size).toBe(manifest.operations.length);
    const keys = new ApiKeyRegistry([{ key: EDITOR_KEY, role: 'editor' }]);
    gw = await startTestGateway({ persistedQueries: setup.persistedQueries, plugins: setup.plugins, authenticate: (header) => keys.authenticate(header) });
    await buildNewsroom(gw.store, gw.entities, 3);
  });
  afterAll(() => gw.close());

  test('a manifest operation runs by hash, over a plain GET', async () => {
    const frontPage = listed('FrontPage');
    const answer = await get(gw.url, { hash: frontPage.id, variables: { first: 1 } });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toMatchObject({ articles: { totalCount: 3, nodes: [{ slug: 'day-2-meeting' }] } });
  });

  test('a manifest operation runs by its full text', async () => {
    const bySlug = listed('ArticleBySlug');
    const answer = await post(gw.url, { query: bySlug.body, variables: { slug: 'day-1-meeting' } });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toMatchObject({ article: { slug: 'day-1-meeting', headline: 'Day 1: a meeting at the Senate Committee on Ways' } });
  });

  test('an ad-hoc query is PERSISTED_QUERY_NOT_ALLOWED with 400, even a manifest text with other whitespace', async () => {
    expectNotAllowed(await post(gw.url, { query: '{ articles { totalCount } }' }));
    expectNotAllowed(await post(gw.url, { query: `${listed('FrontPage').body}\n` }));
  });

  test('a non-listed document that does not parse or validate gets the same answer, not schema details', async () => {
    expectNotAllowed(await post(gw.url, { query: '{ articles { nope } }' }));
    expectNotAllowed(await post(gw.url, { query: '{ articles {' }));
  });

  test('a non-listed mutation is refused before any resolver runs', async () => {
    const mutation = 'mutation { ingestArticle(input: { text: "Politics\\n\\nA headline\\n\\nA body paragraph." }) { outcome } }';
    expectNotAllowed(await post(gw.url, { query: mutation }, editorHeaders));
    expect(await gw.store.countArticles()).toBe(3);
  });

  test('an unknown hash is PERSISTED_QUERY_NOT_FOUND with 400; registering a non-listed query is refused and stores nothing', async () => {
    const query = '{ articles { totalCount } }';
    const hash = sha256Hex(query);
    const unknown = await get(gw.url, { hash });
    expect(unknown.status).toBe(400);
    expect(codes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expectNotAllowed(await post(gw.url, { hash, query }));
    expect(codes(await post(gw.url, { hash }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  test('the SDK client with persisted queries works unchanged, editor mutations included', async () => {
    const client = new NewsgraphClient({ url: gw.url, apiKey: EDITOR_KEY, persistedQueries: true });
    const { articles } = await client.frontPage({ first: 2 });
    expect(articles.nodes.map((article) => article.slug)).toEqual(['day-2-meeting', 'day-1-meeting']);
    const quoteId = articles.nodes[0].quotes[0].id;
    const { correctQuoteSpeaker } = await client.correctQuoteSpeaker({ input: { quoteId, speakerId: null } });
    expect(correctQuoteSpeaker).toMatchObject({ id: quoteId, speaker: null });
  });
});
