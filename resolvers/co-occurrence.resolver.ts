import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Article } from '../schema/article.type';
import type { ConnectionShape } from '../schema/connection';
import { CoOccurrence, CoOccurrenceConnection } from '../schema/co-occurrence.type';
import { Entity } from '../schema/entity.union';
import { Organization } from '../schema/organization.type';
import { Person } from '../schema/person.type';
import type { RequestContext } from '../src/context/request-context';
import { entityNodeOrNull, type EntityNode, type OrganizationNode, type PersonNode } from './entity-node';
import type { ArticleRecord, CoOccurrenceKind, CoOccurrenceRecord } from '../src/records/article-records';
import { pageRequest, toConnection } from './pagination';
import { fromEntityService } from './upstream';

async function coOccurring(ctx: RequestContext, kind: CoOccurrenceKind, entityId: number, first?: number | null, after?: string | null): Promise<ConnectionShape<CoOccurrenceRecord>> {
  const page = pageRequest(first, after);
  return toConnection(await ctx.loaders.coOccurrences.load({ kind, entityId, page }), page);
}

const MENTIONED = 'The people and organizations most often named in the same articles, most shared first (then by id).';

@Resolver(() => CoOccurrence)
export class CoOccurrenceResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The other person or organization; null only when the entity service fails.' })
  entity(@Root() pair: CoOccurrenceRecord, @Ctx() ctx: RequestContext): Promise<EntityNode | null> {
    return fromEntityService(ctx.loaders.entity.load(pair.entityId).then(entityNodeOrNull));
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The newest article the two share, by publication time.' })
  latestArticle(@Root() pair: CoOccurrenceRecord, @Ctx() ctx: RequestContext): Promise<ArticleRecord | null> {
    return ctx.loaders.article.load(pair.latestArticleId);
  }
}

@Resolver(() => Person)
export class PersonCoOccurrenceResolver {
  @FieldResolver(() => CoOccurrenceConnection, { description: MENTIONED })
  coMentioned(
    @Root() person: PersonNode,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ConnectionShape<CoOccurrenceRecord>> {
    return coOccurring(ctx, 'mentioned', person.record.id, first, after);
  }

  @FieldResolver(() => CoOccurrenceConnection, { description: 'Speakers quoted in the same articles as this person, most shared first (then by id).' })
  quotedAlongside(
    @Root() person: PersonNode,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ConnectionShape<CoOccurrenceRecord>> {
    return coOccurring(ctx, 'quoted', person.record.id, first, after);
  }
}

@Resolver(() => Organization)
export class OrganizationCoOccurrenceResolver {
  @FieldResolver(() => CoOccurrenceConnection, { description: MENTIONED })
  coMentioned(
    @Root() organization: OrganizationNode,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ConnectionShape<CoOccurrenceRecord>> {
    return coOccurring(ctx, 'mentioned', organization.record.id, first, after);
  }
}
