import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  graphqlSync,
  Kind,
  parse,
  printSchema,
  visit,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { createResolversMap } from 'type-graphql';
import { REFERENCE_RESOLVERS } from '../../resolvers/entity.reference';
import { buildGatewaySchema } from '../graphql/gateway-schema';

/**
 * The Federation 2 version this subgraph declares. v2.3 is understood by
 * every current router (Apollo Router, @apollo/gateway 2.3+, Hive Gateway).
 */
export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.3';

const FEDERATION_LINK = `extend schema @link(url: "${FEDERATION_SPEC_URL}", import: ["@key"])`;

/** What federation adds to the client schema: the subgraph plumbing, none of it for clients' own use. */
const FEDERATION_TYPES = new Set(['_Any', '_Entity', '_Service', 'FieldSet', 'link__Import', 'link__Purpose', 'federation__FieldSet', 'federation__Scope', 'federation__Policy', 'federation__ContextFieldValue']);
const FEDERATION_QUERY_FIELDS = new Set(['_service', '_entities']);

/**
 * The client schema's SDL with the directives type-graphql's `@Directive`
 * put on types and fields (kept in their astNode, which graphql's printer
 * leaves out), plus the federation `@link`: the subgraph's type definitions.
 */
export function subgraphTypeDefs(schema: GraphQLSchema = buildGatewaySchema()): DocumentNode {
  const directivesOf = (typeName: string, fieldName?: string): readonly ConstDirectiveNode[] => {
    const type = schema.getType(typeName);
    if (!type) return [];
    if (fieldName === undefined) return type.astNode?.directives ?? [];
    const fields = 'getFields' in type ? type.getFields() : {};
    const field = (fields as Record<string, { astNode?: { directives?: readonly ConstDirectiveNode[] } | null }>)[fieldName];
    return field?.astNode?.directives ?? [];
  };
  const document = visit(parse(printSchema(schema)), {
    ObjectTypeDefinition(node) {
      const directives = directivesOf(node.name.value);
      const fields = node.fields?.map((field) => {
        const onField = directivesOf(node.name.value, field.name.value);
        return onField.length > 0 ? { ...field, directives: [...(field.directives ?? []), ...onField] } : field;
      });
      return { ...node, directives: [...(node.directives ?? []), ...directives], fields };
    },
  });
  return { ...document, definitions: [...parse(FEDERATION_LINK).definitions, ...document.definitions] };
}

/** The resolver map buildSubgraphSchema takes (its type is not exported by name). */
type SubgraphResolvers = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers']>;

let built: GraphQLSchema | null = null;

/**
 * The schema the gateway serves: the type-graphql schema as a Federation 2
 * subgraph. Same types, fields and resolvers (taken from the built schema,
 * so execution is unchanged), plus `_service { sdl }` and
 * `_entities(representations)`, whose references resolve through
 * REFERENCE_RESOLVERS. Built once per process.
 */
export function buildSubgraphGatewaySchema(): GraphQLSchema {
  if (built) return built;
  const schema = buildGatewaySchema();
  // type-graphql's map is typed loosely (ResolversMap); it has the shape buildSubgraphSchema takes.
  const resolvers = { ...(createResolversMap(schema) as SubgraphResolvers) };
  for (const [typeName, reference] of Object.entries(REFERENCE_RESOLVERS)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as SubgraphResolvers[string];
  }
  built = buildSubgraphSchema({ typeDefs: subgraphTypeDefs(schema), resolvers });
  return built;
}

/** The subgraph SDL as `_service { sdl }` answers it (what rover or @apollo/composition compose). */
export function printSubgraphSdl(schema: GraphQLSchema = buildSubgraphGatewaySchema()): string {
  const result = graphqlSync({ schema, source: '{ _service { sdl } }' });
  const sdl = (result.data as { _service?: { sdl?: unknown } } | null | undefined)?._service?.sdl;
  if (typeof sdl !== 'string') throw new Error(`The subgraph schema did not answer _service: ${JSON.stringify(result.errors)}`);
  return sdl.endsWith('\n') ? sdl : `${sdl}\n`;
}

/**
 * The client-facing part of a served schema's SDL: the SDL with federation's
 * plumbing (types, `_service`, `_entities`, directive definitions) taken out.
 * Equal to schema/schema.graphql for the gateway's own schema.
 */
export function withoutFederation(sdl: string): DocumentNode {
  const document = parse(sdl);
  const definitions: DefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.DIRECTIVE_DEFINITION) continue;
    if (definition.kind === Kind.SCHEMA_EXTENSION) continue;
    if ('name' in definition && definition.name && FEDERATION_TYPES.has(definition.name.value)) continue;
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Query') {
      definitions.push({ ...definition, fields: definition.fields?.filter((f) => !FEDERATION_QUERY_FIELDS.has(f.name.value)) });
      continue;
    }
    definitions.push(definition);
  }
  return { ...document, definitions };
}
