import type { Viewer } from '../../src/auth/api-keys';
import type { OrganizationRecord, PersonRecord } from '../../src/records/entity-records';
import { toGlobalId } from '../../src/ids';
import type { ArticleDraft } from '../../src/records/article-records';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads arbitrary response shapes

const SOURCE = '... on Person { name } ... on Organization { name }';

/**
 * Quote kinds over HTTP: every quote-listing field answers direct quotations unless asked
 * for other kinds, so a client written before reported speech was stored sees what it saw.
 */
describe('quote kinds, cues and sources over HTTP', () => {
  let gw: TestGateway;
  let lavrov: PersonRecord;
  let ministry: OrganizationRecord;
  let recent: number;
  const editor: Viewer = { role: 'editor', keyId: 'e', invalidKey: false };

  beforeAll(async () => {
    gw = await startTestGateway({ authenticate: (header) => (header === 'Bearer editor-key' ? editor : { role: null, keyId: null, invalidKey: false }) });
    [ministry] = (await gw.entities.upsert([{ type: 'organization', name: 'Foreign Ministry', kind: 'GOVERNMENT_AGENCY', country: 'RU' }])) as OrganizationRecord[];
    [lavrov] = (await gw.entities.upsert([{ type: 'person', name: 'Sergey Lavrov', aliases: ['Lavrov'], title: 'Foreign Minister' }])) as PersonRecord[];
    const paragraphs = [
      '"We are ready," Lavrov said.',
      'Lavrov said Russia had agreed to the plan.',
      'He said the talks were "useful and frank."',
      'According to the ministry, the meeting will resume in May.',
    ];
    const span = (p: number, text: string) => ({ paragraph: p, start: paragraphs[p].indexOf(text), end: paragraphs[p].indexOf(text) + text.length, partial: false });
    const byLavrov = { speakerId: lavrov.id, speakerName: 'Lavrov', attribution: { method: 'fixture', confidence: 1 } };
    const draft = (n: number, quotes: ArticleDraft['quotes']): ArticleDraft => ({
      slug: `talks-${n}`,
      url: `https://news.example/talks-${n}`,
      headline: `Talks, day ${n}`,
      section: 'World',
      dateline: 'MOSCOW',
      byline: null,
      publishedAt: new Date(Date.UTC(2024, 2, n)).toISOString(),
      paragraphs,
      images: [],
      contentHash: `talks-${n}`,
      mentions: [],
      quotes,
    });
    await gw.store.saveArticle(draft(1, [{ ...span(0, 'We are ready,'), text: 'We are ready,', ...byLavrov, cue: 'said' }]));
    recent = (
      await gw.store.saveArticle(
        draft(2, [
          { ...span(0, 'We are ready,'), text: 'We are ready,', ...byLavrov, kind: 'direct', cue: 'said' },
          { ...span(1, 'Russia had agreed to the plan'), text: 'Russia had agreed to the plan', ...byLavrov, kind: 'indirect', cue: 'said' },
          { ...span(2, 'the talks were "useful and frank."'), text: 'the talks were "useful and frank."', ...byLavrov, kind: 'mixed', cue: 'said' },
          {
            ...span(3, 'the meeting will resume in May'),
            text: 'the meeting will resume in May',
            kind: 'indirect',
            cue: 'according to',
            speakerId: null,
            speakerName: 'the ministry',
            sourceOrganizationId: ministry.id,
            attribution: { method: 'organization:according-to', confidence: 0.8 },
          },
        ]),
      )
    ).id;
  });
  afterAll(() => gw.close());

  const q = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => gw.query<Data>(query, variables, headers);

  it('lists direct quotations by default, as before, and every kind when asked', async () => {
    const res = await q(`{
      article(slug: "talks-2") {
        headlineDerived
        quotes { kind text cue speaker { name } source { __typename ${SOURCE} } }
        all: quotes(kinds: [DIRECT, INDIRECT, MIXED]) { kind text cue speaker { name } source { __typename ${SOURCE} } }
        reported: quotes(kinds: [INDIRECT]) { text }
      }
    }`);
    expect(res.body.errors).toBeUndefined();
    const article = res.body.data!.article;
    expect(article.headlineDerived).toBe(false);
    const lavrovSource = { __typename: 'Person', name: 'Sergey Lavrov' };
    expect(article.quotes).toEqual([{ kind: 'DIRECT', text: 'We are ready,', cue: 'said', speaker: { name: 'Sergey Lavrov' }, source: lavrovSource }]);
    expect(article.all).toEqual([
      article.quotes[0],
      { kind: 'INDIRECT', text: 'Russia had agreed to the plan', cue: 'said', speaker: { name: 'Sergey Lavrov' }, source: lavrovSource },
      { kind: 'MIXED', text: 'the talks were "useful and frank."', cue: 'said', speaker: { name: 'Sergey Lavrov' }, source: lavrovSource },
      { kind: 'INDIRECT', text: 'the meeting will resume in May', cue: 'according to', speaker: null, source: { __typename: 'Organization', name: 'Foreign Ministry' } },
    ]);
    expect(article.reported).toEqual([{ text: 'Russia had agreed to the plan' }, { text: 'the meeting will resume in May' }]);
  });

  it('filters root quotes and a person’s quotes by kind, with counts for those kinds', async () => {
    const res = await q(
      `query ($person: ID!, $ministry: ID!) {
        direct: quotes { totalCount nodes { kind } }
        emptyFilter: quotes(filter: {}) { totalCount }
        nullKinds: quotes(filter: { kinds: null }) { totalCount }
        indirect: quotes(filter: { kinds: [INDIRECT] }) { totalCount nodes { text source { ${SOURCE} } } }
        every: quotes(filter: { kinds: [MIXED, INDIRECT, DIRECT] }) { totalCount }
        byLavrov: quotes(filter: { speaker: $person, kinds: [INDIRECT, MIXED] }) { totalCount }
        bySourcePerson: quotes(filter: { source: $person, kinds: [INDIRECT, MIXED] }) { totalCount }
        byMinistry: quotes(filter: { source: $ministry, kinds: [INDIRECT] }) { nodes { text cue speaker { name } } }
        ministryDirect: quotes(filter: { source: $ministry }) { totalCount }
        person(id: $person) {
          quotes { totalCount }
          reported: quotes(kinds: [INDIRECT, MIXED], first: 1) { totalCount nodes { kind } pageInfo { hasNextPage } }
        }
        quotedArticles: articles(filter: { quotedSpeaker: $person }) { totalCount }
      }`,
      { person: toGlobalId('Person', lavrov.id), ministry: toGlobalId('Organization', ministry.id) },
    );
    expect(res.body.errors).toBeUndefined();
    const d = res.body.data!;
    expect(d.direct).toEqual({ totalCount: 2, nodes: [{ kind: 'DIRECT' }, { kind: 'DIRECT' }] });
    expect([d.emptyFilter.totalCount, d.nullKinds.totalCount, d.every.totalCount, d.byLavrov.totalCount]).toEqual([2, 2, 5, 2]);
    expect(d.indirect).toEqual({
      totalCount: 2,
      nodes: [
        { text: 'Russia had agreed to the plan', source: { name: 'Sergey Lavrov' } },
        { text: 'the meeting will resume in May', source: { name: 'Foreign Ministry' } },
      ],
    });
    expect(d.bySourcePerson.totalCount).toBe(2);
    expect(d.byMinistry.nodes).toEqual([{ text: 'the meeting will resume in May', cue: 'according to', speaker: null }]);
    expect(d.ministryDirect.totalCount).toBe(0);
    expect(d.person.quotes.totalCount).toBe(2);
    expect(d.person.reported).toEqual({ totalCount: 2, nodes: [{ kind: 'INDIRECT' }], pageInfo: { hasNextPage: true } });
    expect(d.quotedArticles.totalCount).toBe(2);
  });

  it('answers the README example', async () => {
    const res = await q('{ quotes(filter: { kinds: [DIRECT, INDIRECT, MIXED] }) { nodes { kind text cue source { ... on Person { name } ... on Organization { name } } } } }');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.quotes.nodes).toHaveLength(5);
    expect(res.body.data!.quotes.nodes[3]).toEqual({ kind: 'INDIRECT', text: 'the meeting will resume in May', cue: 'according to', source: { name: 'Foreign Ministry' } });
  });

  it('refuses an empty list of kinds and an unknown kind, with a code', async () => {
    const root = await q('{ quotes(filter: { kinds: [] }) { totalCount } }');
    expect(root.body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['BAD_USER_INPUT', ['quotes']]]);
    const onArticle = await q('{ article(slug: "talks-2") { quotes(kinds: []) { text } } }');
    expect(onArticle.body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['BAD_USER_INPUT', ['article', 'quotes']]]);
    const onPerson = await q(`{ person(id: "${toGlobalId('Person', lavrov.id)}") { quotes(kinds: []) { totalCount } } }`);
    expect(onPerson.body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['BAD_USER_INPUT', ['person', 'quotes']]]);
    const article = await q(`{ quotes(filter: { source: "${toGlobalId('Article', recent)}" }) { totalCount } }`);
    expect(article.body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['BAD_USER_INPUT', ['quotes']]]);
    const unknown = await q('{ quotes(filter: { kinds: [HEARSAY] }) { totalCount } }');
    expect(unknown.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reads quote sources in the same entity batch as speakers', async () => {
    const cost = async (fields: string) => {
      const statements = gw.store.statementCount;
      const requests = gw.entities.requestCount;
      const res = await q(`{ articles { nodes { quotes(kinds: [DIRECT, INDIRECT, MIXED]) { ${fields} } } } }`);
      expect(res.body.errors).toBeUndefined();
      return [gw.store.statementCount - statements, gw.entities.requestCount - requests];
    };
    const speakers = await cost('speaker { name }');
    expect(speakers[1]).toBe(1);
    expect(await cost(`speaker { name } source { ${SOURCE} }`)).toEqual(speakers);
    expect(await cost(`source { ${SOURCE} }`)).toEqual(speakers);
  });

  it('resolves a quote and its source by global id, whatever its kind', async () => {
    const all = await q(`{ article(id: "${toGlobalId('Article', recent)}") { quotes(kinds: [INDIRECT]) { id } } }`);
    const id = all.body.data!.article.quotes[1].id as string;
    const res = await q(`{ node(id: "${id}") { ... on Quote { kind cue source { __typename } } } }`);
    expect(res.body.data).toEqual({ node: { kind: 'INDIRECT', cue: 'according to', source: { __typename: 'Organization' } } });
  });

  it('stores a text without a headline, with a headline made from its first sentence and the date of its date line', async () => {
    const text = [
      'Published March 5, 2024',
      '',
      'The harbor authority approved a new ferry schedule on Tuesday after months of complaints from island residents about missed connections.',
      '',
      '"This fixes the worst gaps," said Dana Whitlock, the authority\'s chair.',
    ].join('\n');
    const res = await q(
      'mutation ($text: String!) { ingestArticle(input: { text: $text }) { outcome article { slug headline headlineDerived publishedAt quotes { text } } } }',
      { text },
      { authorization: 'Bearer editor-key' },
    );
    expect(res.body.errors).toBeUndefined();
    const article = res.body.data!.ingestArticle.article;
    expect(article).toMatchObject({
      headline: 'The harbor authority approved a new ferry schedule on Tuesday after months of complaints from island residents about…',
      headlineDerived: true,
      publishedAt: '2024-03-05T00:00:00.000Z',
      quotes: [{ text: 'This fixes the worst gaps,' }],
    });
    expect(article.slug).toMatch(/^the-harbor-authority-approved-a-new-ferry-schedule-on-tuesday-after-months-of-[0-9a-f]{6}$/);
    const bySlug = await q(`{ article(slug: "${article.slug}") { headline } }`);
    expect(bySlug.body.data!.article.headline).toBe(article.headline);

    // A headline given with the text is the headline.
    const given = await q(
      'mutation ($text: String!) { ingestArticle(input: { text: $text, headline: "Ferry schedule approved", url: "https://news.example/ferry" }) { article { headline headlineDerived slug } } }',
      { text: `${text}\n\nThe schedule starts in June.` },
      { authorization: 'Bearer editor-key' },
    );
    expect(given.body.data!.ingestArticle.article).toMatchObject({ headline: 'Ferry schedule approved', headlineDerived: false, slug: expect.stringMatching(/^ferry-schedule-approved-[0-9a-f]{6}$/) });
  });
});
