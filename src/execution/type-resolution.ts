import { isAbstractType, isInterfaceType, type GraphQLSchema } from 'graphql';

/**
 * type-graphql wraps every `resolveType` in an async function, but graphql-jit
 * needs the concrete type synchronously (a promise reads as "no type").
 * Every abstract type whose members all implement the `Node` interface (Node,
 * Entity, SearchResult) resolves records by shape with `typeNameOf` — the
 * function the schema classes declare (schema/node.interface.ts) — so it is
 * installed directly, with the same answers on both execution paths. The node
 * types are read from the schema, not listed here. Returns the same schema,
 * changed in place.
 */
export function resolveNodeTypesSynchronously(schema: GraphQLSchema, typeNameOf: (value: unknown) => string | undefined, nodeInterface = 'Node'): GraphQLSchema {
  const node = schema.getType(nodeInterface);
  if (!isInterfaceType(node)) throw new Error(`The schema has no interface ${nodeInterface}.`);
  const nodeTypes: ReadonlySet<string> = new Set(schema.getPossibleTypes(node).map((type) => type.name));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type)) continue;
    const members = schema.getPossibleTypes(type);
    if (members.length > 0 && members.every((member) => nodeTypes.has(member.name))) {
      type.resolveType = (value: unknown) => typeNameOf(value);
    }
  }
  return schema;
}
