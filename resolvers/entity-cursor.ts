import { BadUserInputError } from '../src/errors';
import type { EntityCursor, EntityList, EntityListQuery, EntityRecord, EntityType } from '../src/records/entity-records';
import type { RequestContext } from '../src/context/request-context';
import type { Page, PageRequest } from '../src/records/article-records';
import { fromEntityService } from './upstream';

function encodeCursor(entity: EntityRecord): string {
  return Buffer.from(JSON.stringify([entity.name, entity.id]), 'utf8').toString('base64url');
}

function decodeCursor(after: string): EntityCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && !value[0].includes('\u0000') && Number.isInteger(value[1])) {
      return { name: value[0], id: value[1] as number };
    }
  } catch {
    // fall through: not one of our cursors
  }
  throw new BadUserInputError('"after" is not a cursor this API gave out.', { argument: 'after' });
}

/** Lists people or organizations by name as a store-style page (one entity-service call). */
export async function listEntities(ctx: RequestContext, type: EntityType, page: PageRequest, search: string | null | undefined): Promise<Page<EntityRecord>> {
  const query: EntityListQuery = {
    type,
    search: search?.trim() ? search.trim() : null,
    limit: page.limit + 1,
    after: page.after ? decodeCursor(page.after) : null,
  };
  const list: EntityList = await fromEntityService(ctx.services.entities.list(query));
  for (const entity of list.items) ctx.loaders.entity.prime(entity.id, entity);
  const items = list.items.slice(0, page.limit);
  return {
    rows: items.map((node) => ({ node, position: encodeCursor(node) })),
    hasNextPage: list.items.length > page.limit,
    totalCount: list.totalCount,
  };
}
