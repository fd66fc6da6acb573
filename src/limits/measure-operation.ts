import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  getNamedType,
  getNullableType,
  Kind,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromASTUntyped,
} from 'graphql';

/** What the limits are checked against. Every figure counts fragments as expanded at each spread. */
export interface OperationMeasures {
  /** Deepest nesting of fields; a top-level field is depth 1. `__schema` / `__type` subtrees are not counted. */
  depth: number;
  aliases: number;
  directives: number;
  /** Estimated cost: each field 1, a list field's subtree multiplied by its (assumed) length. */
  cost: number;
}

export interface MeasureInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Readonly<Record<string, unknown>>;
  /** What the cost assumes for a `first` argument that is absent or null. */
  defaultPageSize: number;
  /** `first` above this is refused by resolvers, so the cost never counts more than this. */
  maxPageSize: number;
  /** Assumed length of a list field that takes no page size (Article.people, Person.roles, …). */
  assumedListSize: number;
  /** Known longest lengths of list fields, by `Type.field` (Article.quotes: the store's cap); they replace the assumption. */
  listBounds?: Readonly<Record<string, number>>;
}

/**
 * Fragment spreads form a cycle. graphql-js validation (NoFragmentCyclesRule) already refuses
 * such documents; this guards the walk if validation is ever skipped.
 */
export class FragmentCycleError extends Error {
  constructor(readonly fragmentName: string) {
    super(`Fragment "${fragmentName}" spreads itself.`);
    this.name = 'FragmentCycleError';
  }
}

const EMPTY: OperationMeasures = Object.freeze({ depth: 0, aliases: 0, directives: 0, cost: 0 });

/**
 * Measures one operation in time linear in the document's size: each fragment is measured once
 * and its figures reused at every spread, so "fragment bombs" (fragments spreading fragments
 * many times) cost nothing to measure however large their expansion would be.
 *
 * Hand-written rather than taken from a library on purpose: graphql-armor's cost limit does not
 * read variables, so `first: $n` would be costed as the default page size whatever $n is; and
 * graphql-query-complexity expands every fragment at each spread, which on fragment bombs is
 * thousands of times slower than measuring each fragment once as here.
 */
export function measureOperation(input: MeasureInput): OperationMeasures {
  const walker = new OperationWalker(input);
  const rootType = input.schema.getRootType(input.operation.operation) ?? undefined;
  const body = walker.selectionSet(input.operation.selectionSet, rootType);
  return { ...body, directives: body.directives + count(input.operation.directives) };
}

class OperationWalker {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly fragmentMeasures = new Map<string, OperationMeasures>();
  private readonly fragmentsInProgress = new Set<string>();
  private readonly variableDefaults = new Map<string, unknown>();

