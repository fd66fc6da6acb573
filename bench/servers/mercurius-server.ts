import 'reflect-metadata';
import Fastify from 'fastify';
import DataLoader from 'dataloader';
import mercurius, { type MercuriusContext } from 'mercurius';
import { loadConfig } from '../../src/config/config';
import type { EntityRecord } from '../../src/records/entity-records';
import { openEntityService } from '../../src/entities/open-entity-service';
import { openArticleStore } from '../../src/store/open-article-store';
import type { ArticleRecord, MentionRecord, QuoteRecord } from '../../src/records/article-records';
import { BASELINE_SDL, baselineResolvers, quotesOfKinds, type BaselineServices } from '../baseline-server';
import { runServer } from '../processes';

/**
 * The fastest Node.js GraphQL peer: Fastify + Mercurius with graphql-jit
 * (`jit: 1`, compiled from the second run of a document) and a set of
 * DataLoaders per request, the usual way to batch with Mercurius. Same SDL, root
 * resolvers, store and entity service (record caches included) as the
 * baseline; the benchmark runs it on the front page and checks it answers the
 * gateway's data. (Mercurius's own `loaders` key their batches by the parent
 * object serialized to JSON, a whole article here: slower than DataLoaders.)
 */
interface PeerContext {
  mentions: DataLoader<number, MentionRecord[]>;
  quotes: DataLoader<number, QuoteRecord[]>;
  entities: DataLoader<number, EntityRecord | null>;
}

declare module 'mercurius' {
  interface MercuriusContext {
    peer: PeerContext;
  }
}

function peerContext({ store, entities }: BaselineServices): PeerContext {
  return {
    mentions: new DataLoader((ids: readonly number[]) => store.mentionsByArticle([...ids])),
    quotes: new DataLoader((ids: readonly number[]) => store.quotesByArticle([...ids])),
    entities: new DataLoader((ids: readonly number[]) => entities.getByIds([...ids])),
  };
}

/** An article's distinct entities of one type, in mention order. */
async function mentioned(article: ArticleRecord, type: 'person' | 'organization', { peer }: MercuriusContext): Promise<EntityRecord[]> {
  const mentions = await peer.mentions.load(article.id);
  const ids = [...new Set(mentions.filter((m) => m.entityType === type).map((m) => m.entityId))];
  const records = await peer.entities.loadMany(ids);
  return records.filter((e): e is EntityRecord => !(e instanceof Error) && e !== null && e.type === type);
}

const peerFieldResolvers = {
  Article: {
    people: (a: ArticleRecord, _args: unknown, context: MercuriusContext) => mentioned(a, 'person', context),
    organizations: (a: ArticleRecord, _args: unknown, context: MercuriusContext) => mentioned(a, 'organization', context),
    quotes: async (a: ArticleRecord, args: Record<string, unknown>, context: MercuriusContext) => quotesOfKinds(await context.peer.quotes.load(a.id), args),
  },
  Quote: {
    speaker: async (q: QuoteRecord, _args: unknown, context: MercuriusContext) => {
      if (q.speakerId === null) return null;
      const record = await context.peer.entities.load(q.speakerId);
      return record?.type === 'person' ? record : null;
    },
    source: async (q: QuoteRecord, _args: unknown, context: MercuriusContext) => {
      const type = q.speakerId !== null ? 'person' : 'organization';
      const id = q.speakerId ?? q.sourceOrganizationId;
      if (id === null) return null;
      const record = await context.peer.entities.load(id);
      return record?.type === type ? record : null;
    },
  },
};

runServer('mercurius-server', async () => {
  const config = loadConfig(process.env);
  const services = { store: await openArticleStore(config.databaseUrl), entities: await openEntityService(config) };
  const { Node, SearchResult, Entity, ...baseline } = baselineResolvers(services);
  const resolvers = { ...baseline, Article: { ...baseline.Article, ...peerFieldResolvers.Article }, Quote: { ...baseline.Quote, ...peerFieldResolvers.Quote } };
  const app = Fastify({ logger: false });
  await app.register(mercurius, {
    schema: BASELINE_SDL,
    // Mercurius reads an abstract type's resolveType (not __resolveType).
    resolvers: { ...resolvers, Node: { resolveType: Node.__resolveType }, SearchResult: { resolveType: SearchResult.__resolveType }, Entity: { resolveType: Entity.__resolveType } },
    context: () => ({ peer: peerContext(services) }),
    jit: 1,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `${address}/graphql`, close: () => app.close() };
});
