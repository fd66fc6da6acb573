import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLDateTime } from 'graphql-scalars';
import { loadConfig } from '../src/config/config';
import type { EntityService } from '../src/entities/entity-service';
import type { EntityRecord, OrganizationRecord, PersonRecord } from '../src/records/entity-records';
import { openEntityService } from '../src/entities/open-entity-service';
import { localIdOf, toGlobalId } from '../src/ids';
import type { ArticleStore } from '../src/store/article-store';
import { openArticleStore } from '../src/store/open-article-store';
import type { ArticleRecord, Page, QuoteKind, QuoteRecord } from '../src/records/article-records';
import { nodeTypeName } from '../schema/node.interface';
// The same result order as the gateway's search, so both answer the same bytes.
import { interleave } from '../resolvers/interleave';
import { runServer } from './processes';

/**
 * The baseline every server is compared against: plain Apollo Server 5 and
 * graphql-js, SDL plus a resolver map over the same store and entity service,
 * the way a first version is usually written: no DataLoaders, so every
 * field that needs data makes its own call (N+1). It covers the fields the
 * benchmark scenarios ask for and answers them with the same data as the
 * gateway (the runner checks that).
 */
export const BASELINE_SDL = /* GraphQL */ `
  scalar DateTime
  enum OrganizationKind { GOVERNMENT GOVERNMENT_AGENCY LEGISLATURE POLITICAL_PARTY MILITARY INTERNATIONAL NEWS_MEDIA COMPANY NGO EDUCATION OTHER }
  enum QuoteKind { DIRECT INDIRECT MIXED }
  interface Node { id: ID! }
  type Article implements Node {
    id: ID! slug: String! headline: String! section: String dateline: String byline: String
    publishedAt: DateTime body: String!
    people: [Person!] organizations: [Organization!] quotes(kinds: [QuoteKind!] = [DIRECT]): [Quote!]!
  }
  type Person implements Node {
    id: ID! name: String! aliases: [String!]! title: String
    affiliations: [Organization!]!
    quotes(first: Int, after: String): QuoteConnection!
  }
  type Organization implements Node { id: ID! name: String! aliases: [String!]! kind: OrganizationKind! country: String }
  type Quote implements Node {
    id: ID! text: String! speaker: Person speakerName: String article: Article! paragraph: Int! partial: Boolean!
    kind: QuoteKind! cue: String source: Entity
  }
  union Entity = Organization | Person
  type ArticleConnection { nodes: [Article!]! totalCount: Int! }
  type QuoteConnection { nodes: [Quote!]! totalCount: Int! }
  union SearchResult = Article | Person | Organization | Quote
  input QuoteFilter { speaker: ID }
  type Query {
    article(id: ID, slug: String): Article
    articles(first: Int, after: String): ArticleConnection!
    person(id: ID!): Person
    quotes(first: Int, after: String, filter: QuoteFilter): QuoteConnection!
    search(query: String!, first: Int): [SearchResult!]!
  }
`;

export interface BaselineServices {
  store: ArticleStore;
  entities: EntityService;
}

type Args = Record<string, unknown>;

/** Direct quotes only: what every quote listing but Article.quotes(kinds:) answers (the gateway's default). */
const DIRECT: QuoteKind[] = ['direct'];

/** The store's kinds for a `kinds` argument (QuoteKind names; absent or null: DIRECT). */
export function kindsArg(args: Args): QuoteKind[] {
  const names = args.kinds as string[] | null | undefined;
  return names == null ? DIRECT : names.map((name) => name.toLowerCase() as QuoteKind);
}

/** An article's quotes (all kinds, reading order) narrowed to the `kinds` argument. */
export function quotesOfKinds(quotes: QuoteRecord[], args: Args): QuoteRecord[] {
  const kinds = kindsArg(args);
  return quotes.filter((q) => kinds.includes(q.kind));
}

const connection = <T>(page: Page<T>) => ({ nodes: page.rows.map((r) => r.node), totalCount: page.totalCount });

async function entitiesOfType(entities: EntityService, ids: number[], type: 'person' | 'organization'): Promise<EntityRecord[]> {
  if (ids.length === 0) return [];
  return (await entities.getByIds(ids)).filter((e): e is EntityRecord => e !== null && e.type === type);
}

async function mentioned(services: BaselineServices, article: ArticleRecord, type: 'person' | 'organization'): Promise<EntityRecord[]> {
  const [mentions] = await services.store.mentionsByArticle([article.id]);
  const ids = [...new Set(mentions.filter((m) => m.entityType === type).map((m) => m.entityId))];
  return entitiesOfType(services.entities, ids, type);
}

