import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compiledFieldCount } from './compiled-size';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Logger } from 'pino';
import { LRUCache } from 'lru-cache';

/** Apollo's gateway interface, named through @apollo/server's own exported options type. */
export type GatewayInterface = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type GatewayRequestContext = Parameters<GatewayExecutor>[0];
type SchemaListener = Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0];

export interface CompiledGatewayOptions {
  logger: Logger;
  /** Compiled documents kept (least recently used dropped first), at least 1. Default 1,000. */
  cacheSize?: number;
  /**
   * Fields compiled, over all kept documents (compiledFieldCount: what a compiled document's
   * memory grows with, some 2 KB of heap a field before it first runs); least recently used
   * dropped first. A document compiling more fields than this is run compiled but not kept.
   * Default 50,000.
   */
  maxCompiledFields?: number;
  /**
   * A run of `query` already made for the request with this context (the known-operation
   * lane's run that had errors), to answer with instead of running it again.
   */
  ranAlready?: (context: Record<string, unknown>, query: CompiledQuery) => ExecutionResult | undefined;
}

/** A gateway for Apollo's `gateway` option, with counters for tests and metrics. */
export interface CompiledGateway extends GatewayInterface {
  /** Documents compiled, operations run compiled, and operations graphql-js ran instead. */
  stats(): { compiledDocuments: number; compiledRuns: number; graphqlJsRuns: number };
  /** The compiled form of a document this gateway ran (Apollo's query hash, the request's operation name); null when graphql-js runs it or it is no longer kept. */
  compiledFor(queryHash: string, operationName: string | null): CompiledQuery | null;
}

/** What the cache holds per document: its compiled form (and how many fields it compiled), or a note that graphql-js runs it. */
type CacheEntry = { kind: 'compiled'; query: CompiledQuery; fields: number } | { kind: 'graphql-js' };

/** Apollo Federation's inline-trace header: such requests need Apollo's per-field hooks, which only graphql-js runs reliably. */
export const TRACE_HEADER = 'apollo-federation-include-trace';

/**
 * Compiled execution plugged into Apollo Server 5 through its documented
 * `gateway` option: Apollo still parses, validates, runs every plugin hook
 * and formats errors; only `execute` is replaced.
 *
 * Each document is compiled once with graphql-jit and kept in an LRU keyed
 * by Apollo's query hash (sha256 of the text) and operation name. graphql-js
 * runs instead when graphql-jit cannot compile a document, when variables
 * fail to coerce (so that those errors are graphql-js's own, which Apollo
 * recognizes as BAD_USER_INPUT with HTTP 400), and for federation-traced
 * requests. A query whose whole `data` became null (a non-null root field
 * failed) is run again by graphql-js: which sibling errors are reported then
 * depends on the executor's timing, and graphql-js's answer is the
 * reference. Queries only read, so running one twice changes nothing;
 * mutations are never run twice.
 */
export function createCompiledGateway(schema: GraphQLSchema, options: CompiledGatewayOptions): CompiledGateway {
  // Bounded by count and by the fields compiled: the lane holds no compiled query of its own (fast-lane.ts), so this bounds their memory.
  const cache = new LRUCache<string, CacheEntry>({
    max: options.cacheSize ?? 1000,
    maxSize: options.maxCompiledFields ?? 50_000,
    sizeCalculation: (entry) => (entry.kind === 'compiled' ? Math.max(1, entry.fields) : 1),
  });
  const listeners = new Set<SchemaListener>();
  const counts = { compiledDocuments: 0, compiledRuns: 0, graphqlJsRuns: 0 };
  let lastAsked: { queryHash: string; operationName: string | null; key: string } | null = null;

  const keyOf = (queryHash: string, operationName: string | null | undefined): string => `${queryHash}:${operationName ?? ''}`;
  const entryFor = (request: GatewayRequestContext): CacheEntry => {
    const key = keyOf(request.queryHash, request.request.operationName);
    let entry = cache.get(key);
    if (!entry) {
      entry = compileDocument(schema, request.document, request.request.operationName, options.logger);
      if (entry.kind === 'compiled') counts.compiledDocuments++;
      cache.set(key, entry);
    }
    return entry;
  };

  const executor: GatewayExecutor = async (request) => {
    const entry = isTraced(request) ? { kind: 'graphql-js' as const } : entryFor(request);
    if (entry.kind === 'compiled') {
      const result = options.ranAlready?.(request.context, entry.query) ?? (await entry.query.query(undefined, request.context, request.request.variables ?? {}));
      if (!variablesRejected(result) && !(result.data === null && request.operation.operation === 'query')) {
        counts.compiledRuns++;
        return withGraphQLErrors(result);
      }
    }
    counts.graphqlJsRuns++;
    return execute({
      schema,
      document: request.document,
      contextValue: request.context,
      variableValues: request.request.variables,
      operationName: request.request.operationName,
    });
  };

  return {
    stats: () => ({ ...counts }),
    compiledFor(queryHash, operationName) {
      // The lane asks with the same strings request after request: their key is made (and hashed) once.
      const last = lastAsked;
      let key: string;
      if (last !== null && last.queryHash === queryHash && last.operationName === operationName) key = last.key;
      else {
        key = keyOf(queryHash, operationName);
        lastAsked = { queryHash, operationName, key };
      }
      const entry = cache.get(key);
      return entry?.kind === 'compiled' ? entry.query : null;
    },
    onSchemaLoadOrUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async load() {
      const coreSupergraphSdl = printSchema(schema);
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl });
      return { executor };
    },
    async stop() {
      cache.clear();
      listeners.clear();
    },
  };
}

function compileDocument(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, logger: Logger): CacheEntry {
  try {
    const compiled = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    if (isCompiledQuery(compiled)) return { kind: 'compiled', query: compiled, fields: compiledFieldCount(document, operationName) };
    logger.debug({ errors: compiled.errors?.map((e) => e.message), operationName }, 'graphql-jit could not compile a document; graphql-js runs it');
  } catch (error) {
    logger.debug({ err: error, operationName }, 'graphql-jit failed to compile a document; graphql-js runs it');
  }
  return { kind: 'graphql-js' };
}

/**
 * graphql-jit's errors inherit from GraphQLError but leave `extensions`
 * undefined when the thrown error had none, which Apollo's error pipeline
 * does not expect (it would answer a generic error without path). Rebuilt
 * as graphql-js errors with the same message, path, locations, extensions
 * and originalError, they are formatted and masked exactly as on the
 * graphql-js path.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  return { ...result, errors: result.errors.map(toGraphQLError) };
}

function toGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  // GraphQLError computes locations from AST nodes, which graphql-jit does not keep; its own are the same values.
  if (error.locations) Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: true, writable: true, configurable: true });
  return rebuilt;
}

/** graphql-jit answers a variable-coercion failure with errors and no data at all. */
function variablesRejected(result: ExecutionResult): boolean {
  return !('data' in result) && (result.errors?.length ?? 0) > 0;
}

function isTraced(request: GatewayRequestContext): boolean {
  return request.request.http?.headers.get(TRACE_HEADER) != null;
}
