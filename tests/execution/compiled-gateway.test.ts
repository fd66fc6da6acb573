import { ApolloServer } from '@apollo/server';
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import pino from 'pino';
import { createCompiledGateway, type CompiledGateway } from '../../src/execution/compiled-gateway';
import { ConfigError } from '../../src/config/env-values';
import { loadConfig } from '../../src/config/config';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      hello: { type: GraphQLString, args: { name: { type: new GraphQLNonNull(GraphQLString) } }, resolve: (_root, args: { name: string }) => `hello ${args.name}` },
      other: { type: GraphQLString, resolve: () => 'other' },
    },
  }),
});

async function serverWith(gateway: CompiledGateway): Promise<ApolloServer> {
  const server = new ApolloServer({ gateway, logger: pino({ level: 'silent' }) });
  await server.start();
  return server;
}

async function run(server: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, result: response.body.singleResult };
}

describe('createCompiledGateway', () => {
  it('compiles a document once and runs it compiled after that', async () => {
    const gateway = createCompiledGateway(schema, { logger: pino({ level: 'silent' }) });
    const server = await serverWith(gateway);
    try {
      for (const name of ['a', 'b', 'c']) {
        expect((await run(server, 'query($n: String!) { hello(name: $n) }', { n: name })).result.data).toEqual({ hello: `hello ${name}` });
      }
      expect(gateway.stats()).toEqual({ compiledDocuments: 1, compiledRuns: 3, graphqlJsRuns: 0 });
    } finally {
      await server.stop();
    }
  });

  it('lets graphql-js answer variables that do not coerce, as a 400 BAD_USER_INPUT', async () => {
    const gateway = createCompiledGateway(schema, { logger: pino({ level: 'silent' }) });
    const server = await serverWith(gateway);
    try {
      const { status, result } = await run(server, 'query($n: String!) { hello(name: $n) }', {});
      expect(status).toBe(400);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(gateway.stats().graphqlJsRuns).toBe(1);
    } finally {
      await server.stop();
    }
  });

  it('keeps at most cacheSize compiled documents', async () => {
    const gateway = createCompiledGateway(schema, { logger: pino({ level: 'silent' }), cacheSize: 1 });
    const server = await serverWith(gateway);
    try {
      await run(server, '{ other }');
      await run(server, '{ hello(name: "x") }');
      await run(server, '{ other }');
      expect(gateway.stats().compiledDocuments).toBe(3);
    } finally {
      await server.stop();
    }
  });
});

describe('EXECUTOR', () => {
  it('defaults to jit, accepts graphql-js, refuses anything else naming the variable', () => {
    expect(loadConfig({}).executor).toBe('jit');
    expect(loadConfig({ EXECUTOR: 'graphql-js' }).executor).toBe('graphql-js');
    expect(() => loadConfig({ EXECUTOR: 'fast' }).executor).toThrow(ConfigError);
    expect(() => loadConfig({ EXECUTOR: 'fast' }).executor).toThrow(/^EXECUTOR: /);
  });
});
