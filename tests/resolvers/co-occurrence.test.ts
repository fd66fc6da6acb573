import { buildNewsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

const PEOPLE = /* GraphQL */ `
  query ($first: Int) {
    people(first: $first) {
      nodes {
        name
        coMentioned(first: 3) { totalCount nodes { count entity { ... on Person { name } ... on Organization { name } } latestArticle { headline } } }
        quotedAlongside(first: 3) { totalCount nodes { count entity { ... on Person { name } } } }
      }
    }
    organizations(first: 3) { nodes { name coMentioned(first: 2) { nodes { count entity { ... on Person { name } } } } } }
  }
`;

// Arbitrary response shapes; the test checks the fields it names.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('Person.coMentioned, Person.quotedAlongside, Organization.coMentioned', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
    await buildNewsroom(gw.store, gw.entities, 6);
  });
  afterAll(() => gw.close());

  async function measure(first: number): Promise<{ data: Json; statements: number }> {
    const before = gw.store.statementCount;
    const response = await gw.query<Json>(PEOPLE, { first });
    expect(response.body.errors).toBeUndefined();
    return { data: response.body.data, statements: gw.store.statementCount - before };
  }

  it('answers who shares articles with whom, with counts and the newest shared article', async () => {
    const { data } = await measure(10);
    const withPairs = data.people.nodes.filter((p: Json) => p.coMentioned.totalCount > 0);
    expect(withPairs.length).toBeGreaterThan(1);
    for (const person of withPairs) {
      const counts = person.coMentioned.nodes.map((n: Json) => n.count);
      expect([...counts].sort((a: number, b: number) => b - a)).toEqual(counts);
      for (const node of person.coMentioned.nodes) {
        expect(node.entity.name).not.toBe(person.name);
        expect(node.latestArticle.headline).toMatch(/^Day \d+:/);
      }
    }
    expect(data.organizations.nodes.some((o: Json) => o.coMentioned.nodes.length > 0)).toBe(true);
  });

  it('costs the same statements for 2 people as for 10 (batched through the loaders)', async () => {
    const small = await measure(2);
    const large = await measure(10);
    expect(large.data.people.nodes.length).toBeGreaterThan(small.data.people.nodes.length);
    expect(large.statements).toBe(small.statements);
  });

  it('reads the store once per level of an operation, whatever the number of people', async () => {
    const statementsOf = async (query: string): Promise<number> => {
      const before = gw.store.statementCount;
      const response = await gw.query<Json>(query);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.people.nodes.length).toBeGreaterThan(1);
      return gw.store.statementCount - before;
    };
    // People come from the entity service; each pair field is one statement for every person, as is each article level below it.
    expect(await statementsOf('{ people(first: 10) { nodes { coMentioned(first: 3) { totalCount nodes { count } } } } }')).toBe(1);
    expect(await statementsOf('{ people(first: 10) { nodes { quotedAlongside(first: 3) { totalCount nodes { count } } } } }')).toBe(1);
    expect(await statementsOf('{ people(first: 10) { nodes { coMentioned(first: 3) { nodes { latestArticle { headline } } } } } }')).toBe(2);
    expect(await statementsOf('{ people(first: 10) { nodes { coMentioned(first: 3) { nodes { count } } quotedAlongside(first: 3) { nodes { count } } } } }')).toBe(2);
  });
});
