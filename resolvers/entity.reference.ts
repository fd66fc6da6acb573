import type { RequestContext } from '../src/context/request-context';
import { parseGlobalId, type NodeType } from '../src/ids';
import { loadNode, type NodeRecord } from './entity-loading';

/** What a router sends for one of our entities: its type and its key (the global id). */
export interface EntityReference {
  __typename: string;
  id?: unknown;
}

type ReferenceResolver = (reference: EntityReference, ctx: RequestContext) => Promise<NodeRecord | null>;

/**
 * `__resolveReference` for one Federation entity type. `_entities` calls it
 * once per representation within one tick, and every call goes through the
 * request's DataLoaders (as `node(id)` does): many references of a type
 * become one store statement or one entity-service request, answered in
 * representation order. An unknown id, or an id of another type, is null.
 */
function resolveReferenceAs(type: NodeType): ReferenceResolver {
  return async (reference, ctx) =>
    typeof reference.id === 'string' && parseGlobalId(reference.id)?.type === type ? loadNode(ctx, reference.id) : null;
}

export const REFERENCE_RESOLVERS: Record<NodeType, { __resolveReference: ReferenceResolver }> = {
  Article: { __resolveReference: resolveReferenceAs('Article') },
  Quote: { __resolveReference: resolveReferenceAs('Quote') },
  Person: { __resolveReference: resolveReferenceAs('Person') },
  Organization: { __resolveReference: resolveReferenceAs('Organization') },
};
