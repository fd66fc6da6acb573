import type { Viewer } from '../../src/auth/api-keys';
import { HttpEntityService } from '../../src/entities/http-entity-service';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import type { ExecutorKind } from '../../src/config/request-settings';
import { toGlobalId } from '../../src/ids';
import { buildNewsroom, type Newsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';
import { closedPort } from '../helpers/closed-port';

/**
 * The same operations through a gateway with compiled execution (jit) and
 * one with graphql-js, over identical data: the whole HTTP answers (status,
 * content type, body with data, errors, paths, codes) must be identical.
 */

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

const editor: Viewer = { role: 'editor', keyId: 'e', invalidKey: false };
const authenticate = (header: string | undefined): Viewer =>
  header === 'Bearer editor-key' ? editor : { role: null, keyId: null, invalidKey: false };

async function answer(gw: TestGateway, op: Operation) {
  const response = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...op.headers },
    body: JSON.stringify({ query: op.query, variables: op.variables }),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), body: JSON.parse(await response.text()) as unknown };
}

/** Runs every operation on both gateways, in the same order (mutations keep them in step). */
async function expectSameAnswers(jit: TestGateway, js: TestGateway, operations: readonly Operation[]): Promise<void> {
  for (const op of operations) {
    const [fromJit, fromJs] = [await answer(jit, op), await answer(js, op)];
    expect({ op: op.name, ...fromJit }).toEqual({ op: op.name, ...fromJs });
  }
}

async function startPair(options: (kind: ExecutorKind) => Parameters<typeof startTestGateway>[0]): Promise<[TestGateway, TestGateway]> {
  return [await startTestGateway(options('jit')), await startTestGateway(options('graphql-js'))];
}


function contractOperations(room: Newsroom): Operation[] {
  const person = toGlobalId('Person', room.people[0].id);
  const org = toGlobalId('Organization', room.employers[0].id);
  const venue = toGlobalId('Organization', room.venues[0].id);
  const article = toGlobalId('Article', room.articleIds[3]);
  return [
    {
      name: 'front page',
      query: `query FrontPage($first: Int) { articles(first: $first) { totalCount nodes { id headline publishedAt section
        people { name affiliations { name } } organizations { name kind } quotes { text partial speaker { name title } } } } }`,
      variables: { first: 20 },
    },
    {
      name: 'node and nodes over every type, unknown and foreign ids',
      query: `query($ids: [ID!]!, $one: ID!) { node(id: $one) { __typename id ... on Person { name } }
        nodes(ids: $ids) { __typename id ... on Article { headline } ... on Person { name } ... on Organization { name kind } ... on Quote { text } } }`,
      variables: { one: person, ids: [org, 'bm9wZQ', toGlobalId('Quote', 1), article, person, toGlobalId('Person', room.organizations[0].id)] },
    },
    { name: 'missing nullable objects', query: `{ article(id: "${toGlobalId('Article', 999999)}") { id } person(id: "garbage") { id } quote(id: "${toGlobalId('Quote', 424242)}") { id } }` },
    { name: 'article by slug and id', query: `{ a: article(slug: "day-7-meeting") { id headline wordCount body paragraphs { index text } images { caption credit url } } b: article(id: "${article}") { slug } }` },
    { name: 'article without id or slug', query: '{ article { id } }' },
    { name: 'connections and page info', query: '{ articles { totalCount edges { cursor node { headline } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }' },
    { name: 'first above 100', query: '{ articles(first: 101) { totalCount } }' },
    { name: 'garbage cursor', query: '{ articles(after: "not-a-cursor") { totalCount } people(after: "zzz") { totalCount } }' },
    { name: 'wrong id type in a filter', query: `{ quotes(filter: { speaker: "${toGlobalId('Article', 1)}" }) { totalCount } }` },
    {
      name: 'article filters',
      query: `query($m: [ID!], $s: ID) {
        bySection: articles(first: 100, filter: { section: "politics" }) { totalCount }
        byMention: articles(first: 100, filter: { mentions: $m }) { totalCount nodes { people { name } } }
        bySpeaker: articles(first: 100, filter: { quotedSpeaker: $s }) { totalCount }
        byDate: articles(filter: { publishedAfter: "2024-01-19T12:00:00Z", publishedBefore: "2024-01-22T12:00:00Z" }) { nodes { headline } }
        bySearch: articles(filter: { search: "item 12" }) { nodes { headline } } }`,
      variables: { m: [person], s: person },
    },
    {
      name: 'person with quotes and articles',
      query: `query($id: ID!) { person(id: $id) { name title roles { title organization { name } } affiliations { name }
        quotes(first: 2) { totalCount nodes { text speaker { id } article { headline } } pageInfo { hasNextPage endCursor } }
        articles(first: 3) { totalCount nodes { headline } } }
        quotes(first: 100, filter: { speaker: $id }) { totalCount nodes { text } } }`,
      variables: { id: person },
    },
    {
      name: 'organizations, members, quotes by organization',
      query: `{ organization(id: "${org}") { name members { name } articles { totalCount } }
        venue: organization(id: "${venue}") { members { name } articles(first: 100) { totalCount nodes { organizations { name } } } }
        quotes(first: 100, filter: { organization: "${org}" }) { totalCount nodes { speaker { affiliations { name } } } } }`,
    },
    { name: 'people and organizations by name', query: '{ people(first: 3, search: "number1") { totalCount nodes { name } } organizations { totalCount nodes { name } } }' },
    { name: 'search union', query: '{ search(query: "Acme", first: 10) { __typename ... on Organization { name } ... on Article { headline } ... on Quote { text } } }' },
    { name: 'empty search', query: '{ search(query: "   ") { __typename } }' },
    {
      name: 'mentions with the entity union',
      query: '{ article(slug: "day-2-meeting") { mentions { text paragraph start end method confidence entity { __typename ... on Person { name } ... on Organization { name } } } } }',
    },
    {
      name: 'aliases, fragments, directives, __typename',
      query: `query($yes: Boolean!, $no: Boolean!) { __typename first: articles(first: 2) { ...Heads } second: articles(first: 1) @include(if: $yes) { ...Heads }
        third: articles(first: 1) @skip(if: $yes) { totalCount } quotes(first: 2) { nodes { text speaker @include(if: $no) { name } } } }
        fragment Heads on ArticleConnection { nodes { __typename headline } }`,
      variables: { yes: true, no: false },
    },
    { name: 'variable of the wrong type', query: 'query($first: Int) { articles(first: $first) { totalCount } }', variables: { first: 'many' } },
    { name: 'missing required variable', query: 'query($id: ID!) { person(id: $id) { name } }', variables: {} },
    { name: 'validation error', query: '{ articles { nope } }' },
    { name: 'parse error', query: '{ articles { ' },
    {
      name: 'mutation without a key',
      query: 'mutation($input: CorrectQuoteSpeakerInput!) { correctQuoteSpeaker(input: $input) { id } }',
      variables: { input: { quoteId: toGlobalId('Quote', 1), speakerId: toGlobalId('Person', room.people[7].id) } },
    },
    {
      name: 'mutation with an editor key',
      query: 'mutation($input: CorrectQuoteSpeakerInput!) { correctQuoteSpeaker(input: $input) { id speaker { name } attribution { method confidence } } }',
      variables: { input: { quoteId: toGlobalId('Quote', 1), speakerId: toGlobalId('Person', room.people[7].id) } },
      headers: { authorization: 'Bearer editor-key' },
    },
    {
      name: 'mutation on a missing quote',
      query: 'mutation($input: CorrectQuoteSpeakerInput!) { correctQuoteSpeaker(input: $input) { id } }',
      variables: { input: { quoteId: toGlobalId('Quote', 987654) } },
      headers: { authorization: 'Bearer editor-key' },
    },
  ];
}

