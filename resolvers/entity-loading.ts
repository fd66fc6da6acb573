import type { RequestContext } from '../src/context';
import type { EntityRecord, EntityType, OrganizationRecord, PersonRecord } from '../src/entities/records';
import { parseGlobalId } from '../src/ids';
import type { ArticleRecord, QuoteRecord } from '../src/store/records';
import { toUnavailable } from './upstream';

/** Loads one entity of the given type through the request's loader; another type or none is null. */
export function loadEntity(ctx: RequestContext, id: number, type: 'person'): Promise<PersonRecord | null>;
export function loadEntity(ctx: RequestContext, id: number, type: 'organization'): Promise<OrganizationRecord | null>;
export function loadEntity(ctx: RequestContext, id: number, type: EntityType): Promise<EntityRecord | null> {
  // As fromEntityService, with the type check in the same step.
  return ctx.loaders.entity.load(id).then((entity) => (entity && entity.type === type ? entity : null), toUnavailable);
}

/** Loads many entities in one batch, keeping order and dropping the missing and the wrong type. */
export function loadEntities(ctx: RequestContext, ids: readonly number[], type: 'person'): Promise<PersonRecord[]>;
export function loadEntities(ctx: RequestContext, ids: readonly number[], type: 'organization'): Promise<OrganizationRecord[]>;
export function loadEntities(ctx: RequestContext, ids: readonly number[], type: EntityType): Promise<EntityRecord[]> {
  // One load for the whole list; as fromEntityService, with the filtering in the same step.
  return ctx.loaders.entity.loadMany(ids).then((entities) => {
    const found: EntityRecord[] = [];
    for (const entity of entities) if (entity !== null && entity.type === type) found.push(entity);
    return found;
  }, toUnavailable);
}

export type NodeRecord = ArticleRecord | QuoteRecord | EntityRecord;

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
