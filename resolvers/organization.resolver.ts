import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionShape } from '../schema/connection';
import { ArticleConnection, OrganizationConnection } from '../schema/connections';
import { Organization } from '../schema/organization.type';
import { Person } from '../schema/person.type';
import type { RequestContext } from '../src/context/request-context';
import { entityNode, type OrganizationNode, type PersonNode } from './entity-node';
import { localIdOf } from '../src/ids';
import type { ArticleRecord } from '../src/records/article-records';
import { listEntities } from './entity-cursor';
import { loadEntities, loadEntity } from './entity-loading';
import { pageRequest, toConnection } from './pagination';
import { fromEntityService } from './upstream';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'An organization by id; the id of one merged into another (`mergeEntities`) answers that other.' })
  async organization(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<OrganizationNode | null> {
    const localId = localIdOf(id, 'Organization');
    return localId === null ? null : loadEntity(ctx, localId, 'organization');
  }

  @Query(() => OrganizationConnection, { description: 'Organizations, by name; `search` matches names and aliases.' })
  async organizations(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
  ): Promise<ConnectionShape<OrganizationNode>> {
    const page = pageRequest(first, after);
    return toConnection(await listEntities(ctx, 'organization', page, search), page, entityNode) as ConnectionShape<OrganizationNode>;
  }

  // `id` is read off the OrganizationNode (resolvers/entity-node.ts): no resolver.

  @FieldResolver(() => Organization, { nullable: true, description: 'The body this one belongs to, if any.' })
  parent(@Root() organization: OrganizationNode, @Ctx() ctx: RequestContext): OrganizationNode | null | Promise<OrganizationNode | null> {
    return organization.parentId === null ? null : loadEntity(ctx, organization.parentId, 'organization');
  }

  @FieldResolver(() => [Person], { description: 'People who hold a role in the organization.' })
  async members(@Root() organization: OrganizationNode, @Ctx() ctx: RequestContext): Promise<PersonNode[]> {
    const ids = await fromEntityService(ctx.loaders.membersOf.load(organization.record.id));
    return loadEntities(ctx, ids, 'person');
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention the organization, newest first.' })
  async articles(
    @Root() organization: OrganizationNode,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ConnectionShape<ArticleRecord>> {
    const page = pageRequest(first, after);
    return toConnection(await ctx.loaders.articlesByEntity.load({ entityId: organization.record.id, page }), page);
  }
}