/** The resolver map: one store or entity-service call per field per parent. */
export function baselineResolvers(services: BaselineServices) {
  const { store, entities } = services;
  return {
    DateTime: GraphQLDateTime,
    Node: { __resolveType: (value: unknown) => nodeTypeName(value) },
    SearchResult: { __resolveType: (value: unknown) => nodeTypeName(value) },
    Entity: { __resolveType: (value: unknown) => nodeTypeName(value) },
    Query: {
      article: async (_: unknown, args: Args) => {
        if (typeof args.slug === 'string') return (await store.getArticlesBySlug([args.slug]))[0];
        const id = localIdOf(String(args.id), 'Article');
        return id === null ? null : (await store.getArticles([id]))[0];
      },
      articles: async (_: unknown, args: Args) =>
        connection(await store.listArticles({}, { limit: (args.first as number | null) ?? 20, after: (args.after as string | null) ?? null })),
      person: async (_: unknown, args: Args) => {
        const id = localIdOf(String(args.id), 'Person');
        return id === null ? null : ((await entitiesOfType(entities, [id], 'person'))[0] ?? null);
      },
      quotes: async (_: unknown, args: Args) => {
        const filter = args.filter as { speaker?: string } | null;
        const speaker = filter?.speaker ? localIdOf(filter.speaker, 'Person') : null;
        const page = { limit: (args.first as number | null) ?? 20, after: (args.after as string | null) ?? null };
        return connection(await store.listQuotes(speaker === null ? { kinds: DIRECT } : { speakers: [speaker], kinds: DIRECT }, page));
      },
      search: async (_: unknown, args: Args) => {
        const text = String(args.query).trim();
        const limit = (args.first as number | null) ?? 20;
        const [people, organizations, articles, quotes] = await Promise.all([
          entities.list({ type: 'person', search: text, limit: limit + 1 }),
          entities.list({ type: 'organization', search: text, limit: limit + 1 }),
          store.listArticles({ search: text }, { limit }),
          store.listQuotes({ search: text, kinds: DIRECT }, { limit }),
        ]);
        const hits = [
          ...people.items.slice(0, limit),
          ...organizations.items.slice(0, limit),
          ...interleave(articles.rows.map((r) => r.node), quotes.rows.map((r) => r.node)),
        ];
        return hits.slice(0, limit);
      },
    },
    Article: {
      id: (a: ArticleRecord) => toGlobalId('Article', a.id),
      body: (a: ArticleRecord) => a.paragraphs.join('\n\n'),
      people: (a: ArticleRecord) => mentioned(services, a, 'person'),
      organizations: (a: ArticleRecord) => mentioned(services, a, 'organization'),
      quotes: async (a: ArticleRecord, args: Args) => quotesOfKinds((await store.quotesByArticle([a.id]))[0], args),
    },
    Person: {
      id: (p: PersonRecord) => toGlobalId('Person', p.id),
      affiliations: (p: PersonRecord) => {
        const ids = [...new Set(p.roles.map((r) => r.organizationId).filter((id): id is number => id !== null))];
        return entitiesOfType(entities, ids, 'organization');
      },
      quotes: async (p: PersonRecord, args: Args) =>
        connection((await store.quotesBySpeaker([{ speakerId: p.id, page: { limit: (args.first as number | null) ?? 20, after: (args.after as string | null) ?? null }, kinds: DIRECT }]))[0]),
    },
    Organization: { id: (o: OrganizationRecord) => toGlobalId('Organization', o.id) },
    Quote: {
      id: (q: QuoteRecord) => toGlobalId('Quote', q.id),
      speaker: async (q: QuoteRecord) => (q.speakerId === null ? null : ((await entitiesOfType(entities, [q.speakerId], 'person'))[0] ?? null)),
      kind: (q: QuoteRecord) => q.kind.toUpperCase(),
      // The person named, else the organization ("the ministry said").
      source: async (q: QuoteRecord) => {
        if (q.speakerId !== null) return (await entitiesOfType(entities, [q.speakerId], 'person'))[0] ?? null;
        return q.sourceOrganizationId === null ? null : ((await entitiesOfType(entities, [q.sourceOrganizationId], 'organization'))[0] ?? null);
      },
      article: async (q: QuoteRecord) => (await store.getArticles([q.articleId]))[0],
    },
  };
}

export function createBaselineApollo(services: BaselineServices): ApolloServer {
  return new ApolloServer({
    typeDefs: BASELINE_SDL,
    resolvers: baselineResolvers(services),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}

/** As a process: opens the configured stores and serves on a free port, printing `READY <url>`. */
if (require.main === module) {
  runServer('baseline-server', async () => {
    const config = loadConfig(process.env);
    const store = await openArticleStore(config.databaseUrl);
    const entities = await openEntityService(config);
    const apollo = createBaselineApollo({ store, entities });
    const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
    return { url: `${url.replace(/\/$/, '')}/graphql`, close: () => apollo.stop() };
  });
}
