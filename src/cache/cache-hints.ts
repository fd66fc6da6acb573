import {
  getNamedType,
  isAbstractType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * How long (seconds) a shared cache may keep an answer, per type and per
 * field. The static counterpart of Apollo's `@cacheControl` hints, read once
 * per document instead of once per resolved field (Apollo's cache-control
 * plugin wraps every resolver, which costs a third of execution time).
 *
 * - a field's own entry wins (`Type.field`);
 * - else the entry of the type it returns (for an interface or union: the
 *   shortest of its member types', or its own entry when it has one);
 * - else a root field gets DEFAULT_ROOT_MAX_AGE and any other field inherits
 *   its parent's (adds no limit).
 * An operation's max-age is the shortest over every field it selects.
 */
export const TYPE_MAX_AGE: Readonly<Record<string, number>> = {
  // Articles and quotes change only when re-ingested or corrected (both invalidate the cache).
  Article: 300,
  Quote: 300,
  // People and organizations come from the entity service and change rarely.
  Person: 600,
  Organization: 600,
  // Listings and counts move with every ingest.
  ArticleConnection: 30,
  QuoteConnection: 30,
  PersonConnection: 30,
  OrganizationConnection: 30,
  // The subgraph's SDL changes only with a deploy.
  _Service: 300,
};

export const FIELD_MAX_AGE: Readonly<Record<string, number>> = {
  'Query.search': 30,
  'Query.__schema': 300,
  'Query.__type': 300,
};

/** A root field with no hint is not cached (Apollo's default too). */
export const DEFAULT_ROOT_MAX_AGE = 0;

export interface OperationCachePolicy {
  /** Null when the document has no such operation. */
  operation: 'query' | 'mutation' | 'subscription' | null;
  /** Seconds; 0 means do not cache. */
  maxAge: number;
}

const NOT_CACHEABLE: OperationCachePolicy = { operation: null, maxAge: 0 };

/**
 * The cache policy of one operation of a document, computed statically from
 * the hint tables. Memoized per document object and operation name (Apollo
 * hands out the same parsed DocumentNode for the same query text), so the
 * walk runs once per distinct operation, not per request.
 */
export class CachePolicyCalculator {
  private readonly memo = new WeakMap<DocumentNode, Map<string, OperationCachePolicy>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly typeMaxAge: Readonly<Record<string, number>> = TYPE_MAX_AGE,
    private readonly fieldMaxAge: Readonly<Record<string, number>> = FIELD_MAX_AGE,
  ) {}

  policyFor(document: DocumentNode, operationName: string | null | undefined): OperationCachePolicy {
    let byName = this.memo.get(document);
    if (!byName) this.memo.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let policy = byName.get(key);
    if (!policy) byName.set(key, (policy = this.compute(document, operationName)));
    return policy;
  }

  private compute(document: DocumentNode, operationName: string | null | undefined): OperationCachePolicy {
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
    if (!operation) return NOT_CACHEABLE;
    if (operation.operation !== 'query') return { operation: operation.operation === 'mutation' ? 'mutation' : 'subscription', maxAge: 0 };
    const root = this.schema.getQueryType();
    if (!root) return { operation: 'query', maxAge: 0 };
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const maxAge = this.selectionMaxAge(operation.selectionSet, root, true, fragments, new Set());
    return { operation: 'query', maxAge: Number.isFinite(maxAge) ? maxAge : DEFAULT_ROOT_MAX_AGE };
  }

  /** The shortest max-age among the fields of a selection set (Infinity: no field sets a limit). */
  private selectionMaxAge(
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    isRoot: boolean,
    fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    visiting: Set<string>,
  ): number {
    let maxAge = Infinity;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        maxAge = Math.min(maxAge, this.fieldMaxAgeOf(parent, selection.name.value, selection.selectionSet, isRoot, fragments, visiting));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? this.compositeType(selection.typeCondition.name.value) : parent;
        if (on) maxAge = Math.min(maxAge, this.selectionMaxAge(selection.selectionSet, on, isRoot, fragments, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        const on = this.compositeType(fragment.typeCondition.name.value);
        if (!on) continue;
        visiting.add(name);
        maxAge = Math.min(maxAge, this.selectionMaxAge(fragment.selectionSet, on, isRoot, fragments, visiting));
        visiting.delete(name);
      }
    }
    return maxAge;
  }

  private fieldMaxAgeOf(
    parent: GraphQLCompositeType,
    fieldName: string,
    selectionSet: SelectionSetNode | undefined,
    isRoot: boolean,
    fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    visiting: Set<string>,
  ): number {
    if (fieldName === '__typename') return Infinity;
    const own = this.fieldMaxAge[`${parent.name}.${fieldName}`];
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[fieldName] : undefined;
    const returned = field ? getNamedType(field.type) : undefined;
    const hint = own ?? (returned ? this.typeHint(returned) : undefined);
    const here = hint ?? (isRoot ? DEFAULT_ROOT_MAX_AGE : Infinity);
    if (!selectionSet || !returned || !(isObjectType(returned) || isInterfaceType(returned) || isAbstractType(returned))) return here;
    return Math.min(here, this.selectionMaxAge(selectionSet, returned as GraphQLCompositeType, false, fragments, visiting));
  }

  /** A type's own hint; for an abstract type without one, the shortest of its members' (undefined if any has none). */
  private typeHint(type: GraphQLNamedType): number | undefined {
    const own = this.typeMaxAge[type.name];
    if (own !== undefined || !isAbstractType(type)) return own;
    const members = this.schema.getPossibleTypes(type).map((t) => this.typeMaxAge[t.name]);
    return members.length > 0 && members.every((m) => m !== undefined) ? Math.min(...(members as number[])) : undefined;
  }

  private compositeType(name: string): GraphQLCompositeType | undefined {
    const type = this.schema.getType(name);
    return type && (isObjectType(type) || isInterfaceType(type) || isAbstractType(type)) ? (type as GraphQLCompositeType) : undefined;
  }
}
