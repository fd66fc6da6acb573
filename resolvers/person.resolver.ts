import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionShape } from '../schema/connection';
import { ArticleConnection, PersonConnection, QuoteConnection } from '../schema/connections';
import { Organization } from '../schema/organization.type';
import { Person } from '../schema/person.type';
import { DEFAULT_QUOTE_KINDS, QuoteKind, type QuoteKindName } from '../schema/quote-kind.enum';
import { Role } from '../schema/role.type';
import type { RequestContext } from '../src/context/request-context';
import type { RoleRecord } from '../src/records/entity-records';
import { entityNode, type OrganizationNode, type PersonNode } from './entity-node';
import { localIdOf } from '../src/ids';
import type { ArticleRecord } from '../src/records/article-records';
import { listEntities } from './entity-cursor';
import { loadEntities, loadEntity } from './entity-loading';
import { pageRequest, toConnection } from './pagination';
import { checkedKinds } from './quote-kinds';
import { quoteNode, type QuoteNode } from './quote-node';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by id; the id of a person merged into another (`mergeEntities`) answers that other person.' })
  async person(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<PersonNode | null> {
    const localId = localIdOf(id, 'Person');
    return localId === null ? null : loadEntity(ctx, localId, 'person');
  }

  @Query(() => PersonConnection, { description: 'People, by name; `search` matches names and aliases.' })
  async people(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
  ): Promise<ConnectionShape<PersonNode>> {
    const page = pageRequest(first, after);
    return toConnection(await listEntities(ctx, 'person', page, search), page, entityNode) as ConnectionShape<PersonNode>;
  }

  // `id` is read off the PersonNode (resolvers/entity-node.ts): no resolver.

  @FieldResolver(() => [Role])
  roles(@Root() person: PersonNode): RoleRecord[] {
    return person.roles;
  }

  @FieldResolver(() => [Organization], { description: 'Organizations the person holds a role in.' })
  affiliations(@Root() person: PersonNode, @Ctx() ctx: RequestContext): OrganizationNode[] | Promise<OrganizationNode[]> {
    const ids = [...new Set(person.roles.map((r) => r.organizationId).filter((id): id is number => id !== null))];
    return loadEntities(ctx, ids, 'organization');
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention the person, newest first.' })
  async articles(
    @Root() person: PersonNode,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ConnectionShape<ArticleRecord>> {
    const page = pageRequest(first, after);
    return toConnection(await ctx.loaders.articlesByEntity.load({ entityId: person.record.id, page }), page);
  }

  @FieldResolver(() => QuoteConnection, { description: "The person's quotes of the given kinds (direct by default), newest article first, then reading order." })
  async quotes(
    @Root() person: PersonNode,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('kinds', () => [QuoteKind], {
      nullable: true,
      defaultValue: DEFAULT_QUOTE_KINDS,
      description: 'Absent or null: [DIRECT], what this field answered before reported speech was stored.',
    })
    kinds?: QuoteKindName[] | null,
  ): Promise<ConnectionShape<QuoteNode>> {
    const page = pageRequest(first, after);
    return toConnection(await ctx.loaders.quotesBySpeaker.load({ entityId: person.record.id, page, kinds: checkedKinds(kinds, 'kinds') }), page, quoteNode);
  }
}