  constructor(private readonly input: MeasureInput) {
    for (const definition of input.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
    for (const definition of input.operation.variableDefinitions ?? []) {
      if (definition.defaultValue) {
        this.variableDefaults.set(definition.variable.name.value, valueFromASTUntyped(definition.defaultValue));
      }
    }
  }

  selectionSet(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined): OperationMeasures {
    let total = EMPTY;
    for (const selection of selectionSet.selections) {
      let part: OperationMeasures;
      if (selection.kind === Kind.FIELD) {
        part = this.field(selection, parentType);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.input.schema.getType(selection.typeCondition.name.value) : parentType;
        part = withDirectives(this.selectionSet(selection.selectionSet, type ?? undefined), count(selection.directives));
      } else {
        part = withDirectives(this.fragment(selection.name.value), count(selection.directives));
      }
      total = combineSiblings(total, part);
    }
    return total;
  }

  private fragment(name: string): OperationMeasures {
    const known = this.fragmentMeasures.get(name);
    if (known) return known;
    const definition = this.fragments.get(name);
    if (!definition) return EMPTY; // Unknown fragments fail validation; nothing to count.
    if (this.fragmentsInProgress.has(name)) throw new FragmentCycleError(name);
    this.fragmentsInProgress.add(name);
    const type = this.input.schema.getType(definition.typeCondition.name.value) ?? undefined;
    const measured = withDirectives(this.selectionSet(definition.selectionSet, type), count(definition.directives));
    this.fragmentsInProgress.delete(name);
    this.fragmentMeasures.set(name, measured);
    return measured;
  }

  private field(node: FieldNode, parentType: GraphQLNamedType | undefined): OperationMeasures {
    const definition = fieldDefinition(this.input.schema, parentType, node.name.value);
    const childType = definition ? getNamedType(definition.type) : undefined;
    const children = node.selectionSet
      ? this.selectionSet(node.selectionSet, isCompositeType(childType) ? childType : undefined)
      : EMPTY;
    const introspection = node.name.value === '__schema' || node.name.value === '__type';
    return {
      // The standard introspection query nests `ofType` 8 levels below `__schema { types { fields
      // { type`, which would force a depth limit far above what data queries need. Its lists still
      // count toward the cost, which is what stops `fields { type { ofType { fields …` bombs.
      depth: introspection ? 0 : 1 + children.depth,
      aliases: (node.alias ? 1 : 0) + children.aliases,
      directives: count(node.directives) + children.directives,
      cost: 1 + this.multiplier(node, definition, parentType) * children.cost,
    };
  }

  /** How many times a field's subtree is resolved: its page size, its id list's length, or an assumption. */
  private multiplier(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, parentType: GraphQLNamedType | undefined): number {
    if (!definition) return 1;
    if (definition.args.some((arg) => arg.name === 'first')) return this.pageSize(this.argumentValue(node, 'first'));
    if (!isListType(getNullableType(definition.type))) return 1;
    // `edges` and `nodes` of a connection: the connection field already counted `first` of them.
    if (isConnectionType(parentType)) return 1;
    const listArgument = definition.args.find((arg) => isListType(getNullableType(arg.type)));
    if (listArgument) {
      const value = this.argumentValue(node, listArgument.name);
      if (Array.isArray(value)) return value.length;
    }
    const bound = parentType ? this.input.listBounds?.[`${parentType.name}.${definition.name}`] : undefined;
    return bound ?? this.input.assumedListSize;
  }

  private pageSize(value: unknown): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.input.defaultPageSize;
    return Math.min(Math.max(Math.floor(value), 0), this.input.maxPageSize);
  }

  /** An argument's value from its literal, or from the request's variables, or the variable's default. */
  private argumentValue(node: FieldNode, name: string): unknown {
    const argument = node.arguments?.find((arg) => arg.name.value === name);
    if (!argument) return undefined;
    if (argument.value.kind === Kind.VARIABLE) {
      const variable = argument.value.name.value;
      const variables = this.input.variables ?? {};
      return Object.prototype.hasOwnProperty.call(variables, variable) ? variables[variable] : this.variableDefaults.get(variable);
    }
    return valueFromASTUntyped(argument.value, this.input.variables as Record<string, unknown> | undefined);
  }
}

function fieldDefinition(
  schema: GraphQLSchema,
  parentType: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType && parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  if (isObjectType(parentType) || isInterfaceType(parentType)) return parentType.getFields()[name];
  return undefined;
}

/** A Relay connection type: has `pageInfo` and `edges` or `nodes`. */
function isConnectionType(type: GraphQLNamedType | undefined): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'pageInfo' in fields && ('edges' in fields || 'nodes' in fields);
}

function combineSiblings(a: OperationMeasures, b: OperationMeasures): OperationMeasures {
  return {
    depth: Math.max(a.depth, b.depth),
    aliases: a.aliases + b.aliases,
    directives: a.directives + b.directives,
    cost: a.cost + b.cost,
  };
}

function withDirectives(measures: OperationMeasures, directives: number): OperationMeasures {
  return directives === 0 ? measures : { ...measures, directives: measures.directives + directives };
}

function count(nodes: readonly unknown[] | undefined): number {
  return nodes?.length ?? 0;
}
