import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/config';
import type { EntityService } from '../../src/entities/entity-service';
import type { EntityRecord } from '../../src/records/entity-records';
import { openEntityService } from '../../src/entities/open-entity-service';
import { localIdOf } from '../../src/ids';
import { createLoaders } from '../../src/loaders/loaders';
import type { ArticleStore } from '../../src/store/article-store';
import { openArticleStore } from '../../src/store/open-article-store';
import { interleave } from '../../resolvers/interleave';
import { runServer } from '../processes';
import { articleBySlug, frontPage, personWithQuotes, quotesBySpeaker, search, type Source } from './hand-written-answers';
import { loadMemoryCorpus, type MemoryCorpus } from './memory-corpus';

/**
 * The limit of a server without GraphQL: `node:http`, the request body
 * parsed, the operation picked by its name, the answer assembled by hand
 * (bench/servers/hand-written-answers.ts) and sent with `JSON.stringify`.
 * argv[2] is where the data comes from:
 *
 * - `store`: the same store and entity service as the gateway (record caches
 *   included), read through a fresh set of the gateway's own loaders per
 *   request (src/loaders/loaders.ts): what the gateway's resolvers sit on.
 * - `memory`: the corpus read into memory once at start (bench/servers/memory-corpus.ts).
 *
 * It answers only the benchmark's operations (by operationName), with the
 * gateway's `data`; anything else is a 400.
 */
type Mode = 'store' | 'memory';

interface Body {
  operationName?: string;
  variables?: Record<string, unknown>;
}

const idOf = (value: unknown, type: 'Person'): number => localIdOf(String(value), type) ?? -1;

function storeSource(store: ArticleStore, entities: EntityService): Source {
  const loaders = createLoaders(store, entities, { entityBatchSize: 100 });
  const values = <V>(list: (V | Error)[]): V[] => list.map((v) => {
    if (v instanceof Error) throw v;
    return v;
  });
  return {
    newestArticles: async (limit) => {
      const page = await store.listArticles({}, { limit });
      for (const row of page.rows) loaders.article.prime(row.node.id, row.node);
      return page.rows.map((r) => r.node);
    },
    articleBySlug: (slug) => loaders.articleBySlug.load(slug),
    articles: async (ids) => values(await loaders.article.loadMany(ids)),
    mentions: async (ids) => values(await loaders.mentionsByArticle.loadMany(ids)),
    quotes: async (ids) => values(await loaders.quotesByArticle.loadMany(ids)),
    entities: (ids) => loaders.entity.loadMany(ids),
    directQuotesBySpeaker: async (speakerId, limit) => {
      const page = await loaders.quotesBySpeaker.load({ entityId: speakerId, page: { limit, after: null }, kinds: ['direct'] });
      return { nodes: page.rows.map((r) => r.node), totalCount: page.totalCount };
    },
    search: async (text, limit) => {
      const term = text.trim();
      // The store's pages as the gateway's search resolver reads them (one statement on PostgreSQL).
      const [people, organizations, { articles, quotes }] = await Promise.all([
        entities.list({ type: 'person', search: term, limit: limit + 1, after: null }),
        entities.list({ type: 'organization', search: term, limit: limit + 1, after: null }),
        store.searchPages(term, { limit, kinds: ['direct'] }),
      ]);
      return [
        ...people.items.slice(0, limit),
        ...organizations.items.slice(0, limit),
        ...interleave(articles.rows.map((r) => r.node), quotes.rows.map((r) => r.node)),
      ].slice(0, limit);
    },
  };
}

function memorySource(corpus: MemoryCorpus): Source {
  return {
    newestArticles: (limit) => corpus.articles.slice(0, limit),
    articleBySlug: (slug) => corpus.articleBySlug.get(slug) ?? null,
    articles: (ids) => ids.map((id) => corpus.articleById.get(id) ?? null),
    mentions: (ids) => ids.map((id) => corpus.mentionsOf.get(id) ?? []),
    quotes: (ids) => ids.map((id) => corpus.quotesOf.get(id) ?? []),
    entities: (ids) => ids.map((id) => corpus.entityById.get(id) ?? null),
    directQuotesBySpeaker: (speakerId, limit) => {
      const all = corpus.directQuotesBySpeaker.get(speakerId) ?? [];
      return { nodes: all.slice(0, limit), totalCount: all.length };
    },
    search: (text, limit) => {
      const term = text.trim();
      const hits: (EntityRecord | (typeof corpus.articles)[number] | ReturnType<MemoryCorpus['searchDirectQuotes']>[number])[] = [
        ...corpus.searchEntities(corpus.people, term, limit),
        ...corpus.searchEntities(corpus.organizations, term, limit),
        ...interleave(corpus.searchArticles(term, limit), corpus.searchDirectQuotes(term, limit)),
      ];
      return hits.slice(0, limit);
    },
  };
}

function answer(source: Source, body: Body): Promise<unknown> | null {
  const variables = body.variables ?? {};
  switch (body.operationName) {
    case 'FrontPage':
      return frontPage(source);
    case 'FrontPageAllKinds':
      return frontPage(source, true);
    case 'ArticleBySlug':
      return articleBySlug(source, String(variables.slug));
    case 'PersonWithQuotes':
      return personWithQuotes(source, idOf(variables.id, 'Person'));
    case 'Search':
      return search(source, String(variables.text));
    case 'QuotesBySpeaker':
      return quotesBySpeaker(source, idOf(variables.speaker, 'Person'));
    default:
      return null;
  }
}

runServer('hand-written-server', async () => {
  const mode = process.argv[2] as Mode;
  if (mode !== 'store' && mode !== 'memory') throw new Error('usage: hand-written-server store|memory');
  const config = loadConfig(process.env);
  const store = await openArticleStore(config.databaseUrl);
  const entities = await openEntityService(config);
  const memory = mode === 'memory' ? memorySource(await loadMemoryCorpus(store, entities)) : null;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let pending: Promise<unknown> | null = null;
      try {
        pending = answer(memory ?? storeSource(store, entities), JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body);
      } catch {
        pending = null;
      }
      if (pending === null) {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"errors":[{"message":"unknown operation"}]}');
        return;
      }
      pending.then(
        (data) => {
          const text = JSON.stringify({ data });
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
        },
        (error: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await entities.close();
    },
  };
});
