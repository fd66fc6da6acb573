import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { Entity } from '../schema/entity.union';
import { Mention } from '../schema/mention.type';
import type { RequestContext } from '../src/context/request-context';
import { entityNodeOrNull, type EntityNode } from './entity-node';
import type { MentionRecord } from '../src/records/article-records';
import { fromEntityService } from './upstream';

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'Who or what is named; null only when the entity service fails.' })
  entity(@Root() mention: MentionRecord, @Ctx() ctx: RequestContext): EntityNode | null | Promise<EntityNode | null> {
    const known = ctx.loaders.entity.peek(mention.entityId);
    return known !== undefined ? entityNodeOrNull(known) : fromEntityService(ctx.loaders.entity.load(mention.entityId).then(entityNodeOrNull));
  }

  @FieldResolver(() => String, { description: 'How the mention was linked to the entity, e.g. "alias", "surname".' })
  method(@Root() mention: MentionRecord): string {
    return mention.method;
  }

  @FieldResolver(() => Float, { description: 'Confidence of the link, from 0 to 1.' })
  confidence(@Root() mention: MentionRecord): number {
    return mention.confidence;
  }
}
