import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLSchema, OperationDefinitionNode, ParseOptions } from 'graphql';
import { BadUserInputError, QueryTooComplexError } from '../errors';
import { laneAware } from '../lane-contract/lane-contract';
import { LIST_BOUNDS } from './list-bounds';
import { FragmentCycleError, measureOperation, OperationMeasures } from './measure-operation';
import { OperationLimits } from '../config/request-settings';
import { declaredVariablesKey, measureJson, undeclaredVariables } from './variable-limits';

/** Assumed length of a list field without a page size (Article.people, Organization.members, …). */
export const ASSUMED_LIST_SIZE = 10;

export interface OperationLimitsPluginOptions {
  limits: OperationLimits;
  /** The schema to measure against; defaults to the schema Apollo Server runs the request with. */
  schema?: GraphQLSchema;
  /** Default: ASSUMED_LIST_SIZE (10). */
  assumedListSize?: number;
  /** Known list lengths by `Type.field`. Default: LIST_BOUNDS (the store's caps on an article's lists). */
  listBounds?: Readonly<Record<string, number>>;
}

/** Shown to clients in `extensions.cost` of every response to an operation that was measured. */
export interface CostReport {
  requested: number;
  limit: number;
}

/**
 * The parser options that enforce `maxTokens`. Pass them as ApolloServer's `parseOptions`:
 * a document past the limit is then a GRAPHQL_PARSE_FAILED error with HTTP 400, and parsing
 * stops at the limit instead of reading the whole document.
 */
export function parseOptionsFor(limits: Pick<OperationLimits, 'maxTokens'>): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

/**
 * Refuses operations over the depth, alias, directive or cost limits with QUERY_TOO_COMPLEX
 * (HTTP 400) after parsing and validation and before any resolver runs, and reports the cost
 * of every measured operation, accepted or refused, in `extensions.cost`.
 *
 * Page sizes are read from `first` whether it is written in the document or passed as a
 * variable (`first: $n`); the measurement is linear in the document's size (fragments are
 * measured once), so a refusal is fast however large the operation would expand.
 */
