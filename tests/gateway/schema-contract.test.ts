import type { Viewer } from '../../src/auth/api-keys';
import { toGlobalId } from '../../src/ids';
import { buildNewsroom, type Newsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads arbitrary response shapes

describe('the contract schema over HTTP', () => {
  let gw: TestGateway;
  let room: Newsroom;
  const editor: Viewer = { role: 'editor', keyId: 'e', invalidKey: false };
  const reader: Viewer = { role: 'reader', keyId: 'r', invalidKey: false };

  beforeAll(async () => {
    gw = await startTestGateway({
      authenticate: (header) => (header === 'Bearer editor-key' ? editor : header === 'Bearer reader-key' ? reader : { role: null, keyId: null, invalidKey: false }),
    });
    room = await buildNewsroom(gw.store, gw.entities, 25);
  });
  afterAll(() => gw.close());

  const q = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => gw.query<Data>(query, variables, headers);

  it('node and nodes resolve all four types by opaque global id, in order, null for unknown', async () => {
    const quote = await q('{ quotes(first: 1) { nodes { id text } } }');
    const quoteId = quote.body.data!.quotes.nodes[0].id as string;
    const articleId = toGlobalId('Article', room.articleIds[3]);
    const personId = toGlobalId('Person', room.people[2].id);
    const orgId = toGlobalId('Organization', room.organizations[1].id);
    expect(articleId).not.toMatch(/Article/); // opaque
    const res = await q(
      `query($ids: [ID!]!, $one: ID!) {
        node(id: $one) { __typename id ... on Person { name } }
        nodes(ids: $ids) { __typename id ... on Article { headline } ... on Person { name } ... on Organization { name kind } ... on Quote { text } }
      }`,
      { one: personId, ids: [orgId, 'bm9wZQ', quoteId, articleId, personId, toGlobalId('Person', room.organizations[0].id)] },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.node).toEqual({ __typename: 'Person', id: personId, name: room.people[2].name });
    expect(res.body.data!.nodes).toEqual([
      { __typename: 'Organization', id: orgId, name: room.organizations[1].name, kind: 'LEGISLATURE' },
      null,
      { __typename: 'Quote', id: quoteId, text: quote.body.data!.quotes.nodes[0].text },
      { __typename: 'Article', id: articleId, headline: 'Day 3: a meeting at the Acme Corporation' },
      { __typename: 'Person', id: personId, name: room.people[2].name },
      null, // an organization's number under the Person type is not a person
    ]);
  });

  it('a missing nullable object is null with no error', async () => {
    const res = await q(`{ article(id: "${toGlobalId('Article', 999999)}") { id } person(id: "garbage") { id } quote(id: "${toGlobalId('Quote', 424242)}") { id } }`);
    expect(res.body).toEqual({ data: { article: null, person: null, quote: null } });
  });

  it('article by slug and by id agree', async () => {
    const res = await q('{ a: article(slug: "day-7-meeting") { id headline wordCount paragraphs { index } images { credit } } }');
    const id = res.body.data!.a.id;
    const again = await q(`{ b: article(id: "${id}") { id headline } }`);
    expect(again.body.data!.b).toEqual({ id, headline: res.body.data!.a.headline });
    expect(res.body.data!.a.paragraphs).toEqual([{ index: 0 }, { index: 1 }, { index: 2 }]);
    expect(res.body.data!.a.wordCount).toBeGreaterThan(15);
    expect(res.body.data!.a.images).toEqual([{ credit: 'Photo Desk' }]);
  });

  it('article with both or neither of id and slug is BAD_USER_INPUT', async () => {
    const res = await q('{ article { id } }');
    expect(res.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors![0].path).toEqual(['article']);
  });

  it('connections: default page of 20, cursors walk every item once, totalCount, pageInfo', async () => {
    const first = await q('{ articles { totalCount edges { cursor node { headline } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }');
    const conn = first.body.data!.articles;
    expect(conn.totalCount).toBe(25);
    expect(conn.edges).toHaveLength(20);
    expect(conn.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: conn.edges[0].cursor, endCursor: conn.edges[19].cursor });
    const rest = await q('query($after: String) { articles(first: 20, after: $after) { totalCount nodes { headline } pageInfo { hasNextPage hasPreviousPage } } }', {
      after: conn.pageInfo.endCursor,
    });
    expect(rest.body.data!.articles.nodes).toHaveLength(5);
    expect(rest.body.data!.articles.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const all = [...conn.edges.map((e: Data) => e.node.headline), ...rest.body.data!.articles.nodes.map((n: Data) => n.headline)];
    expect(new Set(all).size).toBe(25);
    expect(all[0]).toMatch(/^Day 24:/);
  });

  it.each([
    ['first above 100', '{ articles(first: 101) { totalCount } }'],
    ['negative first', '{ quotes(first: -1) { totalCount } }'],
    ['garbage cursor', '{ articles(after: "not-a-cursor") { totalCount } }'],
    ['garbage cursor on people', '{ people(after: "zzz") { totalCount } }'],
    ['wrong id type in a filter', `{ quotes(filter: { speaker: "${toGlobalId('Article', 1)}" }) { totalCount } }`],
  ])('%s is BAD_USER_INPUT', async (_name, query) => {
    const res = await q(query);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('filters articles by section, mention, quoted speaker, dates and search', async () => {
    const kerry = room.people[3];
    const res = await q(
      `query($m: [ID!], $s: ID) {
        bySection: articles(first: 100, filter: { section: "politics" }) { totalCount }
        byMention: articles(first: 100, filter: { mentions: $m }) { totalCount nodes { people { name } } }
        bySpeaker: articles(first: 100, filter: { quotedSpeaker: $s }) { totalCount }
        byDate: articles(filter: { publishedAfter: "2024-01-19T12:00:00Z", publishedBefore: "2024-01-22T12:00:00Z" }) { nodes { headline } }
        bySearch: articles(filter: { search: "item 12" }) { nodes { headline } }
      }`,
      { m: [toGlobalId('Person', kerry.id)], s: toGlobalId('Person', kerry.id) },
    );
    expect(res.body.errors).toBeUndefined();
    const d = res.body.data!;
    expect(d.bySection.totalCount).toBe(13);
    expect(d.byMention.totalCount).toBeGreaterThan(0);
    for (const n of d.byMention.nodes) expect(n.people.map((p: Data) => p.name)).toContain(kerry.name);
    expect(d.bySpeaker.totalCount).toBeGreaterThan(0);
    expect(d.byDate.nodes.map((n: Data) => n.headline.split(':')[0])).toEqual(['Day 21', 'Day 20', 'Day 19']);
    expect(d.bySearch.nodes.map((n: Data) => n.headline.split(':')[0])).toEqual(['Day 12']);
  });

  it('person → quotes and articles through connections; quotes(filter: { speaker }) agrees', async () => {
    const person = room.people[0];
    const id = toGlobalId('Person', person.id);
    const res = await q(
      `query($id: ID!) {
        person(id: $id) {
          name title roles { title organization { name } } affiliations { name }
          quotes(first: 2) { totalCount nodes { text speaker { id } article { headline } } pageInfo { hasNextPage } }
          articles(first: 3) { totalCount nodes { headline } }
        }
        quotes(first: 100, filter: { speaker: $id }) { totalCount nodes { text } }
      }`,
      { id },
    );
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data!.person;
    expect(p.name).toBe(person.name);
    expect(p.roles).toEqual([{ title: 'Role 0', organization: { name: 'Bureau of Weights' } }]);
    expect(p.affiliations).toEqual([{ name: 'Bureau of Weights' }]);
    expect(p.quotes.totalCount).toBe(res.body.data!.quotes.totalCount);
    expect(p.quotes.nodes).toHaveLength(2);
    for (const quote of p.quotes.nodes) expect(quote.speaker.id).toBe(id);
    expect(p.quotes.pageInfo.hasNextPage).toBe(p.quotes.totalCount > 2);
    expect(p.articles.nodes).toHaveLength(3);
  });

  it('quotes by organization are quotes by its members', async () => {
    const org = room.employers[0];
    const res = await q(`{ organization(id: "${toGlobalId('Organization', org.id)}") { name members { name } articles { totalCount } } quotes(first: 100, filter: { organization: "${toGlobalId('Organization', org.id)}" }) { totalCount nodes { speaker { affiliations { name } } } } }`);
    expect(res.body.errors).toBeUndefined();
    const d = res.body.data!;
    expect(d.organization.members.map((m: Data) => m.name).sort()).toEqual(['Person Number0', 'Person Number4']);
    expect(d.organization.articles.totalCount).toBe(0);
    const venue = await q(`{ organization(id: "${toGlobalId('Organization', room.venues[0].id)}") { members { name } articles(first: 100) { totalCount nodes { organizations { name } } } } }`);
    expect(venue.body.data!.organization.members).toEqual([]);
    expect(venue.body.data!.organization.articles.totalCount).toBe(7);
    for (const n of venue.body.data!.organization.articles.nodes) expect(n.organizations).toEqual([{ name: room.venues[0].name }]);
    expect(d.quotes.totalCount).toBeGreaterThan(0);
    for (const n of d.quotes.nodes) expect(n.speaker.affiliations).toEqual([{ name: org.name }]);
  });

  it('people and organizations list by name with search', async () => {
    const res = await q('{ people(first: 3, search: "number1") { totalCount nodes { name } } organizations { totalCount nodes { name } } }');
    expect(res.body.data!.people).toEqual({ totalCount: 1, nodes: [{ name: 'Person Number1' }] });
    expect(res.body.data!.organizations.totalCount).toBe(8);
    expect(res.body.data!.organizations.nodes.map((n: Data) => n.name).slice(0, 3)).toEqual(['Acme Corporation', 'Bureau of Weights', 'Daily Planet']);
  });

  it('search answers across types', async () => {
    const res = await q('{ search(query: "Acme", first: 10) { __typename ... on Organization { name } ... on Article { headline } } }');
    expect(res.body.errors).toBeUndefined();
    const types = res.body.data!.search.map((r: Data) => r.__typename);
    expect(types[0]).toBe('Organization');
    expect(types).toContain('Article');
    const quotes = await q('{ search(query: "fine result") { __typename } }');
    expect(quotes.body.data!.search.map((r: Data) => r.__typename)).toContain('Quote');
    const empty = await q('{ search(query: "   ") { __typename } }');
    expect(empty.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('mutations need an editor key: none is UNAUTHENTICATED, a reader key FORBIDDEN', async () => {
    const quote = (await q('{ quotes(first: 1) { nodes { id speaker { id } } } }')).body.data!.quotes.nodes[0];
    const mutation = `mutation($input: CorrectQuoteSpeakerInput!) { correctQuoteSpeaker(input: $input) { id speaker { name } attribution { method confidence } } }`;
    const input = { quoteId: quote.id, speakerId: toGlobalId('Person', room.people[7].id) };
    const anonymous = await q(mutation, { input });
    expect(anonymous.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const weak = await q(mutation, { input }, { authorization: 'Bearer reader-key' });
    expect(weak.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const unchanged = await q(`{ quote(id: "${quote.id}") { speaker { id } } }`);
    expect(unchanged.body.data!.quote.speaker.id).toBe(quote.speaker.id);
    const ok = await q(mutation, { input }, { authorization: 'Bearer editor-key' });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.correctQuoteSpeaker).toEqual({ id: quote.id, speaker: { name: room.people[7].name }, attribution: { method: 'editor', confidence: 1 } });
    const missing = await q(mutation, { input: { quoteId: toGlobalId('Quote', 987654) } }, { authorization: 'Bearer editor-key' });
    expect(missing.body.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('mentions carry the entity, offsets and provenance', async () => {
    const res = await q('{ article(slug: "day-2-meeting") { paragraphs { text } mentions { text paragraph start end method confidence entity { __typename ... on Person { name } ... on Organization { name } } } } }');
    const a = res.body.data!.article;
    expect(a.mentions).toHaveLength(4);
    for (const m of a.mentions) {
      expect(a.paragraphs[m.paragraph].text.slice(m.start, m.end)).toBe(m.text);
      expect(m.entity.name).toBe(m.text);
      expect(m).toMatchObject({ method: 'fixture', confidence: 1 });
    }
  });
});
