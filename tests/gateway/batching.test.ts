import { buildNewsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

const FRONT_PAGE = /* GraphQL */ `
  query FrontPage($first: Int) {
    articles(first: $first) {
      nodes {
        headline
        people { name affiliations { name } }
        organizations { name }
        quotes { text speaker { name title } }
      }
    }
  }
`;

interface FrontPage {
  articles: {
    nodes: {
      headline: string;
      people: { name: string; affiliations: { name: string }[] }[];
      organizations: { name: string }[];
      quotes: { text: string; speaker: { name: string; title: string } | null }[];
    }[];
  };
}

/** SQL statements and entity-service requests one HTTP request costs. */
async function measure(gw: TestGateway, first: number) {
  const statements = gw.store.statementCount;
  const requests = gw.entities.requestCount;
  const response = await gw.query<FrontPage>(FRONT_PAGE, { first });
  return {
    response,
    statements: gw.store.statementCount - statements,
    entityRequests: gw.entities.requestCount - requests,
  };
}

describe('batching: the front page costs the same for 2 articles as for 20', () => {
  let gw: TestGateway;
  const batches: { loader: string; size: number }[] = [];

  beforeAll(async () => {
    gw = await startTestGateway({ observeBatch: (loader, size) => batches.push({ loader, size }) });
    await buildNewsroom(gw.store, gw.entities, 20);
  });
  afterAll(() => gw.close());

  it('answers the whole front page correctly', async () => {
    const { response } = await measure(gw, 20);
    expect(response.body.errors).toBeUndefined();
    const nodes = response.body.data!.articles.nodes;
    expect(nodes).toHaveLength(20);
    // newest first
    expect(nodes[0].headline).toMatch(/^Day 19:/);
    expect(nodes[19].headline).toMatch(/^Day 0:/);
    for (const article of nodes) {
      expect(article.people).toHaveLength(3);
      for (const person of article.people) expect(person.affiliations).toHaveLength(1);
      expect(article.organizations).toHaveLength(1);
      expect(article.quotes).toHaveLength(2);
      for (const quote of article.quotes) expect(quote.speaker?.name).toMatch(/^Person Number\d$/);
    }
    // speakers match the fixture: article "Day i" quotes Person Number(i%8) first
    const day5 = nodes.find((n) => n.headline.startsWith('Day 5:'))!;
    expect(day5.people.map((p) => p.name)).toEqual(['Person Number5', 'Person Number6', 'Person Number7']);
    expect(day5.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We agreed on item 5,', 'Person Number5'],
      ['a fine result 5.', 'Person Number6'],
    ]);
  });

  it('issues a bounded number of statements and entity requests, independent of the page size', async () => {
    const small = await measure(gw, 2);
    const large = await measure(gw, 20);
    expect(small.response.body.errors).toBeUndefined();
    expect(large.response.body.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
    // Store levels: the article page (with its count), then mentions and quotes.
    expect(large.statements).toBe(3);
    // Entity levels: people, organizations and speakers in one request, then affiliations.
    expect(large.entityRequests).toBe(small.entityRequests);
    expect(large.entityRequests).toBe(2);
    process.stdout.write(
      `front page: ${small.statements} statements / ${small.entityRequests} entity requests for 2 articles; ` +
        `${large.statements} / ${large.entityRequests} for 20\n`,
    );
  });

  it('sends each entity id once per request, in one batch per level', async () => {
    batches.length = 0;
    await measure(gw, 20);
    const entityBatches = batches.filter((b) => b.loader === 'entity');
    expect(entityBatches.length).toBeLessThanOrEqual(2);
    // 8 people and 4 venues at the first level, 4 employers at the second: each id asked once.
    expect(entityBatches.map((b) => b.size)).toEqual([12, 4]);
  });

  it('loads ahead what the page asks for however it is spelled (edges, fragments), and nothing it does not ask for', async () => {
    const spelledOtherwise = /* GraphQL */ `
      query FrontPage($first: Int) {
        articles(first: $first) {
          edges { node { ...Story } }
        }
      }
      fragment Story on Article {
        headline
        ... on Article { people { name affiliations { name } } organizations { name } }
        quotes { ...Said }
      }
      fragment Said on Quote { text speaker { name title } }
    `;
    const cost = async (query: string) => {
      const statements = gw.store.statementCount;
      const requests = gw.entities.requestCount;
      const response = await gw.query<Record<string, unknown>>(query, { first: 20 });
      expect(response.body.errors).toBeUndefined();
      return { data: response.body.data, statements: gw.store.statementCount - statements, entityRequests: gw.entities.requestCount - requests };
    };
    const plain = await cost(FRONT_PAGE);
    const other = await cost(spelledOtherwise);
    const otherNodes = (other.data as { articles: { edges: { node: unknown }[] } }).articles.edges.map((edge) => edge.node);
    expect(otherNodes).toEqual((plain.data as unknown as FrontPage).articles.nodes);
    expect([other.statements, other.entityRequests]).toEqual([3, 2]);

    // Headlines only: the page, no mentions, quotes or entities.
    const headlines = await cost('query Headlines($first: Int) { articles(first: $first) { nodes { headline } } }');
    expect([headlines.statements, headlines.entityRequests]).toEqual([1, 0]);
    // Quotes without speakers: the page and the quotes, no entity request.
    const quotes = await cost('query Quotes($first: Int) { articles(first: $first) { nodes { quotes { text } } } }');
    expect([quotes.statements, quotes.entityRequests]).toEqual([2, 0]);
  });
});
