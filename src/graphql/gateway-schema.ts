import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type PubSub } from 'type-graphql';
import { ArticleResolver } from '../../resolvers/article.resolver';
import { ArticleCorrectionsResolver, CorrectionResolver, CorrectionSpeakerResolver, QuoteCorrectionsResolver } from '../../resolvers/correction.resolver';
import { CoOccurrenceResolver, OrganizationCoOccurrenceResolver, PersonCoOccurrenceResolver } from '../../resolvers/co-occurrence.resolver';
import { EntityMergeResolver } from '../../resolvers/entity-merge.resolver';
import { MentionResolver } from '../../resolvers/mention.resolver';
import { NodeResolver } from '../../resolvers/node.resolver';
import { OrganizationResolver } from '../../resolvers/organization.resolver';
import { PersonResolver } from '../../resolvers/person.resolver';
import { QuoteResolver } from '../../resolvers/quote.resolver';
import { RoleResolver } from '../../resolvers/role.resolver';
import { SearchResolver } from '../../resolvers/search.resolver';
import { PersonTimelineResolver } from '../../resolvers/timeline.resolver';
import { SubscriptionResolver } from '../../resolvers/subscription.resolver';
import { resolveFieldsDirectly } from '../execution/direct-field-resolvers';
import { resolveNodeTypesSynchronously } from '../execution/type-resolution';
import { nodeTypeName } from '../../schema/node.interface';

export const RESOLVERS = [
  NodeResolver,
  ArticleResolver,
  MentionResolver,
  PersonResolver,
  RoleResolver,
  OrganizationResolver,
  QuoteResolver,
  EntityMergeResolver,
  SearchResolver,
  ArticleCorrectionsResolver,
  QuoteCorrectionsResolver,
  CorrectionResolver,
  CorrectionSpeakerResolver,
  SubscriptionResolver,
  CoOccurrenceResolver,
  PersonCoOccurrenceResolver,
  OrganizationCoOccurrenceResolver,
  PersonTimelineResolver,
] as const;

/**
 * Every @Subscription here brings its own subscribe function over the services' event
 * stream (src/events/); type-graphql asks for a topic PubSub all the same, and this one
 * says, if anything ever used it, that topics are not how this schema subscribes.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('Publish through Services.events (src/events/), not type-graphql topics.');
  },
  subscribe: () => {
    throw new Error('Subscriptions listen to Services.events (src/events/), not type-graphql topics.');
  },
};

let built: GraphQLSchema | null = null;

/**
 * The gateway's executable schema, built once per process from the
 * type-graphql classes (type-graphql keeps its metadata globally, so building
 * it twice would only repeat the same work).
 */
export function buildGatewaySchema(): GraphQLSchema {
  // Abstract types resolve synchronously, as compiled execution needs (src/execution/type-resolution.ts).
  if (built === null) {
    built = resolveNodeTypesSynchronously(buildSchemaSync({ resolvers: [...RESOLVERS], validate: false, pubSub: NO_TOPICS }), nodeTypeName);
    // Field resolvers and queries with simple parameters and no middlewares skip type-graphql's per-call parameter handling.
    resolveFieldsDirectly(built, RESOLVERS);
  }
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so that it is stable. */
export function printGatewaySchema(schema: GraphQLSchema = buildGatewaySchema()): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
