import type { RequestContext } from '../src/context';
import type { EntityRecord } from '../src/entities/records';
import { localIdOf, type NodeType } from '../src/ids';
import type { ArticleRecord, QuoteRecord } from '../src/store/records';
import { loadEntity } from './entity-loading';

/** What a router sends for one of our entities: its type and its key (the global id). */
export interface EntityReference {
  __typename: string;
  id?: unknown;
}

type ReferenceResolver<T> = (reference: EntityReference, ctx: RequestContext) => Promise<T | null>;

/** The local id a reference names, or null when the id is not one of this type's. */
function referencedId(reference: EntityReference, type: NodeType): number | null {
  return typeof reference.id === 'string' ? localIdOf(reference.id, type) : null;
}

/**
 * `__resolveReference` for each Federation entity. `_entities` calls these
 * once per representation within one tick, so every call goes through the
 * request's DataLoaders: many references of a type become one store
 * statement or one entity-service request, answered in representation
 * order. An unknown id (or an id of another type) resolves to null.
 */
export const REFERENCE_RESOLVERS: Record<NodeType, { __resolveReference: ReferenceResolver<ArticleRecord | QuoteRecord | EntityRecord> }> = {
  Article: {
    __resolveReference: async (reference, ctx) => {
      const id = referencedId(reference, 'Article');
      return id === null ? null : ctx.loaders.article.load(id);
    },
  },
  Quote: {
    __resolveReference: async (reference, ctx) => {
      const id = referencedId(reference, 'Quote');
      return id === null ? null : ctx.loaders.quote.load(id);
    },
  },
  Person: {
    __resolveReference: async (reference, ctx) => {
      const id = referencedId(reference, 'Person');
      return id === null ? null : loadEntity(ctx, id, 'person');
    },
  },
  Organization: {
    __resolveReference: async (reference, ctx) => {
      const id = referencedId(reference, 'Organization');
      return id === null ? null : loadEntity(ctx, id, 'organization');
    },
  },
};
