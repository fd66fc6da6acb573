/**
 * The SDK client against a running gateway over HTTP: each typed method, errors with their
 * codes, paths and partial data, the editor-only mutations, and automatic persisted queries.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { BAD_RESPONSE, NETWORK_ERROR, NewsgraphClient, NewsgraphError } from '../../sdk/client';
import { ApiKeyRegistry } from '../../src/auth/api-keys';
import { toGlobalId } from '../../src/ids';
import { buildNewsroom, type Newsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

const EDITOR_KEY = 'sdk-test-editor-key';
const READER_KEY = 'sdk-test-reader-key';
const SAMPLE_TEXT = readFileSync(path.join(__dirname, '..', '..', 'src', 'sample', 'kerry-lavrov-paris.txt'), 'utf8');

let gw: TestGateway;
let room: Newsroom;
let client: NewsgraphClient;

beforeAll(async () => {
  const keys = new ApiKeyRegistry([
    { key: EDITOR_KEY, role: 'editor' },
    { key: READER_KEY, role: 'reader' },
  ]);
  gw = await startTestGateway({ authenticate: (header) => keys.authenticate(header) });
  room = await buildNewsroom(gw.store, gw.entities, 3);
  client = new NewsgraphClient({ url: gw.url });
});

afterAll(() => gw.close());

const personId = (index: number): string => toGlobalId('Person', room.people[index].id);

/** The NewsgraphError a call rejects with (fails the test if it resolves). */
async function rejection(call: Promise<unknown>): Promise<NewsgraphError> {
  const outcome = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(NewsgraphError);
  return outcome as NewsgraphError;
}

describe('typed queries', () => {
  test('frontPage: newest first, with people and quotes', async () => {
    const { articles } = await client.frontPage({ first: 2 });
    expect(articles.totalCount).toBe(3);
    expect(articles.pageInfo.hasNextPage).toBe(true);
    expect(articles.nodes.map((article) => article.slug)).toEqual(['day-2-meeting', 'day-1-meeting']);
    const [newest] = articles.nodes;
    expect(newest.people?.map((person) => person.name)).toEqual(['Person Number2', 'Person Number3', 'Person Number4']);
    expect(newest.quotes.map((quote) => [quote.text, quote.speaker?.name, quote.partial])).toEqual([
      ['We agreed on item 2,', 'Person Number2', false],
      ['a fine result 2.', 'Person Number3', true],
    ]);
  });

  test('frontPage with no variables uses the operation default (10)', async () => {
    const { articles } = await client.frontPage();
    expect(articles.nodes).toHaveLength(3);
  });

  test('articleBySlug: the article in full, or null for an unknown slug', async () => {
    const { article } = await client.articleBySlug({ slug: 'day-0-meeting' });
    expect(article?.headline).toBe('Day 0: a meeting at the Ministry of Truth');
    expect(article?.paragraphs.map((paragraph) => paragraph.index)).toEqual([0, 1, 2]);
    expect(article?.organizations?.map((organization) => organization.name)).toEqual(['Ministry of Truth']);
    expect(await client.articleBySlug({ slug: 'no-such-article' })).toEqual({ article: null });
  });

  test('personWithQuotes and quotesBySpeaker agree, newest article first', async () => {
    const { person } = await client.personWithQuotes({ id: personId(1) });
    expect(person?.name).toBe('Person Number1');
    expect(person?.roles).toEqual([{ title: 'Role 1', organization: { id: expect.any(String), name: room.employers[1].name } }]);
    const texts = person?.quotes.nodes.map((quote) => quote.text);
    expect(texts).toEqual(['We agreed on item 1,', 'a fine result 0.']);
    const { quotes } = await client.quotesBySpeaker({ speaker: personId(1) });
    expect(quotes.totalCount).toBe(2);
    expect(quotes.nodes.map((quote) => quote.text)).toEqual(texts);
    expect(quotes.nodes.map((quote) => quote.article.slug)).toEqual(['day-1-meeting', 'day-0-meeting']);
    expect(quotes.nodes.map((quote) => quote.kind)).toEqual(['DIRECT', 'DIRECT']);
    const reported = await client.quotesBySpeaker({ speaker: personId(1), kinds: ['INDIRECT', 'MIXED'] });
    expect(reported.quotes.totalCount).toBe(0);
  });

  test('search returns a typed union', async () => {
    const { search } = await client.search({ query: 'Ministry' });
    const organization = search.find((result) => result.__typename === 'Organization');
    expect(organization).toMatchObject({ __typename: 'Organization', name: 'Ministry of Truth', kind: 'GOVERNMENT_AGENCY' });
  });
});

