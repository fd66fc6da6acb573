import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, buildClientSchema, buildSchema, getIntrospectionQuery, introspectionFromSchema, lexicographicSortSchema, printSchema, type GraphQLObjectType, type IntrospectionQuery } from 'graphql';
import { withoutFederation } from '../../src/federation/subgraph-schema';
import { printGatewaySchema } from '../../src/graphql/gateway-schema';
import { startTestGateway } from '../helpers/test-gateway';

const committed = () => readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8');

describe('schema/schema.graphql', () => {
  it('is up to date with the type-graphql classes (run `npm run schema` if this fails)', () => {
    expect(committed()).toBe(printGatewaySchema());
  });

  it('matches what the running gateway introspects', async () => {
    const gw = await startTestGateway();
    try {
      const res = await gw.query<IntrospectionQuery>(getIntrospectionQuery());
      // The gateway serves a Federation subgraph: its plumbing (_service, _entities, …) is not part of the client schema.
      const served = printSchema(lexicographicSortSchema(buildASTSchema(withoutFederation(printSchema(buildClientSchema(res.body.data!))))));
      // Introspection cannot carry schema directives; compare what it can express.
      const expected = printSchema(lexicographicSortSchema(buildClientSchema(introspectSdl(committed()))));
      expect(served).toBe(expected);
    } finally {
      await gw.close();
    }
  });

  it('keeps the names clients rely on', () => {
    const sdl = committed();
    for (const needle of [
      'interface Node',
      'type Article implements Node',
      'people: [Person!]',
      'organizations: [Organization!]',
      'union Entity = Organization | Person',
      'union SearchResult = Article | Organization | Person | Quote',
      'articles(after: String, filter: ArticleFilter, first: Int): ArticleConnection!',
      'speaker: Person',
      'source: Entity',
      'cue: String',
      'kind: QuoteKind!',
      'enum QuoteKind',
      'nodes(ids: [ID!]!): [Node]!',
    ]) {
      expect(sdl).toContain(needle);
    }
    // Article.quotes keeps its type; its `kinds` argument is optional, with the default that keeps old answers.
    const schema = buildSchema(sdl);
    const quotes = (schema.getType('Article') as GraphQLObjectType).getFields().quotes;
    expect(String(quotes.type)).toBe('[Quote!]!');
    expect(quotes.args.map((a) => [a.name, String(a.type), a.defaultValue])).toEqual([['kinds', '[QuoteKind!]', ['DIRECT']]]);
  });
});

function introspectSdl(sdl: string): IntrospectionQuery {
  return introspectionFromSchema(buildSchema(sdl));
}
