import { isAbstractType, type GraphQLSchema } from 'graphql';
import { nodeTypeName } from '../../schema/node.interface';

const NODE_TYPES: ReadonlySet<string> = new Set(['Article', 'Person', 'Organization', 'Quote']);

/**
 * type-graphql wraps every `resolveType` in an async function, but graphql-jit
 * needs the concrete type synchronously (a promise reads as "no type").
 * Every abstract type whose members are all node types (Node, Entity,
 * SearchResult) resolves records by shape with nodeTypeName — the function
 * the classes declare — so it is installed directly, with the same answers
 * on both execution paths. Returns the same schema, changed in place.
 */
export function resolveNodeTypesSynchronously(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type)) continue;
    const members = schema.getPossibleTypes(type);
    if (members.length > 0 && members.every((member) => NODE_TYPES.has(member.name))) {
      type.resolveType = (value: unknown) => nodeTypeName(value);
    }
  }
  return schema;
}
