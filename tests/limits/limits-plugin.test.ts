import { ApolloServer, GraphQLResponse } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { getIntrospectionQuery } from 'graphql';
import { DEFAULT_LIMITS, OperationLimits } from '../../src/config/request-settings';
import { createSpiedServer, SpiedServer } from './fake-graph';
import { README_QUERIES } from './contract-schema';

interface Result {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

function single(response: GraphQLResponse): { status: number | undefined; result: Result } {
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, result: response.body.singleResult as Result };
}

const README_VARIABLES: Record<string, Record<string, unknown>> = {
  personWithQuotesAndArticles: { id: 'P1' },
  articleReader: { slug: 'kerry-lavrov-paris' },
  search: { q: 'Kerry' },
  organizationMembers: { id: 'O1' },
};

/** Each attack is checked against one limit at a time: the others (tokens above all) are lifted. */
const ONLY_TOKENS_LIFTED: OperationLimits = { ...DEFAULT_LIMITS, maxTokens: 1_000_000 };

/** `{ person(id: "P1") { quotes { nodes { speaker { quotes { nodes { speaker … } } } } } } }`, `levels` times. */
function recursiveQuotes(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels; i += 1) inner = `quotes(first: 1) { nodes { speaker { ${inner} } } }`;
  return `{ person(id: "P1") { ${inner} } }`;
}

describe('operation limits plugin, in process', () => {
  let spied: SpiedServer;
  let server: ApolloServer;

  beforeAll(async () => {
    spied = createSpiedServer(ONLY_TOKENS_LIFTED);
    server = spied.server;
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });

  async function run(query: string, variables?: Record<string, unknown>) {
    return single(await server.executeOperation({ query, variables }));
  }

  /** Runs an operation that must be refused, and checks that no resolver ran for it. */
  async function refused(query: string, variables?: Record<string, unknown>) {
    const before = spied.resolvedFields();
    const answer = await run(query, variables);
    expect(spied.resolvedFields()).toBe(before);
    expect(answer.result.data).toBeUndefined();
    return answer;
  }

  it.each(Object.keys(README_QUERIES))('answers the README-style query %s, reporting its cost', async (name) => {
    const { status, result } = await run(README_QUERIES[name], README_VARIABLES[name]);
    expect(result.errors).toBeUndefined();
    expect(status).toBeUndefined(); // Apollo's default: 200
    expect(result.data).toBeTruthy();
    const cost = result.extensions?.cost as { requested: number; limit: number };
    expect(cost.limit).toBe(DEFAULT_LIMITS.maxCost);
    expect(cost.requested).toBeGreaterThan(0);
    expect(cost.requested).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });

  it('answers the full introspection query GraphiQL and codegen send', async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const { result } = await run(query);
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema).toBeTruthy();
  });

  it('refuses recursion deeper than maxDepth (person → quotes → speaker → quotes …), naming the limit and depth', async () => {
    const { status, result } = await refused(recursiveQuotes(5)); // 1 + 5×3 + 1 = 17 fields deep
    expect(status).toBe(400);
    expect(result.errors).toEqual([
      {
        message: `The operation is nested 17 fields deep; the limit is ${DEFAULT_LIMITS.maxDepth}.`,
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxDepth', measured: 17, maximum: DEFAULT_LIMITS.maxDepth },
      },
    ]);
    expect(result.extensions?.cost).toBeDefined();
  });

  it('counts depth through fragments and inline fragments', async () => {
    const query = `
      query { node(id: "A1") { ...Deep } }
      fragment Deep on Article { quotes { speaker { ... on Person { quotes { nodes { speaker { ...Deeper } } } } } } }
      fragment Deeper on Person { quotes { nodes { article { quotes { speaker { quotes { totalCount } } } } } } }`;
    const { result } = await refused(query);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxDepth', measured: 13 });
  });

  it('refuses an alias flood of 1000 aliases', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: headline`).join(' ');
    const { status, result } = await refused(`{ article(slug: "x") { ${aliases} } }`);
    expect(status).toBe(400);
    expect(result.errors?.[0].message).toBe(`The operation uses 1000 aliases; the limit is ${DEFAULT_LIMITS.maxAliases}.`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxAliases', measured: 1000 });
  });

  it('refuses a directive overload of 200 @skip(if: false)', async () => {
    const { status, result } = await refused(`{ ${'__typename @skip(if: false) '.repeat(200)} }`);
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxDirectives', measured: 200 });
  });

  // graphql-js validation gives up on these ("Validation aborted.") before the plugin sees them.
  it.each([
    ['on 1000 fields', `{ ${'__typename @skip(if: false) '.repeat(1000)} }`],
    ['on one field', `{ __typename ${'@skip(if: false) '.repeat(1000)} }`],
  ])('refuses 1000 @skip(if: false) %s', async (_, query) => {
    const { status, result } = await refused(query);
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a fragment bomb (40 fragments each spreading the next 4 times) without expanding it', async () => {
    const fragments = ['fragment F0 on Article { headline }'];
    for (let i = 1; i <= 40; i += 1) fragments.push(`fragment F${i} on Article { ${`...F${i - 1} `.repeat(4)} }`);
    const { status, result } = await refused(`{ article(slug: "x") { ...F40 } } ${fragments.join('\n')}`);
    expect(status).toBe(400);
    expect(result.errors?.[0].message).toBe(
      `The operation's estimated cost is more than 2^53; the limit is ${DEFAULT_LIMITS.maxCost}. Ask for smaller pages (first) or fewer nested lists.`,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxCost', measured: Number.MAX_SAFE_INTEGER });
  });

  it('refuses a fragment cycle (at validation)', async () => {
    const { status, result } = await refused(`{ article(slug: "x") { ...A } } fragment A on Article { quotes { article { ...B } } } fragment B on Article { ...A }`);
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  describe('page sizes passed as variables', () => {
    const fanOut = `query FanOut($n: Int) {
      people(first: $n) { nodes { quotes(first: $n) { nodes { speaker { articles(first: $n) { nodes { headline } } } } } } }
    }`;

    it('refuses first: $n = 100 nested three levels (100 × 100 × 100)', async () => {
      const { status, result } = await refused(fanOut, { n: 100 });
      expect(status).toBe(400);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxCost' });
      expect(result.errors?.[0].extensions?.measured).toBeGreaterThan(1_000_000);
      expect(result.extensions?.cost).toEqual({ requested: result.errors?.[0].extensions?.measured, limit: DEFAULT_LIMITS.maxCost });
    });

    it('refuses the same through a variable default', async () => {
      const { result } = await refused(fanOut.replace('$n: Int', '$n: Int = 100'));
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxCost' });
    });

    it('answers the same operation with small pages, costing what the pages say', async () => {
      const { result } = await run(fanOut, { n: 2 });
      expect(result.errors).toBeUndefined();
      // people: 1 + 2 × (nodes 1 + quotes(1 + 2 × (nodes 1 + speaker(1 + articles(1 + 2 × (nodes 1 + headline 1))))))
      expect(result.extensions?.cost).toEqual({ requested: 1 + 2 * (1 + 1 + 2 * (1 + 1 + 1 + 2 * 2)), limit: DEFAULT_LIMITS.maxCost });
    });
  });

  it('reads nodes(ids:) length from a variable list', async () => {
    const { result } = await run('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['A1', 'A2', 'A3'] });
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.cost).toEqual({ requested: 1 + 3 * 1, limit: DEFAULT_LIMITS.maxCost });
  });
});

