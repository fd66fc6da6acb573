import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../schema/node.interface';
import type { RequestContext } from '../src/context';
import type { EntityRecord } from '../src/entities/records';
import { parseGlobalId } from '../src/ids';
import type { ArticleRecord, QuoteRecord } from '../src/store/records';
import { loadEntity } from './entity-loading';

type NodeRecord = ArticleRecord | QuoteRecord | EntityRecord;

/** Resolves any global id through the request's loaders; unknown or foreign ids are null. */
export function loadNode(ctx: RequestContext, globalId: string): Promise<NodeRecord | null> {
  const parsed = parseGlobalId(globalId);
  if (!parsed) return Promise.resolve(null);
  switch (parsed.type) {
    case 'Article':
      return ctx.loaders.article.load(parsed.id);
    case 'Quote':
      return ctx.loaders.quote.load(parsed.id);
    case 'Person':
      return loadEntity(ctx, parsed.id, 'person');
    case 'Organization':
      return loadEntity(ctx, parsed.id, 'organization');
  }
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id.' })
  node(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<NodeRecord | null> {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Many objects by global id, in the order asked; null where none.' })
  nodes(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]): Promise<(NodeRecord | null)[]> {
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