describe('compiled execution answers exactly as graphql-js', () => {
  describe('the contract queries', () => {
    let jit: TestGateway;
    let js: TestGateway;
    let room: Newsroom;
    beforeAll(async () => {
      [jit, js] = await startPair((executor) => ({ executor, authenticate }));
      room = await buildNewsroom(jit.store, jit.entities, 25);
      await buildNewsroom(js.store, js.entities, 25);
    });
    afterAll(async () => {
      await jit.close();
      await js.close();
    });

    it('gives identical answers to every operation', async () => {
      await expectSameAnswers(jit, js, contractOperations(room));
    });

    it('gives the same answer again from the compiled-document cache', async () => {
      const op = contractOperations(room)[0];
      const first = await answer(jit, op);
      const again = await answer(jit, op);
      expect(again).toEqual(first);
      expect(first.status).toBe(200);
    });
  });

  describe('when the entity service is unreachable', () => {
    let jit: TestGateway;
    let js: TestGateway;
    beforeAll(async () => {
      const port = await closedPort();
      [jit, js] = await startPair((executor) => ({
        executor,
        entities: new HttpEntityService({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 300 }),
      }));
      for (const gw of [jit, js]) {
        const entities = SqliteEntityService.open(':memory:');
        await buildNewsroom(gw.store, entities, 3);
        await entities.close();
      }
    });
    afterAll(async () => {
      await jit.close();
      await js.close();
    });

    it('both give the articles with UPSTREAM_UNAVAILABLE at the same entity paths', async () => {
      const op = { name: 'front page, entity service down', query: '{ articles { nodes { headline people { name } organizations { name } quotes { text speaker { name } } } } }' };
      await expectSameAnswers(jit, js, [op]);
      const { body } = await answer(jit, op);
      expect(JSON.stringify(body)).toContain('UPSTREAM_UNAVAILABLE');
    });

    it('search answers with articles and quotes only, without errors', async () => {
      const op = { name: 'search, entity service down', query: '{ search(query: "meeting", first: 5) { __typename ... on Article { headline } ... on Quote { text } } }' };
      await expectSameAnswers(jit, js, [op]);
      const { body } = (await answer(jit, op)) as { body: { data: { search: { __typename: string }[] }; errors?: unknown } };
      expect(body.errors).toBeUndefined();
      expect(body.data.search.length).toBeGreaterThan(0);
      expect(body.data.search.every((hit) => hit.__typename === 'Article' || hit.__typename === 'Quote')).toBe(true);
    });
  });

  describe('when the store fails', () => {
    let jit: TestGateway;
    let js: TestGateway;
    beforeAll(async () => {
      [jit, js] = await startPair((executor) => ({ executor }));
      for (const gw of [jit, js]) {
        await buildNewsroom(gw.store, gw.entities, 2);
        await gw.store.close();
      }
    });
    afterAll(async () => {
      await jit.close();
      await js.close();
    });

    it('both mask the error the same way and propagate null the same way', async () => {
      const op = { name: 'store closed', query: '{ articles { totalCount } article(slug: "day-1-meeting") { headline } }' };
      await expectSameAnswers(jit, js, [op]);
      const { body } = await answer(jit, op);
      expect(body).toEqual({
        data: null,
        errors: [{ message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['articles'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
    });
  });
});
