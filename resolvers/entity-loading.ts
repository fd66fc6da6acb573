import type { RequestContext } from '../src/context/request-context';
import type { EntityRecord, EntityType } from '../src/records/entity-records';
import { parseGlobalId } from '../src/ids';
import type { ArticleRecord } from '../src/records/article-records';
import { quoteNodeOrNull, type QuoteNode } from './quote-node';
import { entityNode, type EntityNode, type OrganizationNode, type PersonNode } from './entity-node';
import { toUnavailable } from './upstream';

/** What `Person` and `Organization` read (resolvers/entity-node.ts). */
export type NodeOf = { person: PersonNode; organization: OrganizationNode };

/**
 * One entity of the given type, as its node (another type or none is null): synchronously when the request
 * already holds it (e.g. loaded ahead, src/loaders/prefetch.ts), else through the request's loader.
 */
export function loadEntity<T extends EntityType>(ctx: RequestContext, id: number, type: T): NodeOf[T] | null | Promise<NodeOf[T] | null> {
  const known = ctx.loaders.entity.peek(id);
  if (known !== undefined) return ofType(known, type);
  // As fromEntityService, with the type check in the same step.
  return ctx.loaders.entity.load(id).then((entity) => ofType(entity, type), toUnavailable);
}

/** Many entities (as nodes) in one batch, keeping order and dropping the missing and the wrong type; synchronously when the request holds them all. */
export function loadEntities<T extends EntityType>(ctx: RequestContext, ids: readonly number[], type: T): NodeOf[T][] | Promise<NodeOf[T][]> {
  const known = ctx.loaders.entity.peekMany(ids);
  if (known !== undefined) return allOfType(known, type);
  // One load for the whole list; as fromEntityService, with the filtering in the same step.
  return ctx.loaders.entity.loadMany(ids).then((entities) => allOfType(entities, type), toUnavailable);
}

function ofType<T extends EntityType>(entity: EntityRecord | null, type: T): NodeOf[T] | null {
  return entity !== null && entity.type === type ? (entityNode(entity) as NodeOf[T]) : null;
}

function allOfType<T extends EntityType>(entities: readonly (EntityRecord | null)[], type: T): NodeOf[T][] {
  const found: NodeOf[T][] = [];
  for (const entity of entities) if (entity !== null && entity.type === type) found.push(entityNode(entity) as NodeOf[T]);
  return found;
}

export type NodeRecord = ArticleRecord | QuoteNode | EntityNode;

/** Resolves any global id through the request's loaders; unknown or foreign ids are null. */
export function loadNode(ctx: RequestContext, globalId: string): NodeRecord | null | Promise<NodeRecord | null> {
  const parsed = parseGlobalId(globalId);
  if (!parsed) return null;
  switch (parsed.type) {
    case 'Article':
      return ctx.loaders.article.load(parsed.id);
    case 'Quote':
      return ctx.loaders.quote.load(parsed.id).then(quoteNodeOrNull);
    case 'Person':
      return loadEntity(ctx, parsed.id, 'person');
    case 'Organization':
      return loadEntity(ctx, parsed.id, 'organization');
  }
}
