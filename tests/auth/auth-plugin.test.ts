import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSchema } from 'graphql';
import { AccessPolicy, ApiKeyRegistry, Viewer } from '../../src/auth/api-keys';
import { operationAuthPlugin } from '../../src/auth/auth-plugin';
import { loadConfig } from '../../src/config/config';

interface Context {
  viewer: Viewer;
}

const registry = new ApiKeyRegistry(loadConfig({ API_KEYS: 'reader-key-1:reader,editor-key-1:editor' }).apiKeys);

interface Answer {
  status: number;
  wwwAuthenticate: string | null;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** A real HTTP server whose context carries the viewer, as the gateway's does; counts resolver calls. */
async function startServer(policy: AccessPolicy, refuseInvalidKeys = false) {
  let resolverCalls = 0;
  const server = new ApolloServer<Context>({
    schema: buildSchema('type Query { headline: String } type Mutation { ingestArticle(text: String!): String }'),
    rootValue: {
      headline: () => ((resolverCalls += 1), 'Kerry and Lavrov meet in Paris'),
      ingestArticle: () => ((resolverCalls += 1), 'ingested'),
    },
    plugins: [operationAuthPlugin<Context>({ policy, viewerOf: (context) => context.viewer, refuseInvalidKeys })],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ viewer: registry.authenticate(req.headers.authorization) }),
  });
  const post = async (query: string, key?: string): Promise<Answer> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key !== undefined) headers.authorization = key;
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
    return { status: response.status, wwwAuthenticate: response.headers.get('www-authenticate'), body: (await response.json()) as Answer['body'] };
  };
  return { server, post, resolverCalls: () => resolverCalls };
}

const MUTATION = 'mutation { ingestArticle(text: "PARIS — …") }';
const QUERY = '{ headline }';

describe('operation auth plugin over HTTP', () => {
  describe('with reads open (the default)', () => {
    let running: Awaited<ReturnType<typeof startServer>>;
    beforeAll(async () => {
      running = await startServer({ requireKeyForReads: false });
    });
    afterAll(async () => {
      await running.server.stop();
    });

    it('refuses a mutation without a key: 401, UNAUTHENTICATED, no resolver run', async () => {
      const before = running.resolverCalls();
      const answer = await running.post(MUTATION);
      expect(answer.status).toBe(401);
      expect(answer.wwwAuthenticate).toBe('Bearer');
      expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(answer.body.data).toBeUndefined();
      expect(running.resolverCalls()).toBe(before);
    });

    it('refuses a mutation with an unknown key: 401, UNAUTHENTICATED', async () => {
      const answer = await running.post(MUTATION, 'Bearer guessed-key');
      expect(answer.status).toBe(401);
      expect(answer.body.errors?.[0].message).toMatch(/The API key sent is not valid/);
    });

    it('refuses a mutation with a reader key: 403, FORBIDDEN, no resolver run', async () => {
      const before = running.resolverCalls();
      const answer = await running.post(MUTATION, 'Bearer reader-key-1');
      expect(answer.status).toBe(403);
      expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(running.resolverCalls()).toBe(before);
    });

    it('runs a mutation with an editor key', async () => {
      const answer = await running.post(MUTATION, 'Bearer editor-key-1');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { ingestArticle: 'ingested' } });
    });

    it('answers reads without a key, and with an invalid one', async () => {
      expect((await running.post(QUERY)).body).toEqual({ data: { headline: 'Kerry and Lavrov meet in Paris' } });
      expect((await running.post(QUERY, 'Bearer guessed-key')).status).toBe(200);
    });
  });

  describe('with REQUIRE_KEY_FOR_READS and refuseInvalidKeys', () => {
    let running: Awaited<ReturnType<typeof startServer>>;
    beforeAll(async () => {
      running = await startServer({ requireKeyForReads: true }, true);
    });
    afterAll(async () => {
      await running.server.stop();
    });

    it('refuses a read without a key, and one with a malformed header', async () => {
      expect((await running.post(QUERY)).status).toBe(401);
      const malformed = await running.post(QUERY, 'reader-key-1');
      expect(malformed.status).toBe(401);
      expect(malformed.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('answers a read with a reader key', async () => {
      const answer = await running.post(QUERY, 'Bearer reader-key-1');
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ headline: 'Kerry and Lavrov meet in Paris' });
    });
  });
});
