import { buildNewsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

// Arbitrary response shapes; the test checks the fields it names.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const QUERY = /* GraphQL */ `
  query ($interval: TimelineInterval!, $from: DateTime!, $to: DateTime!) {
    people(first: 10) {
      nodes {
        name
        articles(first: 100) { totalCount }
        quotes(first: 100) { totalCount }
        mentionTimeline(interval: $interval, from: $from, to: $to) { start count }
        quoteTimeline(interval: $interval, from: $from, to: $to) { start count }
      }
    }
  }
`;

describe('Person.mentionTimeline and Person.quoteTimeline', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
    await buildNewsroom(gw.store, gw.entities, 8);
  });
  afterAll(() => gw.close());

  it('counts per period add up to the person’s articles and quotes, in one statement per timeline for the whole page', async () => {
    const before = gw.store.statementCount;
    const response = await gw.query<Json>(QUERY, { interval: 'MONTH', from: '2000-01-01T00:00:00Z', to: '2060-01-01T00:00:00Z' });
    expect(response.body.errors).toBeUndefined();
    const people = response.body.data.people.nodes;
    expect(people.length).toBeGreaterThan(1);
    const sum = (buckets: { count: number }[]): number => buckets.reduce((total, b) => total + b.count, 0);
    for (const person of people) {
      expect(person.mentionTimeline).toHaveLength(720);
      expect(person.mentionTimeline[0].start).toBe('2000-01-01T00:00:00.000Z');
      expect(sum(person.mentionTimeline)).toBe(person.articles.totalCount);
      expect(sum(person.quoteTimeline)).toBe(person.quotes.totalCount);
    }
    // people, articles, quotes, and one statement per timeline field for every person at once
    expect(gw.store.statementCount - before).toBeLessThanOrEqual(4 + 2);
  });

  it('reads the store once per timeline field, whatever the number of people', async () => {
    const statementsOf = async (fields: string): Promise<number> => {
      const before = gw.store.statementCount;
      const response = await gw.query<Json>(`query ($from: DateTime!, $to: DateTime!) { people(first: 10) { nodes { ${fields} } } }`, { from: '2000-01-01T00:00:00Z', to: '2060-01-01T00:00:00Z' });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.people.nodes.length).toBeGreaterThan(1);
      return gw.store.statementCount - before;
    };
    // People come from the entity service: the timelines are the only store reads.
    expect(await statementsOf('mentionTimeline(interval: MONTH, from: $from, to: $to) { count }')).toBe(1);
    expect(await statementsOf('quoteTimeline(interval: MONTH, from: $from, to: $to) { count }')).toBe(1);
    expect(await statementsOf('mentionTimeline(interval: MONTH, from: $from, to: $to) { count } quoteTimeline(interval: MONTH, from: $from, to: $to) { count }')).toBe(2);
  });

  it('refuses an empty or reversed range, and one of more than 1000 periods, with BAD_USER_INPUT', async () => {
    for (const variables of [
      { interval: 'DAY', from: '2024-02-01T00:00:00Z', to: '2024-01-01T00:00:00Z' },
      { interval: 'DAY', from: '2000-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z' },
    ]) {
      const response = await gw.query<Json>(QUERY, variables);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
