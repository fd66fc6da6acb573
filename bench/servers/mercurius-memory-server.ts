import 'reflect-metadata';
import Fastify from 'fastify';
import DataLoader from 'dataloader';
import mercurius, { type MercuriusContext } from 'mercurius';
import { GraphQLDateTime } from 'graphql-scalars';
import { loadConfig } from '../../src/config/config';
import type { EntityRecord, OrganizationRecord, PersonRecord } from '../../src/records/entity-records';
import { openEntityService } from '../../src/entities/open-entity-service';
import { localIdOf, toGlobalId } from '../../src/ids';
import { openArticleStore } from '../../src/store/open-article-store';
import type { ArticleRecord, MentionRecord, QuoteRecord } from '../../src/records/article-records';
import { nodeTypeName } from '../../schema/node.interface';
import { interleave } from '../../resolvers/interleave';
import { BASELINE_SDL, quotesOfKinds } from '../baseline-server';
import { runServer } from '../processes';
import { loadMemoryCorpus, type MemoryCorpus } from './memory-corpus';

/**
 * A Mercurius app as its users build it, with the data in memory: Fastify 5 +
 * Mercurius 16 with graphql-jit (`jit: 1`), an SDL schema (the baseline's),
 * a resolver map and a set of DataLoaders per request over the corpus read
 * into memory once at start (bench/servers/memory-corpus.ts). No store, no
 * entity service, no SQL after loading: the fair "pick Mercurius" peer.
 */
interface MemoryLoaders {
  article: DataLoader<number, ArticleRecord | null>;
  mentions: DataLoader<number, MentionRecord[]>;
  quotes: DataLoader<number, QuoteRecord[]>;
  entity: DataLoader<number, EntityRecord | null>;
}

declare module 'mercurius' {
  interface MercuriusContext {
    memory: MemoryLoaders;
  }
}

type Args = Record<string, unknown>;

function loaders(corpus: MemoryCorpus): MemoryLoaders {
  return {
    article: new DataLoader(async (ids: readonly number[]) => ids.map((id) => corpus.articleById.get(id) ?? null)),
    mentions: new DataLoader(async (ids: readonly number[]) => ids.map((id) => corpus.mentionsOf.get(id) ?? [])),
    quotes: new DataLoader(async (ids: readonly number[]) => ids.map((id) => corpus.quotesOf.get(id) ?? [])),
    entity: new DataLoader(async (ids: readonly number[]) => ids.map((id) => corpus.entityById.get(id) ?? null)),
  };
}

async function entitiesOfType<T extends EntityRecord>(ctx: MercuriusContext, ids: number[], type: T['type']): Promise<T[]> {
  const records = await ctx.memory.entity.loadMany(ids);
  return records.filter((e): e is T => !(e instanceof Error) && e !== null && e.type === type);
}

async function mentioned<T extends EntityRecord>(ctx: MercuriusContext, article: ArticleRecord, type: T['type']): Promise<T[]> {
  const mentions = await ctx.memory.mentions.load(article.id);
  return entitiesOfType<T>(ctx, [...new Set(mentions.filter((m) => m.entityType === type).map((m) => m.entityId))], type);
}

const directPage = (corpus: MemoryCorpus, speakerId: number | null, first: number) => {
  const all = speakerId === null ? [] : (corpus.directQuotesBySpeaker.get(speakerId) ?? []);
  return { nodes: all.slice(0, first), totalCount: all.length };
};

