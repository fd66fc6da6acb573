import { GraphQLScalarType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/*
 * type-graphql resolves every @FieldResolver through a generic handler that, on
 * each call, asks its container for the resolver instance, builds a resolver
 * data object, sorts the parameter list and maps it to values. On a front page
 * that is some 300 calls. For the field resolvers whose parameters are only
 * @Root(), @Ctx() and @Info() and that have no middlewares or auth roles, the
 * handler amounts to `instance.method(root, ctx, …)`; this replaces their
 * `resolve` with exactly that, so errors, sync/async results and null
 * propagation are unchanged. An @Arg() of an enum or scalar type (or a list
 * of them) is passed as GraphQL gives it, as type-graphql does with
 * validation off. So is an input object of a plain input class (no superclass,
 * no methods or accessors, no field initializers, fields of such types only:
 * `ArticleFilter`, `QuoteFilter`), which type-graphql would copy into an
 * instance of the class (through an async validation step, with validation
 * off, that costs the handler a promise per argument): the instance holds the
 * same values, its absent fields as own properties set to undefined, which
 * reads cannot tell apart (resolvers read an input's fields; they never
 * enumerate or spread one). Anything else (other input classes, middlewares, a
 * typed @Root() that type-graphql would convert, a property of the context)
 * keeps type-graphql's handler.
 */

type ParamMetadata = {
  kind: string;
  index: number;
  /** The argument's name, for kind 'arg'. */
  name?: string;
  propertyName?: string;
  getType?: () => unknown;
};

type FieldResolverMetadata = {
  kind: string;
  target: new () => Record<string, unknown>;
  methodName: string;
  schemaName: string;
  params?: ParamMetadata[];
  middlewares?: unknown[];
  roles?: unknown[];
  getObjectType?: () => unknown;
};

type ObjectTypeMetadata = { name: string; target: unknown };

/** An @InputType() class and its fields, as type-graphql's metadata storage holds them. */
type InputTypeMetadata = { target: unknown; fields?: { getType(): unknown }[] };

/** A @Query() handler: run through createHandlerResolver like an 'external' field resolver. */
type QueryMetadata = Omit<FieldResolverMetadata, 'kind' | 'getObjectType'>;

type Source = (root: unknown, context: unknown, info: unknown, args: Record<string, unknown>) => unknown;

/**
 * Replaces qualifying field resolvers and root query handlers of `schema` in place; returns
 * how many were replaced. A query handler is one call per request, but type-graphql's
 * handler costs it the same per call (the instance, the resolver data, the sorted
 * parameters) as a field resolver.
 */
export function resolveFieldsDirectly(schema: GraphQLSchema, resolvers: readonly unknown[]): number {
  // type-graphql's metadata storage is not typed for outside use; these are the fields it fills in at build time.
  const storage = getMetadataStorage() as unknown as {
    fieldResolvers: FieldResolverMetadata[];
    objectTypes: ObjectTypeMetadata[];
    queries: QueryMetadata[];
    inputTypes: InputTypeMetadata[];
  };
  const passedAsIs = (type: unknown): boolean => isPassedAsIs(type) || isPlainInputClass(type, storage.inputTypes, new Set());
  const instances = new Map<unknown, Record<string, unknown>>();
  const instanceOf = (target: new () => Record<string, unknown>): Record<string, unknown> => {
    let instance = instances.get(target);
    if (instance === undefined) {
      instance = new target();
      instances.set(target, instance);
    }
    return instance;
  };
  let replaced = 0;
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  for (const def of storage.queries) {
    const field = queryFields[def.schemaName];
    // Only the handlers type-graphql built this schema from (its metadata is global: other classes may declare queries).
    if (field === undefined || field.resolve === undefined || !resolvers.includes(def.target)) continue;
    const sources = directSources(def, passedAsIs);
    if (sources === null) continue;
    field.resolve = directResolver(instanceOf(def.target), def.methodName, sources);
    replaced++;
  }
  for (const def of storage.fieldResolvers) {
    if (def.kind !== 'external') continue;
    const sources = directSources(def, passedAsIs);
    if (sources === null || def.getObjectType === undefined) continue;
    const objectClass = def.getObjectType();
    for (const typeMeta of storage.objectTypes) {
      if (typeMeta.target !== objectClass) continue;
      const type = schema.getType(typeMeta.name);
      if (!isObjectType(type)) continue;
      const field = type.getFields()[def.schemaName];
      if (field === undefined || field.resolve === undefined) continue;
      field.resolve = directResolver(instanceOf(def.target), def.methodName, sources);
      replaced++;
    }
  }
  return replaced;
}

/**
 * How each parameter is read, in order; null when type-graphql's handler must stay.
 * Field resolvers qualify only when 'external' (declared in a @Resolver class, run through
 * createHandlerResolver), which the caller checks; query handlers always run through it.
 */
function directSources(def: QueryMetadata, passedAsIs: (type: unknown) => boolean): Source[] | null {
  if ((def.middlewares?.length ?? 0) > 0 || (def.roles?.length ?? 0) > 0) return null;
  const params = [...(def.params ?? [])].sort((a, b) => a.index - b.index);
  const sources: Source[] = [];
  for (const [position, param] of params.entries()) {
    if (param.index !== position || param.propertyName !== undefined) return null;
    if (param.kind === 'root') {
      // A @Root() typed as a class would be converted to an instance of it; records are interfaces (Object).
      if (param.getType !== undefined && param.getType() !== Object) return null;
      sources.push((root) => root);
    } else if (param.kind === 'context') {
      sources.push((_root, context) => context);
    } else if (param.kind === 'info') {
      sources.push((_root, _context, info) => info);
    } else if (param.kind === 'arg' && param.name !== undefined && param.getType !== undefined && passedAsIs(param.getType())) {
      const name = param.name;
      sources.push((_root, _context, _info, args) => args[name]);
    } else {
      return null;
    }
  }
  return sources;
}

/**
 * Whether type-graphql hands an argument of this type to the method unchanged: enums (plain
 * objects) and scalars. Input classes (converted to instances) and anything else are not.
 */
function isPassedAsIs(type: unknown): boolean {
  if (type === String || type === Number || type === Boolean || type instanceof GraphQLScalarType) return true;
  return typeof type === 'object' && type !== null && !Array.isArray(type);
}

/**
 * Whether `type` is an input class whose instance type-graphql would build holds nothing but
 * the input's values (see the file comment): registered as an @InputType(), no superclass, no
 * members on its prototype but the constructor, no field initializers, and every field of a
 * type passed as is or of such a class (`seen` guards recursive inputs).
 */
function isPlainInputClass(type: unknown, inputTypes: readonly InputTypeMetadata[], seen: Set<unknown>): boolean {
  if (typeof type !== 'function') return false;
  if (seen.has(type)) return true;
  const meta = inputTypes.find((input) => input.target === type);
  if (meta === undefined || Object.getPrototypeOf(type) !== Function.prototype) return false;
  const cls = type as new () => object;
  if (Object.getOwnPropertyNames(cls.prototype).some((name) => name !== 'constructor')) return false;
  if (Object.values(new cls()).some((value) => value !== undefined)) return false;
  seen.add(type);
  return (meta.fields ?? []).every((field) => {
    const fieldType = field.getType();
    return isPassedAsIs(fieldType) || isPlainInputClass(fieldType, inputTypes, seen);
  });
}

function directResolver(instance: Record<string, unknown>, methodName: string, sources: Source[]): GraphQLFieldResolver<unknown, unknown> {
  const method = instance[methodName] as (...params: unknown[]) => unknown;
  const kinds = sources.map((source) => source(1, 2, 3, {})).join(',');
  // The common shapes get a resolver without a parameter array.
  if (kinds === '1') return (root) => method.call(instance, root);
  if (kinds === '1,2') return (root, _args, context) => method.call(instance, root, context);
  return (root, args: Record<string, unknown>, context, info) => method.apply(instance, sources.map((source) => source(root, context, info, args)));
}