describe('operation limits plugin without validation', () => {
  it('still refuses a fragment cycle, with QUERY_TOO_COMPLEX', async () => {
    const spied = createSpiedServer(DEFAULT_LIMITS, { dangerouslyDisableValidation: true });
    await spied.server.start();
    try {
      const response = await spied.server.executeOperation({ query: '{ article(slug: "x") { ...A } } fragment A on Article { ...B } fragment B on Article { ...A }' });
      const { status, result } = single(response);
      expect(status).toBe(400);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'fragmentCycle' });
      expect(spied.resolvedFields()).toBe(0);
    } finally {
      await spied.server.stop();
    }
  });
});

describe('operation limits over HTTP, with the default limits', () => {
  let spied: SpiedServer;
  let url: string;

  beforeAll(async () => {
    spied = createSpiedServer(DEFAULT_LIMITS);
    ({ url } = await startStandaloneServer(spied.server, { listen: { port: 0, host: '127.0.0.1' } }));
  });
  afterAll(async () => {
    await spied.server.stop();
  });

  async function post(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: Result }> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Result };
  }

  it('answers a legitimate query with 200 and its cost in extensions', async () => {
    const { status, body } = await post(README_QUERIES.entityGraph);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.cost).toEqual({ requested: 90281, limit: DEFAULT_LIMITS.maxCost });
  });

  it('refuses a too-deep query with 400 and QUERY_TOO_COMPLEX, running no resolver', async () => {
    const before = spied.resolvedFields();
    const { status, body } = await post(recursiveQuotes(4));
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(spied.resolvedFields()).toBe(before);
  });

  it('refuses 100 × 100 × 100 through variables with 400', async () => {
    const { status, body } = await post(
      'query($n: Int) { organizations(first: $n) { nodes { articles(first: $n) { nodes { quotes { speaker { quotes(first: $n) { nodes { text } } } } } } } } }',
      { n: 100 },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a document over maxTokens while parsing, with 400 and GRAPHQL_PARSE_FAILED', async () => {
    const before = spied.resolvedFields();
    const { status, body } = await post(`{ article(slug: "x") { ${'headline '.repeat(DEFAULT_LIMITS.maxTokens)} } }`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: `Syntax Error: Document contains more that ${DEFAULT_LIMITS.maxTokens} tokens. Parsing aborted.`,
        extensions: expect.objectContaining({ code: 'GRAPHQL_PARSE_FAILED' }),
      }),
    ]);
    expect(spied.resolvedFields()).toBe(before);
  });

  it('refuses an alias flood at the token limit already', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ');
    const { status, body } = await post(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('still answers after the refusals', async () => {
    const { status, body } = await post(README_QUERIES.frontPage);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});
