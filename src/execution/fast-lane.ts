import { HeaderMap, type ApolloServerPlugin, type HTTPGraphQLResponse } from '@apollo/server';
import type { ExecutionResult } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { laneRoleOf, type OperationSummary } from '../lane-contract/lane-role';
import { TRACE_HEADER } from './compiled-gateway';

/*
 * The known-operation lane: a query that Apollo Server has already answered
 * without errors is answered the next time by running its compiled form
 * directly, without Apollo's request pipeline.
 *
 * What is replayed and what is run again:
 *
 * - Every decision Apollo and the plugins made before execution depends only on
 *   the request's body (document, operation name, variables, extensions), a few
 *   headers (content type, Accept, the viewer its Authorization header names,
 *   Apollo's CSRF headers) and settings fixed at start. Those are the
 *   lane's key, byte for byte: the same key gets the same decisions. So the
 *   lane keeps, from Apollo's first answer, the status, the response headers
 *   (content type, cache-control) and the extensions (the operation's cost), and
 *   sends them again.
 * - The data is never replayed: each request runs the compiled query with its
 *   own fresh context (loaders, viewer, logger), as Apollo's executor does.
 * - An answer with any error is not sent from the lane: the request goes
 *   through Apollo Server instead, with the same context, whose executor takes
 *   the lane's run (takeFailedRun) instead of running it again, and Apollo
 *   formats, masks and reports the errors as always. Mutations never take the lane,
 *   nor do federation-traced requests (their answer carries a trace of their own run).
 *
 * Plugins take part by declaring their role (`laneAware`, src/lane-contract/lane-role.ts): a plugin whose effect
 * is a decision or a header fixed by the key (`decides`), or one that reports
 * each request (`reports`: logs, metrics), which the lane calls with the same
 * summary Apollo's hooks would give. The gateway opens the lane only when every
 * plugin it was given declared one of these.
 */

/** Apollo's switches that turn one of its built-in plugins off (e.g. ApolloServerPluginCacheControlDisabled): they act on no request. */
export function isDisabledApolloPlugin(plugin: ApolloServerPlugin<never>): boolean {
  return (plugin as { __is_disabled_plugin__?: unknown }).__is_disabled_plugin__ === true;
}

/** Request headers that Apollo Server or the plugins read; the rest do not change an answer. */
const KEY_HEADERS = ['content-type', 'accept', 'apollo-require-preflight', 'x-apollo-operation-name'] as const;


/** What Apollo decided for one lane key, and the compiled query to run. */
interface LaneEntry {
  query: CompiledQuery;
  variables: Record<string, unknown>;
  operationName: string | null;
  /** Apollo's response headers (its status was 200: nothing else is learned). */
  headers: [string, string][];
  /** `,"extensions":{…}` as Apollo sent it, or empty. */
  extensionsJson: string;
}

/** What the learning plugin saw of one request, kept until Apollo's answer is complete. */
interface Candidate {
  queryHash: string;
  /** The operation name the request gave (what selects the compiled document). */
  requestedOperation: string | null;
  /** The name of the operation that ran (what logs and metrics report). */
  operationName: string | null;
  variables: Record<string, unknown>;
  result: { errors?: readonly unknown[]; extensions?: Record<string, unknown> };
}

export interface FastLaneOptions<TContext> {
  /** Compiled form of a document Apollo ran (by its query hash and operation name); null when it has none. */
  compiledFor(queryHash: string, operationName: string | null): CompiledQuery | null;
  /**
   * An object of the request's own that a shallow copy of its context shares (e.g. its
   * loaders): Apollo hands plugins a copy of the context, not the object the gateway built.
   */
  identityOf(context: TContext): object;
  /** Called for every request the lane answers, as Apollo's hooks would report it. */
  reporters: ((summary: OperationSummary, context: TContext) => void)[];
  /** Every one must accept a run for the lane to send it (see the `checks` role). Default none. */
  checks?: ((result: ExecutionResult) => boolean)[];
  /** Lane keys kept (least recently used dropped first), at least 1. Default 1,000. */
  capacity?: number;
  /** Longest body a key is made of; longer requests always go through Apollo. Default 16 KB. */
  maxBodyBytes?: number;
}

export interface LaneRequest {
  headers: Record<string, string | string[] | undefined>;
  /** The viewer's identity as far as it changes answers: role and key id, or anonymous / invalid. */
  viewerKey: string;
  body: string;
}

export interface FastLaneStats {
  entries: number;
  answered: number;
  declined: number;
}

/** The lane of one gateway: the learned keys, the plugin that learns them, and running them. */
export class FastLane<TContext extends object> {
  private readonly entries: LRUCache<string, LaneEntry>;
  private readonly candidates = new WeakMap<object, Candidate>();
  /** A lane run that had errors, kept for Apollo's executor to use instead of running the query again. */
  private readonly failedRuns = new WeakMap<object, { query: CompiledQuery; result: ExecutionResult }>();
  private readonly maxBodyBytes: number;
  private answered = 0;
  private declined = 0;

  constructor(private readonly options: FastLaneOptions<TContext>) {
    this.entries = new LRUCache({ max: options.capacity ?? 1000 });
    this.maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  }

  stats(): FastLaneStats {
    return { entries: this.entries.size, answered: this.answered, declined: this.declined };
  }

