import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Entity } from '../schema/entity.union';
import { MergeEntitiesInput } from '../schema/merge-entities.input';
import { requireRole } from '../src/auth/api-keys';
import type { RequestContext } from '../src/context/request-context';
import { mergeEntities } from '../src/editing/merge-entities';
import { BadUserInputError } from '../src/errors';
import { expectGlobalId, parseGlobalId } from '../src/ids';
import { entityNode, type EntityNode } from './entity-node';

@Resolver()
export class EntityMergeResolver {
  @Mutation(() => Entity, {
    description:
      'Merges duplicate people or organizations into one and returns it. The ids of `from` resolve to it from then on (`node`, `person`, `organization`), and `entityChanged` announces MERGED for it and for each of them. Running the same merge again changes nothing. Needs an editor key.',
  })
  async mergeEntities(@Ctx() ctx: RequestContext, @Arg('input', () => MergeEntitiesInput) input: MergeEntitiesInput): Promise<EntityNode> {
    requireRole(ctx.viewer, 'editor');
    const into = parseGlobalId(input.into);
    if (into === null || (into.type !== 'Person' && into.type !== 'Organization')) {
      throw new BadUserInputError('Argument "input.into" must be the id of a Person or Organization.', { argument: 'input.into' });
    }
    const from = input.from.map((id, i) => expectGlobalId(id, into.type, `input.from[${i}]`));
    const survivor = await mergeEntities(ctx.services, { type: into.type === 'Person' ? 'person' : 'organization', into: into.id, from });
    await ctx.services.onDataChanged?.();
    // What this request read before the merge is stale: every id named now reads as the survivor.
    for (const id of [into.id, ...from]) ctx.loaders.entity.clear(id).prime(id, survivor);
    return entityNode(survivor);
  }
}
