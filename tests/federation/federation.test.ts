import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { Loaders } from '../../src/loaders/loaders';
import { toGlobalId } from '../../src/ids';
import { buildNewsroom, type Newsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads arbitrary response shapes

/**
 * A second subgraph, as another team would write it: it extends our Article
 * and Person by their keys and knows nothing else about them.
 */
function socialSubgraph(trendingIds: string[]) {
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Article @key(fields: "id") { id: ID!  readingTimeMinutes: Int! }
    type Person @key(fields: "id") { id: ID!  followers: Int! }
    type Query { trending: [Article]! }
  `);
  const followers = (id: string): number => id.length * 100;
  const references: string[][] = [];
  const resolvers = {
    Query: { trending: () => trendingIds.map((id) => ({ __typename: 'Article', id })) },
    Article: {
      __resolveReference: (ref: { id: string }) => {
        references.push(['Article', ref.id]);
        return { id: ref.id };
      },
      readingTimeMinutes: (article: { id: string }) => (article.id.length % 5) + 1,
    },
    Person: {
      __resolveReference: (ref: { id: string }) => {
        references.push(['Person', ref.id]);
        return { id: ref.id };
      },
      followers: (person: { id: string }) => followers(person.id),
    },
  };
  return { schema: buildSubgraphSchema({ typeDefs, resolvers }), typeDefs, followers, references };
}

async function post(url: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: Data }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Data };
}

describe('the gateway as a Federation 2 subgraph', () => {
  let news: TestGateway;
  let room: Newsroom;
  const batches: [keyof Loaders, number][] = [];

  beforeAll(async () => {
    news = await startTestGateway({ observeBatch: (loader, size) => batches.push([loader, size]) });
    room = await buildNewsroom(news.store, news.entities, 6);
  });
  afterAll(() => news.close());

  it('answers _service { sdl } with @key on Article, Person, Organization and Quote', async () => {
    const res = await post(news.url, '{ _service { sdl } }');
    const sdl = res.body.data._service.sdl as string;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])');
    for (const type of ['Article', 'Person', 'Organization', 'Quote']) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Node[^{]*@key\\(fields: "id"\\)`));
    }
  });

  it('resolves _entities in representation order, null for unknown ids, one batch per loader', async () => {
    const article = toGlobalId('Article', room.articleIds[2]);
    const person = toGlobalId('Person', room.people[1].id);
    const org = toGlobalId('Organization', room.venues[0].id);
    const quotes = await post(news.url, `{ article(id: "${article}") { quotes { id text } } }`);
    const quote = quotes.body.data.article.quotes[0];
    batches.length = 0;
    const entitiesBefore = news.entities.requestCount;
    const res = await post(
      news.url,
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
         __typename
         ... on Article { headline } ... on Person { name } ... on Organization { name } ... on Quote { text }
      } }`,
      {
        reps: [
          { __typename: 'Person', id: person },
          { __typename: 'Article', id: article },
          { __typename: 'Article', id: toGlobalId('Article', 999999) },
          { __typename: 'Quote', id: quote.id },
          { __typename: 'Organization', id: org },
          { __typename: 'Person', id: org }, // an organization's id is not a person's
          { __typename: 'Article', id: toGlobalId('Article', room.articleIds[0]) },
          { __typename: 'Person', id: toGlobalId('Person', room.people[3].id) },
        ],
      },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data._entities).toEqual([
      { __typename: 'Person', name: room.people[1].name },
      { __typename: 'Article', headline: expect.stringMatching(/^Day 2/) },
      null,
      { __typename: 'Quote', text: quote.text },
      { __typename: 'Organization', name: room.venues[0].name },
      null,
      { __typename: 'Article', headline: expect.stringMatching(/^Day 0/) },
      { __typename: 'Person', name: room.people[3].name },
    ]);
    // Three article references and four entity references (three distinct ids): one batch each, one entity-service call.
    expect(batches).toEqual(expect.arrayContaining([['article', 3], ['entity', 3], ['quote', 1]]));
    expect(batches).toHaveLength(3);
    expect(news.entities.requestCount - entitiesBefore).toBe(1);
  });

  describe('composed with a second subgraph behind @apollo/gateway', () => {
    let social: ReturnType<typeof socialSubgraph>;
    let socialServer: ApolloServer;
    let router: ApolloServer;
    let routerUrl: string;
    let gateway: ApolloGateway;

    beforeAll(async () => {
      const trending = [toGlobalId('Article', room.articleIds[5]), toGlobalId('Article', 424242), toGlobalId('Article', room.articleIds[1])];
      social = socialSubgraph(trending);
      socialServer = new ApolloServer({ schema: social.schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
      const { url: socialUrl } = await startStandaloneServer(socialServer, { listen: { port: 0, host: '127.0.0.1' } });

      const ourSdl = (await post(news.url, '{ _service { sdl } }')).body.data._service.sdl as string;
      const composed = composeServices([
        { name: 'news', typeDefs: parse(ourSdl), url: news.url },
        { name: 'social', typeDefs: social.typeDefs, url: socialUrl },
      ]);
      if (composed.errors) throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
      gateway = new ApolloGateway({ supergraphSdl: composed.supergraphSdl, logger: quietLogger });
      router = new ApolloServer({ gateway });
      ({ url: routerUrl } = await startStandaloneServer(router, { listen: { port: 0, host: '127.0.0.1' } }));
    });
    afterAll(async () => {
      await router?.stop();
      await socialServer?.stop();
    });

    it('plans a query across both subgraphs and joins their data', async () => {
      const res = await post(
        routerUrl,
        `{ articles(first: 2) { nodes { id headline readingTimeMinutes people { id name followers } } } }`,
      );
      expect(res.body.errors).toBeUndefined();
      const nodes = res.body.data.articles.nodes as Data[];
      expect(nodes.map((n) => n.headline)).toEqual([expect.stringMatching(/^Day 5/), expect.stringMatching(/^Day 4/)]);
      for (const node of nodes) {
        expect(node.readingTimeMinutes).toBe((node.id.length % 5) + 1);
        expect(node.people).toHaveLength(3);
        for (const p of node.people) expect(p.followers).toBe(social.followers(p.id));
      }
      expect(nodes[0].people.map((p: Data) => p.name)).toEqual([room.people[5].name, room.people[6].name, room.people[7].name]);
    });

    it('resolves the other subgraph’s references to our articles, null where the id is unknown', async () => {
      const res = await post(routerUrl, '{ trending { headline section quotes { speaker { name followers } } } }');
      const trending = res.body.data.trending as (Data | null)[];
      expect(trending[0]).toMatchObject({ headline: expect.stringMatching(/^Day 5/) });
      expect(trending[1]).toBeNull();
      expect(trending[2]).toMatchObject({ headline: expect.stringMatching(/^Day 1/) });
      expect(trending[0]!.quotes[0].speaker).toEqual({ name: room.people[5].name, followers: social.followers(toGlobalId('Person', room.people[5].id)) });
    });
  });
});

const quietLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
