import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../schema/node.interface';
import type { RequestContext } from '../src/context/request-context';
import { loadNode, type NodeRecord } from './entity-loading';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; a merged person or organization answers the one it was merged into.' })
  node(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): NodeRecord | null | Promise<NodeRecord | null> {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Many objects by global id, in the order asked; null where none.' })
  nodes(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]): Promise<(NodeRecord | null)[]> {
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
