import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLSchema, OperationDefinitionNode, ParseOptions } from 'graphql';
import { QueryTooComplexError } from '../errors';
import { laneAware } from '../execution/fast-lane';
import { FragmentCycleError, measureOperation, OperationMeasures } from './measure-operation';
import { OperationLimits } from './operation-limits';

/** Assumed length of a list field without a page size (Article.people, Organization.members, …). */
export const ASSUMED_LIST_SIZE = 10;

export interface OperationLimitsPluginOptions {
  limits: OperationLimits;
  /** The schema to measure against; defaults to the schema Apollo Server runs the request with. */
  schema?: GraphQLSchema;
  /** Default: ASSUMED_LIST_SIZE (10). */
  assumedListSize?: number;
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
  const measured = new MeasureCache();
  // Measures depend on the document and variables, both in the lane's key; so does the cost it reports.
  return laneAware<TContext, ApolloServerPlugin<TContext>>({
    async requestDidStart(): Promise<GraphQLRequestListener<TContext>> {
      let cost: CostReport | null = null;
      return {
        async didResolveOperation(requestContext) {
          const measures = measured.get(requestContext, options.schema, () => measure(requestContext, options.schema, limits, assumedListSize));
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
  }, { kind: 'decides' });
}

/** Variable sets remembered per operation; past this the operation's entries start over. */
const MAX_VARIABLE_SETS = 64;

/**
 * Measures of operations already seen. Apollo Server hands every request with the same
 * document text the same parsed document, so its operation node keys the cache (weakly:
 * entries go when Apollo's document cache drops the document). Page sizes may come from
 * variables, so an operation with variable definitions is keyed by its variables' values too.
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
    const key = (operation.variableDefinitions?.length ?? 0) === 0 ? '' : JSON.stringify(requestContext.request.variables ?? {});
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