describe('errors', () => {
  test('a bad argument is a NewsgraphError with the code and path', async () => {
    const error = await rejection(client.frontPage({ first: 101 }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.path).toEqual(['articles']);
    expect(error.data).toBeNull();
    expect(error.errors).toHaveLength(1);
  });

  test('an error below a nullable field carries the partial data', async () => {
    const error = await rejection(client.personWithQuotes({ id: personId(0), first: 500 }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.path).toEqual(['person', 'quotes']);
    expect(error.data).toEqual({ person: null });
  });

  test('a mutation without a key is UNAUTHENTICATED, with a reader key FORBIDDEN', async () => {
    const input = { text: SAMPLE_TEXT };
    expect((await rejection(client.ingestArticle({ input }))).code).toBe('UNAUTHENTICATED');
    const reader = new NewsgraphClient({ url: gw.url, apiKey: READER_KEY });
    expect((await rejection(reader.ingestArticle({ input }))).code).toBe('FORBIDDEN');
  });

  test('no server is NETWORK_ERROR; a non-GraphQL answer is BAD_RESPONSE', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const offline = new NewsgraphClient({ url: `http://127.0.0.1:${port}/graphql` });
    expect((await rejection(offline.frontPage())).code).toBe(NETWORK_ERROR);
    const wrongPath = new NewsgraphClient({ url: gw.url.replace(/\/graphql$/, '/healthz') });
    const error = await rejection(wrongPath.frontPage());
    expect(error.code).toBe(BAD_RESPONSE);
    expect(error.status).toBe(200);
  });
});

describe('mutations with an editor key', () => {
  const editor = () => new NewsgraphClient({ url: gw.url, apiKey: EDITOR_KEY });

  test('ingestArticle creates the article once; the same URL again is UNCHANGED', async () => {
    const input = { text: SAMPLE_TEXT, url: 'https://news.example/kerry-lavrov-paris' };
    const created = await editor().ingestArticle({ input });
    expect(created.ingestArticle.outcome).toBe('CREATED');
    expect(created.ingestArticle.article.headline).toBe('U.S., Russian diplomats agree to work with Ukraine’s government');
    expect(created.ingestArticle.article.quotes.length).toBeGreaterThan(0);
    const again = await editor().ingestArticle({ input });
    expect(again.ingestArticle).toMatchObject({ outcome: 'UNCHANGED', article: { id: created.ingestArticle.article.id } });
    const { article } = await client.articleBySlug({ slug: created.ingestArticle.article.slug });
    expect(article?.id).toBe(created.ingestArticle.article.id);
  });

  test('correctQuoteSpeaker sets and clears the speaker', async () => {
    const { article } = await client.articleBySlug({ slug: 'day-0-meeting' });
    const quoteId = article!.quotes[0].id;
    const corrected = await editor().correctQuoteSpeaker({ input: { quoteId, speakerId: personId(5) } });
    expect(corrected.correctQuoteSpeaker).toMatchObject({ id: quoteId, speaker: { name: 'Person Number5' }, attribution: { method: 'editor' } });
    const cleared = await editor().correctQuoteSpeaker({ input: { quoteId, speakerId: null } });
    expect(cleared.correctQuoteSpeaker.speaker).toBeNull();
    // Both corrections are in the quote's history, with the editor's key id.
    expect(cleared.correctQuoteSpeaker.corrections.map((c) => [c.before.speakerName, c.after.speakerName])).toEqual([
      [article!.quotes[0].speakerName, 'Person Number5'],
      ['Person Number5', null],
    ]);
    expect(cleared.correctQuoteSpeaker.corrections.every((c) => /^[0-9a-f]{12}$/.test(c.editor ?? ''))).toBe(true);
  });

  test('mergeEntities answers the survivor; a reader key is refused with FORBIDDEN', async () => {
    const [kept, duplicate] = await gw.entities.upsert([
      { type: 'person', name: 'Ilse Marquardt' },
      { type: 'person', name: 'Ilse Markwardt' },
    ]);
    const input = { into: toGlobalId('Person', kept.id), from: [toGlobalId('Person', duplicate.id)] };
    const refused = await rejection(new NewsgraphClient({ url: gw.url, apiKey: READER_KEY }).mergeEntities({ input }));
    expect(refused.code).toBe('FORBIDDEN');
    const { mergeEntities } = await editor().mergeEntities({ input });
    expect(mergeEntities).toEqual({ __typename: 'Person', id: input.into, name: 'Ilse Marquardt', aliases: ['Ilse Markwardt'], title: null });
    const { person } = await client.personWithQuotes({ id: input.from[0] });
    expect(person?.id).toBe(input.into);
  });
});

describe('automatic persisted queries from the client', () => {
  test('the first call registers the query; later calls are one cacheable GET by hash', async () => {
    const sent: string[] = [];
    const recording: typeof fetch = (input, init) => {
      const url = new URL(String(input));
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { query?: string }) : {};
      sent.push(`${init?.method} ${url.searchParams.has('extensions') ? 'hash' : ''}${body.query ? 'text' : ''}`);
      return fetch(input, init);
    };
    const apq = new NewsgraphClient({ url: gw.url, fetch: recording, persistedQueries: true });
    const first = await apq.quotesBySpeaker({ speaker: personId(2), first: 5 });
    expect(sent).toEqual(['GET hash', 'POST text']);
    const second = await apq.quotesBySpeaker({ speaker: personId(2), first: 5 });
    expect(sent).toEqual(['GET hash', 'POST text', 'GET hash']);
    expect(second).toEqual(first);
    expect(first.quotes.totalCount).toBe(2);
  });

  test('errors arrive the same way by hash', async () => {
    const apq = new NewsgraphClient({ url: gw.url, persistedQueries: true });
    expect((await rejection(apq.frontPage({ first: 101 }))).code).toBe('BAD_USER_INPUT');
    expect((await rejection(apq.frontPage({ first: 101 }))).code).toBe('BAD_USER_INPUT');
  });
});