  /** The lane key of a POST, or null when such a request never takes the lane. */
  keyOf(request: LaneRequest): string | null {
    // A federation-traced answer carries a trace of its own run, which no replay may stand in for.
    if (request.body.length > this.maxBodyBytes || request.headers[TRACE_HEADER] !== undefined) return null;
    let key = request.viewerKey;
    for (const name of KEY_HEADERS) {
      const value = request.headers[name];
      // An absent header and every value, the empty one included, are keyed apart.
      key += value === undefined ? '\n!' : `\n=${Array.isArray(value) ? value.join(', ') : value}`;
    }
    return `${key}\n${request.body}`;
  }

  /**
   * Runs the known query for `key` with a context from `contextFor`: Apollo's answer with fresh data,
   * or null when the key is not known or this run had errors (Apollo answers then).
   */
  async answer(key: string, contextFor: () => TContext, startedAt: number): Promise<HTTPGraphQLResponse | null> {
    const entry = this.entries.get(key);
    if (entry === undefined) return null;
    const context = contextFor();
    const result: ExecutionResult = await entry.query.query(undefined, context, entry.variables);
    if (result.errors !== undefined || result.data == null || (this.options.checks ?? []).some((accepts) => !accepts(result))) {
      // Apollo answers it, with this same context: its executor takes this run (takeFailedRun)
      // instead of asking the store and the entity service again, and the plugins judge it.
      this.failedRuns.set(this.options.identityOf(context), { query: entry.query, result });
      this.declined++;
      return null;
    }
    const body = `{"data":${JSON.stringify(result.data)}${entry.extensionsJson}}\n`;
    this.answered++;
    const summary: OperationSummary = {
      operationName: entry.operationName,
      operationType: 'query',
      durationMs: performance.now() - startedAt,
      errorCodes: [],
      httpStatus: 200,
    };
    for (const report of this.options.reporters) report(summary, context);
    return { status: 200, headers: new HeaderMap(entry.headers), body: { kind: 'complete', string: body } };
  }

  /**
   * The lane's run of `query` for the request with this context, when the lane declined it
   * for its errors; taken once. Apollo's executor answers with it (same document, same
   * variables: the lane key is the body), so the request still reaches its data sources once.
   */
  takeFailedRun(context: TContext, query: CompiledQuery): ExecutionResult | undefined {
    const identity = this.options.identityOf(context);
    const run = this.failedRuns.get(identity);
    if (run === undefined) return undefined;
    this.failedRuns.delete(identity);
    return run.query === query ? run.result : undefined;
  }

  /**
   * Apollo's answer to a request with lane key `key` and context `context`: kept when
   * it was a query answered whole, without errors, by a compiled document.
   */
  learn(key: string, context: TContext, response: HTTPGraphQLResponse): void {
    const identity = this.options.identityOf(context);
    const candidate = this.candidates.get(identity);
    if (candidate === undefined) return;
    this.candidates.delete(identity);
    if ((response.status ?? 200) !== 200 || response.body.kind !== 'complete') return;
    if (candidate.result.errors !== undefined && candidate.result.errors.length > 0) return;
    const query = this.options.compiledFor(candidate.queryHash, candidate.requestedOperation);
    if (query === null) return;
    const extensions = candidate.result.extensions;
    this.entries.set(key, {
      query,
      variables: candidate.variables,
      operationName: candidate.operationName,
      headers: [...response.headers],
      extensionsJson: extensions !== undefined && Object.keys(extensions).length > 0 ? `,"extensions":${JSON.stringify(extensions)}` : '',
    });
  }

  /**
   * The plugin that notes, for each query Apollo answers, what the lane needs to learn it.
   * Install it last, so that the other plugins' response hooks have run before it reads.
   */
  plugin(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ operation, queryHash, request, response, contextValue }) => {
          if (operation?.operation !== 'query' || queryHash === undefined || typeof request.query !== 'string') return;
          if (response.body.kind !== 'single') return;
          this.candidates.set(this.options.identityOf(contextValue), {
            queryHash,
            requestedOperation: request.operationName ?? null,
            operationName: operation.name?.value ?? null,
            variables: request.variables ?? {},
            // Read once Apollo's answer is complete: later hooks may still add extensions.
            result: response.body.singleResult,
          });
        },
      }),
    };
  }
}

/** True when every plugin either switches one of Apollo's off or declared its lane role (Apollo's usage reporting, for one, did not). */
export function everyPluginLaneAware(plugins: readonly ApolloServerPlugin<never>[]): boolean {
  return plugins.every((plugin) => isDisabledApolloPlugin(plugin) || laneRoleOf(plugin) !== undefined);
}

/** The `reports` functions of the plugins that declared them. */
export function laneReporters<TContext>(plugins: readonly ApolloServerPlugin<never>[]): ((summary: OperationSummary, context: TContext) => void)[] {
  const reporters: ((summary: OperationSummary, context: TContext) => void)[] = [];
  for (const plugin of plugins) {
    const role = laneRoleOf<TContext>(plugin);
    if (role?.kind === 'reports') reporters.push(role.report);
  }
  return reporters;
}

/** The `accepts` functions of the plugins that declared the `checks` role. */
export function laneChecks(plugins: readonly ApolloServerPlugin<never>[]): ((result: ExecutionResult) => boolean)[] {
  const checks: ((result: ExecutionResult) => boolean)[] = [];
  for (const plugin of plugins) {
    const role = laneRoleOf<never>(plugin);
    if (role?.kind === 'checks') checks.push(role.accepts);
  }
  return checks;
}
