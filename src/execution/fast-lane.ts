import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextWillSendResponse, type GraphQLRequestListener, type HTTPGraphQLResponse } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { ExecutionResult } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { ReadMostlyLruMap } from '../lru-map';
import { AnswerJson } from './answer-json';
import { TRACE_HEADER } from './compiled-gateway';
import { exchangeOf, markExchange, type LaneContract, type OperationSummary } from '../lane-contract/lane-contract';

/*
 * The known-operation lane: a query that Apollo Server has already answered
 * without errors is answered the next time by running its compiled form
 * directly, without Apollo's request pipeline.
 *
 * What is replayed and what is run again (the plugins' side of it:
 * src/execution/lane-contract.ts):
 *
 * - Every decision Apollo and the plugins made before execution depends only on
 *   the request's body (document, operation name, variables, extensions), the
 *   request headers the deciding parts declared, and settings fixed at start.
 *   Those are the lane's key, byte for byte: the same key gets the same decisions.
 *   So the lane keeps, from Apollo's first answer, the status, the response
 *   headers and the extensions the deciders declared as theirs, and sends them
 *   again. An answer carrying anything else is not learned.
 * - The data is never replayed: each request runs the compiled query with its
 *   own fresh context (loaders, viewer, logger), as Apollo's executor does.
 * - An answer with any error is not sent from the lane: the request goes
 *   through Apollo Server instead, with the same context, whose executor takes
 *   the lane's run (takeFailedRun) instead of running it again, and Apollo
 *   formats, masks and reports the errors as always. Mutations never take the lane,
 *   nor do federation-traced requests (their answer carries a trace of their own run).
 * - Persisted queries do with the persisted-query cache what Apollo does: a
 *   hash-only request is answered only while the cache still holds its query
 *   (else Apollo answers PERSISTED_QUERY_NOT_FOUND), and a request that sends the
 *   query with its hash registers it again.
 */

/** Apollo's automatic-persisted-query store as Apollo itself reads and writes it. */
export interface LanePersistedQueries {
  /** Keyed by the bare sha256 hash (Apollo's prefix already applied, as Apollo applies it). */
  cache: KeyValueCache<string>;
  /** Apollo's `persistedQueries.ttl` (undefined: the cache's default; null: no expiry). */
  ttl?: number | null;
  /** Where a failed registration is reported (Apollo logs a warning). */
  onError(error: unknown): void;
}

/** How an entry's request used a persisted query. */
interface Persisted {
  hash: string;
  /** The query text the request registers with its hash; null for a hash-only request. */
  register: string | null;
}

/**
 * What Apollo decided for one lane key, and which compiled document to run: looked up in the
 * gateway's cache on each answer rather than held here, so that the cache's bound is the bound
 * on compiled documents' memory (a key whose document it dropped is answered by Apollo, which
 * compiles it again, and learned again).
 */
interface LaneEntry {
  queryHash: string;
  /** The operation name the request gave (what selects the compiled document). */
  requestedOperation: string | null;
  variables: Record<string, unknown>;
  operationName: string | null;
  /**
   * Apollo's response headers (its status was 200: nothing else is learned), handed to every
   * answer of this key: they are only read (sent, or copied by the response cache), never changed.
   */
  headers: HeaderMap;
  /** `,"extensions":{…}` as Apollo sent it, or empty. */
  extensionsJson: string;
  persisted: Persisted | null;
  /** Whether the key's last lane run answered synchronously (every read held in memory); true until it ran. */
  synchronous: boolean;
}

/** What the learning plugin saw of one request, kept until Apollo's answer is complete. */
interface Seen {
  queryHash: string;
  /** The operation name the request gave (what selects the compiled document). */
  requestedOperation: string | null;
  /** The name of the operation that ran (what logs and metrics report). */
  operationName: string | null;
  variables: Record<string, unknown>;
  result: { errors?: readonly unknown[]; extensions?: Record<string, unknown> };
  persisted: Persisted | null;
}

/** The lane's state for one request, set as the mark on its context (lane-contract.ts). */
interface Exchange {
  key: string;
  seen?: Seen;
  /** A lane run that had errors, for Apollo's executor to use instead of running the query again. */
  failedRun?: { query: CompiledQuery; result: ExecutionResult };
}

export interface FastLaneOptions {
  /** Compiled form of a document Apollo ran (by its query hash and operation name); null when it has none (any more). Asked on every answer. */
  compiledFor(queryHash: string, operationName: string | null): CompiledQuery | null;
  /** Lane keys kept (least recently used dropped first). Default 1,000. */
  capacity?: number;
  /** Longest body a key is made of; longer requests always go through Apollo. Default 16 KB. */
  maxBodyBytes?: number;
}

