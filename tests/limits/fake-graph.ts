import { ApolloServer } from '@apollo/server';
import { defaultFieldResolver, GraphQLFieldResolver } from 'graphql';
import { operationLimitsPlugin, parseOptionsFor } from '../../src/limits/limits-plugin';
import { OperationLimits } from '../../src/config/request-settings';
import { contractSchema } from './contract-schema';

type Row = Record<string, unknown>;

function connection(items: Row[]): Row {
  return {
    totalCount: items.length,
    nodes: items,
    edges: items.map((node, index) => ({ cursor: String(index), node })),
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
}

// One of each record, pointing at each other, so any query of the contract's shape resolves.
// Properties that are functions are called by graphql-js's default resolver.
const organization: Row = {
  __typename: 'Organization', id: 'O1', name: 'U.S. Department of State', aliases: ['State Department'],
  kind: 'GOVERNMENT', country: 'US',
  members: () => [person],
  articles: () => connection([article]),
};
const person: Row = {
  __typename: 'Person', id: 'P1', name: 'John Kerry', aliases: ['Kerry'], title: 'U.S. Secretary of State',
  roles: () => [{ title: 'Secretary of State', organization }],
  affiliations: () => [organization],
  articles: () => connection([article]),
  quotes: () => connection([quote]),
};
const quote: Row = {
  __typename: 'Quote', id: 'Q1', text: 'We will not be deterred.', speakerName: 'Kerry', paragraph: 2, partial: false,
  speaker: () => person,
  article: () => article,
};
const article: Row = {
  __typename: 'Article', id: 'A1', slug: 'kerry-lavrov-paris', headline: 'Kerry and Lavrov meet in Paris',
  section: 'World', dateline: 'PARIS', byline: 'A Reporter', publishedAt: '2014-03-30T12:00:00Z',
  body: 'Text.', wordCount: 1, paragraphs: [{ index: 0, text: 'Text.' }], images: [],
  people: () => [person],
  organizations: () => [organization],
  mentions: () => [{ text: 'Kerry', paragraph: 0, start: 0, end: 5, entity: person }],
  quotes: () => [quote],
};

const rootValue: Row = {
  node: () => article,
  nodes: ({ ids }: { ids: string[] }) => ids.map(() => article),
  article: () => article,
  articles: () => connection([article]),
  person: () => person,
  people: () => connection([person]),
  organization: () => organization,
  organizations: () => connection([organization]),
  quote: () => quote,
  quotes: () => connection([quote]),
  search: () => [article, person, organization, quote],
};

export interface SpiedServer {
  server: ApolloServer;
  /** How many fields any resolver resolved, since the server started. */
  resolvedFields(): number;
}

/**
 * A real ApolloServer over the contract's schema with the limits plugin, counting every field
 * resolved. Not started: call `server.start()`, or hand it to startStandaloneServer.
 */
export function createSpiedServer(limits: OperationLimits, options: { dangerouslyDisableValidation?: boolean } = {}): SpiedServer {
  let resolved = 0;
  const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
    resolved += 1;
    return defaultFieldResolver(source, args, context, info);
  };
  const server = new ApolloServer({
    schema: contractSchema(),
    rootValue,
    fieldResolver,
    parseOptions: parseOptionsFor(limits),
    plugins: [operationLimitsPlugin({ limits })],
    dangerouslyDisableValidation: options.dangerouslyDisableValidation,
  });
  return { server, resolvedFields: () => resolved };
}
