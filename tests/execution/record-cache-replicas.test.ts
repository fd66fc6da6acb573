import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Viewer } from '../../src/auth/api-keys';
import type { Services } from '../../src/context/request-context';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { ingestArticle } from '../../src/ingest/pipeline';
import { createGateway, type Gateway } from '../../src/server/gateway';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';

/**
 * Two gateway replicas on the same SQLite files, each with its own connections
 * and its own in-memory record caches (store and entity service). What one
 * writes, the other must answer at once: its caches are dropped when the files
 * change (PRAGMA data_version), not when some timer runs out.
 */
const EDITOR: Viewer = { role: 'editor', keyId: 'editor', invalidKey: false };
const ANONYMOUS: Viewer = { role: null, keyId: null, invalidKey: false };

const FRONT_PAGE = `{ articles(first: 5) { totalCount nodes { id headline people { name title } quotes { text speaker { name } } } } }`;
const ARTICLE = `query ($id: ID!) { node(id: $id) { ... on Article { headline people { name } } } }`;
const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { id headline } } }`;

function articleText(headline: string, speaker: string): string {
  return `World\n\n${headline}\n\nGENEVA — ${speaker} arrived in Geneva on Monday for talks on water rights, officials said.\n\n"We will not accept a deal that leaves families behind," ${speaker} said.\n`;
}

interface Replica {
  url: string;
  gateway: Gateway;
  store: SqliteArticleStore;
  entities: SqliteEntityService;
}

async function startReplica(dir: string): Promise<Replica> {
  const store = SqliteArticleStore.open(join(dir, 'news.db'));
  const entities = SqliteEntityService.open(join(dir, 'entities.db'));
  const services: Services = { store, entities, ingest: (request) => ingestArticle(request, { store, entities }) };
  const gateway = await createGateway({
    services,
    logger: pino({ level: 'silent' }),
    authenticate: (header) => (header === 'Bearer editor' ? EDITOR : ANONYMOUS),
  });
  return { url: await gateway.listen(0, '127.0.0.1'), gateway, store, entities };
}

async function query<T>(replica: Replica, text: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<T> {
  const response = await fetch(replica.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: text, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

interface FrontPage {
  articles: { totalCount: number; nodes: { id: string; headline: string; people: { name: string; title: string | null }[]; quotes: { text: string; speaker: { name: string } | null }[] }[] };
}
interface Ingested {
  ingestArticle: { outcome: string; article: { id: string; headline: string } };
}

describe('record caches on two replicas sharing one SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-replicas-'));
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    a = await startReplica(dir);
    b = await startReplica(dir);
  });

  afterAll(async () => {
    for (const replica of [a, b]) {
      await replica.gateway.stop();
      await replica.store.close();
      await replica.entities.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers on replica B what was ingested and re-ingested through replica A, never the record B cached before', async () => {
    const url = 'https://news.example/geneva-water';
    const first = await query<Ingested>(a, INGEST, { input: { url, text: articleText('Water talks open in Geneva', 'Amira Castellano'), publishedAt: '2031-01-01T08:00:00Z' } }, 'Bearer editor');
    expect(first.ingestArticle.outcome).toBe('CREATED');
    const id = first.ingestArticle.article.id;

    // B reads (and caches) the article, its people and its quotes, twice.
    for (let i = 0; i < 2; i++) {
      const page = await query<FrontPage>(b, FRONT_PAGE);
      expect(page.articles.totalCount).toBe(1);
      expect(page.articles.nodes[0]).toMatchObject({ id, headline: 'Water talks open in Geneva' });
      expect(page.articles.nodes[0].people.map((p) => p.name)).toEqual(['Amira Castellano']);
    }
    expect(await query(b, ARTICLE, { id })).toEqual({ node: { headline: 'Water talks open in Geneva', people: [{ name: 'Amira Castellano' }] } });

    // A re-ingests the same url with another headline and speaker: B answers the new version.
    const second = await query<Ingested>(a, INGEST, { input: { url, text: articleText('Water talks stall in Geneva', 'Bruno Haddad'), publishedAt: '2031-01-01T08:00:00Z' } }, 'Bearer editor');
    expect(second.ingestArticle).toEqual({ outcome: 'UPDATED', article: { id, headline: 'Water talks stall in Geneva' } });
    expect(await query(b, ARTICLE, { id })).toEqual({ node: { headline: 'Water talks stall in Geneva', people: [{ name: 'Bruno Haddad' }] } });
    const page = await query<FrontPage>(b, FRONT_PAGE);
    expect(page.articles.nodes[0].quotes.map((q) => q.speaker?.name)).toEqual(['Bruno Haddad']);

    // A new article through A is on B's front page at once, totals included.
    await query<Ingested>(a, INGEST, { input: { url: 'https://news.example/second', text: articleText('A second story from Geneva', 'Amira Castellano'), publishedAt: '2031-01-02T08:00:00Z' } }, 'Bearer editor');
    const after = await query<FrontPage>(b, FRONT_PAGE);
    expect(after.articles.totalCount).toBe(2);
    expect(after.articles.nodes.map((n) => n.headline)).toEqual(['A second story from Geneva', 'Water talks stall in Geneva']);
  });

  it('sees an entity changed by another writer, e.g. the entity service process, on the next request', async () => {
    const before = await query<FrontPage>(b, FRONT_PAGE);
    const person = before.articles.nodes[0].people[0];
    expect(person).toEqual({ name: 'Amira Castellano', title: null });
    // Another connection to the entity database: another replica, or a standalone entity service.
    const writer = SqliteEntityService.open(join(dir, 'entities.db'));
    try {
      await writer.upsert([{ type: 'person', name: 'Amira Castellano', title: 'Water Minister' }]);
    } finally {
      await writer.close();
    }
    const after = await query<FrontPage>(b, FRONT_PAGE);
    expect(after.articles.nodes[0].people[0]).toEqual({ name: 'Amira Castellano', title: 'Water Minister' });
  });
});