function resolvers(corpus: MemoryCorpus) {
  return {
    DateTime: GraphQLDateTime,
    Node: { resolveType: (value: unknown) => nodeTypeName(value) },
    SearchResult: { resolveType: (value: unknown) => nodeTypeName(value) },
    Entity: { resolveType: (value: unknown) => nodeTypeName(value) },
    Query: {
      article: (_: unknown, args: Args) => {
        if (typeof args.slug === 'string') return corpus.articleBySlug.get(args.slug) ?? null;
        const id = localIdOf(String(args.id), 'Article');
        return id === null ? null : (corpus.articleById.get(id) ?? null);
      },
      articles: (_: unknown, args: Args) => ({ nodes: corpus.articles.slice(0, (args.first as number | null) ?? 20), totalCount: corpus.articles.length }),
      person: (_: unknown, args: Args) => {
        const record = corpus.entityById.get(localIdOf(String(args.id), 'Person') ?? -1);
        return record?.type === 'person' ? record : null;
      },
      quotes: (_: unknown, args: Args) => {
        const filter = args.filter as { speaker?: string } | null;
        return directPage(corpus, filter?.speaker ? localIdOf(filter.speaker, 'Person') : null, (args.first as number | null) ?? 20);
      },
      search: (_: unknown, args: Args) => {
        const text = String(args.query).trim();
        const limit = (args.first as number | null) ?? 20;
        return [
          ...corpus.searchEntities(corpus.people, text, limit),
          ...corpus.searchEntities(corpus.organizations, text, limit),
          ...interleave<ArticleRecord, QuoteRecord>(corpus.searchArticles(text, limit), corpus.searchDirectQuotes(text, limit)),
        ].slice(0, limit);
      },
    },
    Article: {
      id: (a: ArticleRecord) => toGlobalId('Article', a.id),
      body: (a: ArticleRecord) => a.paragraphs.join('\n\n'),
      people: (a: ArticleRecord, _: Args, ctx: MercuriusContext) => mentioned<PersonRecord>(ctx, a, 'person'),
      organizations: (a: ArticleRecord, _: Args, ctx: MercuriusContext) => mentioned<OrganizationRecord>(ctx, a, 'organization'),
      quotes: async (a: ArticleRecord, args: Args, ctx: MercuriusContext) => quotesOfKinds(await ctx.memory.quotes.load(a.id), args),
    },
    Person: {
      id: (p: PersonRecord) => toGlobalId('Person', p.id),
      affiliations: (p: PersonRecord, _: Args, ctx: MercuriusContext) =>
        entitiesOfType<OrganizationRecord>(ctx, [...new Set(p.roles.map((r) => r.organizationId).filter((id): id is number => id !== null))], 'organization'),
      quotes: (p: PersonRecord, args: Args) => directPage(corpus, p.id, (args.first as number | null) ?? 20),
    },
    Organization: { id: (o: OrganizationRecord) => toGlobalId('Organization', o.id) },
    Quote: {
      id: (q: QuoteRecord) => toGlobalId('Quote', q.id),
      speaker: async (q: QuoteRecord, _: Args, ctx: MercuriusContext) => {
        if (q.speakerId === null) return null;
        const record = await ctx.memory.entity.load(q.speakerId);
        return record?.type === 'person' ? record : null;
      },
      kind: (q: QuoteRecord) => q.kind.toUpperCase(),
      // The person named, else the organization ("the ministry said").
      source: async (q: QuoteRecord, _: Args, ctx: MercuriusContext) => {
        const type = q.speakerId !== null ? 'person' : 'organization';
        const id = q.speakerId ?? q.sourceOrganizationId;
        if (id === null) return null;
        const record = await ctx.memory.entity.load(id);
        return record?.type === type ? record : null;
      },
      article: (q: QuoteRecord, _: Args, ctx: MercuriusContext) => ctx.memory.article.load(q.articleId),
    },
  };
}

runServer('mercurius-memory-server', async () => {
  const config = loadConfig(process.env);
  const store = await openArticleStore(config.databaseUrl);
  const entities = await openEntityService(config);
  const corpus = await loadMemoryCorpus(store, entities);
  // In memory from here on: the store and entity service are not read again.
  await store.close();
  await entities.close();
  const app = Fastify({ logger: false });
  await app.register(mercurius, { schema: BASELINE_SDL, resolvers: resolvers(corpus), context: () => ({ memory: loaders(corpus) }), jit: 1 });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `${address}/graphql`, close: () => app.close() };
});
