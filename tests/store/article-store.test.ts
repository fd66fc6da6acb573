import { ARTICLE_CAPS } from '../../src/store/article-caps';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { InvalidInputError } from '../../src/errors';
import type { ArticleStore } from '../../src/store/article-store';
import { openArticleStore } from '../../src/store/open-article-store';
import { PostgresArticleStore } from '../../src/store/postgres-article-store';
import type { ArticleDraft, ArticleRecord, Page, QuoteRecord } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { TEST_DATABASE_URL } from '../helpers/test-services';


/** A fresh, empty store and a way to make the database itself fail mid-transaction. */
interface Backend {
  open(): Promise<ArticleStore>;
  /** From then on, inserting or updating a quote whose text is BOOM fails inside the database. */
  injectQuoteFailure(): Promise<void>;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
  const file = join(dir, 'nested', 'news.db');
  return {
    open: async () => SqliteArticleStore.open(file),
    injectQuoteFailure: async () => {
      const db = new Database(file);
      db.exec(`CREATE TRIGGER boom_insert BEFORE INSERT ON quotes WHEN NEW.text = 'BOOM'
                 BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;
               CREATE TRIGGER boom_update BEFORE UPDATE ON quotes WHEN NEW.text = 'BOOM'
                 BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;`);
      db.close();
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

let schemaSerial = 0;
function postgresBackend(): Backend {
  const schema = `ng_store_test_${process.pid}_${Date.now().toString(36)}_${schemaSerial++}`;
  const withClient = async (sql: string): Promise<void> => {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    open: () => PostgresArticleStore.open(TEST_DATABASE_URL, { schema }),
    injectQuoteFailure: () =>
      withClient(`
        CREATE FUNCTION ${schema}.boom() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN IF NEW.text = 'BOOM' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER boom BEFORE INSERT OR UPDATE ON ${schema}.quotes FOR EACH ROW EXECUTE FUNCTION ${schema}.boom();`),
    cleanup: () => withClient(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
  };
}

let serial = 0;
const BASE_TIME = Date.parse('2020-01-01T00:00:00.000Z');
/** An ISO time `minutes` after a fixed base. */
function at(minutes: number): string {
  return new Date(BASE_TIME + minutes * 60_000).toISOString();
}

function draft(overrides: Partial<ArticleDraft> = {}): ArticleDraft {
  serial++;
  return {
    slug: `story-${serial}`,
    url: `https://news.example/${serial}`,
    headline: `Story number ${serial}`,
    section: 'World',
    dateline: 'PARIS',
    byline: 'By A. Reporter',
    publishedAt: at(serial),
    paragraphs: [`Kerry met Lavrov in Paris on day ${serial}.`, '"We agreed on nothing," Kerry said.'],
    images: [],
    contentHash: `hash-${serial}-${Math.random()}`,
    mentions: [],
    quotes: [],
    ...overrides,
  };
}

function mention(entityId: number, entityType: 'person' | 'organization' = 'person'): ArticleDraft['mentions'][number] {
  return { entityId, entityType, text: 'Kerry', paragraph: 0, start: 0, end: 5, method: 'exact-name', confidence: 0.9 };
}

function quote(speakerId: number | null, text = 'We agreed on nothing'): ArticleDraft['quotes'][number] {
  return {
    text,
    speakerId,
    speakerName: speakerId === null ? null : `Speaker ${speakerId}`,
    paragraph: 1,
    start: 1,
    end: 21,
    partial: false,
    attribution: speakerId === null ? null : { method: 'said-verb-after', confidence: 0.8 },
  };
}

async function save(store: ArticleStore, d: ArticleDraft): Promise<number> {
  const { id, outcome } = await store.saveArticle(d);
  expect(outcome).toBe('created');
  return id;
}

/**
 * Asserts that `promise` rejects with a message matching `pattern`.
 *
 * Not `.rejects.toThrow()`: jest loads a native addon once per worker process,
 * and better-sqlite3 builds its SqliteError with the constructor given by the
 * FIRST test file that loaded it there. In any later file of the same worker
 * (with `npm test` on a 2-core machine, every file runs in one process) that
 * error is not an `Error` of this file's realm, and `.rejects.toThrow()` then
 * reports "Received function did not throw" although the call rejected.
 */
async function expectRejection(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  await expect(promise).rejects.toHaveProperty('message', expect.stringMatching(pattern));
}

/** The statements one call runs. */
async function statementsFor(store: ArticleStore, call: () => Promise<unknown>): Promise<number> {
  const before = store.statementCount;
  await call();
  return store.statementCount - before;
}

const ids = (page: Page<ArticleRecord>): number[] => page.rows.map((r) => r.node.id);
const quoteIds = (page: Page<QuoteRecord>): number[] => page.rows.map((r) => r.node.id);

/** Newest first: (published or ingest time DESC, id DESC). */
function newestFirst(records: ArticleRecord[]): number[] {
  const time = (a: ArticleRecord): number => Date.parse(a.publishedAt ?? a.ingestedAt);
  return [...records].sort((a, b) => time(b) - time(a) || b.id - a.id).map((a) => a.id);
}

/** Every page of a listing, following positions. */
async function walk<T>(fetchPage: (after: string | null) => Promise<Page<T>>): Promise<Page<T>[]> {
  const pages: Page<T>[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    pages.push(page);
    if (!page.hasNextPage) return pages;
    after = page.rows[page.rows.length - 1].position;
  }
}

describe.each([
  ['sqlite', sqliteBackend],
  ['postgres', postgresBackend],
])('%s article store', (kind, makeBackend) => {
  let backend: Backend;
  let store: ArticleStore;

  beforeEach(async () => {
    backend = makeBackend();
    store = await backend.open();
  });

  afterEach(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('reports its kind, answers ping and counts articles, one statement each', async () => {
    expect(store.kind).toBe(kind);
    expect(await statementsFor(store, () => store.ping())).toBe(1);
    expect(await store.countArticles()).toBe(0);
    await save(store, draft());
    expect(await store.countArticles()).toBe(1);
  });

  it('stores an article with all its fields, mentions and quotes, and reads it back', async () => {
    const input = draft({
      slug: 'kerry-lavrov-paris',
      url: 'https://news.example/kerry-lavrov',
      headline: 'Kerry and Lavrov meet in Paris',
      section: 'World',
      dateline: 'PARIS',
      byline: 'By Paul Richter',
      publishedAt: '2014-03-30T12:00:00Z',
      paragraphs: ['Kerry met Lavrov.', '"We talked," Lavrov said.', 'A third paragraph.'],
      images: [
        { caption: 'The two ministers', credit: 'AP', url: 'https://img.example/1.jpg' },
        { caption: null, credit: null, url: null },
      ],
      contentHash: 'sha256-roundtrip',
      mentions: [
        { entityId: 7, entityType: 'person', text: 'Lavrov', paragraph: 0, start: 10, end: 16, method: 'surname', confidence: 0.7 },
        { entityId: 5, entityType: 'person', text: 'Kerry', paragraph: 0, start: 0, end: 5, method: 'exact-name', confidence: 0.95 },
        { entityId: 9, entityType: 'organization', text: 'ministers', paragraph: 2, start: 2, end: 7, method: 'alias', confidence: 0.5 },
      ],
      quotes: [
        { text: 'We talked', speakerId: 7, speakerName: 'Lavrov', paragraph: 1, start: 1, end: 10, partial: false, attribution: { method: 'said-verb-after', confidence: 0.9 } },
        { text: 'third', speakerId: null, speakerName: null, paragraph: 2, start: 2, end: 7, partial: true, attribution: null },
        {
          kind: 'indirect',
          text: 'a third paragraph',
          cue: 'according to',
          sourceOrganizationId: 9,
          speakerId: null,
          speakerName: 'the ministers',
          paragraph: 2,
          start: 0,
          end: 17,
          partial: false,
          attribution: { method: 'organization:according-to', confidence: 0.8 },
        },
      ],
    });
    const id = await save(store, input);

    const [article] = await store.getArticles([id]);
    expect(article).toEqual({
      id,
      slug: 'kerry-lavrov-paris',
      url: 'https://news.example/kerry-lavrov',
      headline: 'Kerry and Lavrov meet in Paris',
      headlineDerived: false,
      section: 'World',
      dateline: 'PARIS',
      byline: 'By Paul Richter',
      publishedAt: '2014-03-30T12:00:00.000Z',
      paragraphs: input.paragraphs,
      images: input.images,
      contentHash: 'sha256-roundtrip',
      ingestedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(await store.getArticlesBySlug(['kerry-lavrov-paris'])).toEqual([article]);

    const [mentions] = await store.mentionsByArticle([id]);
    // Reading order: by paragraph, then offset.
    expect(mentions.map((m) => [m.entityId, m.entityType, m.text, m.paragraph, m.start, m.end, m.method, m.confidence])).toEqual([
      [5, 'person', 'Kerry', 0, 0, 5, 'exact-name', 0.95],
      [7, 'person', 'Lavrov', 0, 10, 16, 'surname', 0.7],
      [9, 'organization', 'ministers', 2, 2, 7, 'alias', 0.5],
    ]);
    expect(mentions.every((m) => m.articleId === id && Number.isInteger(m.id))).toBe(true);

    const [quotes] = await store.quotesByArticle([id]);
    // A draft quote without kind, cue or source organization is a direct quotation with neither.
    const direct = { kind: 'direct', cue: null, sourceOrganizationId: null };
    expect(quotes).toEqual([
      { id: expect.any(Number), articleId: id, position: 0, ...direct, ...input.quotes[0] },
      { id: expect.any(Number), articleId: id, position: 1, ...direct, ...input.quotes[1] },
      { id: expect.any(Number), articleId: id, position: 2, ...input.quotes[2] },
    ]);
    expect(await store.getQuotes([quotes[1].id, quotes[2].id, quotes[0].id])).toEqual([quotes[1], quotes[2], quotes[0]]);

    // A derived headline is stored as such, and an update can change it.
    const derived = await save(store, draft({ headline: 'The ministry said talks would resume', headlineDerived: true }));
    expect((await store.getArticles([derived]))[0]?.headlineDerived).toBe(true);
  });

  it('keeps data across reopening (migrations run once)', async () => {
    const id = await save(store, draft({ slug: 'kept' }));
    await store.close();
    store = await backend.open();
    expect((await store.getArticles([id]))[0]?.slug).toBe('kept');
  });

  it('answers every batch read with one slot per key, in key order, in one statement', async () => {
    const a = await save(store, draft({ slug: 'a', mentions: [mention(1)], quotes: [quote(10), quote(11, 'second')] }));
    const b = await save(store, draft({ slug: 'b', mentions: [mention(2), mention(3)] }));
    const c = await save(store, draft({ slug: 'c', quotes: [quote(12)] }));
    const unknown = 987654;

    let articles: (ArticleRecord | null)[] = [];
    expect(await statementsFor(store, async () => (articles = await store.getArticles([c, unknown, a, b, a])))).toBe(1);
    expect(articles.map((x) => x?.id ?? null)).toEqual([c, null, a, b, a]);
    expect(await store.getArticles([])).toEqual([]);

    const bySlug = await store.getArticlesBySlug(['b', 'nope', 'a', 'c', 'b']);
    expect(bySlug.map((x) => x?.id ?? null)).toEqual([b, null, a, c, b]);

    let mentions: Awaited<ReturnType<ArticleStore['mentionsByArticle']>> = [];
    expect(await statementsFor(store, async () => (mentions = await store.mentionsByArticle([b, unknown, a, c])))).toBe(1);
    expect(mentions.map((list) => list.map((m) => m.entityId))).toEqual([[2, 3], [], [1], []]);

    let quotes: QuoteRecord[][] = [];
    expect(await statementsFor(store, async () => (quotes = await store.quotesByArticle([c, a, unknown, b])))).toBe(1);
    expect(quotes.map((list) => list.map((q) => [q.articleId, q.position]))).toEqual([[[c, 0]], [[a, 0], [a, 1]], [], []]);

    const [qc] = quotes[0];
    const [qa0, qa1] = quotes[1];
    let byId: (QuoteRecord | null)[] = [];
    expect(await statementsFor(store, async () => (byId = await store.getQuotes([qa1.id, unknown, qc.id, qa0.id])))).toBe(1);
    expect(byId).toEqual([qa1, null, qc, qa0]);
  });

  it('pages through many articles newest first without gaps or duplicates', async () => {
    // Ties in publish time (ordered by id) and unpublished articles (ordered by ingest time).
    for (let i = 0; i < 25; i++) {
      await save(store, draft({ publishedAt: i % 5 === 0 ? null : at(Math.floor(i / 3)) }));
    }
    const all = (await store.listArticles({}, { limit: 100 })).rows.map((r) => r.node);
    const expected = newestFirst(all);
    expect(all.map((a) => a.id)).toEqual(expected);

    let statements = 0;
    const pages = await walk(async (after) => {
      const before = store.statementCount;
      const page = await store.listArticles({}, { limit: 7, after });
      statements += store.statementCount - before;
      return page;
    });
    expect(pages.map((p) => p.rows.length)).toEqual([7, 7, 7, 4]);
    expect(pages.map((p) => p.hasNextPage)).toEqual([true, true, true, false]);
    expect(pages.every((p) => p.totalCount === 25)).toBe(true);
    expect(pages.flatMap(ids)).toEqual(expected);
    expect(statements).toBe(pages.length);

    const empty = await store.listArticles({}, { limit: 0 });
    expect(empty).toEqual({ rows: [], hasNextPage: true, totalCount: 25 });
  });

  it('pages through quotes: newest article first, then reading order', async () => {
    const articleIds: number[] = [];
    for (let i = 0; i < 8; i++) {
      const quotes = [quote(1, `first ${i}`), quote(2, `second ${i}`), quote(1, `third ${i}`)];
      articleIds.push(await save(store, draft({ publishedAt: at(i % 3), quotes })));
    }
    const articles = (await store.getArticles(articleIds)) as ArticleRecord[];
    const expected = newestFirst(articles).flatMap((id) => [0, 1, 2].map((position) => `${id}:${position}`));

    const pages = await walk((after) => store.listQuotes({}, { limit: 5, after }));
    expect(pages.map((p) => p.rows.length)).toEqual([5, 5, 5, 5, 4]);
    expect(pages.every((p) => p.totalCount === 24)).toBe(true);
    expect(pages.flatMap((p) => p.rows.map((r) => `${r.node.articleId}:${r.node.position}`))).toEqual(expected);

    const bySpeaker = await walk((after) => store.listQuotes({ speakers: [1] }, { limit: 3, after }));
    const speakerOne = expected.filter((key) => !key.endsWith(':1'));
    expect(bySpeaker.flatMap((p) => p.rows.map((r) => `${r.node.articleId}:${r.node.position}`))).toEqual(speakerOne);
  });

  it('refuses malformed positions with InvalidInputError', async () => {
    await save(store, draft({ quotes: [quote(1)] }));
    const quotePosition = (await store.listQuotes({}, { limit: 1 })).rows[0].position;
    const articlePosition = (await store.listArticles({}, { limit: 1 })).rows[0].position;
    const notArrays = Buffer.from('{"a":1}').toString('base64url');
    for (const after of ['garbage!!', '', 'x'.repeat(500), notArrays, quotePosition]) {
      await expect(store.listArticles({}, { limit: 5, after })).rejects.toThrow(InvalidInputError);
      await expect(store.articlesByEntity([{ entityId: 1, page: { limit: 5, after } }])).rejects.toThrow(InvalidInputError);
    }
    await expect(store.listQuotes({}, { limit: 5, after: articlePosition })).rejects.toThrow(InvalidInputError);
    await expect(store.quotesBySpeaker([{ speakerId: 1, page: { limit: 5, after: articlePosition } }])).rejects.toThrow(
      InvalidInputError,
    );
    await expect(store.listArticles({}, { limit: -1 })).rejects.toThrow(InvalidInputError);
  });

  it('filters articles by section, mentions, quoted speaker, search and publish dates', async () => {
    const a = await save(
      store,
      draft({
        section: 'World',
        headline: 'Ukraine talks in Paris',
        paragraphs: ['Diplomats gathered at the embassy.', '"We agreed on nothing at all," Kerry said.'],
        publishedAt: '2020-01-10T00:00:00Z',
        mentions: [mention(1), mention(2), mention(1)],
        quotes: [quote(10)],
      }),
    );
    const b = await save(
      store,
      draft({
        section: 'world',
        headline: 'Crimea vote counted',
        paragraphs: ['Ballots were counted overnight.', '"We agreed on nothing at all," Lavrov said.'],
        publishedAt: '2020-02-10T00:00:00Z',
        mentions: [mention(1)],
        quotes: [quote(11, 'Ballots')],
      }),
    );
    const c = await save(
      store,
      draft({
        section: 'Business',
        headline: 'Markets rally',
        paragraphs: ['Shares rose in Paris and London.', '"We agreed on nothing at all," a trader said.'],
        publishedAt: null,
        mentions: [mention(2, 'organization')],
      }),
    );
    const list = async (filter: Parameters<ArticleStore['listArticles']>[0]): Promise<[number[], number]> => {
      const page = await store.listArticles(filter, { limit: 10 });
      return [ids(page), page.totalCount];
    };

    expect(await list({})).toEqual([[c, b, a], 3]);
    expect(await list({ section: 'WORLD' })).toEqual([[b, a], 2]);
    expect(await list({ section: 'Sports' })).toEqual([[], 0]);
    expect(await list({ mentions: [1] })).toEqual([[b, a], 2]);
    expect(await list({ mentions: [2, 1, 2] })).toEqual([[a], 1]);
    expect(await list({ mentions: [1, 99] })).toEqual([[], 0]);
    expect(await list({ mentions: [] })).toEqual([[c, b, a], 3]);
    expect(await list({ quotedSpeaker: 10 })).toEqual([[a], 1]);
    expect(await list({ quotedSpeaker: 12 })).toEqual([[], 0]);
    expect(await list({ search: 'paris' })).toEqual([[c, a], 2]);
    expect(await list({ search: 'Ukraine PARIS' })).toEqual([[a], 1]);
    expect(await list({ search: 'ukraine markets' })).toEqual([[], 0]);
    expect(await list({ search: 'talk' })).toEqual([[a], 1]);
    expect(await list({ search: 'overnight' })).toEqual([[b], 1]);
    expect(await list({ search: '   ' })).toEqual([[c, b, a], 3]);
    expect(await list({ publishedAfter: '2020-02-01T00:00:00Z' })).toEqual([[b], 1]);
    expect(await list({ publishedAfter: '2020-02-10T00:00:00Z' })).toEqual([[b], 1]);
    expect(await list({ publishedBefore: '2020-02-01T00:00:00Z' })).toEqual([[a], 1]);
    expect(await list({ publishedAfter: '2020-01-01T00:00:00Z', publishedBefore: '2020-12-31T00:00:00Z' })).toEqual([[b, a], 2]);
    expect(await list({ section: 'world', mentions: [2], search: 'paris', quotedSpeaker: 10 })).toEqual([[a], 1]);
    await expect(store.listArticles({ publishedAfter: 'last tuesday' }, { limit: 5 })).rejects.toThrow(InvalidInputError);

    // A filtered listing pages like an unfiltered one.
    const first = await store.listArticles({ mentions: [1] }, { limit: 1 });
    expect([ids(first), first.hasNextPage, first.totalCount]).toEqual([[b], true, 2]);
    const second = await store.listArticles({ mentions: [1] }, { limit: 1, after: first.rows[0].position });
    expect([ids(second), second.hasNextPage, second.totalCount]).toEqual([[a], false, 2]);

    const quotes = async (filter: Parameters<ArticleStore['listQuotes']>[0]): Promise<[number[], number]> => {
      const page = await store.listQuotes(filter, { limit: 10 });
      return [page.rows.map((r) => r.node.articleId), page.totalCount];
    };
    expect(await quotes({})).toEqual([[b, a], 2]);
    expect(await quotes({ speakers: [10] })).toEqual([[a], 1]);
    expect(await quotes({ speakers: [11, 10] })).toEqual([[b, a], 2]);
    expect(await quotes({ speakers: [] })).toEqual([[], 0]);
    expect(await quotes({ article: b })).toEqual([[b], 1]);
    expect(await quotes({ search: 'ballots' })).toEqual([[b], 1]);
    expect(await quotes({ search: 'agreed nothing' })).toEqual([[a], 1]);
    expect(await quotes({ search: 'agreed', speakers: [11] })).toEqual([[], 0]);

    // A search pages like any listing: the count of every match, the page from the cursor on.
    const found = await store.listArticles({ search: 'paris' }, { limit: 1 });
    expect([ids(found), found.hasNextPage, found.totalCount]).toEqual([[c], true, 2]);
    const rest = await store.listArticles({ search: 'paris' }, { limit: 1, after: found.rows[0].position });
    expect([ids(rest), rest.hasNextPage, rest.totalCount]).toEqual([[a], false, 2]);
    const quoted = await store.listQuotes({ search: 'agreed' }, { limit: 0 });
    expect([quoted.rows, quoted.hasNextPage, quoted.totalCount]).toEqual([[], true, 1]);
    expect((await store.listQuotes({ search: 'agreed', kinds: ['indirect'] }, { limit: 5 })).totalCount).toBe(0);
  });

  it('never lets search input become query syntax', async () => {
    const a = await save(store, draft({ headline: 'Ukraine talks in Paris', quotes: [quote(1, 'Paris is calm')] }));
    const hostile = [
      '"',
      '"unterminated',
      "'",
      '(paris',
      'paris)',
      'NEAR(paris ukraine)',
      'paris NEAR ukraine',
      'pari*',
      '*',
      'paris AND',
      'OR paris',
      'NOT',
      '-paris',
      '^paris',
      'headline:paris',
      '{headline body}: paris',
      "'; DROP TABLE articles; --",
      '" OR 1=1 --',
      '\\',
      '\u0000paris',
      'パリ',
      'a'.repeat(5000),
      '!!! ???',
    ];
    for (const search of hostile) {
      await expect(store.listArticles({ search }, { limit: 5 })).resolves.toBeDefined();
      await expect(store.listQuotes({ search }, { limit: 5 })).resolves.toBeDefined();
    }
    // The words in them still search.
    expect(ids(await store.listArticles({ search: '(paris' }, { limit: 5 }))).toEqual([a]);
    expect(ids(await store.listArticles({ search: 'NEAR(paris ukraine)' }, { limit: 5 }))).toEqual([]);
    expect(ids(await store.listArticles({ search: '"paris" "ukraine"' }, { limit: 5 }))).toEqual([a]);
    expect((await store.listQuotes({ search: '"paris' }, { limit: 5 })).totalCount).toBe(1);
    // Text without any words matches nothing.
    expect((await store.listArticles({ search: '!!! ???' }, { limit: 5 })).totalCount).toBe(0);
    expect(await store.countArticles()).toBe(1);
  });

  it('counts an article once however often it names an entity or quotes a speaker', async () => {
    const second = { ...mention(20), paragraph: 1 };
    const twice = await save(store, draft({ mentions: [mention(20), second, mention(21)], quotes: [quote(20, 'first words'), quote(20, 'second words'), quote(21, 'reply')] }));
    const once = await save(store, draft({ mentions: [mention(20)], quotes: [quote(20, 'later words')] }));
    for (const filter of [{ quotedSpeaker: 20 }, { mentions: [20] }]) {
      const page = await store.listArticles(filter, { limit: 1 });
      expect([ids(page), page.totalCount, page.hasNextPage]).toEqual([[once], 2, true]);
      const rest = await store.listArticles(filter, { limit: 5, after: page.rows[0].position });
      expect([ids(rest), rest.totalCount, rest.hasNextPage]).toEqual([[twice], 2, false]);
    }
  });

  it('keeps quote kinds: lists, pages and counts them by kind; quotedSpeaker stays direct-only', async () => {
    const said = (kind: 'direct' | 'indirect' | 'mixed', speakerId: number | null, text: string, sourceOrganizationId: number | null = null): ArticleDraft['quotes'][number] => ({
      ...quote(speakerId, text),
      kind,
      cue: kind === 'direct' ? null : 'said',
      sourceOrganizationId,
    });
    const a = await save(store, draft({ quotes: [said('direct', 10, 'one'), said('indirect', 10, 'two'), said('mixed', 10, 'three')] }));
    await save(store, draft({ quotes: [said('indirect', 11, 'four'), said('indirect', null, 'five', 42)] }));
    const kindsOf = (page: Page<QuoteRecord>): string[] => page.rows.map((r) => `${r.node.articleId === a ? 'a' : 'b'}:${r.node.kind}:${r.node.text}`);

    const every = await store.listQuotes({}, { limit: 10 });
    expect(kindsOf(every)).toEqual(['b:indirect:four', 'b:indirect:five', 'a:direct:one', 'a:indirect:two', 'a:mixed:three']);
    expect(every.totalCount).toBe(5);
    expect(await store.listQuotes({ kinds: ['direct', 'indirect', 'mixed'] }, { limit: 10 })).toEqual(every);
    const direct = await store.listQuotes({ kinds: ['direct'] }, { limit: 10 });
    expect([kindsOf(direct), direct.totalCount]).toEqual([['a:direct:one'], 1]);
    const reported = await store.listQuotes({ kinds: ['mixed', 'indirect'] }, { limit: 2 });
    expect([kindsOf(reported), reported.totalCount, reported.hasNextPage]).toEqual([['b:indirect:four', 'b:indirect:five'], 4, true]);
    const rest = await store.listQuotes({ kinds: ['mixed', 'indirect'] }, { limit: 2, after: reported.rows[1].position });
    expect([kindsOf(rest), rest.hasNextPage]).toEqual([['a:indirect:two', 'a:mixed:three'], false]);
    expect(rest.rows[0].node.cue).toBe('said');
    expect(reported.rows[1].node.sourceOrganizationId).toBe(42);
    const ministry = await store.listQuotes({ sourceOrganization: 42 }, { limit: 10 });
    expect([kindsOf(ministry), ministry.totalCount]).toEqual([['b:indirect:five'], 1]);
    expect((await store.listQuotes({ sourceOrganization: 42, kinds: ['direct'] }, { limit: 10 })).totalCount).toBe(0);
    expect((await store.listQuotes({ sourceOrganization: 43 }, { limit: 10 })).totalCount).toBe(0);

    // One speaker with kinds: the speaker's page, with the count for those kinds.
    const [all10, direct10, reported10, direct11] = await store.quotesBySpeaker([
      { speakerId: 10, page: { limit: 10 } },
      { speakerId: 10, page: { limit: 10 }, kinds: ['direct'] },
      { speakerId: 10, page: { limit: 1 }, kinds: ['indirect', 'mixed'] },
      { speakerId: 11, page: { limit: 10 }, kinds: ['direct'] },
    ]);
    expect([kindsOf(all10), all10.totalCount]).toEqual([['a:direct:one', 'a:indirect:two', 'a:mixed:three'], 3]);
    expect([kindsOf(direct10), direct10.totalCount]).toEqual([['a:direct:one'], 1]);
    expect([kindsOf(reported10), reported10.totalCount, reported10.hasNextPage]).toEqual([['a:indirect:two'], 2, true]);
    expect([kindsOf(direct11), direct11.totalCount]).toEqual([[], 0]);
    expect(await store.listQuotes({ speakers: [10], kinds: ['indirect', 'mixed'] }, { limit: 1 })).toEqual(reported10);

    // A correction moves an indirect quote to another speaker: the per-kind counts follow.
    await store.setQuoteSpeaker(all10.rows[1].node.id, { id: 11, name: 'Speaker 11', method: 'editor', confidence: 1 });
    const [after10, after11] = await store.quotesBySpeaker([
      { speakerId: 10, page: { limit: 10 }, kinds: ['indirect'] },
      { speakerId: 11, page: { limit: 10 }, kinds: ['indirect'] },
    ]);
    expect([after10.totalCount, after11.totalCount]).toEqual([0, 2]);

    // "Articles that quote this speaker" keeps its meaning: direct quotations.
    expect(ids(await store.listArticles({ quotedSpeaker: 10 }, { limit: 10 }))).toEqual([a]);
    expect(ids(await store.listArticles({ quotedSpeaker: 11 }, { limit: 10 }))).toEqual([]);

    await expect(store.listQuotes({ kinds: [] }, { limit: 1 })).rejects.toThrow(InvalidInputError);
    await expect(store.listQuotes({ kinds: ['reported' as 'direct'] }, { limit: 1 })).rejects.toThrow(InvalidInputError);
    await expect(save(store, draft({ quotes: [{ ...said('direct', 1, 'x'), kind: 'hearsay' as 'direct' }] }))).rejects.toThrow(/unknown kind/);
  });

  it('answers articlesByEntity for many entities with one statement per page-argument group', async () => {
    // Article j (published at minute j) mentions entities 101..101+j; entity 101 twice.
    const articleIds: number[] = [];
    for (let j = 0; j < 12; j++) {
      const mentions = [mention(101), ...Array.from({ length: j + 1 }, (_, k) => mention(101 + k))];
      articleIds.push(await save(store, draft({ publishedAt: at(j), mentions })));
    }
    const expectedFor = (entityId: number): number[] =>
      articleIds.filter((_, j) => j >= entityId - 101).reverse();

    const request = (entityIds: number[], limit: number) => entityIds.map((entityId) => ({ entityId, page: { limit } }));
    const twenty = Array.from({ length: 20 }, (_, k) => 120 - k);
    let pages: Page<ArticleRecord>[] = [];
    const forTwo = await statementsFor(store, () => store.articlesByEntity(request([101, 105], 3)));
    const forTwenty = await statementsFor(store, async () => (pages = await store.articlesByEntity(request(twenty, 3))));
    expect(forTwo).toBe(1);
    expect(forTwenty).toBe(forTwo);

    pages.forEach((page, i) => {
      const expected = expectedFor(twenty[i]);
      expect([ids(page), page.totalCount, page.hasNextPage]).toEqual([expected.slice(0, 3), expected.length, expected.length > 3]);
    });

    // Following positions: each entity's pages cover its articles once, in order.
    for (const entityId of [101, 104, 112, 119]) {
      const walked = await walk(async (after) => (await store.articlesByEntity([{ entityId, page: { limit: 5, after } }]))[0]);
      expect(walked.flatMap(ids)).toEqual(expectedFor(entityId));
    }

    // Different page arguments form different groups; duplicates share a slot's answer.
    const first = await store.articlesByEntity([{ entityId: 101, page: { limit: 2 } }]);
    const mixed = [
      { entityId: 101, page: { limit: 2, after: first[0].rows[1].position } },
      { entityId: 102, page: { limit: 2 } },
      { entityId: 999, page: { limit: 2 } },
      { entityId: 102, page: { limit: 2 } },
    ];
    let mixedPages: Page<ArticleRecord>[] = [];
    expect(await statementsFor(store, async () => (mixedPages = await store.articlesByEntity(mixed)))).toBe(2);
    expect(mixedPages.map(ids)).toEqual([
      expectedFor(101).slice(2, 4),
      expectedFor(102).slice(0, 2),
      [],
      expectedFor(102).slice(0, 2),
    ]);
    expect(mixedPages[2]).toEqual({ rows: [], hasNextPage: false, totalCount: 0 });
    expect(await store.articlesByEntity([])).toEqual([]);
  });

  it('answers quotesBySpeaker for many speakers with one statement per page-argument group', async () => {
    // Article j: two quotes by speaker 201, then one by speaker 202 + (j % 10).
    const articleIds: number[] = [];
    for (let j = 0; j < 10; j++) {
      const quotes = [quote(201, `a${j}`), quote(202 + (j % 10), `b${j}`), quote(201, `c${j}`)];
      articleIds.push(await save(store, draft({ publishedAt: at(j), quotes })));
    }
    const speakers = Array.from({ length: 20 }, (_, k) => 201 + k);
    const request = (speakerIds: number[]) => speakerIds.map((speakerId) => ({ speakerId, page: { limit: 4 } }));
    let pages: Page<QuoteRecord>[] = [];
    const forTwo = await statementsFor(store, () => store.quotesBySpeaker(request([201, 203])));
    const forTwenty = await statementsFor(store, async () => (pages = await store.quotesBySpeaker(request(speakers))));
    expect(forTwo).toBe(1);
    expect(forTwenty).toBe(forTwo);

    const newest = [...articleIds].reverse();
    const key = (q: QuoteRecord): string => `${q.articleId}:${q.position}`;
    expect(pages[0].rows.map((r) => key(r.node))).toEqual([`${newest[0]}:0`, `${newest[0]}:2`, `${newest[1]}:0`, `${newest[1]}:2`]);
    expect([pages[0].totalCount, pages[0].hasNextPage]).toEqual([20, true]);
    expect(pages[1].rows.map((r) => key(r.node))).toEqual([`${articleIds[0]}:1`]);
    expect([pages[1].totalCount, pages[1].hasNextPage]).toEqual([1, false]);
    expect(pages.slice(11).every((p) => p.rows.length === 0 && p.totalCount === 0)).toBe(true);

    const walked = await walk(async (after) => (await store.quotesBySpeaker([{ speakerId: 201, page: { limit: 6, after } }]))[0]);
    expect(walked.flatMap(quoteIds)).toEqual((await store.listQuotes({ speakers: [201] }, { limit: 100 })).rows.map((r) => r.node.id));
    expect(walked.flatMap(quoteIds)).toHaveLength(20);
  });

  it('is idempotent by url and by content hash', async () => {
    const original = draft({ slug: 'same-story', mentions: [mention(1)], quotes: [quote(10), quote(11, 'second')] });
    const { id } = await store.saveArticle(original);
    expect(await store.saveArticle(original)).toEqual({ id, outcome: 'unchanged' });
    expect(await store.countArticles()).toBe(1);

    const [before] = await store.quotesByArticle([id]);
    const revised = {
      ...original,
      slug: 'same-story-revised',
      headline: 'A corrected headline',
      contentHash: 'hash-revised',
      mentions: [mention(2)],
      quotes: [quote(12, 'changed words')],
    };
    expect(await store.saveArticle(revised)).toEqual({ id, outcome: 'updated' });
    expect(await store.countArticles()).toBe(1);
    const [article] = await store.getArticles([id]);
    // Updated in place; the slug is a permalink and stays.
    expect([article?.headline, article?.contentHash, article?.slug]).toEqual(['A corrected headline', 'hash-revised', 'same-story']);
    expect((await store.mentionsByArticle([id]))[0].map((m) => m.entityId)).toEqual([2]);
    const [after] = await store.quotesByArticle([id]);
    // Quotes are matched by their words: neither stored quote is in the new version.
    expect(after.map((q) => [q.position, q.text, q.speakerId])).toEqual([[0, 'changed words', 12]]);
    expect(before.map((q) => q.id)).not.toContain(after[0].id);
    expect(await store.getQuotes(before.map((q) => q.id))).toEqual([null, null]);
    expect(ids(await store.listArticles({ search: 'corrected' }, { limit: 5 }))).toEqual([id]);
    expect(ids(await store.listArticles({ mentions: [1] }, { limit: 5 }))).toEqual([]);
    expect((await store.listQuotes({ search: 'changed' }, { limit: 5 })).totalCount).toBe(1);
    expect((await store.listQuotes({ search: 'second' }, { limit: 5 })).totalCount).toBe(0);

    // Without a url, the content hash is the key.
    const noUrl = draft({ url: null });
    const created = await store.saveArticle(noUrl);
    expect(created.outcome).toBe('created');
    expect(await store.saveArticle(noUrl)).toEqual({ id: created.id, outcome: 'unchanged' });
    // The same text arriving without a url is the stored article, and keeps its url.
    expect(await store.saveArticle({ ...revised, url: null })).toEqual({ id, outcome: 'unchanged' });
    expect((await store.getArticles([id]))[0]?.url).toBe(original.url);
    expect(await store.countArticles()).toBe(2);
  });

  it('gives a taken slug the next free suffix', async () => {
    const first = await save(store, draft({ slug: 'paris-talks' }));
    const second = await save(store, draft({ slug: 'paris-talks' }));
    const third = await save(store, draft({ slug: 'paris-talks' }));
    const other = await save(store, draft({ slug: 'paris' }));
    const slugs = (await store.getArticles([first, second, third, other])).map((a) => a?.slug);
    expect(slugs).toEqual(['paris-talks', 'paris-talks-2', 'paris-talks-3', 'paris']);
  });

  it('rejects an invalid draft before writing anything', async () => {
    await save(store, draft());
    const invalid: Partial<ArticleDraft>[] = [
      { headline: '  ' },
      { slug: '' },
      { contentHash: '' },
      { publishedAt: 'yesterday' },
      { quotes: [quote(1), { ...quote(2), paragraph: 7 }] },
      { quotes: [{ ...quote(2), end: 500 }] },
      { mentions: [mention(1), { ...mention(2), start: -1 }] },
      { mentions: [{ ...mention(2), start: 4, end: 2 }] },
      { mentions: [{ ...mention(2), confidence: 2 }] },
      { mentions: [{ ...mention(2), entityId: 0 }] },
    ];
    for (const overrides of invalid) {
      const before = store.statementCount;
      await expect(store.saveArticle(draft(overrides))).rejects.toThrow(InvalidInputError);
      expect(store.statementCount).toBe(before);
    }
    expect(await store.countArticles()).toBe(1);
  });

  it('refuses a draft past an article cap (paragraphs, images, mentions, quotes), and stores one at the caps', async () => {
    const before = await store.countArticles();
    const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => (i === 1 ? '"We agreed on nothing," Kerry said.' : `Kerry met Lavrov, part ${i}.`));
    const image = { caption: null, credit: null, url: null };
    const caps = ARTICLE_CAPS;
    const over: [Partial<ArticleDraft>, string, number, number][] = [
      [{ paragraphs: paragraphs(caps.paragraphs + 1) }, 'paragraphs', caps.paragraphs + 1, caps.paragraphs],
      [{ images: Array.from({ length: caps.images + 1 }, () => image) }, 'images', caps.images + 1, caps.images],
      [{ mentions: Array.from({ length: caps.mentions + 1 }, () => mention(1)) }, 'mentions', caps.mentions + 1, caps.mentions],
      [{ quotes: Array.from({ length: caps.quotes + 1 }, () => quote(1)) }, 'quotes', caps.quotes + 1, caps.quotes],
    ];
    for (const [overrides, field, count, maximum] of over) {
      const refusal = store.saveArticle(draft(overrides));
      await expect(refusal).rejects.toThrow(InvalidInputError);
      await expect(refusal).rejects.toMatchObject({ details: { field, count, maximum } });
    }
    expect(await store.countArticles()).toBe(before);
    const atCaps = draft({
      paragraphs: paragraphs(caps.paragraphs),
      images: Array.from({ length: caps.images }, () => image),
      mentions: Array.from({ length: caps.mentions }, () => mention(1)),
      quotes: Array.from({ length: caps.quotes }, () => quote(1)),
    });
    const saved = await store.saveArticle(atCaps);
    expect((await store.quotesByArticle([saved.id]))[0]).toHaveLength(caps.quotes);
  });

  it('rolls back everything when the database fails midway', async () => {
    const keptDraft = draft({ slug: 'kept', mentions: [mention(1)], quotes: [quote(10)] });
    const kept = await save(store, keptDraft);
    const [keptQuotes] = await store.quotesByArticle([kept]);
    // Added through another connection: the store's statements prepared before it
    // (its statement cache) must still run the failing trigger.
    await backend.injectQuoteFailure();

    // A new article: row, search text and mentions are written before the failing quote.
    const failing = draft({ slug: 'never', headline: 'Zanzibar summit', mentions: [mention(2)], quotes: [quote(11), quote(12, 'BOOM')] });
    await expectRejection(store.saveArticle(failing), /simulated failure/);
    expect(await store.countArticles()).toBe(1);
    expect(await store.getArticlesBySlug(['never'])).toEqual([null]);
    expect((await store.listArticles({ search: 'zanzibar' }, { limit: 5 })).totalCount).toBe(0);
    expect((await store.articlesByEntity([{ entityId: 2, page: { limit: 5 } }]))[0].totalCount).toBe(0);
    expect((await store.listQuotes({ speakers: [11] }, { limit: 5 })).totalCount).toBe(0);

    // An update of a stored article: the old version stays whole.
    const update = { ...keptDraft, headline: 'Zanzibar again', contentHash: 'changed', mentions: [mention(3)], quotes: [quote(13, 'BOOM')] };
    await expectRejection(store.saveArticle(update), /simulated failure/);
    const [article] = await store.getArticles([kept]);
    expect([article?.headline, article?.contentHash]).toEqual([keptDraft.headline, keptDraft.contentHash]);
    expect((await store.mentionsByArticle([kept]))[0].map((m) => m.entityId)).toEqual([1]);
    expect(await store.quotesByArticle([kept])).toEqual([keptQuotes]);
    expect((await store.listArticles({ search: 'zanzibar' }, { limit: 5 })).totalCount).toBe(0);

    // The store still works afterwards.
    expect((await store.saveArticle(draft({ quotes: [quote(14)] }))).outcome).toBe('created');
  });

  it('corrects a quote speaker', async () => {
    const id = await save(store, draft({ quotes: [quote(null, 'unattributed words'), quote(10)] }));
    const [[unattributed, attributed]] = await store.quotesByArticle([id]);
    expect(unattributed.attribution).toBeNull();

    const corrected = await store.setQuoteSpeaker(unattributed.id, { id: 42, name: 'John Kerry', method: 'editor', confidence: 1 });
    expect(corrected).toEqual({
      ...unattributed,
      speakerId: 42,
      speakerName: 'John Kerry',
      attribution: { method: 'editor', confidence: 1 },
    });
    expect(await store.getQuotes([unattributed.id])).toEqual([corrected]);
    expect((await store.listQuotes({ speakers: [42] }, { limit: 5 })).rows.map((r) => r.node.id)).toEqual([unattributed.id]);
    expect(ids(await store.listArticles({ quotedSpeaker: 42 }, { limit: 5 }))).toEqual([id]);
    expect((await store.quotesBySpeaker([{ speakerId: 42, page: { limit: 5 } }]))[0].totalCount).toBe(1);

    const cleared = await store.setQuoteSpeaker(attributed.id, { id: null, name: null, method: 'editor', confidence: 1 });
    expect([cleared?.speakerId, cleared?.speakerName, cleared?.attribution]).toEqual([null, null, null]);
    expect(await store.setQuoteSpeaker(987654, { id: 1, name: null, method: 'editor', confidence: 1 })).toBeNull();
    await expect(store.setQuoteSpeaker(unattributed.id, { id: 1, name: null, method: 'editor', confidence: 7 })).rejects.toThrow(
      InvalidInputError,
    );
  });
});

describe('openArticleStore', () => {
  it('opens SQLite for a path and Postgres for a postgres:// URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-open-'));
    // The URL's own options pick a schema, so the shared test database's public schema stays clean.
    const schema = `ng_store_open_${process.pid}_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const sqlite = await openArticleStore(join(dir, 'a', 'b.db'));
    const postgres = await openArticleStore(url.toString());
    try {
      expect([sqlite.kind, postgres.kind]).toEqual(['sqlite', 'postgres']);
      await sqlite.ping();
      await postgres.ping();
      const tables = await admin.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = $1 AND tablename = 'articles'`, [schema]);
      expect(tables.rows[0].n).toBe(1);
    } finally {
      await sqlite.close();
      await postgres.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