/** The lane's answer to a request: the response, or null (Apollo answers); a promise when it had to wait. */
export type LaneAnswer = HTTPGraphQLResponse | null | Promise<HTTPGraphQLResponse | null>;

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Whether every check accepts the run (a loop: no closure made per answer). */
function acceptedByAll(checks: LaneContract<object>['checks'], result: ExecutionResult, dataJson: string): boolean {
  for (const accepts of checks) if (!accepts(result, dataJson)) return false;
  return true;
}

export interface FastLaneStats {
  entries: number;
  answered: number;
  declined: number;
}

/**
 * The lane of one gateway: the learned keys, the plugin that learns them, and running them.
 * Closed (it keys, answers and learns nothing) until `open` gives it the contract of the
 * plugins Apollo runs.
 */
export class FastLane<TContext extends object> {
  /** Read on every request (one map lookup: src/lru-map.ts), written when Apollo answers a new key. */
  private readonly entries: ReadMostlyLruMap<string, LaneEntry>;
  private readonly maxBodyBytes: number;
  private contract: LaneContract<TContext> | null = null;
  private persistedQueries: LanePersistedQueries | null = null;
  private answered = 0;
  private declined = 0;
  /** The data's JSON, with what repeats from one answer to the next kept as text (answer-json.ts). */
  private readonly json = new AnswerJson();

  constructor(private readonly options: FastLaneOptions) {
    this.entries = new ReadMostlyLruMap(options.capacity ?? 1000);
    this.maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  }

  /**
   * Opens the lane under `contract` (lane-contract.ts: laneContractFor), with Apollo's
   * persisted-query store (null when persisted queries are off).
   */
  open(contract: LaneContract<TContext>, persistedQueries: LanePersistedQueries | null): void {
    this.contract = contract;
    this.persistedQueries = persistedQueries;
  }

  /**
   * Whether the lane has learned `key` and its last run answered synchronously, every read held
   * in memory (true too before its first run); answer may still decline it.
   */
  answersAtOnce(key: string): boolean {
    return this.contract !== null && this.entries.get(key)?.synchronous === true;
  }

  stats(): FastLaneStats {
    return { entries: this.entries.size, answered: this.answered, declined: this.declined };
  }

  /** The lane key of a POST, or null when such a request never takes the lane. */
  keyOf(headers: Record<string, string | string[] | undefined>, body: string): string | null {
    const contract = this.contract;
    // A federation-traced answer carries a trace of its own run, which no replay may stand in for.
    if (contract === null || body.length > this.maxBodyBytes || headers[TRACE_HEADER] !== undefined) return null;
    let key = '';
    for (const name of contract.keyHeaders) {
      const value = headers[name];
      // An absent header and every value, the empty one included, are keyed apart.
      key += value === undefined ? '!\n' : `=${Array.isArray(value) ? value.join(', ') : value}\n`;
    }
    return key + body;
  }

  /**
   * Runs the known query for `key` with the request's context (`request.context()`, built
   * once per request): Apollo's answer with fresh data, or null when the key is not known
   * or this run had errors (Apollo answers then, with the same context). Synchronous when
   * the compiled query answered synchronously (every record held in memory) and no
   * persisted query needs its store: no await between the request and its answer then.
   * A failure may be thrown (callers run it inside an async step that turns it into a rejection).
   */
  answer(key: string, request: { context(): TContext }, startedAt: number): LaneAnswer {
    const entry = this.entries.get(key);
    const contract = this.contract;
    if (entry === undefined || contract === null) return null;
    if (entry.persisted !== null) {
      return this.persistedQueryAnswers(entry.persisted).then((answers) => {
        if (answers) return this.run(key, entry, contract, request, startedAt);
        // Apollo answers it (PERSISTED_QUERY_NOT_FOUND once its cache dropped the query).
        this.declined++;
        return null;
      });
    }
    return this.run(key, entry, contract, request, startedAt);
  }

  private run(key: string, entry: LaneEntry, contract: LaneContract<TContext>, request: { context(): TContext }, startedAt: number): LaneAnswer {
    const query = this.options.compiledFor(entry.queryHash, entry.requestedOperation);
    if (query === null) {
      this.declined++;
      return null;
    }
    const context = request.context();
    const result = query.query(undefined, context, entry.variables);
    entry.synchronous = !isPromise(result);
    return isPromise(result)
      ? result.then((settled) => this.finish(key, entry, contract, query, context, settled, startedAt))
      : this.finish(key, entry, contract, query, context, result, startedAt);
  }

  private finish(
    key: string,
    entry: LaneEntry,
    contract: LaneContract<TContext>,
    query: CompiledQuery,
    context: TContext,
    result: ExecutionResult,
    startedAt: number,
  ): HTTPGraphQLResponse | null {
    const dataJson = result.errors === undefined && result.data != null ? this.json.stringify(result.data, query) : '';
    if (result.errors !== undefined || result.data == null || !acceptedByAll(contract.checks, result, dataJson)) {
      // Apollo answers it, with this same context: its executor takes this run (takeFailedRun)
      // instead of asking the store and the entity service again, and the plugins judge it.
      markExchange<Exchange>(context, { key, failedRun: { query, result } });
      this.declined++;
      return null;
    }
    const body = `{"data":${dataJson}${entry.extensionsJson}}\n`;
    this.answered++;
    const summary: OperationSummary = {
      operationName: entry.operationName,
      operationType: 'query',
      durationMs: performance.now() - startedAt,
      errorCodes: [],
      httpStatus: 200,
    };
    for (const report of contract.reporters) report(summary, context);
    return { status: 200, headers: entry.headers, body: { kind: 'complete', string: body } };
  }

