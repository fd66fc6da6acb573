import type { RequestContext } from '../src/context/request-context';
import type { EntityRecord, EntityType, OrganizationRecord, PersonRecord } from '../src/records/entity-records';
import { parseGlobalId } from '../src/ids';
import type { ArticleRecord } from '../src/records/article-records';
import { quoteNodeOrNull, type QuoteNode } from './quote-node';
import { toUnavailable } from './upstream';

export type RecordOf = { person: PersonRecord; organization: OrganizationRecord };

/**
 * One entity of the given type (another type or none is null): synchronously when the request
 * already holds it (e.g. loaded ahead, src/loaders/prefetch.ts), else through the request's loader.
 */
export function loadEntity<T extends EntityType>(ctx: RequestContext, id: number, type: T): RecordOf[T] | null | Promise<RecordOf[T] | null> {
  const known = ctx.loaders.entity.peek(id);
  if (known !== undefined) return ofType(known, type);
  // As fromEntityService, with the type check in the same step.
  return ctx.loaders.entity.load(id).then((entity) => ofType(entity, type), toUnavailable);
}

/** Many entities in one batch, keeping order and dropping the missing and the wrong type; synchronously when the request holds them all. */
export function loadEntities<T extends EntityType>(ctx: RequestContext, ids: readonly number[], type: T): RecordOf[T][] | Promise<RecordOf[T][]> {
  const known = ctx.loaders.entity.peekMany(ids);
  if (known !== undefined) return allOfType(known, type);
  // One load for the whole list; as fromEntityService, with the filtering in the same step.
  return ctx.loaders.entity.loadMany(ids).then((entities) => allOfType(entities, type), toUnavailable);
}

function ofType<T extends EntityType>(entity: EntityRecord | null, type: T): RecordOf[T] | null {
  return entity !== null && entity.type === type ? (entity as RecordOf[T]) : null;
}

function allOfType<T extends EntityType>(entities: readonly (EntityRecord | null)[], type: T): RecordOf[T][] {
  const found: RecordOf[T][] = [];
  for (const entity of entities) if (entity !== null && entity.type === type) found.push(entity as RecordOf[T]);
  return found;
}

export type NodeRecord = ArticleRecord | QuoteNode | EntityRecord;

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
