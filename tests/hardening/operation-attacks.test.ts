import { codesOf, startHardenedGateway, type HardenedGateway } from './hardened-gateway';

/** quotes → speaker → quotes … `hops` times: each hop nests three fields. */
function recursiveQuery(hops: number): string {
  let inner = 'name';
  for (let i = 0; i < hops; i += 1) inner = `quotes(first: 1) { nodes { speaker { ${inner} } } }`;
  return `{ people(first: 1) { nodes { ${inner} } } }`;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

const ATTACKS = {
  depth: recursiveQuery(4), // people nodes + 4 × 3 + name = 15 fields deep
  aliasFlood: `{ ${range(100).map((i) => `a${i}: __typename`).join(' ')} }`,
  aliasesThroughFragments: `fragment F on Query { ${range(10).map((i) => `f${i}: __typename`).join(' ')} } { ...F ... on Query { ...F } }`,
  // 40 fragments, each spreading the next 4 times: 4^39 fields once expanded, ~500 tokens as sent.
  fragmentBomb: `{ articles(first: 1) { nodes { ...F0 } } } ${range(39)
    .map((i) => `fragment F${i} on Article { ...F${i + 1} ...F${i + 1} ...F${i + 1} ...F${i + 1} }`)
    .join(' ')} fragment F39 on Article { headline }`,
  fragmentCycle: `{ articles(first: 1) { nodes { ...A } } } fragment A on Article { headline ...B } fragment B on Article { slug ...A }`,
  directiveOverload: `{ articles(first: 1) { ${range(60).map(() => 'totalCount @include(if: true)').join(' ')} } }`,
  tokenFlood: `{ __typename ${range(1200).map(() => '@skip(if: false)').join(' ')} }`,
  fanOut: `{ people(first: 100) { nodes { quotes(first: 100) { nodes { speaker { articles(first: 100) { nodes { headline } } } } } } } }`,
};

/** A page size passed as a variable, as armor's cost limit misses it. */
const PAGED_BY_VARIABLE = `query Paged($n: Int) { articles(first: $n) { nodes { headline quotes { speaker { quotes(first: $n) { nodes { text } } } } } } }`;

const LEGITIMATE = `{ articles(first: 3) { nodes { headline people { name affiliations { name } } quotes { text speaker { name } } } } }`;

describe('operation attacks against the hardened gateway', () => {
  let gw: HardenedGateway;
  beforeAll(async () => {
    gw = await startHardenedGateway();
  });
  afterAll(() => gw.close());

  /** Sends `query`, and checks that no resolver ran: no SQL statement, no entity-service request. */
  async function refused(query: string, variables?: Record<string, unknown>) {
    const before = gw.work();
    const response = await gw.query(query, variables);
    expect(gw.work()).toEqual(before);
    expect(response.body.data).toBeUndefined();
    return response;
  }

  function expectTooComplex(response: Awaited<ReturnType<typeof refused>>, limit: string) {
    expect(response.status).toBe(400);
    expect(codesOf(response.body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.body.errors![0].extensions).toMatchObject({ limit });
  }

  it('a legitimate query is answered, with its cost in extensions', async () => {
    const response = await gw.query<{ articles: { nodes: unknown[] } }>(LEGITIMATE);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.articles.nodes).toHaveLength(3);
    const cost = response.body.extensions!.cost as { requested: number; limit: number };
    expect(cost.limit).toBe(100_000);
    expect(cost.requested).toBeGreaterThan(0);
    expect(cost.requested).toBeLessThan(cost.limit);
  });

  it('depth: a recursive query 15 fields deep is refused', async () => {
    const response = await refused(ATTACKS.depth);
    expectTooComplex(response, 'maxDepth');
    expect(response.body.errors![0].extensions).toMatchObject({ measured: 15, maximum: 12 });
    // The same recursion within the limit runs.
    const ok = await gw.query(recursiveQuery(3));
    expect(ok.body.errors).toBeUndefined();
  });

  it('alias flood: 100 aliases are refused, and so are aliases multiplied by fragment spreads', async () => {
    const flood = await refused(ATTACKS.aliasFlood);
    expectTooComplex(flood, 'maxAliases');
    expect(flood.body.errors![0].extensions).toMatchObject({ measured: 100, maximum: 15 });
    const spread = await refused(ATTACKS.aliasesThroughFragments);
    expectTooComplex(spread, 'maxAliases');
    expect(spread.body.errors![0].extensions).toMatchObject({ measured: 20 });
  });

  it('fragment bomb: 4^39 fields once expanded are refused by cost without being expanded', async () => {
    const response = await refused(ATTACKS.fragmentBomb);
    expectTooComplex(response, 'maxCost');
    expect(response.body.extensions!.cost).toEqual({ requested: Number.MAX_SAFE_INTEGER, limit: 100_000 });
  });

  it('fragment cycle: refused by validation', async () => {
    const response = await refused(ATTACKS.fragmentCycle);
    expect(response.status).toBe(400);
    expect(codesOf(response.body)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors![0].message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('directive overload: 60 directives are refused; 1,200 are stopped by the parser at the token limit', async () => {
    const overload = await refused(ATTACKS.directiveOverload);
    expectTooComplex(overload, 'maxDirectives');
    expect(overload.body.errors![0].extensions).toMatchObject({ measured: 60, maximum: 50 });
    const tokens = await refused(ATTACKS.tokenFlood);
    expect(tokens.status).toBe(400);
    expect(codesOf(tokens.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(tokens.body.errors![0].message).toMatch(/1000 tokens/);
  });

  it('page size through variables: first: $n counts at the value sent', async () => {
    const small = await gw.query(PAGED_BY_VARIABLE, { n: 5 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    const smallCost = (small.body.extensions!.cost as { requested: number }).requested;

    const large = await refused(PAGED_BY_VARIABLE, { n: 100 });
    expectTooComplex(large, 'maxCost');
    expect((large.body.extensions!.cost as { requested: number }).requested).toBeGreaterThan(100_000);
    expect((large.body.extensions!.cost as { requested: number }).requested).toBeGreaterThan(smallCost * 100);
  });

  it('100 × 100 × 100 fan-out is refused by cost', async () => {
    const response = await refused(ATTACKS.fanOut);
    expectTooComplex(response, 'maxCost');
    expect(response.body.errors![0].extensions!.measured).toBeGreaterThan(1_000_000);
  });

  it('a legitimate query still answers while 200 refused operations arrive at once', async () => {
    const kinds = Object.values(ATTACKS);
    const before = gw.work();
    const flood = Promise.all(range(200).map((i) => gw.query(kinds[i % kinds.length])));
    const legitimate = gw.query<{ articles: { nodes: unknown[] } }>(LEGITIMATE);
    const [refusals, answer] = await Promise.all([flood, legitimate]);

    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.articles.nodes).toHaveLength(3);
    const codes = new Set(refusals.flatMap((r) => codesOf(r.body)));
    expect([...codes].sort()).toEqual(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX']);
    expect(refusals.every((r) => r.status === 400 && r.body.data === undefined)).toBe(true);

    // Only the legitimate query did any work: the same as it costs alone.
    const during = { statements: gw.work().statements - before.statements, entityRequests: gw.work().entityRequests - before.entityRequests };
    const alone = gw.work();
    await gw.query(LEGITIMATE);
    expect(during).toEqual({ statements: gw.work().statements - alone.statements, entityRequests: gw.work().entityRequests - alone.entityRequests });

    // And afterwards the gateway still serves.
    const after = await gw.query(LEGITIMATE);
    expect(after.body.errors).toBeUndefined();
  });
});