  /**
   * What Apollo does with its persisted-query store before running such a request: a
   * hash-only one needs the query still there; one sending its query registers it.
   */
  private async persistedQueryAnswers(persisted: Persisted): Promise<boolean> {
    const store = this.persistedQueries;
    if (store === null) return false;
    if (persisted.register !== null) {
      // As Apollo: not awaited, a failure only logged.
      Promise.resolve(store.cache.set(persisted.hash, persisted.register, store.ttl !== undefined ? { ttl: store.ttl } : undefined)).catch(store.onError);
      return true;
    }
    try {
      return Boolean(await store.cache.get(persisted.hash));
    } catch {
      return false;
    }
  }

  /** Marks the context Apollo is about to answer the request with lane key `key` with, so that its answer can be learned. */
  track(context: TContext, key: string): void {
    if (exchangeOf<Exchange>(context) === undefined) markExchange<Exchange>(context, { key });
  }

  /**
   * The lane's run of `query` for the request with this context, when the lane declined it
   * for its errors; taken once. Apollo's executor answers with it (same document, same
   * variables: the lane key is the body), so the request still reaches its data sources once.
   */
  takeFailedRun(context: object, query: CompiledQuery): ExecutionResult | undefined {
    const exchange = exchangeOf<Exchange>(context);
    if (exchange?.failedRun === undefined) return undefined;
    const run = exchange.failedRun;
    exchange.failedRun = undefined;
    return run.query === query ? run.result : undefined;
  }

  /**
   * Apollo's answer to the request whose context is `context` (marked by track): kept
   * when it was a query answered whole, without errors, by a compiled document, and
   * carrying only headers and extensions the contract lets the lane replay.
   */
  learn(context: TContext, response: HTTPGraphQLResponse): void {
    const exchange = exchangeOf<Exchange>(context);
    const seen = exchange?.seen;
    const contract = this.contract;
    if (exchange === undefined || seen === undefined || contract === null) return;
    exchange.seen = undefined;
    if ((response.status ?? 200) !== 200 || response.body.kind !== 'complete') return;
    if (seen.result.errors !== undefined && seen.result.errors.length > 0) return;
    for (const name of response.headers.keys()) if (!contract.replayableHeaders.has(name)) return;
    const extensions = seen.result.extensions;
    const extensionNames = extensions === undefined ? [] : Object.keys(extensions);
    if (extensionNames.some((name) => !contract.replayableExtensions.has(name))) return;
    if (this.options.compiledFor(seen.queryHash, seen.requestedOperation) === null) return;
    this.entries.set(exchange.key, {
      queryHash: seen.queryHash,
      requestedOperation: seen.requestedOperation,
      variables: seen.variables,
      operationName: seen.operationName,
      headers: new HeaderMap([...response.headers]),
      extensionsJson: extensionNames.length > 0 ? `,"extensions":${JSON.stringify(extensions)}` : '',
      persisted: seen.persisted,
      synchronous: true,
    });
  }

  /**
   * The plugin that notes, for each query Apollo answers to a tracked request, what the lane
   * needs to learn it. Install it last, so that the other plugins' response hooks have run
   * before it reads. It does nothing while the lane is closed.
   */
  plugin(): ApolloServerPlugin<TContext> {
    const listener: GraphQLRequestListener<TContext> = {
      willSendResponse: async (requestContext) => this.see(requestContext),
    };
    return { requestDidStart: async () => (this.contract === null ? undefined : listener) };
  }

  private see({ operation, queryHash, request, response, contextValue }: GraphQLRequestContextWillSendResponse<TContext>): void {
    const exchange = exchangeOf<Exchange>(contextValue);
    if (exchange === undefined || operation?.operation !== 'query' || queryHash === undefined || response.body.kind !== 'single') return;
    const persistedQuery = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
    const hashed = typeof persistedQuery?.sha256Hash === 'string';
    // A request with neither text nor hash was refused before this; one with a hash used Apollo's store.
    if (!hashed && typeof request.query !== 'string') return;
    exchange.seen = {
      queryHash,
      requestedOperation: request.operationName ?? null,
      operationName: operation.name?.value ?? null,
      variables: request.variables ?? {},
      // Read once Apollo's answer is complete: later hooks may still add extensions.
      result: response.body.singleResult,
      persisted: hashed ? { hash: queryHash, register: typeof request.query === 'string' ? request.query : null } : null,
    };
  }
}