export function operationLimitsPlugin<TContext extends BaseContext = BaseContext>(
  options: OperationLimitsPluginOptions,
): ApolloServerPlugin<TContext> {
  const { limits } = options;
  const assumedListSize = options.assumedListSize ?? ASSUMED_LIST_SIZE;
  const listBounds = options.listBounds ?? LIST_BOUNDS;
  const measured = new MeasureCache();
  // Measures depend on the document and variables (the request body); so does the cost it reports.
  return laneAware<TContext, ApolloServerPlugin<TContext>>({
    async requestDidStart(): Promise<GraphQLRequestListener<TContext>> {
      let cost: CostReport | null = null;
      return {
        async didResolveOperation(requestContext) {
          // Here rather than before parsing, where Apollo answers a refusal with a 500; still before
          // the document is registered as a persisted query or compiled. (Apollo's document store
          // counts a document's text: src/limits/document-store.ts.)
          const { source } = requestContext;
          if (source !== undefined && source.length > limits.maxQueryLength) {
            throw tooComplex(
              `The query document is ${source.length} characters long; the limit is ${limits.maxQueryLength} (comments and white space count). Pass large values as variables.`,
              'maxQueryLength',
              source.length,
              limits.maxQueryLength,
            );
          }
          const refusal = variablesRefusal(requestContext, limits);
          if (refusal) throw refusal;
          const measures = measured.get(requestContext, options.schema, () => measure(requestContext, options.schema, limits, assumedListSize, listBounds));
          cost = { requested: reportable(measures.cost), limit: limits.maxCost };
          const violation = firstViolation(measures, limits);
          if (violation) throw violation;
        },
        async willSendResponse({ response }) {
          if (!cost) return;
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  }, { kind: 'decides', sets: { extensions: ['cost'] } });
}

/** Variable sets remembered per operation; past this the operation's entries start over. */
const MAX_VARIABLE_SETS = 64;
/** Longest variables key remembered (declared variables as JSON); longer sets are measured each time. */
const MAX_REMEMBERED_KEY = 1024;

/**
 * Variables the operation does not declare (graphql-js would ignore them, and every cache keyed
 * on the request would keep them), variables nested past `maxVariablesDepth`, and a query's
 * variables past `maxVariablesBytes`: refused before anything reads them further.
 */
function variablesRefusal<TContext extends BaseContext>(requestContext: GraphQLRequestContext<TContext>, limits: OperationLimits): Error | null {
  const { operation } = requestContext;
  const variables = requestContext.request.variables;
  if (!operation || variables === undefined || variables === null) return null;
  const undeclared = undeclaredVariables(operation, variables);
  if (undeclared.length > 0) {
    const names = undeclared.map((name) => `$${name}`).join(', ');
    return new BadUserInputError(`The operation does not declare the variables ${names}; send only the variables it declares.`, { undeclared, http: { status: 400 } });
  }
  // Mutations need an editor's key and carry article text: the body limit bounds their size.
  const maxBytes = operation.operation === 'query' ? limits.maxVariablesBytes : Number.MAX_SAFE_INTEGER;
  const size = measureJson(variables, maxBytes, limits.maxVariablesDepth);
  if (size.depth > limits.maxVariablesDepth) {
    return tooComplex(`The variables are nested more than ${limits.maxVariablesDepth} levels deep.`, 'maxVariablesDepth', size.depth, limits.maxVariablesDepth);
  }
  if (size.bytes > maxBytes) {
    return tooComplex(`The variables are more than ${maxBytes} characters long as JSON; the limit is ${maxBytes}.`, 'maxVariablesBytes', size.bytes, maxBytes);
  }
  return null;
}

/**
 * Measures of operations already seen. Apollo Server hands every request with the same
 * document text the same parsed document, so its operation node keys the cache (weakly:
 * entries go when Apollo's document cache drops the document). Page sizes may come from
 * variables, so an operation with variable definitions is keyed by its declared variables'
 * values too: at most 64 sets of at most 1 KB each per operation.
 * A measurement that throws (a fragment cycle) is not remembered.
 */
class MeasureCache {
  private readonly byOperation = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; byVariables: Map<string, OperationMeasures> }>();

  get<TContext extends BaseContext>(
    requestContext: GraphQLRequestContext<TContext>,
    schemaOption: GraphQLSchema | undefined,
    compute: () => OperationMeasures,
  ): OperationMeasures {
    const { operation } = requestContext;
    if (!operation) return compute();
    const schema = schemaOption ?? requestContext.schema;
    let entry = this.byOperation.get(operation);
    if (entry === undefined || entry.schema !== schema) {
      entry = { schema, byVariables: new Map() };
      this.byOperation.set(operation, entry);
    }
    // Only declared variables can change a measure (undeclared ones are refused before this).
    const key = (operation.variableDefinitions?.length ?? 0) === 0 ? '' : declaredVariablesKey(operation, requestContext.request.variables);
    if (key.length > MAX_REMEMBERED_KEY) return compute();
    let measures = entry.byVariables.get(key);
    if (measures === undefined) {
      measures = compute();
      if (entry.byVariables.size >= MAX_VARIABLE_SETS) entry.byVariables.clear();
      entry.byVariables.set(key, measures);
    }
    return measures;
  }
}

function measure<TContext extends BaseContext>(
  requestContext: GraphQLRequestContext<TContext>,
  schema: GraphQLSchema | undefined,
  limits: OperationLimits,
  assumedListSize: number,
  listBounds: Readonly<Record<string, number>>,
): OperationMeasures {
  const { document, operation } = requestContext;
  // Apollo only calls didResolveOperation once both exist; guard for the type checker.
  if (!document || !operation) return { depth: 0, aliases: 0, directives: 0, cost: 0 };
  try {
    return measureOperation({
      schema: schema ?? requestContext.schema,
      document,
      operation,
      variables: requestContext.request.variables,
      defaultPageSize: limits.defaultPageSize,
      maxPageSize: limits.maxPageSize,
      assumedListSize,
      listBounds,
    });
  } catch (error) {
    if (error instanceof FragmentCycleError) throw tooComplex(`${error.message} Fragment cycles are not allowed.`, 'fragmentCycle', 1, 0);
    throw error;
  }
}

/** The first limit the operation exceeds, as the error to answer with; null when within all. */
export function firstViolation(measures: OperationMeasures, limits: OperationLimits): QueryTooComplexError | null {
  if (measures.aliases > limits.maxAliases) {
    return tooComplex(`The operation uses ${measures.aliases} aliases; the limit is ${limits.maxAliases}.`, 'maxAliases', measures.aliases, limits.maxAliases);
  }
  if (measures.directives > limits.maxDirectives) {
    return tooComplex(`The operation uses ${measures.directives} directives; the limit is ${limits.maxDirectives}.`, 'maxDirectives', measures.directives, limits.maxDirectives);
  }
  if (measures.depth > limits.maxDepth) {
    return tooComplex(`The operation is nested ${measures.depth} fields deep; the limit is ${limits.maxDepth}.`, 'maxDepth', measures.depth, limits.maxDepth);
  }
  if (measures.cost > limits.maxCost) {
    return tooComplex(
      `The operation's estimated cost is ${formatCost(measures.cost)}; the limit is ${limits.maxCost}. Ask for smaller pages (first) or fewer nested lists.`,
      'maxCost',
      measures.cost,
      limits.maxCost,
    );
  }
  return null;
}

function tooComplex(message: string, limit: string, measured: number, maximum: number): QueryTooComplexError {
  // `http` is read (and removed from the response) by Apollo Server: without it, an error thrown
  // from didResolveOperation answers HTTP 500.
  return new QueryTooComplexError(message, { limit, measured: reportable(measured), maximum, http: { status: 400 } });
}

/** Fragment bombs can measure beyond 2^53 (even Infinity, which JSON turns into null). */
function reportable(value: number): number {
  return Math.min(value, Number.MAX_SAFE_INTEGER);
}

function formatCost(cost: number): string {
  return Number.isSafeInteger(cost) ? String(cost) : 'more than 2^53';
}
