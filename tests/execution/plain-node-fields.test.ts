import { isObjectType, type GraphQLFieldResolver } from 'graphql';
import { buildGatewaySchema } from '../../src/graphql/gateway-schema';
import { toGlobalId } from '../../src/ids';
import { buildNewsroom, type Newsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

/*
 * Ids, a quote's kind and its attribution are read off the objects the resolvers answer
 * (resolvers/quote-node.ts, resolvers/entity-node.ts), with no resolver: per quote of a
 * front page only `speaker` and `source` are resolver calls.
 */

const FRONT_PAGE = /* GraphQL */ `
  query FrontPageAllKinds {
    articles(first: 5) {
      nodes {
        id
        people { id name }
        organizations { id name kind }
        quotes(kinds: [DIRECT, INDIRECT, MIXED]) {
          id text kind attribution { method }
          speaker { id name }
          source { ... on Person { id name } ... on Organization { id name } }
        }
      }
    }
  }
`;

interface Answer {
  articles: {
    nodes: {
      id: string;
      people: { id: string; name: string }[];
      organizations: { id: string; name: string; kind: string }[];
      quotes: { id: string; text: string; kind: string; attribution: { method: string } | null; speaker: { id: string; name: string } | null; source: { id: string; name: string } | null }[];
    }[];
  };
}

const schema = buildGatewaySchema();
const calls = new Map<string, number>();
for (const type of Object.values(schema.getTypeMap())) {
  if (!isObjectType(type) || type.name.startsWith('__')) continue;
  for (const field of Object.values(type.getFields())) {
    const resolve: GraphQLFieldResolver<unknown, unknown> | undefined = field.resolve;
    if (resolve === undefined) continue;
    const name = `${type.name}.${field.name}`;
    field.resolve = (...args) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return resolve(...args);
    };
  }
}

describe('node fields read off the answered objects', () => {
  let gw: TestGateway;
  let newsroom: Newsroom;

  beforeAll(async () => {
    gw = await startTestGateway();
    newsroom = await buildNewsroom(gw.store, gw.entities, 6);
  });
  afterAll(() => gw.close());

  it('has no resolver on ids, Quote.kind and Quote.attribution', () => {
    const fields = (name: string) => {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`no type ${name}`);
      return type.getFields();
    };
    for (const name of ['id', 'kind', 'attribution', 'text', 'cue']) expect(fields('Quote')[name].resolve).toBeUndefined();
    expect(fields('Person').id.resolve).toBeUndefined();
    expect(fields('Organization').id.resolve).toBeUndefined();
    // Near miss: fields that need the request's loaders keep their resolvers.
    expect(fields('Quote').speaker.resolve).toBeDefined();
    expect(fields('Quote').source.resolve).toBeDefined();
    expect(fields('Person').affiliations.resolve).toBeDefined();
  });

  it('answers global ids and enum names, and calls only speaker and source per quote', async () => {
    // The first two answers come through Apollo; the third from the known-operation lane.
    for (let send = 0; send < 3; send++) {
      calls.clear();
      const response = await gw.query<Answer>(FRONT_PAGE);
      expect(response.body.errors).toBeUndefined();
      const articles = response.body.data?.articles.nodes ?? [];
      expect(articles).toHaveLength(5);
      const quotes = articles.flatMap((a) => a.quotes);
      expect(quotes.length).toBeGreaterThan(0);
      const people = new Map(newsroom.people.map((p) => [toGlobalId('Person', p.id), p.name]));
      const venues = new Map(newsroom.venues.map((o) => [toGlobalId('Organization', o.id), o.name]));
      for (const article of articles) {
        for (const person of article.people) expect(people.get(person.id)).toBe(person.name);
        for (const organization of article.organizations) expect(venues.get(organization.id)).toBe(organization.name);
      }
      for (const quote of quotes) {
        expect(quote.id).toMatch(/^[A-Za-z0-9+/=_-]+$/);
        expect(quote.id).not.toMatch(/^\d+$/);
        expect(['DIRECT', 'INDIRECT', 'MIXED']).toContain(quote.kind);
        expect(quote.speaker).not.toBeNull();
        expect(people.get(quote.speaker?.id ?? '')).toBe(quote.speaker?.name);
        expect(quote.source).toEqual(quote.speaker);
      }
      const node = await gw.query<{ node: { id: string; text: string } | null }>('query($id: ID!) { node(id: $id) { id ... on Quote { text } } }', { id: quotes[0].id });
      expect(node.body.data?.node).toEqual({ id: quotes[0].id, text: quotes[0].text });
      const counted = Object.fromEntries([...calls].filter(([name]) => name !== 'Query.node'));
      expect(counted).toEqual({
        'Query.articles': 1,
        'Article.id': 5,
        'Article.people': 5,
        'Article.organizations': 5,
        'Article.quotes': 5,
        'Quote.speaker': quotes.length,
        'Quote.source': quotes.length,
      });
    }
  });
});
