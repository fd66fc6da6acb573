import { ADMIN_KEY, API_KEYS, codesOf, EDITOR_KEY, READER_KEY, startHardenedGateway, type HardenedGateway } from './hardened-gateway';

const INGEST = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { headline } } }`;
const READ = '{ articles { totalCount } }';

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
let articleNumber = 0;
const input = () => {
  articleNumber += 1;
  return { text: `Council approves budget ${articleNumber}\n\nThe city council approved the budget on Monday, said Mayor Ann Lee.` };
};

describe('API keys: mutations need editor', () => {
  let gw: HardenedGateway;
  beforeAll(async () => {
    gw = await startHardenedGateway({ API_KEYS });
  });
  afterAll(() => gw.close());

  /** Sends the mutation and checks that nothing was written or even read. */
  async function refusedMutation(headers: Record<string, string>) {
    const before = gw.work();
    const response = await gw.query(INGEST, { input: input() }, headers);
    expect(gw.work()).toEqual(before);
    expect(response.body.data).toBeUndefined();
    return response;
  }

  it('without a key: 401 UNAUTHENTICATED with WWW-Authenticate', async () => {
    const response = await refusedMutation({});
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(codesOf(response.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('with a reader key: 403 FORBIDDEN naming the role needed', async () => {
    const response = await refusedMutation(bearer(READER_KEY));
    expect(response.status).toBe(403);
    expect(codesOf(response.body)).toEqual(['FORBIDDEN']);
    expect(response.body.errors![0].message).toMatch(/editor/);
  });

  it.each([
    ['an unknown key', 'Bearer not-a-configured-key'],
    ['Basic credentials', 'Basic dXNlcjpwYXNz'],
    ['Bearer without a key', 'Bearer'],
    ['Bearer with two words', `Bearer ${EDITOR_KEY} extra`],
    ['the key without Bearer', EDITOR_KEY],
  ])('with %s: 401 UNAUTHENTICATED', async (_name, authorization) => {
    const response = await refusedMutation({ authorization });
    expect(response.status).toBe(401);
    expect(codesOf(response.body)).toEqual(['UNAUTHENTICATED']);
    expect(response.body.errors![0].message).toMatch(/not valid/);
  });

  it('with an editor or admin key: the article is ingested', async () => {
    for (const key of [EDITOR_KEY, ADMIN_KEY]) {
      const response = await gw.query<{ ingestArticle: { outcome: string } }>(INGEST, { input: input() }, bearer(key));
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.ingestArticle.outcome).toBe('CREATED');
    }
  });

  it('reads need no key by default; a key that is not valid is refused rather than ignored', async () => {
    const anonymous = await gw.query(READ);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.errors).toBeUndefined();
    const reader = await gw.query(READ, undefined, bearer(READER_KEY));
    expect(reader.body.errors).toBeUndefined();
    const wrong = await gw.query(READ, undefined, { authorization: 'Bearer typo' });
    expect(wrong.status).toBe(401);
    expect(codesOf(wrong.body)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('REQUIRE_KEY_FOR_READS=true', () => {
  let gw: HardenedGateway;
  beforeAll(async () => {
    gw = await startHardenedGateway({ API_KEYS, REQUIRE_KEY_FOR_READS: 'true' });
  });
  afterAll(() => gw.close());

  it('a read without a key is 401 and runs nothing; with any valid key it is answered', async () => {
    const before = gw.work();
    const anonymous = await gw.query(READ);
    expect(gw.work()).toEqual(before);
    expect(anonymous.status).toBe(401);
    expect(codesOf(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    for (const key of [READER_KEY, EDITOR_KEY, ADMIN_KEY]) {
      const response = await gw.query(READ, undefined, bearer(key));
      expect(response.body).toEqual({ data: { articles: { totalCount: 3 } }, extensions: expect.anything() });
    }
  });

  it('a reader still may not write', async () => {
    const response = await gw.query(INGEST, { input: input() }, bearer(READER_KEY));
    expect(response.status).toBe(403);
    expect(codesOf(response.body)).toEqual(['FORBIDDEN']);
  });
});

describe('errors in production (NODE_ENV=production)', () => {
  let production: HardenedGateway;
  let development: HardenedGateway;
  beforeAll(async () => {
    production = await startHardenedGateway({ NODE_ENV: 'production' });
    development = await startHardenedGateway({ NODE_ENV: 'development' });
  });
  afterAll(async () => {
    await production.close();
    await development.close();
  });

  const MISTAKES = [
    ['a misspelt field', '{ articles { nodes { headlin } } }'],
    ['a misspelt argument', '{ articles(frist: 1) { totalCount } }'],
    ['a misspelt type condition', '{ search(query: "x") { ... on Persn { name } } }'],
  ];

  it.each(MISTAKES)('%s: suggestions in development only', async (_name, query) => {
    const dev = await development.query(query);
    expect(dev.body.errors![0].message).toMatch(/Did you mean/);
    const prod = await production.query(query);
    expect(prod.status).toBe(400);
    expect(codesOf(prod.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(prod.body)).not.toMatch(/Did you mean/);
  });

  it('a misspelt input field in variables: no suggestion', async () => {
    const query = 'query Filtered($filter: ArticleFilter) { articles(filter: $filter) { totalCount } }';
    const variables = { filter: { sectoin: 'World' } };
    const dev = await development.query(query, variables);
    expect(dev.body.errors![0].message).toMatch(/Did you mean "section"/);
    const prod = await production.query(query, variables);
    expect(codesOf(prod.body)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(prod.body)).not.toMatch(/Did you mean/);
  });

  it('introspection stays on: the schema is public, for SDK generation', async () => {
    const response = await production.query('{ __schema { queryType { name } } }');
    expect(response.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('an unexpected failure shows neither a stack nor its message', async () => {
    await production.store.close(); // every SQL statement now throws inside the store
    const response = await production.query('{ articles { nodes { headline } } }');
    expect(codesOf(response.body)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(response.body.errors![0].message).toBe('Internal server error');
    const text = JSON.stringify(response.body);
    expect(text).not.toMatch(/stacktrace|\.ts:\d+|\.js:\d+|database connection/i);
  });
});
