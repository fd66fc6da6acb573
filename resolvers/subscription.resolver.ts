import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import { Article } from '../schema/article.type';
import { Entity } from '../schema/entity.union';
import { ArticleIngestedFilter, EntityChange, EntityChangedEvent, QuoteAddedFilter } from '../schema/live-events';
import { Quote } from '../schema/quote.type';
import type { RequestContext } from '../src/context/request-context';
import { entityNodeOrNull, type EntityNode } from './entity-node';
import { BadUserInputError } from '../src/errors';
import { parseGlobalId } from '../src/ids';
import { liveEvents, mentionsAll, type LiveArgs } from '../src/context/live-events';
import { entityRoute, speakerRoute, typeRoute, type NewsEvent } from '../src/events/news-events';
import type { ArticleRecord } from '../src/records/article-records';
import { checkedKinds } from './quote-kinds';
import { quoteNodeOrNull, type QuoteNode } from './quote-node';
import { toUnavailable } from './upstream';

type Of<T extends NewsEvent['type']> = Extract<NewsEvent, { type: T }>;

/** Events as they happen, over WebSocket (graphql-transport-ws) at the GraphQL path; see docs/subscriptions.md. */
@Resolver(() => EntityChangedEvent)
export class SubscriptionResolver {
  @Subscription(() => Article, {
    description: 'Each article as it is ingested (created or changed), on any replica.',
    subscribe: ({ args, context }: LiveArgs<{ filter?: ArticleIngestedFilter | null }>) => {
      const mentions = entityIds(args.filter?.mentions, 'filter.mentions');
      const section = args.filter?.section?.toLowerCase() ?? null;
      return liveEvents(
        context,
        (e): e is Of<'articleIngested'> => e.type === 'articleIngested' && (section === null || e.section?.toLowerCase() === section) && mentionsAll(e.mentions, mentions),
        typeRoute('articleIngested'),
      );
    },
  })
  articleIngested(
    @Root() event: Of<'articleIngested'>,
    @Ctx() ctx: RequestContext,
    // Declared for the schema; the subscribe function reads it.
    @Arg('filter', () => ArticleIngestedFilter, { nullable: true }) _filter?: ArticleIngestedFilter | null,
  ): Promise<ArticleRecord | null> {
    return ctx.loaders.article.load(event.articleId);
  }

  @Subscription(() => Quote, {
    description: 'Each quote as its article is ingested, on any replica.',
    subscribe: ({ args, context }: LiveArgs<{ filter?: QuoteAddedFilter | null }>) => {
      const speaker = args.filter?.speaker == null ? null : entityIds([args.filter.speaker], 'filter.speaker', 'Person')[0];
      const mentions = entityIds(args.filter?.mentions, 'filter.mentions');
      const kinds = checkedKinds(args.filter?.kinds, 'filter.kinds');
      return liveEvents(
        context,
        (e): e is Of<'quoteAdded'> => e.type === 'quoteAdded' && kinds.includes(e.kind) && (speaker === null || e.speakerId === speaker) && mentionsAll(e.mentions, mentions),
        speaker === null ? typeRoute('quoteAdded') : speakerRoute(speaker),
      );
    },
  })
  quoteAdded(
    @Root() event: Of<'quoteAdded'>,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => QuoteAddedFilter, { nullable: true }) _filter?: QuoteAddedFilter | null,
  ): Promise<QuoteNode | null> {
    return ctx.loaders.quote.load(event.quoteId).then(quoteNodeOrNull);
  }

  @Subscription(() => EntityChangedEvent, {
    description: "Changes to one person or organization: a new name from an ingested article, an editor's correction, a merge.",
    subscribe: ({ args, context }: LiveArgs<{ id: string }>) => {
      const [id] = entityIds([args.id], 'id');
      return liveEvents(context, (e): e is Of<'entityChanged'> => e.type === 'entityChanged' && e.entityId === id, entityRoute(id));
    },
  })
  entityChanged(@Root() event: Of<'entityChanged'>, @Arg('id', () => ID) _id: string): { change: EntityChange; entityId: number } {
    return { change: event.change as EntityChange, entityId: event.entityId };
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'The entity as it is now; null when the entity service cannot answer.' })
  entity(@Root() event: { entityId: number }, @Ctx() ctx: RequestContext): Promise<EntityNode | null> {
    return ctx.loaders.entity.load(event.entityId).then(entityNodeOrNull, toUnavailable);
  }
}

/** Global ids of people or organizations as the entity service's ids; anything else is the client's mistake. */
function entityIds(ids: readonly string[] | null | undefined, argument: string, only?: 'Person'): number[] {
  return (ids ?? []).map((globalId) => {
    const parsed = parseEntityId(globalId);
    if (parsed === null || (only !== undefined && parsed.type !== only)) {
      throw new BadUserInputError(`Argument "${argument}" must be the id of a ${only ?? 'Person or Organization'}.`, { argument });
    }
    return parsed.id;
  });
}

function parseEntityId(globalId: string): { type: 'Person' | 'Organization'; id: number } | null {
  const parsed = parseGlobalId(globalId);
  return parsed !== null && (parsed.type === 'Person' || parsed.type === 'Organization') ? { type: parsed.type, id: parsed.id } : null;
}
