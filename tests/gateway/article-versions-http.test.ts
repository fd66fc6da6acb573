/**
 * Over HTTP, against the compiled gateway (`npm start` as shipped) on PostgreSQL and on the
 * SQLite default: editors' corrections survive re-ingest and are readable with their history;
 * an article is identified by its url; NUL characters and non-http(s) urls are clear
 * BAD_USER_INPUT errors that leave the stores untouched; search text with no words matches
 * nothing in every search.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';
import { dropSchema, TEST_DATABASE_URL } from '../helpers/test-services';

const EDITOR_KEY = 'versions-test-editor-key-5c2e81';

interface Answer {
  data?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- arbitrary response shapes
  errors?: { message: string; extensions?: { code?: string } }[];
}

const textOf = (firstSentence: string): string => `World

Diplomats meet in Lyon over the grain deal

LYON — ${firstSentence}

"We spoke for an hour," Kerry said.

"The grain must move before winter," Lavrov said.
`;

const ORIGINAL = textOf('Sergei Lavrov met John F. Kerry in Lyon on Tuesday, diplomats said.');
const REVISED = textOf('Sergei Lavrov met John F. Kerry in Lyon on Tuesday evening, after a delay, diplomats said.');

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { outcome article { id url byline publishedAt quotes { id text speakerName speaker { id name } } people { id name } } }
}`;
const CORRECT = `mutation ($input: CorrectQuoteSpeakerInput!) {
  correctQuoteSpeaker(input: $input) { id speakerName corrections { editor correctedAt before { speakerName } after { speakerName speaker { name } } } }
}`;
const ARTICLE = `query ($id: ID!) {
  node(id: $id) { ... on Article { url byline publishedAt
    quotes { id text speakerName attribution { method } corrections { editor after { speakerName } } }
    corrections { quoteText editor quote { id } before { speakerName } after { speakerName } } } }
}`;
const COUNTS = '{ articles { totalCount } people { totalCount } organizations { totalCount } }';

describe.each(['postgres', 'sqlite'] as const)('article versions over HTTP (%s)', (kind) => {
  const schema = `ng_versions_http_${process.pid}_${Date.now().toString(36)}`;
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-versions-http-'));
  let gateway: GatewayProcess;

  const post = async (query: string, variables: Record<string, unknown> = {}, key: string | null = EDITOR_KEY): Promise<Answer> => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  };
  const codes = (answer: Answer): (string | undefined)[] => (answer.errors ?? []).map((e) => e.extensions?.code);

  beforeAll(async () => {
    const env =
      kind === 'postgres'
        ? { DATABASE_URL: `${TEST_DATABASE_URL}?schema=${schema}`, ENTITY_DATABASE_URL: `${TEST_DATABASE_URL}?schema=${schema}` }
        : { DATABASE_URL: join(dir, 'news.db'), ENTITY_DATABASE_URL: join(dir, 'entities.db') };
    gateway = await startGatewayProcess({ ...env, API_KEYS: `${EDITOR_KEY}:editor`, GRAPHIQL: 'off' });
  }, 90_000);

  afterAll(async () => {
    await gateway?.stop();
    if (kind === 'postgres') await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps an editor’s correction when the article is re-ingested with a changed sentence, with its history', async () => {
    const url = 'https://news.example/lyon-grain';
    const created = await post(INGEST, { input: { text: ORIGINAL, url } });
    expect(created.errors).toBeUndefined();
    const article = created.data!.ingestArticle.article;
    const grain = article.quotes.find((q: { text: string }) => q.text.startsWith('The grain'));
    const kerry = article.people.find((p: { name: string }) => p.name.includes('Kerry'));
    expect(grain.speakerName).toMatch(/Lavrov/);

    const corrected = await post(CORRECT, { input: { quoteId: grain.id, speakerId: kerry.id } });
    expect(corrected.errors).toBeUndefined();
    const [correction] = corrected.data!.correctQuoteSpeaker.corrections;
    expect(correction.before.speakerName).toMatch(/Lavrov/);
    expect(correction.after.speaker.name).toBe(kerry.name);
    expect(correction.editor).toMatch(/^[0-9a-f]{12}$/);

    const again = await post(INGEST, { input: { text: REVISED, url } });
    expect(again.errors).toBeUndefined();
    expect(again.data!.ingestArticle.outcome).toBe('UPDATED');
    const read = await post(ARTICLE, { id: article.id }, null);
    expect(read.errors).toBeUndefined();
    const after = read.data!.node.quotes.find((q: { text: string }) => q.text.startsWith('The grain'));
    expect(after).toMatchObject({ id: grain.id, speakerName: kerry.name, attribution: { method: 'editor' } });
    expect(after.corrections).toEqual([{ editor: correction.editor, after: { speakerName: kerry.name } }]);
    expect(read.data!.node.corrections).toEqual([
      { quoteText: grain.text, editor: correction.editor, quote: { id: grain.id }, before: { speakerName: grain.speakerName }, after: { speakerName: kerry.name } },
    ]);
  });

  it('stores the same text under a new url as another article, and updates an article whose url comes with a corrected byline', async () => {
    const url = 'https://news.example/lyon-original';
    const text = textOf('Sergei Lavrov met John F. Kerry in Lyon again on Friday, diplomats said.');
    const first = await post(INGEST, { input: { text, url, byline: 'Ann Hale', publishedAt: '2024-05-03T09:00:00Z' } });
    const firstId = first.data!.ingestArticle.article.id;
    const mirror = await post(INGEST, { input: { text, url: 'https://mirror.example/lyon' } });
    expect(mirror.data!.ingestArticle.outcome).toBe('CREATED');
    expect(mirror.data!.ingestArticle.article.id).not.toBe(firstId);
    const original = await post(ARTICLE, { id: firstId }, null);
    expect(original.data!.node).toMatchObject({ url, byline: 'Ann Hale', publishedAt: '2024-05-03T09:00:00.000Z' });

    const rebylined = await post(INGEST, { input: { text, url, byline: 'Ann Hale and Piotr Nowak', publishedAt: '2024-05-03T09:00:00Z' } });
    expect(rebylined.data!.ingestArticle).toMatchObject({ outcome: 'UPDATED', article: { id: firstId, byline: 'Ann Hale and Piotr Nowak' } });
    const redated = await post(INGEST, { input: { text, url, byline: 'Ann Hale and Piotr Nowak', publishedAt: '2024-05-04T09:00:00Z' } });
    expect(redated.data!.ingestArticle).toMatchObject({ outcome: 'UPDATED', article: { publishedAt: '2024-05-04T09:00:00.000Z' } });
  });

  it('refuses NUL characters and non-http(s) urls with BAD_USER_INPUT, before any entity is created', async () => {
    const before = await post(COUNTS);
    // A text with people in it that no earlier article named: an ingest that got as far as
    // linking would create them.
    const fresh = `World\n\nA new envoy arrives\n\nGENEVA — Margarethe Vollenweider met Tobias Oyelaran-Smith of the Zorvanian Trade Council, officials said.\n\n"It went well," Vollenweider said.\n`;
    const refused = [
      { text: fresh, url: 'https://news.example/\u0000nul' },
      { text: fresh, url: 'https://news.example/nul', byline: 'Ann\u0000Hale' },
      { text: fresh, url: 'https://news.example/nul', section: 'World\u0000' },
      { text: fresh, url: 'javascript:alert(1)' },
      { text: fresh, url: 'ftp://news.example/file' },
      { text: fresh, url: 'news.example/no-scheme' },
    ];
    for (const input of refused) {
      const answer = await post(INGEST, { input });
      expect({ url: input.url, codes: codes(answer) }).toEqual({ url: input.url, codes: ['BAD_USER_INPUT'] });
    }
    expect((await post(COUNTS)).data).toEqual(before.data);

    // Read arguments with a NUL: a clear error, or nothing found; never INTERNAL_SERVER_ERROR.
    expect(codes(await post('{ articles(filter: { section: "World\\u0000" }) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    const bySlug = await post('{ article(slug: "lyon\\u0000") { id } }');
    expect([bySlug.data, bySlug.errors]).toEqual([{ article: null }, undefined]);
    const nulCursor = Buffer.from(JSON.stringify(['Kerry\u0000', 1])).toString('base64url');
    expect(codes(await post(`{ people(after: "${nulCursor}") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    for (const query of [
      '{ search(query: "kerry\\u0000") { __typename } }',
      '{ people(search: "kerry\\u0000") { totalCount } }',
      '{ quotes(filter: { search: "grain\\u0000" }) { totalCount } }',
    ]) {
      expect({ query, errors: (await post(query)).errors }).toEqual({ query, errors: undefined });
    }
  });

  it('answers search text with no words with nothing, in every search', async () => {
    const answer = await post(`{
      search(query: "!!! ???") { __typename }
      people(search: "!!! ???") { totalCount }
      organizations(search: "—") { totalCount }
      articles(filter: { search: "!!! ???" }) { totalCount }
      quotes(filter: { search: "!!! ???" }) { totalCount }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      search: [],
      people: { totalCount: 0 },
      organizations: { totalCount: 0 },
      articles: { totalCount: 0 },
      quotes: { totalCount: 0 },
    });
    // The same searches with a word do find things.
    const found = await post('{ search(query: "Kerry!") { __typename } people(search: "Kerry!") { totalCount } }');
    expect(found.data!.search.length).toBeGreaterThan(0);
    expect(found.data!.people.totalCount).toBeGreaterThan(0);
  });
});
